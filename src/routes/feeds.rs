//! Public calendar feed of a conference's sessions.

use super::problems;
use actix_web::{HttpResponse, web};
use chrono::Utc;

use crate::app;
use crate::calendar::{self, CalendarEvent, Invite, Person};
use crate::domain::mail::InviteMethod;
use crate::error::AppError;
use crate::state::AppState;

/// Calendar feed of a published conference: one event per session, or the
/// conference itself when it has none; never the join link.
#[utoipa::path(
    get,
    path = "/c/{slug}/calendar.ics",
    tag = "public",
    params(("slug" = String, Path, description = "The conference's public slug")),
    responses(
        (status = 200, description = "The feed", content_type = "text/calendar", body = String),
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn calendar(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let public = app::conferences::public(&state, &slug).await?;
    let c = &public.conference;
    let host = url::Url::parse(&state.base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "convene.invalid".into());
    let page = format!("{}/c/{}", state.base_url, c.slug);
    let events: Vec<CalendarEvent<'_>> = if public.sessions.is_empty() {
        vec![CalendarEvent {
            uid: format!("conference-{}@{host}", c.id),
            title: &c.title,
            description: &c.description,
            starts_at: c.starts_at,
            ends_at: c.ends_at,
            location: c.venue.as_deref(),
            url: Some(&page),
        }]
    } else {
        public
            .sessions
            .iter()
            .map(|s| CalendarEvent {
                uid: format!("session-{}@{host}", s.session.id),
                title: &s.session.title,
                description: &s.session.description,
                starts_at: s.session.starts_at,
                ends_at: s.session.ends_at,
                location: s.session.location.as_deref().or(c.venue.as_deref()),
                url: Some(&page),
            })
            .collect()
    };
    let organizer_email = state.mail_from.email.to_string();
    let method = if c.status == crate::domain::conference::ConferenceStatus::Cancelled {
        InviteMethod::Cancel
    } else {
        InviteMethod::Publish
    };
    let body = calendar::render(
        &Invite {
            method,
            sequence: 0,
            organizer: Person {
                name: state.mail_from.name.as_deref().unwrap_or("Convene"),
                email: &organizer_email,
            },
            attendee: None,
            events,
        },
        Utc::now(),
    );
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=300"))
        .body(body))
}
