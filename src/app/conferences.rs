//! Conferences: create, read, change; the public view and the feed.

use chrono::Utc;
use uuid::Uuid;

use super::access::{self, Access};
use crate::calendar::{self, CalendarEvent, Invite, Person};
use crate::db::conferences::{self, ConferenceRow, PublicConference};
use crate::db::sessions::{self, SessionWithSpeakers};
use crate::db::{listing, questions};
use crate::domain::conference::{ConferenceChanges, ConferenceData, ConferenceStatus};
use crate::domain::mail::InviteMethod;
use crate::domain::question::Question;
use crate::domain::role::Action;
use crate::error::AppError;
use crate::state::AppState;

pub async fn create(
    state: &AppState,
    organizer: Uuid,
    changes: ConferenceChanges,
) -> Result<ConferenceRow, AppError> {
    let data = ConferenceData::create(changes)?;
    conferences::create(&state.pool, organizer, &data).await
}

/// The conferences the organizer owns or is on the team of.
pub async fn reachable(state: &AppState, organizer: Uuid) -> Result<Vec<Access>, AppError> {
    access::reachable(state, organizer).await
}

pub async fn get(state: &AppState, organizer: Uuid, id: Uuid) -> Result<Access, AppError> {
    Access::for_conference(state, organizer, id, Action::View).await
}

/// Applies the changes; a change of time, place or link owes every active
/// registrant an updated invite, a cancellation a cancellation.
pub async fn update(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
    changes: ConferenceChanges,
) -> Result<ConferenceRow, AppError> {
    // Cancelling stands for deleting: the owner's alone.
    let action = if changes.status == Some(ConferenceStatus::Cancelled) {
        Action::Cancel
    } else {
        Action::Edit
    };
    let access = Access::for_conference(state, organizer, id, action).await?;
    conferences::update(&state.pool, access.conference_id(), |current| {
        current.data().apply(changes)
    })
    .await
}

/// A published (or cancelled) conference as the public sees it.
pub async fn public(state: &AppState, slug: &str) -> Result<PublicConference, AppError> {
    conferences::load_public(&state.pool, slug).await
}

/// The public calendar feed: one event per session, or the conference itself
/// when it has none; never the join link. A cancelled conference cancels them.
pub async fn feed(state: &AppState, slug: &str) -> Result<String, AppError> {
    let public = public(state, slug).await?;
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
    Ok(body)
}

/// The questions the public form asks (retired ones left out).
pub async fn public_questions(
    state: &AppState,
    conference_id: Uuid,
) -> Result<Vec<crate::db::questions::QuestionRow>, AppError> {
    Ok(questions::rows(&state.pool, conference_id)
        .await?
        .into_iter()
        .filter(|q| !q.retired)
        .collect())
}

/// The form a conference asks (retired questions marked), for its pages.
pub async fn form(state: &AppState, conference_id: Uuid) -> Result<Vec<Question>, AppError> {
    questions::form(&state.pool, conference_id).await
}

/// The sessions of a conference with their speakers, in time order.
pub async fn programme(
    state: &AppState,
    conference_id: Uuid,
) -> Result<Vec<SessionWithSpeakers>, AppError> {
    sessions::all(&state.pool, conference_id).await
}

/// Published conferences that have not ended, soonest first.
pub async fn upcoming(state: &AppState) -> Result<Vec<ConferenceRow>, AppError> {
    listing::upcoming(&state.pool).await
}

/// What a copy changes: its start (every time moves by the same offset),
/// and its title and slug when given.
pub struct CopyOf {
    pub starts_at: chrono::DateTime<chrono::FixedOffset>,
    pub title: Option<String>,
    pub slug: Option<String>,
}

/// "Duplicate": the next event of a series, a draft with the same settings
/// (not the recording), questions, sessions and speakers; no people.
pub async fn copy(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
    copy: CopyOf,
) -> Result<ConferenceRow, AppError> {
    let access = Access::for_conference(state, organizer, id, Action::Edit).await?;
    let source = &access.conference;
    let offset = copy.starts_at.with_timezone(&Utc) - source.starts_at;
    let moved = |t: Option<chrono::DateTime<Utc>>| t.map(|t| (t + offset).fixed_offset());
    let title = copy.title.unwrap_or_else(|| source.title.clone());
    let changes = ConferenceChanges {
        // A slug anew: from the title unless one is given.
        slug: copy.slug,
        title: Some(title),
        description: Some(source.description.clone()),
        timezone: Some(source.timezone.name().to_owned()),
        starts_at: Some(copy.starts_at),
        ends_at: Some((source.ends_at + offset).fixed_offset()),
        format: Some(source.format),
        venue: Some(source.venue.clone()),
        online_url: Some(source.online_url.clone()),
        recording_url: Some(None),
        capacity: Some(source.capacity),
        registration_opens_at: Some(moved(source.registration_opens_at)),
        registration_closes_at: Some(moved(source.registration_closes_at)),
        status: Some(ConferenceStatus::Draft),
        require_email_confirmation: Some(source.require_email_confirmation),
        require_approval: Some(source.require_approval),
        confirmation_hold_minutes: Some(source.confirmation_hold_minutes),
        reminder_minutes: Some(source.reminder_minutes.clone()),
        categories: Some(source.categories.clone()),
        in_person_capacity: Some(source.in_person_capacity),
        online_capacity: Some(source.online_capacity),
        language: Some(source.language),
        embed_origins: Some(source.embed_origins.clone()),
    };
    let data = ConferenceData::create(changes)?;
    let row = conferences::copy(&state.pool, source.id, organizer, &data, offset).await?;
    tracing::info!(source = %source.id, copy = %row.id, "conference duplicated");
    Ok(row)
}

/// Deletes a draft nobody registered for (the owner's alone).
pub async fn delete_draft(state: &AppState, organizer: Uuid, id: Uuid) -> Result<(), AppError> {
    let access = Access::for_conference(state, organizer, id, Action::Cancel).await?;
    conferences::delete_draft(&state.pool, access.conference_id()).await
}
