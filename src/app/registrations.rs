//! The organizer's view of the registrations: the list, the counts, erasure.

use uuid::Uuid;

use super::access::Access;
use crate::db::registrations::{self, Registration};
use crate::db::{privacy, stats};
use crate::domain::registration::{ListFilter, ListQuery};
use crate::domain::role::Action;
use crate::domain::stats::ConferenceStats;
use crate::error::AppError;
use crate::state::AppState;

/// One page of the list; without the right to see answers they are left out
/// (and filtering by one is refused).
pub struct Listing {
    pub registrations: Vec<Registration>,
    pub shows_answers: bool,
    pub access: Access,
}

pub async fn list(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    query: ListQuery,
) -> Result<Listing, AppError> {
    let access =
        Access::for_conference(state, organizer, conference_id, Action::ListAttendees).await?;
    let filter = &ListFilter::parse(query)?;
    let shows_answers = access.role.allows(Action::SeeAnswers);
    if filter.answer.is_some() && !shows_answers {
        return Err(AppError::Forbidden(
            "your role on this conference does not show answers".into(),
        ));
    }
    let mut list = registrations::list(&state.pool, access.conference_id(), filter).await?;
    if !shows_answers {
        for r in &mut list {
            r.row.answers = serde_json::Value::Object(Default::default());
        }
    }
    Ok(Listing {
        registrations: list,
        shows_answers,
        access,
    })
}

/// The counts of a conference the access check let through.
pub async fn counts(state: &AppState, access: &Access) -> Result<ConferenceStats, AppError> {
    stats::for_conference(&state.pool, access.conference_id()).await
}

pub async fn stats(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<ConferenceStats, AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::View).await?;
    counts(state, &access).await
}

/// Overwrites a registrant's personal fields; status and attendance stay, so
/// the counts stay true.
pub async fn erase(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    registration_id: Uuid,
) -> Result<(), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Erase).await?;
    privacy::erase(&state.pool, access.conference_id(), registration_id).await
}
