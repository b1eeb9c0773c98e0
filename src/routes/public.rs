//! The public API: a published conference and the sign-up.

use actix_web::{HttpResponse, web};
use chrono::Utc;

use super::views::{PublicConferenceView, SessionView, local};
use crate::db::{conferences, registrations};
use crate::domain::registration::{SignUp, SignUpRequest};
use crate::error::AppError;
use crate::extract::StrictJson;
use crate::service;
use crate::startup::AppState;

pub async fn conference(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let public = conferences::load_public(&state.pool, &slug).await?;
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
        timezone: c.timezone.clone(),
        starts_at: local(c.starts_at, tz),
        ends_at: local(c.ends_at, tz),
        format: c.format.clone(),
        venue: c.venue.clone(),
        recording_url: c.recording_url.clone(),
        capacity: c.capacity,
        seats_left: public.seats_left(c.id, c.capacity),
        registration_opens_at: c.registration_opens_at.map(|t| local(t, tz)),
        registration_closes_at: c.registration_closes_at.map(|t| local(t, tz)),
        registration_open: registrations::window(c).check(Utc::now()).is_ok(),
        status: c.status.clone(),
        sessions,
    };
    Ok(HttpResponse::Ok().json(view))
}

pub async fn sign_up(
    state: web::Data<AppState>,
    _: crate::ratelimit::Throttle<{ crate::ratelimit::SIGN_UP }>,
    slug: web::Path<String>,
    StrictJson(request): StrictJson<SignUpRequest>,
) -> Result<HttpResponse, AppError> {
    let sign_up = SignUp::parse(request)?;
    let receipt = service::sign_up(&state, &slug, &sign_up).await?;
    let outcome = receipt.signed_up;
    Ok(HttpResponse::Created().json(serde_json::json!({
        "id": outcome.id,
        "status": outcome.status,
        "manage_url": receipt.manage_url,
    })))
}
