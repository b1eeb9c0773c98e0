//! The registrant's own routes, reached with the secret of the manage link.

use super::problems;
use actix_web::{HttpResponse, web};

use super::views::{OwnRegistrationView, RegistrationView};
use crate::app;
use crate::db::conferences::ConferenceRow;
use crate::db::registrations::Registration;
use crate::domain::registration::{
    RegistrationChanges, RegistrationChangesRequest, RegistrationStatus,
};
use crate::error::AppError;
use crate::extract::StrictJson;
use crate::state::AppState;

fn own_view(
    state: &AppState,
    token: &str,
    registration: &Registration,
    conference: &ConferenceRow,
) -> OwnRegistrationView {
    let confirmed = registration.row.status == RegistrationStatus::Confirmed;
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

/// The registration behind a manage link, with the join link while confirmed.
#[utoipa::path(
    get,
    path = "/api/v1/registrations/{token}",
    tag = "registrant",
    params(("token" = String, Path, description = "The secret of the manage link")),
    responses(
        (status = 200, description = "The registration", body = OwnRegistrationView),
        problems::NotFound,
        problems::TooManyRequests,
        problems::Unavailable
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (registration, conference) = app::manage::view(&state, &token).await?;
    Ok(HttpResponse::Ok().json(own_view(&state, &token, &registration, &conference)))
}

/// Change name, organization or sessions.
#[utoipa::path(
    patch,
    path = "/api/v1/registrations/{token}",
    tag = "registrant",
    params(("token" = String, Path, description = "The secret of the manage link")),
    request_body = RegistrationChangesRequest,
    responses(
        (status = 200, description = "The registration", body = OwnRegistrationView),
        problems::BadRequest,
        problems::Forbidden,
        problems::NotFound,
        problems::Unprocessable,
        problems::TooManyRequests,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unavailable
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
    StrictJson(request): StrictJson<RegistrationChangesRequest>,
) -> Result<HttpResponse, AppError> {
    let changes = RegistrationChanges::parse(request)?;
    let (registration, conference) = app::manage::update(&state, &token, &changes).await?;
    Ok(HttpResponse::Ok().json(own_view(&state, &token, &registration, &conference)))
}

/// Cancel: frees the seat; the first waitlisted person is promoted and told.
#[utoipa::path(
    delete,
    path = "/api/v1/registrations/{token}",
    tag = "registrant",
    params(("token" = String, Path, description = "The secret of the manage link")),
    responses(
        (status = 200, description = "The registration", body = OwnRegistrationView),
        problems::NotFound,
        problems::TooManyRequests,
        problems::Unavailable
    )
)]
pub async fn cancel(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (registration, conference) = app::manage::cancel(&state, &token).await?;
    Ok(HttpResponse::Ok().json(own_view(&state, &token, &registration, &conference)))
}

/// The registrant's current invite: the events while they hold a place, a
/// cancellation once cancelled.
#[utoipa::path(
    get,
    path = "/api/v1/registrations/{token}/invite.ics",
    tag = "registrant",
    params(("token" = String, Path, description = "The secret of the manage link")),
    responses(
        (status = 200, description = "The calendar invite", content_type = "text/calendar", body = String),
        problems::NotFound,
        problems::Conflict,
        problems::TooManyRequests,
        problems::Unavailable
    )
)]
pub async fn invite(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (method, ics) = app::manage::invite(&state, &token).await?;
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
#[utoipa::path(
    get,
    path = "/api/v1/registrations/{token}/data",
    tag = "registrant",
    params(("token" = String, Path, description = "The secret of the manage link")),
    responses(
        (status = 200, description = "The data", body = crate::routes::openapi::PersonalData),
        problems::NotFound,
        problems::TooManyRequests,
        problems::Unavailable
    )
)]
pub async fn data(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let data = app::manage::personal_data(&state, &token).await?;
    let body = crate::routes::openapi::PersonalData {
        registration: own_view(&state, &token, &data.registration, &data.conference),
        attendance: data.check_ins,
        mails: data.mails,
    };
    Ok(HttpResponse::Ok()
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"my-registration.json\"",
        ))
        .insert_header(("Cache-Control", "private, no-store"))
        .json(body))
}
