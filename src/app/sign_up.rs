//! Signing up for a conference, from the API or the event page.

use std::sync::Arc;

use chrono::Utc;
use uuid::Uuid;

use crate::db::group_commit::SignUpRow;
use crate::db::questions;
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

/// How often the form may change under one sign-up before it gives up.
const FORM_READS: usize = 3;

/// Signs someone up for the conference `slug`, with the manage link to hand
/// them. The database decides the window, the sessions and the place in one
/// statement, shared with the sign-ups arriving at the same moment (group
/// commit, `db::group_commit`).
pub async fn run(state: &AppState, slug: &str, sign_up: &SignUp) -> Result<Receipt, AppError> {
    let id = Uuid::now_v7();
    let manage = secret::derive(&state.key, "manage", id);
    let join = secret::derive(&state.key, "join", id);
    let confirm = secret::derive(&state.key, "confirm", id);
    let row = SignUpRow {
        slug: slug.to_owned(),
        at: Utc::now(),
        id,
        email: sign_up.email.as_str().to_owned(),
        name: sign_up.name.clone(),
        organization: sign_up.organization.clone(),
        category: sign_up.category.clone(),
        sessions: sign_up.sessions.clone(),
        manage_hash: manage.hash,
        join_hash: join.hash,
        confirm_hash: confirm.hash,
        mail_id: Uuid::now_v7(),
        answers: serde_json::Value::Object(Default::default()),
        form_version: None,
        mode: sign_up.attendance_mode,
        language: sign_up.language,
    };
    let result = attempt(state, row, sign_up).await;
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
    mut row: SignUpRow,
    sign_up: &SignUp,
) -> Result<RegistrationStatus, AppError> {
    // The form at hand, when this instance has read it: answers checked
    // against it go in the first statement. A cached form that refuses the
    // answers may be stale, so only a freshly read one answers a 422.
    let cached = state.forms.get(&row.slug).and_then(|(version, form)| {
        Some((version, validate_answers(&form, &sign_up.answers).ok()?))
    });
    match cached {
        Some((version, answers)) => {
            row.answers = serde_json::Value::Object(answers);
            row.form_version = Some(version);
        }
        // Unchecked answers are never written: any makes the database ask for the form.
        None if !sign_up.answers.is_empty() => row.answers = serde_json::json!({"unchecked": true}),
        None => {}
    }
    let mut outcome = state.sign_ups.write(row.clone()).await?;
    for _ in 0..FORM_READS {
        if outcome != SignUpOutcome::NeedsForm {
            break;
        }
        let (version, form) = questions::public_form(&state.pool, &row.slug).await?;
        let form = Arc::new(form);
        state.forms.put(&row.slug, version, form.clone());
        row.answers = serde_json::Value::Object(validate_answers(&form, &sign_up.answers)?);
        row.form_version = Some(version);
        outcome = state.sign_ups.write(row.clone()).await?;
    }
    match outcome {
        SignUpOutcome::Registered(status) => Ok(status),
        SignUpOutcome::NoSuchConference => Err(AppError::NotFound),
        SignUpOutcome::Closed(reason) => Err(AppError::Forbidden(reason.to_string())),
        SignUpOutcome::Duplicate => Err(AppError::Conflict(
            "this email address is already registered for this conference".into(),
        )),
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
        SignUpOutcome::NeedsForm => Err(AppError::Unavailable(
            "the form changed while the sign-up was written; try again".into(),
        )),
    }
}
