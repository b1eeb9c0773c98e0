//! The organizer's view of who signed up.

use super::problems;
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
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unprocessable,
        problems::Unavailable
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
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
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
