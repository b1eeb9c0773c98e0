//! The one access check of every organizer action, for the API and the
//! dashboard alike. What it returns is what the use case works with: nothing
//! behind it checks ownership again.

use uuid::Uuid;

use crate::db::conferences::ConferenceRow;
use crate::db::members;
use crate::domain::role::{Action, Role};
use crate::error::AppError;
use crate::state::AppState;

/// A conference as the acting organizer may touch it, for one action.
pub struct Access {
    pub conference: ConferenceRow,
    pub role: Role,
}

impl Access {
    /// The conference, when the organizer is on its team and their role
    /// allows `action`. A stranger gets 404 (nothing is revealed), a team
    /// member whose role does not allow it 403.
    pub async fn for_conference(
        state: &AppState,
        organizer: Uuid,
        conference_id: Uuid,
        action: Action,
    ) -> Result<Access, AppError> {
        let (conference, role) = members::role_in(&state.pool, organizer, conference_id)
            .await?
            .ok_or(AppError::NotFound)?;
        if !role.allows(action) {
            return Err(AppError::Forbidden(format!(
                "your role on this conference ({}) does not allow this",
                role.as_str()
            )));
        }
        Ok(Access { conference, role })
    }

    /// The same for a route addressed by one of the conference's sessions.
    pub async fn for_session(
        state: &AppState,
        organizer: Uuid,
        session_id: Uuid,
        action: Action,
    ) -> Result<Access, AppError> {
        let conference_id = members::conference_of_session(&state.pool, session_id).await?;
        Self::for_conference(state, organizer, conference_id, action).await
    }

    /// The same for a route addressed by one of the conference's questions.
    pub async fn for_question(
        state: &AppState,
        organizer: Uuid,
        question_id: Uuid,
        action: Action,
    ) -> Result<Access, AppError> {
        let conference_id = members::conference_of_question(&state.pool, question_id).await?;
        Self::for_conference(state, organizer, conference_id, action).await
    }

    /// The same for a route addressed by one of the conference's messages.
    pub async fn for_message(
        state: &AppState,
        organizer: Uuid,
        message_id: Uuid,
        action: Action,
    ) -> Result<Access, AppError> {
        let conference_id = members::conference_of_message(&state.pool, message_id).await?;
        Self::for_conference(state, organizer, conference_id, action).await
    }

    pub fn conference_id(&self) -> Uuid {
        self.conference.id
    }
}

/// The conferences the organizer owns or is on the team of, each as the
/// access its role gives.
pub async fn reachable(state: &AppState, organizer: Uuid) -> Result<Vec<Access>, AppError> {
    Ok(members::reachable(&state.pool, organizer)
        .await?
        .into_iter()
        .map(|(conference, role)| Access { conference, role })
        .collect())
}
