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
        (status = 400, description = "The body is not JSON of the documented shape", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The slug is taken", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, with a message per field", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
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
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
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
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
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
        (status = 400, description = "The body is not JSON of the documented shape", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The slug is taken", body = crate::error::Problem, content_type = "application/problem+json"),
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
    StrictJson(changes): StrictJson<ConferenceChanges>,
) -> Result<HttpResponse, AppError> {
    let row = app::conferences::update(&state, organizer, *id, changes).await?;
    Ok(HttpResponse::Ok().json(ConferenceView::from(&row)))
}
