//! What the operator asks: is the database there, how much mail waits.

use crate::db;
use crate::error::AppError;
use crate::state::AppState;

pub async fn database_ready(state: &AppState) -> Result<(), AppError> {
    db::ping(&state.pool).await
}

/// Unsent mails and the age in seconds of the oldest one (0 when none).
pub async fn mail_backlog(state: &AppState) -> Result<(i64, f64), AppError> {
    db::outbox::backlog(&state.pool).await
}
