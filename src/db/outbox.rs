//! The durable outbox: rows written in the transaction of the change that
//! owes the mail; claimed by workers with SKIP LOCKED.

use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Interval as SqlInterval};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::conferences::ConferenceRow;
use super::registrations::RegistrationRow;
use super::schema::{conferences, outbox, registration_sessions, registrations};
use super::sessions::{SessionWithSpeakers, list as list_sessions};
use super::{Conn, DbPool};
use crate::domain::mail::MailKind;
use crate::domain::registration::RegistrationStatus;
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, QueryableByName, Selectable)]
#[diesel(table_name = outbox, check_for_backend(diesel::pg::Pg))]
pub struct OutboxItem {
    pub id: Uuid,
    pub conference_id: Option<Uuid>,
    pub registration_id: Option<Uuid>,
    pub kind: MailKind,
    pub invite_sequence: i32,
    pub attempts: i32,
    /// The address of a mail that is not about a registration.
    pub recipient: Option<String>,
    /// What such a mail is made of (its template's context).
    pub payload: serde_json::Value,
    /// The organizer's message this mail carries (kind `message`).
    pub message_id: Option<Uuid>,
}

/// Owes one registrant a mail, raising their invite's SEQUENCE first when the
/// mail carries a change to their calendar.
pub async fn enqueue(
    conn: &mut Conn,
    registration_id: Uuid,
    kind: MailKind,
) -> Result<(), AppError> {
    enqueue_with(conn, registration_id, kind, serde_json::json!({})).await
}

/// The same, with what the change was (`payload`, which the mail reads).
pub async fn enqueue_with(
    conn: &mut Conn,
    registration_id: Uuid,
    kind: MailKind,
    payload: serde_json::Value,
) -> Result<(), AppError> {
    let sequence: i32 = if !kind.changes_invite() {
        registrations::table
            .find(registration_id)
            .select(registrations::invite_sequence)
            .first(conn)
            .await?
    } else {
        diesel::update(registrations::table.find(registration_id))
            .set(registrations::invite_sequence.eq(registrations::invite_sequence + 1))
            .returning(registrations::invite_sequence)
            .get_result(conn)
            .await?
    };
    let conference_id: Uuid = registrations::table
        .find(registration_id)
        .select(registrations::conference_id)
        .first(conn)
        .await?;
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(Uuid::now_v7()),
            outbox::conference_id.eq(conference_id),
            outbox::registration_id.eq(registration_id),
            outbox::kind.eq(kind.as_str()),
            outbox::invite_sequence.eq(sequence),
            outbox::payload.eq(payload),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

/// Owes an address that is no registration a mail of `kind`, made of
/// `payload` (the context its templates get).
pub async fn enqueue_to(
    conn: &mut Conn,
    conference_id: Option<Uuid>,
    recipient: &str,
    kind: MailKind,
    payload: serde_json::Value,
) -> Result<(), AppError> {
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(Uuid::now_v7()),
            outbox::conference_id.eq(conference_id),
            outbox::recipient.eq(recipient),
            outbox::kind.eq(kind.as_str()),
            outbox::payload.eq(payload),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

/// Owes every registrant of the conference (or of one session) in one of
/// `statuses` a mail of `kind`, in two statements whatever their number;
/// `payload` is what the change was (the conference before it, for
/// `updated`), `{}` when the mail needs nothing more than the current data.
pub async fn enqueue_for_all(
    conn: &mut Conn,
    conference_id: Uuid,
    session_id: Option<Uuid>,
    statuses: &[RegistrationStatus],
    kind: MailKind,
    payload: serde_json::Value,
) -> Result<usize, AppError> {
    let statuses: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
    let mut targets = registrations::table
        .filter(registrations::conference_id.eq(conference_id))
        .filter(registrations::status.eq_any(statuses))
        .filter(registrations::erased_at.is_null())
        .select(registrations::id)
        .into_boxed();
    if let Some(session_id) = session_id {
        targets = targets.filter(
            registrations::id.eq_any(
                registration_sessions::table
                    .filter(registration_sessions::session_id.eq(session_id))
                    .select(registration_sessions::registration_id),
            ),
        );
    }
    let ids: Vec<Uuid> = targets.load(conn).await?;
    if ids.is_empty() {
        return Ok(0);
    }
    let raises_sequence = kind.changes_invite();
    let sequences: Vec<(Uuid, i32)> = if raises_sequence {
        diesel::update(registrations::table.filter(registrations::id.eq_any(&ids)))
            .set(registrations::invite_sequence.eq(registrations::invite_sequence + 1))
            .returning((registrations::id, registrations::invite_sequence))
            .get_results(conn)
            .await?
    } else {
        registrations::table
            .filter(registrations::id.eq_any(&ids))
            .select((registrations::id, registrations::invite_sequence))
            .load(conn)
            .await?
    };
    let rows: Vec<_> = sequences
        .iter()
        .map(|(id, sequence)| {
            (
                outbox::id.eq(Uuid::now_v7()),
                outbox::conference_id.eq(conference_id),
                outbox::registration_id.eq(*id),
                outbox::kind.eq(kind.as_str()),
                outbox::invite_sequence.eq(*sequence),
                outbox::payload.eq(&payload),
            )
        })
        .collect();
    for chunk in rows.chunks(5_000) {
        diesel::insert_into(outbox::table)
            .values(chunk)
            .execute(conn)
            .await?;
    }
    Ok(rows.len())
}

/// Takes up to `limit` due mails for this worker. The claim commits at once and
/// pushes `next_attempt_at` one lease ahead: no row stays locked while mail is
/// sent, and a worker that dies leaves its mails to others.
pub async fn claim(
    pool: &DbPool,
    limit: i64,
    lease: Duration,
) -> Result<Vec<OutboxItem>, AppError> {
    let mut conn = pool.get().await?;
    let lease = diesel::data_types::PgInterval::from_microseconds(lease.as_micros() as i64);
    Ok(diesel::sql_query(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = now() + $2 \
          WHERE id IN (SELECT id FROM outbox \
                        WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now() \
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED) \
          RETURNING id, conference_id, registration_id, kind, invite_sequence, attempts, \
                    recipient, payload, message_id",
    )
    .bind::<BigInt, _>(limit)
    .bind::<SqlInterval, _>(lease)
    .load(&mut conn)
    .await?)
}

/// Pushes the lease of mails this worker still holds one lease ahead, so a
/// short lease lasts as long as the worker is alive; a dead worker's mails
/// come back within one lease.
pub async fn renew_lease(pool: &DbPool, ids: &[Uuid], lease: Duration) -> Result<usize, AppError> {
    if ids.is_empty() {
        return Ok(0);
    }
    let mut conn = pool.get().await?;
    let lease = diesel::data_types::PgInterval::from_microseconds(lease.as_micros() as i64);
    Ok(diesel::sql_query(
        "UPDATE outbox SET next_attempt_at = greatest(next_attempt_at, now() + $2) \
          WHERE id = ANY($1) AND sent_at IS NULL AND failed_at IS NULL",
    )
    .bind::<diesel::sql_types::Array<diesel::sql_types::Uuid>, _>(ids)
    .bind::<SqlInterval, _>(lease)
    .execute(&mut conn)
    .await?)
}

/// What an attempt to deliver a mail leaves in its outbox row.
pub enum Record<'a> {
    Sent,
    /// Tried again at `at`.
    Retry {
        at: DateTime<Utc>,
        error: &'a str,
    },
    /// Given up for good.
    Failed(&'a str),
}

/// Writes an attempt's outcome, on the connection its delivery holds.
pub async fn record(conn: &mut Conn, id: Uuid, record: &Record<'_>) -> Result<(), AppError> {
    match record {
        // One simple-protocol message: once it is written to the socket,
        // PostgreSQL commits it even if this process dies the next instant.
        Record::Sent => {
            use diesel_async::SimpleAsyncConnection;
            // `id` is a Uuid: its text form is hex and dashes, nothing to escape.
            conn.batch_execute(&format!(
                "UPDATE outbox SET sent_at = now(), last_error = NULL WHERE id = '{id}'"
            ))
            .await?;
        }
        Record::Retry { at, error } => {
            diesel::update(outbox::table.find(id))
                .set((outbox::next_attempt_at.eq(at), outbox::last_error.eq(error)))
                .execute(conn)
                .await?;
        }
        Record::Failed(error) => {
            diesel::update(outbox::table.find(id))
                .set((
                    outbox::failed_at.eq(diesel::dsl::now),
                    outbox::last_error.eq(error),
                ))
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}

/// What a mail about one registration is made from, as it stands now.
pub struct MailRows {
    pub conference: ConferenceRow,
    /// The conference owner's name and address: who registrants reply to.
    pub owner: (String, String),
    pub registration: RegistrationRow,
    /// The sessions the registrant chose, in time order.
    pub sessions: Vec<SessionWithSpeakers>,
}

/// What the mail of an outbox row is made from, as it stands now.
pub async fn load_for(conn: &mut Conn, registration_id: Uuid) -> Result<MailRows, AppError> {
    let row: RegistrationRow = registrations::table
        .find(registration_id)
        .select(RegistrationRow::as_select())
        .first(conn)
        .await?;
    let conference: ConferenceRow = conferences::table
        .find(row.conference_id)
        .select(ConferenceRow::as_select())
        .first(conn)
        .await?;
    let owner: (String, String) = super::schema::organizers::table
        .find(conference.organizer_id)
        .select((
            super::schema::organizers::name,
            super::schema::organizers::email,
        ))
        .first(conn)
        .await?;
    let chosen: Vec<Uuid> = registration_sessions::table
        .filter(registration_sessions::registration_id.eq(registration_id))
        .select(registration_sessions::session_id)
        .load(conn)
        .await?;
    let sessions: Vec<_> = list_sessions(conn, conference.id)
        .await?
        .into_iter()
        .filter(|s| chosen.contains(&s.session.id))
        .collect();
    Ok(MailRows {
        conference,
        owner,
        registration: row,
        sessions,
    })
}

/// `load_for` on a connection of its own (a preview).
pub async fn mail_rows(pool: &DbPool, registration_id: Uuid) -> Result<MailRows, AppError> {
    let mut conn = pool.get().await?;
    load_for(&mut conn, registration_id).await
}

/// Unsent mails and the age in seconds of the oldest one (0 when none).
pub async fn backlog(pool: &DbPool) -> Result<(i64, f64), AppError> {
    #[derive(QueryableByName)]
    struct Backlog {
        #[diesel(sql_type = BigInt)]
        unsent: i64,
        #[diesel(sql_type = diesel::sql_types::Double)]
        oldest: f64,
    }
    let mut conn = pool.get().await?;
    let b: Backlog = diesel::sql_query(
        "SELECT count(*) AS unsent, \
                coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest \
           FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL",
    )
    .get_result(&mut conn)
    .await?;
    Ok((b.unsent, b.oldest))
}
