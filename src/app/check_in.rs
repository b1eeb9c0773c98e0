//! Checking people in: by a team member (API, dashboard), by a participant
//! report of the webinar platform.

use uuid::Uuid;

use super::access::Access;
use crate::db::attendance::{self, ImportOutcome};
use crate::db::registrations::{self, Registration};
use crate::domain::attendance::parse_report;
use crate::domain::registration::{ListFilter, ListQuery, RegistrationStatus};
use crate::domain::role::Action;
use crate::error::AppError;
use crate::state::AppState;

/// Who may check people in at this conference (asked before the request's
/// body is read: a stranger learns nothing, not even what is invalid).
pub async fn access(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<Access, AppError> {
    Access::for_conference(state, organizer, conference_id, Action::CheckIn).await
}

/// The registration a check-in QR code names, for a team member who may
/// check people in at its conference; for anyone else it does not exist.
pub async fn by_code(
    state: &AppState,
    organizer: Uuid,
    code: &str,
) -> Result<(Registration, Access), AppError> {
    let id =
        crate::domain::secret::check_in_registration(&state.key, code).ok_or(AppError::NotFound)?;
    let registration = registrations::get(&state.pool, id).await?;
    let access = access(state, organizer, registration.row.conference_id).await?;
    Ok((registration, access))
}

/// Marks a confirmed registrant attended (the conference, or one session);
/// doing it twice changes nothing.
pub async fn check_in(
    state: &AppState,
    access: &Access,
    registration_id: Uuid,
    session_id: Option<Uuid>,
) -> Result<Registration, AppError> {
    attendance::check_in(
        &state.pool,
        access.conference_id(),
        registration_id,
        session_id,
    )
    .await
}

/// The confirmed registrants to check in, found by name or email (the first
/// hundred).
pub async fn roster(
    state: &AppState,
    access: &Access,
    search: &str,
) -> Result<Vec<Registration>, AppError> {
    let filter = ListFilter::parse(ListQuery {
        status: Some(RegistrationStatus::Confirmed),
        q: Some(search.to_owned()).filter(|q| !q.trim().is_empty()),
        // The door of a hybrid conference sees those with a place in the room.
        mode: (access.conference.format == crate::domain::conference::Format::Hybrid)
            .then_some(crate::domain::registration::AttendanceMode::InPerson),
        limit: Some(100),
        ..Default::default()
    })?;
    registrations::list(&state.pool, access.conference_id(), &filter).await
}

/// Reads a participant report (CSV with an email column) and marks those it
/// says attended.
pub async fn import(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    report: &[u8],
) -> Result<ImportOutcome, AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Edit).await?;
    let report = parse_report(report).map_err(|e| AppError::invalid("body", e))?;
    let outcome = attendance::import(&state.pool, access.conference_id(), &report).await?;
    tracing::info!(
        matched = outcome.matched,
        unmatched = outcome.unmatched.len(),
        "attendance imported"
    );
    Ok(outcome)
}
