//! The public API: a published conference and the sign-up.

use super::problems;
use actix_web::{HttpResponse, web};

use super::views::{PublicConferenceView, QuestionView, SessionView, local};
use crate::app;
use crate::domain::registration::{SignUp, SignUpRequest};
use crate::error::AppError;
use crate::extract::StrictJson;
use crate::routes::openapi::SignUpReceipt;
use crate::state::AppState;

/// A published conference with its sessions and free seats; never its join link.
#[utoipa::path(
    get,
    path = "/api/v1/public/conferences/{slug}",
    tag = "public",
    params(("slug" = String, Path, description = "The conference's public slug")),
    responses(
        (status = 200, description = "The conference", body = PublicConferenceView),
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn conference(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let public = app::conferences::public(&state, &slug).await?;
    let c = &public.conference;
    let tz = c.tz();
    let sessions = public
        .sessions
        .iter()
        .map(|s| {
            let mut view = SessionView::new(s, tz);
            view.seats_left = Some(public.seats_left(s.session.id, s.session.capacity));
            view
        })
        .collect();
    let view = PublicConferenceView {
        id: c.id,
        slug: c.slug.clone(),
        title: c.title.clone(),
        description: c.description.clone(),
        timezone: c.timezone.name().to_owned(),
        starts_at: local(c.starts_at, tz),
        ends_at: local(c.ends_at, tz),
        format: c.format,
        venue: c.venue.clone(),
        recording_url: c.recording_url.clone(),
        capacity: c.capacity,
        seats_left: public.seats_left(c.id, c.capacity),
        modes: (c.format == crate::domain::conference::Format::Hybrid).then(|| {
            super::views::ModesLeft {
                in_person: public.seats_left(c.in_person_scope, c.in_person_capacity),
                online: public.seats_left(c.online_scope, c.online_capacity),
            }
        }),
        registration_opens_at: c.registration_opens_at.map(|t| local(t, tz)),
        registration_closes_at: c.registration_closes_at.map(|t| local(t, tz)),
        registration_open: public.registration_closed.is_none(),
        status: c.status,
        sessions,
        questions: app::conferences::public_questions(&state, c.id)
            .await?
            .iter()
            .map(QuestionView::from)
            .collect(),
    };
    Ok(HttpResponse::Ok().json(view))
}

/// Sign up: `confirmed`, `waitlisted` when full, or `pending` when the
/// conference asks for email confirmation.
#[utoipa::path(
    post,
    path = "/api/v1/public/conferences/{slug}/registrations",
    tag = "public",
    params(("slug" = String, Path, description = "The conference's public slug")),
    request_body = SignUpRequest,
    responses(
        (status = 201, description = "Registered; keep manage_url", body = crate::routes::openapi::SignUpReceipt),
        problems::BadRequest,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::Unprocessable,
        problems::TooManyRequests,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unavailable
    )
)]
pub async fn sign_up(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::SIGN_UP }>,
    slug: web::Path<String>,
    StrictJson(request): StrictJson<SignUpRequest>,
) -> Result<HttpResponse, AppError> {
    let sign_up = SignUp::parse(request)?;
    let receipt = app::sign_up::run(&state, &slug, &sign_up).await?;
    Ok(HttpResponse::Created().json(SignUpReceipt {
        id: receipt.id,
        status: receipt.status,
        manage_url: receipt.manage_url,
    }))
}

/// The body of "resend my link".
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ManageLinkBody {
    email: String,
}

/// Resend my link: when the address holds an active registration of the
/// conference, its manage link is mailed to it (mail `manage_link`). The
/// answer is the same whether it does or not.
#[utoipa::path(
    post,
    path = "/api/v1/public/conferences/{slug}/manage-link",
    tag = "public",
    params(("slug" = String, Path, description = "The conference's public slug")),
    request_body = ManageLinkBody,
    responses(
        (status = 202, description = "Accepted: if the address is registered, its link is on its way"),
        problems::BadRequest,
        problems::NotFound,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::TooManyRequests,
        problems::Unavailable
    )
)]
pub async fn manage_link(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::SIGN_UP }>,
    slug: web::Path<String>,
    StrictJson(body): StrictJson<ManageLinkBody>,
) -> Result<HttpResponse, AppError> {
    app::manage::resend_link(&state, &slug, &body.email).await?;
    Ok(HttpResponse::Accepted().json(serde_json::json!({
        "status": "accepted",
        "detail": "If this address holds a registration, its link is on its way.",
    })))
}
