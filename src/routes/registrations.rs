//! The organizer's view of who signed up.

use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::views::RegistrationView;
use crate::app;
use crate::domain::registration::ListQuery;
use crate::error::AppError;
use crate::extract::Organizer;
use crate::state::AppState;

/// Who signed up, filtered and paged.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/registrations",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ListQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registrations", body = Vec<RegistrationView>),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid filter", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let listing =
        app::registrations::list(&state, organizer, *conference_id, query.into_inner()).await?;
    let tz = listing.access.conference.tz();
    let views: Vec<RegistrationView> = listing
        .registrations
        .iter()
        .map(|r| RegistrationView::new(r, tz))
        .collect();
    Ok(HttpResponse::Ok().json(views))
}

/// Counts by status and attendance, for the conference and each session.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/stats",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The counts", body = crate::domain::stats::ConferenceStats),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn stats(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let stats = app::registrations::stats(&state, organizer, *conference_id).await?;
    Ok(HttpResponse::Ok().json(stats))
}
