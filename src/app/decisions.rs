//! Approving and declining applications, one by one or many at once.

use uuid::Uuid;

use super::access::Access;
use crate::db::decisions::{self, Decisions};
use crate::db::registrations::Registration;
use crate::domain::role::Action;
use crate::domain::text;
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;
use crate::state::AppState;

fn reason(given: Option<&str>) -> Result<Option<String>, AppError> {
    let mut errors = ValidationErrors::new();
    let reason = errors.check("reason", text::optional_prose(given, 2000));
    match reason {
        Some(r) if errors.is_empty() => Ok(r),
        _ => Err(AppError::Validation(errors)),
    }
}

/// Carries out every decision or none. `single`: one application addressed
/// by its path, which answers 404 when it is not the conference's.
pub async fn decide(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    approve: &[Uuid],
    decline: &[Uuid],
    given_reason: Option<&str>,
    single: bool,
) -> Result<(Access, Vec<Registration>), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Decide).await?;
    let reason = reason(given_reason)?;
    if approve.is_empty() && decline.is_empty() {
        let mut errors = ValidationErrors::new();
        errors.add(
            "approve",
            "name at least one registration to approve or decline",
        );
        return Err(AppError::Validation(errors));
    }
    let decided = decisions::decide(
        &state.pool,
        access.conference_id(),
        &Decisions {
            approve,
            decline,
            reason: reason.as_deref(),
        },
        single,
    )
    .await?;
    tracing::info!(
        conference = %access.conference_id(),
        approved = approve.len(),
        declined = decline.len(),
        "applications decided"
    );
    Ok((access, decided))
}

/// The applications awaiting a decision, oldest first.
pub async fn queue(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<(Access, Vec<Registration>), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Decide).await?;
    let waiting = decisions::waiting(&state.pool, access.conference_id()).await?;
    Ok((access, waiting))
}
