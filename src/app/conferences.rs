//! Conferences: create, read, change; the public view and the feed.

use uuid::Uuid;

use super::access::{self, Access};
use crate::db::conferences::{self, ConferenceRow, PublicConference};
use crate::db::sessions::{self, SessionWithSpeakers};
use crate::db::{listing, questions};
use crate::domain::conference::{ConferenceChanges, ConferenceData, ConferenceStatus};
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
