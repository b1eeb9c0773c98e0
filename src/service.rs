//! Steps shared by the JSON API and the web pages.

use chrono::Utc;
use uuid::Uuid;

use crate::db::registrations::{self, SignedUp, TokenHashes};
use crate::domain::registration::SignUp;
use crate::domain::secret;
use crate::error::AppError;
use crate::state::AppState;
use crate::telemetry::mask_email;

pub struct Receipt {
    pub signed_up: SignedUp,
    pub manage_url: String,
}

/// Signs someone up for the conference `slug`, with the manage link to hand them.
pub async fn sign_up(state: &AppState, slug: &str, sign_up: &SignUp) -> Result<Receipt, AppError> {
    let id = Uuid::now_v7();
    let manage = secret::derive(&state.key, "manage", id);
    let join = secret::derive(&state.key, "join", id);
    let confirm = secret::derive(&state.key, "confirm", id);
    let tokens = TokenHashes {
        manage: &manage.hash,
        join: &join.hash,
        confirm: &confirm.hash,
    };
    let result = registrations::sign_up(&state.pool, slug, id, sign_up, &tokens, Utc::now()).await;
    crate::telemetry_metrics::sign_up(match &result {
        Ok(s) => s.status.as_str(),
        Err(AppError::Conflict(_)) => "duplicate",
        Err(AppError::Forbidden(_)) => "closed",
        Err(AppError::NotFound) => "not_found",
        Err(AppError::Validation(_)) => "invalid",
        Err(_) => "error",
    });
    let signed_up = result?;
    tracing::info!(
        registration = %signed_up.id,
        email = %mask_email(sign_up.email.as_str()),
        status = signed_up.status.as_str(),
        "signed up"
    );
    Ok(Receipt {
        signed_up,
        manage_url: format!("{}/r/{}", state.base_url, manage.plain),
    })
}
