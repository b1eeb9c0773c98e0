//! Check-in, participant report import and the attendee export.

use super::problems;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use super::views::RegistrationView;
use crate::app;
use crate::app::export::ExportQuery;
use crate::error::AppError;
use crate::extract::{Body, Organizer, parse_json};
use crate::state::AppState;

#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckInBody {
    session_id: Option<Uuid>,
}

/// Check a registrant in: idempotent; an empty body checks in to the
/// conference, `{session_id}` to one session.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/check-in",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    request_body = Option<CheckInBody>,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration, marked attended", body = RegistrationView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::Unprocessable,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unavailable
    )
)]
pub async fn check_in(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    Body(body): Body,
) -> Result<HttpResponse, AppError> {
    let (conference_id, registration_id) = path.into_inner();
    let access = app::check_in::access(&state, organizer, conference_id).await?;
    let body: CheckInBody = if body.iter().all(u8::is_ascii_whitespace) {
        CheckInBody::default()
    } else {
        parse_json(&body)?
    };
    let registration =
        app::check_in::check_in(&state, &access, registration_id, body.session_id).await?;
    Ok(HttpResponse::Ok().json(RegistrationView::new(&registration, access.conference.tz())))
}

/// Import a webinar platform's participant report (CSV with an email column).
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/attendance/import",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body(content = String, content_type = "text/csv", description = "The participant report"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "What the report matched", body = crate::routes::openapi::ImportOutcome),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::PayloadTooLarge,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn import(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    Body(body): Body,
) -> Result<HttpResponse, AppError> {
    let outcome = app::check_in::import(&state, organizer, *conference_id, &body).await?;
    Ok(
        HttpResponse::Ok().json(crate::routes::openapi::ImportOutcome {
            matched: outcome.matched,
            unmatched: outcome.unmatched,
        }),
    )
}

/// The attendee list as a file (CSV, XLSX or JSON) with the list's filters, streamed.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/export",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ExportQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The attendee list", content((String = "text/csv"), (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (Vec<crate::export::ExportRow> = "application/json"))),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn export(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    query: web::Query<ExportQuery>,
) -> Result<HttpResponse, AppError> {
    let file = app::export::run(&state, organizer, *conference_id, query.into_inner()).await?;
    Ok(crate::http::attachment(file))
}

/// Erase a registrant: the personal fields are overwritten; the row stays, so
/// counts stay true. Cannot be undone.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/erase",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Erased"),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn erase(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, AppError> {
    let (conference_id, registration_id) = path.into_inner();
    app::registrations::erase(&state, organizer, conference_id, registration_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
