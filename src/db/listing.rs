use chrono::Utc;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::DbPool;
use super::conferences::ConferenceRow;
use super::schema::conferences;
use crate::domain::conference::ConferenceStatus;
use crate::error::AppError;

/// Published conferences that have not ended, soonest first.
pub async fn upcoming(pool: &DbPool) -> Result<Vec<ConferenceRow>, AppError> {
    let mut conn = pool.get().await?;
    Ok(conferences::table
        .filter(conferences::status.eq(ConferenceStatus::Published.as_str()))
        .filter(conferences::ends_at.gt(Utc::now()))
        .order((conferences::starts_at.asc(), conferences::id.asc()))
        .limit(200)
        .select(ConferenceRow::as_select())
        .load(&mut conn)
        .await?)
}
