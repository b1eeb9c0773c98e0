use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::views::SessionView;
use crate::app;
use crate::domain::session::SessionChanges;
use crate::error::AppError;
use crate::extract::{Organizer, StrictJson};
use crate::state::AppState;

/// Add a session (panel, talk, breakout) to a conference.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/sessions",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = crate::domain::session::SessionChanges,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The session", body = SessionView),
        (status = 400, description = "The body is not JSON of the documented shape", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, with a message per field", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(changes): StrictJson<SessionChanges>,
) -> Result<HttpResponse, AppError> {
    let (session, access) =
        app::sessions::create(&state, organizer, *conference_id, changes).await?;
    Ok(HttpResponse::Created().json(SessionView::new(&session, access.conference.tz())))
}

/// The sessions of a conference, by start time.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/sessions",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The sessions", body = Vec<SessionView>),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let (list, access) = app::sessions::list(&state, organizer, *conference_id).await?;
    let tz = access.conference.tz();
    let views: Vec<SessionView> = list.iter().map(|s| SessionView::new(s, tz)).collect();
    Ok(HttpResponse::Ok().json(views))
}

/// Change a session; its registrants get an updated invite.
#[utoipa::path(
    patch,
    path = "/api/v1/sessions/{id}",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Session id")),
    request_body = crate::domain::session::SessionChanges,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The session", body = SessionView),
        (status = 400, description = "The body is not JSON of the documented shape", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such session of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, with a message per field", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
    StrictJson(changes): StrictJson<SessionChanges>,
) -> Result<HttpResponse, AppError> {
    let (session, access) = app::sessions::update(&state, organizer, *id, changes).await?;
    Ok(HttpResponse::Ok().json(SessionView::new(&session, access.conference.tz())))
}

/// Delete a session; those who chose it are told.
#[utoipa::path(
    delete,
    path = "/api/v1/sessions/{id}",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Session id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such session of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn delete(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    app::sessions::delete(&state, organizer, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}
