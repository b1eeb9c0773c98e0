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

/// Moves a question one place up or down the form (its neighbour takes its
/// place); the positions are renumbered in form order as it goes.
pub async fn shift(state: &AppState, organizer: Uuid, id: Uuid, up: bool) -> Result<(), AppError> {
    let access = Access::for_question(state, organizer, id, Action::Edit).await?;
    let mut order: Vec<QuestionRow> = questions::rows(&state.pool, access.conference_id())
        .await?
        .into_iter()
        .filter(|q| !q.retired)
        .collect();
    let Some(at) = order.iter().position(|q| q.id == id) else {
        return Err(AppError::NotFound);
    };
    let to = if up { at.checked_sub(1) } else { Some(at + 1) };
    let Some(to) = to.filter(|t| *t < order.len()) else {
        return Ok(());
    };
    order.swap(at, to);
    for (position, q) in order.iter().enumerate() {
        let position = i32::try_from(position).unwrap_or(i32::MAX);
        if q.position != position {
            let changes = QuestionChanges {
                position: Some(position),
                ..QuestionChanges::default()
            };
            update(state, organizer, q.id, changes).await?;
        }
    }
    Ok(())
}

/// One question with its conference, for its page in the dashboard.
pub async fn one(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
) -> Result<(Uuid, QuestionRow), AppError> {
    let access = Access::for_question(state, organizer, id, Action::Edit).await?;
    let q = questions::rows(&state.pool, access.conference_id())
        .await?
        .into_iter()
        .find(|q| q.id == id)
        .ok_or(AppError::NotFound)?;
    Ok((access.conference_id(), q))
}
