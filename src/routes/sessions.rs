use super::problems;
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
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unprocessable,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unavailable
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
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
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
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unprocessable,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unavailable
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
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
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
