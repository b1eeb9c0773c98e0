//! Signing up for a conference, from the API or the event page.

use chrono::Utc;
use uuid::Uuid;

use crate::db::questions;
use crate::db::registrations::{self, TokenHashes};
use crate::domain::question::validate_answers;
use crate::domain::registration::{RegistrationStatus, SignUp, SignUpOutcome};
use crate::domain::secret;
use crate::error::AppError;
use crate::state::AppState;
use crate::telemetry::mask_email;

pub struct Receipt {
    pub id: Uuid,
    pub status: RegistrationStatus,
    pub manage_url: String,
}

/// Signs someone up for the conference `slug`, with the manage link to hand
/// them. The database decides the window, the sessions and the place in one
/// statement; a conference with questions takes a second one, after the
/// answers were checked against its form here.
pub async fn run(state: &AppState, slug: &str, sign_up: &SignUp) -> Result<Receipt, AppError> {
    let id = Uuid::now_v7();
    let manage = secret::derive(&state.key, "manage", id);
    let join = secret::derive(&state.key, "join", id);
    let confirm = secret::derive(&state.key, "confirm", id);
    let tokens = TokenHashes {
        manage: &manage.hash,
        join: &join.hash,
        confirm: &confirm.hash,
    };
    let result = attempt(state, slug, id, sign_up, &tokens).await;
    crate::telemetry_metrics::sign_up(match &result {
        Ok(status) => status.as_str(),
        Err(AppError::Conflict(_)) => "duplicate",
        Err(AppError::Forbidden(_)) => "closed",
        Err(AppError::NotFound) => "not_found",
        Err(AppError::Validation(_)) => "invalid",
        Err(_) => "error",
    });
    let status = result?;
    tracing::info!(
        registration = %id,
        email = %mask_email(sign_up.email.as_str()),
        status = status.as_str(),
        "signed up"
    );
    Ok(Receipt {
        id,
        status,
        manage_url: format!("{}/r/{}", state.base_url, manage.plain),
    })
}

async fn attempt(
    state: &AppState,
    slug: &str,
    id: Uuid,
    sign_up: &SignUp,
    tokens: &TokenHashes<'_>,
) -> Result<RegistrationStatus, AppError> {
    let now = Utc::now();
    let mut outcome =
        registrations::sign_up(&state.pool, slug, id, sign_up, None, tokens, now).await?;
    if outcome == SignUpOutcome::NeedsForm {
        let form = questions::public_form(&state.pool, slug).await?;
        let answers = validate_answers(&form, &sign_up.answers)?;
        outcome =
            registrations::sign_up(&state.pool, slug, id, sign_up, Some(&answers), tokens, now)
                .await?;
    }
    match outcome {
        SignUpOutcome::Registered(status) => Ok(status),
        SignUpOutcome::NoSuchConference => Err(AppError::NotFound),
        SignUpOutcome::Closed(reason) => Err(AppError::Forbidden(reason.to_string())),
        SignUpOutcome::NeedsMode => Err(AppError::invalid(
            "attendance_mode",
            "choose in person or online: this conference is hybrid",
        )),
        SignUpOutcome::WrongMode => Err(AppError::invalid(
            "attendance_mode",
            "is not how this conference takes place",
        )),
        SignUpOutcome::UnknownCategory => Err(AppError::invalid(
            "category",
            "is not one of the choices this conference offers",
        )),
        SignUpOutcome::ForeignSession => Err(AppError::invalid(
            "sessions",
            "contains a session that is not part of this conference",
        )),
        SignUpOutcome::NeedsForm => Err(AppError::Internal(
            "the database asked for the form after the answers were checked".into(),
        )),
    }
}
