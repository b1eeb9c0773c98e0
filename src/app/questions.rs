//! The conference's own questions on the registration form.

use uuid::Uuid;

use super::access::Access;
use crate::db::questions::{self, QuestionRow};
use crate::domain::question::{QuestionChanges, QuestionData};
use crate::domain::role::Action;
use crate::error::AppError;
use crate::state::AppState;

pub async fn create(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    changes: QuestionChanges,
) -> Result<QuestionRow, AppError> {
    // Access first: a stranger learns nothing, not even what is invalid.
    let access = Access::for_conference(state, organizer, conference_id, Action::Edit).await?;
    let data = QuestionData::create(changes)?;
    questions::create(&state.pool, access.conference_id(), &data).await
}

/// The form's questions, retired ones included, in order.
pub async fn list(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<Vec<QuestionRow>, AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::ViewForm).await?;
    questions::rows(&state.pool, access.conference_id()).await
}

pub async fn update(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
    changes: QuestionChanges,
) -> Result<QuestionRow, AppError> {
    let access = Access::for_question(state, organizer, id, Action::Edit).await?;
    questions::update(
        &state.pool,
        access.conference_id(),
        id,
        |current, answered| current.data.apply(changes, answered),
    )
    .await
}

/// Deletes a question nobody answered; one with answers is retired instead
/// (and returned).
pub async fn delete(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
) -> Result<Option<QuestionRow>, AppError> {
    let access = Access::for_question(state, organizer, id, Action::Edit).await?;
    questions::delete(&state.pool, access.conference_id(), id).await
}
