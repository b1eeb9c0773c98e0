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

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ConferenceCopy)]
pub struct CopyBody {
    /// The copy's start; every time of it moves by the same offset.
    #[schema(value_type = String, format = DateTime)]
    starts_at: chrono::DateTime<chrono::FixedOffset>,
    /// Default: the source's title.
    title: Option<String>,
    /// Default: made from the title.
    slug: Option<String>,
}

/// Duplicate a conference: a new draft with the same settings (not the
/// recording), questions, sessions and speakers, every time moved by the
/// offset between the two starts; no registrations, members or messages.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/copy",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = CopyBody,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new draft", body = ConferenceView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn copy(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
    StrictJson(body): StrictJson<CopyBody>,
) -> Result<HttpResponse, AppError> {
    let row = app::conferences::copy(
        &state,
        organizer,
        *id,
        app::conferences::CopyOf {
            starts_at: body.starts_at,
            title: body.title,
            slug: body.slug,
        },
    )
    .await?;
    Ok(HttpResponse::Created().json(ConferenceView::from(&row)))
}
