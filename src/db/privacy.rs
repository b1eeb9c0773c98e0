//! Personal data: what a registrant can take with them, and erasure.

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use serde::Serialize;
use uuid::Uuid;

use super::conferences::find;
use super::schema::{check_ins, conferences, outbox, registrations};
use super::{Conn, DbPool};
use crate::error::AppError;

#[derive(Serialize, utoipa::ToSchema)]
pub struct CheckInRecord {
    pub session_id: Option<Uuid>,
    pub method: String,
    pub checked_in_at: DateTime<Utc>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct MailRecord {
    pub kind: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// Everything kept about one registration beyond its own fields.
pub async fn records(
    pool: &DbPool,
    registration_id: Uuid,
) -> Result<(Vec<CheckInRecord>, Vec<MailRecord>), AppError> {
    let mut conn = pool.get().await?;
    let checks = check_ins::table
        .filter(check_ins::registration_id.eq(registration_id))
        .select((
            check_ins::session_id,
            check_ins::method,
            check_ins::checked_in_at,
        ))
        .load::<(Option<Uuid>, String, DateTime<Utc>)>(&mut conn)
        .await?
        .into_iter()
        .map(|(session_id, method, checked_in_at)| CheckInRecord {
            session_id,
            method,
            checked_in_at,
        })
        .collect();
    let mails = outbox::table
        .filter(outbox::registration_id.eq(registration_id))
        .order(outbox::created_at.asc())
        .select((outbox::kind, outbox::created_at, outbox::sent_at))
        .load::<(String, DateTime<Utc>, Option<DateTime<Utc>>)>(&mut conn)
        .await?
        .into_iter()
        .map(|(kind, created_at, sent_at)| MailRecord {
            kind,
            created_at,
            sent_at,
        })
        .collect();
    Ok((checks, mails))
}

/// Overwrites the personal fields of the given registrations and drops their
/// unsent mail; status, sessions and attendance stay, so counts stay true.
async fn scrub(conn: &mut Conn, ids: &[Uuid]) -> Result<usize, AppError> {
    if ids.is_empty() {
        return Ok(0);
    }
    diesel::delete(
        outbox::table
            .filter(outbox::registration_id.eq_any(ids))
            .filter(outbox::sent_at.is_null()),
    )
    .execute(conn)
    .await?;
    let n = diesel::sql_query(
        "UPDATE registrations SET \
            email = 'erased-' || id || '@erased.invalid', name = 'Erased', \
            organization = NULL, category = NULL, \
            manage_token_hash = sha256(gen_random_uuid()::text::bytea), join_token_hash = NULL, \
            erased_at = now(), updated_at = now() \
          WHERE id = ANY($1) AND erased_at IS NULL",
    )
    .bind::<diesel::sql_types::Array<diesel::sql_types::Uuid>, _>(ids)
    .execute(conn)
    .await?;
    Ok(n)
}

/// An organizer's erasure of one registrant of their conference.
pub async fn erase(
    pool: &DbPool,
    conference_id: Uuid,
    registration_id: Uuid,
) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        find(conn, conference_id).await?;
        let id: Uuid = registrations::table
            .filter(registrations::id.eq(registration_id))
            .filter(registrations::conference_id.eq(conference_id))
            .select(registrations::id)
            .for_update()
            .first(conn)
            .await?;
        scrub(conn, &[id]).await?;
        Ok(())
    })
    .await
}

/// Erases the registrations of conferences that ended more than `after` ago.
pub async fn anonymize_old(pool: &DbPool, after: Duration) -> Result<usize, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let ids: Vec<Uuid> = registrations::table
            .inner_join(conferences::table)
            .filter(conferences::ends_at.lt(Utc::now() - after))
            .filter(registrations::erased_at.is_null())
            .select(registrations::id)
            .limit(10_000)
            .for_update()
            .skip_locked()
            .load(conn)
            .await?;
        scrub(conn, &ids).await
    })
    .await
}
