//! The organizer's view of who signed up.

use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::views::RegistrationView;
use crate::app::access::Access;
use crate::db::{registrations, stats};
use crate::domain::registration::{ListFilter, ListQuery};
use crate::domain::role::Action;
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
    let access =
        Access::for_conference(&state, organizer, *conference_id, Action::ListAttendees).await?;
    let filter = ListFilter::parse(query.into_inner())?;
    let sees_answers = access.role.allows(Action::SeeAnswers);
    if filter.answer.is_some() && !sees_answers {
        return Err(AppError::Forbidden(
            "your role on this conference does not show answers".into(),
        ));
    }
    let list = registrations::list(&state.pool, *conference_id, &filter).await?;
    let tz = access.conference.tz();
    let views: Vec<RegistrationView> = list
        .iter()
        .map(|r| {
            let mut view = RegistrationView::new(r, tz);
            if !sees_answers {
                view.answers.clear();
            }
            view
        })
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
    let access = Access::for_conference(&state, organizer, *conference_id, Action::View).await?;
    let stats = stats::for_conference(&state.pool, access.conference_id()).await?;
    Ok(HttpResponse::Ok().json(stats))
}
