//! The registrant's own routes, reached with the secret of the manage link.

use actix_web::{HttpResponse, web};

use super::views::{OwnRegistrationView, RegistrationView};
use crate::db::conferences::ConferenceRow;
use crate::db::registrations::{self, Registration};
use crate::domain::mail::InviteMethod;
use crate::domain::registration::{
    RegistrationChanges, RegistrationChangesRequest, RegistrationStatus,
};
use crate::domain::secret;
use crate::email::compose::{self, Links};
use crate::error::AppError;
use crate::extract::StrictJson;
use crate::startup::AppState;
use chrono::Utc;

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
    _: crate::ratelimit::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (registration, conference) =
        registrations::by_token(&state.pool, &token_hash(&token)?).await?;
    Ok(HttpResponse::Ok().json(own_view(&state, &token, &registration, &conference)))
}

pub async fn update(
    state: web::Data<AppState>,
    _: crate::ratelimit::Throttle<{ crate::ratelimit::TOKEN }>,
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
    _: crate::ratelimit::Throttle<{ crate::ratelimit::TOKEN }>,
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

/// The registrant's current invite: the events while they hold a place, a
/// cancellation once cancelled.
pub async fn invite(
    state: web::Data<AppState>,
    _: crate::ratelimit::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let hash = token_hash(&token)?;
    let data = registrations::mail_data_by_token(&state.pool, &hash).await?;
    let status = data.registration.row.status();
    let method = match status {
        RegistrationStatus::Confirmed | RegistrationStatus::Pending => InviteMethod::Request,
        RegistrationStatus::Cancelled => InviteMethod::Cancel,
        RegistrationStatus::Waitlisted => {
            return Err(AppError::Conflict(
                "you are on the waiting list: the invitation comes with your place".into(),
            ));
        }
    };
    let links = Links {
        base_url: &state.base_url,
        key: &state.key,
    };
    let ics = compose::invite(
        &data,
        &links,
        method,
        data.registration.row.invite_sequence,
        &state.mail_from,
        Utc::now(),
    );
    Ok(HttpResponse::Ok()
        .content_type(format!(
            "text/calendar; method={}; charset=utf-8",
            method.as_str()
        ))
        .insert_header(("Content-Disposition", "attachment; filename=\"invite.ics\""))
        .insert_header(("Cache-Control", "private, no-store"))
        .body(ics))
}

/// The registrant's own data, as a file to keep: the registration, its
/// attendance records and the mails sent about it.
pub async fn data(
    state: web::Data<AppState>,
    _: crate::ratelimit::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (registration, conference) =
        registrations::by_token(&state.pool, &token_hash(&token)?).await?;
    let (check_ins, mails) = crate::db::privacy::records(&state.pool, registration.row.id).await?;
    let body = serde_json::json!({
        "registration": own_view(&state, &token, &registration, &conference),
        "attendance": check_ins,
        "mails": mails,
    });
    Ok(HttpResponse::Ok()
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"my-registration.json\"",
        ))
        .insert_header(("Cache-Control", "private, no-store"))
        .json(body))
}
