//! The sessions of a conference and their speakers.

use uuid::Uuid;

use super::access::Access;
use crate::db::sessions::{self, SessionWithSpeakers};
use crate::domain::role::Action;
use crate::domain::session::{SessionChanges, SessionData};
use crate::error::AppError;
use crate::state::AppState;

pub async fn create(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    changes: SessionChanges,
) -> Result<(SessionWithSpeakers, Access), AppError> {
    // Access first: a stranger learns nothing, not even what is invalid.
    let access = Access::for_conference(state, organizer, conference_id, Action::Edit).await?;
    let session = create_in(state, &access, changes).await?;
    Ok((session, access))
}

/// The same, once the caller holds the access (the dashboard reads the form
/// in the conference's time zone first).
pub async fn create_in(
    state: &AppState,
    access: &Access,
    changes: SessionChanges,
) -> Result<SessionWithSpeakers, AppError> {
    if !access.role.allows(Action::Edit) {
        return Err(AppError::Forbidden(
            "your role on this conference does not allow this".into(),
        ));
    }
    let data = SessionData::create(changes)?;
    sessions::create(&state.pool, access.conference_id(), &data).await
}

pub async fn list(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<(Vec<SessionWithSpeakers>, Access), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::View).await?;
    let list = sessions::all(&state.pool, access.conference_id()).await?;
    Ok((list, access))
}

pub async fn get(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
    action: Action,
) -> Result<(SessionWithSpeakers, Access), AppError> {
    let access = Access::for_session(state, organizer, id, action).await?;
    let session = sessions::get(&state.pool, access.conference_id(), id).await?;
    Ok((session, access))
}

/// Changes a session; its registrants get an updated invite when it moved.
pub async fn update(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
    changes: SessionChanges,
) -> Result<(SessionWithSpeakers, Access), AppError> {
    let access = Access::for_session(state, organizer, id, Action::Edit).await?;
    let session = sessions::update(&state.pool, access.conference_id(), id, |current| {
        current.data().apply(changes)
    })
    .await?;
    Ok((session, access))
}

/// Removes a session, returning the conference it was part of.
pub async fn delete(state: &AppState, organizer: Uuid, id: Uuid) -> Result<Access, AppError> {
    let access = Access::for_session(state, organizer, id, Action::Edit).await?;
    sessions::delete(&state.pool, access.conference_id(), id).await?;
    Ok(access)
}
