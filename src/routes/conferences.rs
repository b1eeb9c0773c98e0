use super::problems;
use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::views::ConferenceView;
use crate::app;
use crate::domain::conference::ConferenceChanges;
use crate::error::AppError;
use crate::extract::{Organizer, StrictJson};
use crate::state::AppState;

/// Create a conference (a draft unless `status` says otherwise).
#[utoipa::path(
    post,
    path = "/api/v1/conferences",
    tag = "conferences",
    request_body = crate::domain::conference::ConferenceChanges,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The conference", body = ConferenceView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Conflict,
        problems::Unprocessable,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unavailable
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    StrictJson(changes): StrictJson<ConferenceChanges>,
) -> Result<HttpResponse, AppError> {
    let row = app::conferences::create(&state, organizer, changes).await?;
    Ok(HttpResponse::Created().json(ConferenceView::from(&row)))
}

/// Your conferences: those you own and those you are on the team of.
#[utoipa::path(
    get,
    path = "/api/v1/conferences",
    tag = "conferences",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Your conferences", body = Vec<ConferenceView>),
        problems::Unauthorized,
        problems::Unavailable
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
) -> Result<HttpResponse, AppError> {
    let rows = app::conferences::reachable(&state, organizer).await?;
    let views: Vec<ConferenceView> = rows
        .iter()
        .map(|a| ConferenceView::from(&a.conference))
        .collect();
    Ok(HttpResponse::Ok().json(views))
}

/// One of your conferences.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The conference", body = ConferenceView),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let access = app::conferences::get(&state, organizer, *id).await?;
    Ok(HttpResponse::Ok().json(ConferenceView::from(&access.conference)))
}

/// Change a conference. A change of time, place or link sends every active
/// registrant an updated invite; `status: cancelled` sends a cancellation.
#[utoipa::path(
    patch,
    path = "/api/v1/conferences/{id}",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = crate::domain::conference::ConferenceChanges,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The conference", body = ConferenceView),
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
pub async fn update(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
    StrictJson(changes): StrictJson<ConferenceChanges>,
) -> Result<HttpResponse, AppError> {
    let row = app::conferences::update(&state, organizer, *id, changes).await?;
    Ok(HttpResponse::Ok().json(ConferenceView::from(&row)))
}
