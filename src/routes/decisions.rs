//! Approving and declining applications (conferences with `require_approval`).

use super::problems;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::views::RegistrationView;
use crate::app;
use crate::db::registrations::Registration;
use crate::error::AppError;
use crate::extract::{OptionalJson, Organizer, StrictJson};
use crate::state::AppState;

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Decline)]
pub struct DeclineBody {
    /// Told to the applicant in the `declined` mail.
    reason: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = DecisionsRequest)]
pub struct DecisionsBody {
    #[serde(default)]
    approve: Vec<Uuid>,
    #[serde(default)]
    decline: Vec<Uuid>,
    /// For those declined.
    reason: Option<String>,
}

fn views(decided: &[Registration], tz: chrono_tz::Tz) -> Vec<RegistrationView> {
    decided
        .iter()
        .map(|r| RegistrationView::new(r, tz))
        .collect()
}

async fn one(
    state: &AppState,
    organizer: Uuid,
    (conference_id, rid): (Uuid, Uuid),
    approve: bool,
    reason: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let ids = [rid];
    let (approve, decline): (&[Uuid], &[Uuid]) = if approve { (&ids, &[]) } else { (&[], &ids) };
    let (access, decided) = app::decisions::decide(
        state,
        organizer,
        conference_id,
        approve,
        decline,
        reason,
        true,
    )
    .await?;
    let view = views(&decided, access.conference.tz())
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(view))
}

/// Approve an application: `confirmed` (mail `confirmation` with the invite)
/// when a place is free, else `waitlisted`, in the order of approval.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/approve",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration, confirmed or waitlisted", body = RegistrationView),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::Unavailable
    )
)]
pub async fn approve(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, AppError> {
    one(&state, organizer, path.into_inner(), true, None).await
}

/// Decline an application, with an optional reason (mail `declined`). The
/// address may apply again.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/decline",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    request_body(content = Option<DeclineBody>, description = "Optional"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration, declined", body = RegistrationView),
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
pub async fn decline(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    OptionalJson(body): OptionalJson<DeclineBody>,
) -> Result<HttpResponse, AppError> {
    one(
        &state,
        organizer,
        path.into_inner(),
        false,
        body.reason.as_deref(),
    )
    .await
}

/// Approve and decline many applications at once: all of it or nothing
/// (409 naming the first that cannot be decided). Approvals claim places in
/// the order given.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/decisions",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = DecisionsBody,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registrations decided, in the order given", body = Vec<RegistrationView>),
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
pub async fn decide(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(body): StrictJson<DecisionsBody>,
) -> Result<HttpResponse, AppError> {
    let (access, decided) = app::decisions::decide(
        &state,
        organizer,
        *conference_id,
        &body.approve,
        &body.decline,
        body.reason.as_deref(),
        false,
    )
    .await?;
    Ok(HttpResponse::Ok().json(views(&decided, access.conference.tz())))
}
