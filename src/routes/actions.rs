//! The organizer's actions on one registration.

use super::problems;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::views::RegistrationView;
use crate::app;
use crate::app::actions::Walk;
use crate::domain::registration::{
    RegistrationChanges, RegistrationChangesRequest, RegistrationStatus, SignUp, SignUpRequest,
};
use crate::error::AppError;
use crate::extract::{OptionalJson, Organizer, StrictJson};
use crate::state::AppState;

/// Someone the organizers add: the public form's fields, plus what only
/// organizers may say.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = NewRegistration)]
pub struct NewRegistrationBody {
    email: String,
    name: String,
    organization: Option<String>,
    category: Option<String>,
    #[serde(default)]
    sessions: Vec<Uuid>,
    /// Answers to the conference's questions, by question id (optional here).
    #[serde(default)]
    #[schema(value_type = Object)]
    answers: serde_json::Map<String, serde_json::Value>,
    /// `confirmed`: a walk-in, confirmed even beyond the capacity
    /// (`walk_in: true`). Left out: a place when one is free, else the waitlist.
    status: Option<RegistrationStatus>,
    /// Checked in at once (a walk-in at the door).
    #[serde(default)]
    checked_in: bool,
    /// Mail the registrant (default true).
    notify: Option<bool>,
    /// Required on a hybrid conference.
    attendance_mode: Option<crate::domain::registration::AttendanceMode>,
    /// Default: the conference's.
    language: Option<crate::domain::language::Language>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = OrganizerCancel)]
pub struct CancelBody {
    /// Told to the registrant in the `cancelled` mail.
    reason: Option<String>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Promote)]
pub struct PromoteBody {
    /// Confirm even when no place is free (beyond the capacity).
    #[serde(default)]
    force: bool,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = UndoCheckIn)]
pub struct UndoCheckInBody {
    /// The session's record; left out: the conference's own.
    session_id: Option<Uuid>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NotifyQuery {
    /// `false`: no `updated` mail.
    notify: Option<bool>,
}

/// Add someone (a walk-in at the door, a speaker, a guest): no registration
/// window, approval or email confirmation applies.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = NewRegistrationBody,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The registration", body = RegistrationView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn add(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(body): StrictJson<NewRegistrationBody>,
) -> Result<HttpResponse, AppError> {
    // The organizer speaks for the registrant's consent.
    let sign_up = SignUp::parse(SignUpRequest {
        email: body.email,
        name: body.name,
        organization: body.organization,
        category: body.category,
        sessions: body.sessions,
        consent: Some(true),
        answers: body.answers,
        attendance_mode: body.attendance_mode,
        language: body.language,
    })?;
    let walk = Walk {
        sign_up,
        status: body.status,
        checked_in: body.checked_in,
        notify: body.notify.unwrap_or(true),
    };
    let (access, r, _) = app::actions::add(&state, organizer, *conference_id, walk).await?;
    Ok(HttpResponse::Created().json(RegistrationView::new(&r, access.conference.tz())))
}

/// Change a registration as the organizers (mail `updated` unless `notify=false`).
#[utoipa::path(
    patch,
    path = "/api/v1/conferences/{id}/registrations/{rid}",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id"), NotifyQuery),
    request_body = RegistrationChangesRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration", body = RegistrationView),
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
pub async fn update(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    query: web::Query<NotifyQuery>,
    StrictJson(body): StrictJson<RegistrationChangesRequest>,
) -> Result<HttpResponse, AppError> {
    let (cid, rid) = path.into_inner();
    let changes = RegistrationChanges::parse(body)?;
    let notify = query.notify.unwrap_or(true);
    let (access, r) = app::actions::update(&state, organizer, cid, rid, changes, notify).await?;
    Ok(HttpResponse::Ok().json(RegistrationView::new(&r, access.conference.tz())))
}

/// Cancel a registration (mail `cancelled` with the CANCEL invite and the
/// reason); the waiting list moves up.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/cancel",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    request_body(content = Option<CancelBody>, description = "Optional"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration, cancelled", body = RegistrationView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn cancel(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    OptionalJson(body): OptionalJson<CancelBody>,
) -> Result<HttpResponse, AppError> {
    let (cid, rid) = path.into_inner();
    let (access, r) =
        app::actions::cancel(&state, organizer, cid, rid, body.reason.as_deref()).await?;
    Ok(HttpResponse::Ok().json(RegistrationView::new(&r, access.conference.tz())))
}

/// Confirm a waitlisted registrant past the queue (mail `promoted`); beyond
/// the capacity only with `force: true`, else 409.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/promote",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    request_body(content = Option<PromoteBody>, description = "Optional"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration, confirmed", body = RegistrationView),
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
pub async fn promote(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    OptionalJson(body): OptionalJson<PromoteBody>,
) -> Result<HttpResponse, AppError> {
    let (cid, rid) = path.into_inner();
    let (access, r) = app::actions::promote(&state, organizer, cid, rid, body.force).await?;
    Ok(HttpResponse::Ok().json(RegistrationView::new(&r, access.conference.tz())))
}

/// Send the mail of the registration's current state again, with the current invite.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/resend",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    security(("bearer" = [])),
    responses(
        (status = 202, description = "The mail is on its way"),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::Unavailable
    )
)]
pub async fn resend(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, AppError> {
    let (cid, rid) = path.into_inner();
    app::actions::resend(&state, organizer, cid, rid).await?;
    Ok(HttpResponse::Accepted().json(serde_json::json!({"status": "queued"})))
}

/// Take back a check-in (of the conference, or of one session).
#[utoipa::path(
    delete,
    path = "/api/v1/conferences/{id}/registrations/{rid}/check-in",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    request_body(content = Option<UndoCheckInBody>, description = "Optional"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration without that attendance record", body = RegistrationView),
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
pub async fn undo_check_in(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    OptionalJson(body): OptionalJson<UndoCheckInBody>,
) -> Result<HttpResponse, AppError> {
    let (cid, rid) = path.into_inner();
    let (access, r) =
        app::actions::undo_check_in(&state, organizer, cid, rid, body.session_id).await?;
    Ok(HttpResponse::Ok().json(RegistrationView::new(&r, access.conference.tz())))
}
