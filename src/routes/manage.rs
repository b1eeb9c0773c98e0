//! The registrant's own routes, reached with the secret of the manage link.

use actix_web::{HttpResponse, web};

use super::views::{OwnRegistrationView, RegistrationView};
use crate::db::conferences::ConferenceRow;
use crate::db::registrations::{self, Registration};
use crate::domain::registration::{
    RegistrationChanges, RegistrationChangesRequest, RegistrationStatus,
};
use crate::domain::secret;
use crate::error::AppError;
use crate::extract::StrictJson;
use crate::startup::AppState;

fn token_hash(token: &str) -> Result<Vec<u8>, AppError> {
    if secret::looks_valid(token) {
        Ok(secret::hash(token))
    } else {
        Err(AppError::NotFound)
    }
}

fn own_view(
    state: &AppState,
    token: &str,
    registration: &Registration,
    conference: &ConferenceRow,
) -> OwnRegistrationView {
    let confirmed = registration.row.status() == RegistrationStatus::Confirmed;
    OwnRegistrationView {
        registration: RegistrationView::new(registration, conference.tz()),
        conference: conference.into(),
        online_url: if confirmed {
            conference.online_url.clone()
        } else {
            None
        },
        manage_url: format!("{}/r/{}", state.base_url, token),
    }
}

pub async fn get(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (registration, conference) =
        registrations::by_token(&state.pool, &token_hash(&token)?).await?;
    Ok(HttpResponse::Ok().json(own_view(&state, &token, &registration, &conference)))
}

pub async fn update(
    state: web::Data<AppState>,
    token: web::Path<String>,
    StrictJson(request): StrictJson<RegistrationChangesRequest>,
) -> Result<HttpResponse, AppError> {
    let hash = token_hash(&token)?;
    let changes = RegistrationChanges::parse(request)?;
    let (registration, conference) =
        registrations::update_by_token(&state.pool, &hash, &changes).await?;
    Ok(HttpResponse::Ok().json(own_view(&state, &token, &registration, &conference)))
}

pub async fn cancel(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let hash = token_hash(&token)?;
    let (registration, conference, promoted) =
        registrations::cancel_by_token(&state.pool, &hash).await?;
    if !promoted.is_empty() {
        tracing::info!(count = promoted.len(), "promoted from the waitlist");
    }
    Ok(HttpResponse::Ok().json(own_view(&state, &token, &registration, &conference)))
}
