//! Messages to registrants: stored, counted, queued as one outbox row per
//! recipient in one statement, started once when scheduled.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, Bool, Jsonb, Nullable, Text, Uuid as SqlUuid};
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::schema::messages;
use super::{Conn, DbPool};
use crate::domain::message::{Audience, MessageDraft, MessageStatus};
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = messages, check_for_backend(diesel::pg::Pg))]
pub struct MessageRow {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub subject: String,
    pub body: String,
    pub audience: serde_json::Value,
    pub reply_to: String,
    pub send_at: DateTime<Utc>,
    pub status: MessageStatus,
    pub recipients: i32,
    pub created_at: DateTime<Utc>,
    pub created_by: Option<Uuid>,
}

/// A message with what became of its mails.
#[derive(Debug, Clone)]
pub struct Message {
    pub row: MessageRow,
    pub sent: i64,
    pub failed: i64,
}

impl Message {
    /// `sending` with every mail sent or given up reads as `sent`.
    pub fn status(&self) -> MessageStatus {
        match self.row.status {
            MessageStatus::Sending if self.sent + self.failed >= i64::from(self.row.recipients) => {
                MessageStatus::Sent
            }
            s => s,
        }
    }

    pub fn audience(&self) -> Result<Audience, AppError> {
        stored_audience(&self.row.audience)
    }
}

/// An audience as stored: what `create` wrote, so anything else is a fault.
fn stored_audience(value: &serde_json::Value) -> Result<Audience, AppError> {
    serde_json::from_value(value.clone())
        .map_err(|e| AppError::Internal(format!("a stored audience is unreadable: {e}")))
}

/// The registrants a message's audience names, as SQL over `registrations r`
/// with binds $1 conference, $2 statuses, $3 session, $4 attended, $5 mode,
/// $6 question (its id as text), $7 answer. Erased registrants never match.
macro_rules! audience_where {
    () => {
        " FROM registrations r \
          WHERE r.conference_id = $1 AND r.erased_at IS NULL \
            AND r.status = ANY($2) \
            AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM registration_sessions rs \
                 WHERE rs.registration_id = r.id AND rs.session_id = $3)) \
            AND ($4::boolean IS NULL OR r.attended = $4) \
            AND ($5::text IS NULL OR r.attendance_mode = $5) \
            AND ($6::text IS NULL OR r.answers -> $6 = $7::jsonb \
                 OR (jsonb_typeof(r.answers -> $6) = 'array' AND r.answers -> $6 @> jsonb_build_array($7::jsonb)))"
    };
}

type AudienceBinds = (
    Uuid,
    Vec<String>,
    Option<Uuid>,
    Option<bool>,
    Option<String>,
    Option<String>,
    Option<serde_json::Value>,
);

fn binds(conference_id: Uuid, audience: &Audience) -> AudienceBinds {
    (
        conference_id,
        audience
            .statuses()
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect(),
        audience.session,
        audience.attended,
        audience.mode.map(|m| m.as_str().to_owned()),
        audience.question.map(|q| q.to_string()),
        audience.answer.clone(),
    )
}

macro_rules! bind_audience {
    ($query:expr, $b:expr) => {{
        let b = $b;
        $query
            .bind::<SqlUuid, _>(b.0)
            .bind::<Array<Text>, _>(b.1)
            .bind::<Nullable<SqlUuid>, _>(b.2)
            .bind::<Nullable<Bool>, _>(b.3)
            .bind::<Nullable<Text>, _>(b.4)
            .bind::<Nullable<Text>, _>(b.5)
            .bind::<Nullable<Jsonb>, _>(b.6)
    }};
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

pub async fn count_audience(
    pool: &DbPool,
    conference_id: Uuid,
    audience: &Audience,
) -> Result<i64, AppError> {
    let mut conn = pool.get().await?;
    let query = diesel::sql_query(concat!("SELECT count(*) AS n", audience_where!()));
    let c: Count = bind_audience!(query, binds(conference_id, audience))
        .get_result(&mut conn)
        .await?;
    Ok(c.n)
}

/// The earliest registered recipient of the audience, for a preview.
pub async fn first_recipient(
    pool: &DbPool,
    conference_id: Uuid,
    audience: &Audience,
) -> Result<Option<Uuid>, AppError> {
    #[derive(QueryableByName)]
    struct Id {
        #[diesel(sql_type = SqlUuid)]
        id: Uuid,
    }
    let mut conn = pool.get().await?;
    let query = diesel::sql_query(concat!(
        "SELECT r.id AS id",
        audience_where!(),
        " ORDER BY r.seq LIMIT 1"
    ));
    let found: Option<Id> = bind_audience!(query, binds(conference_id, audience))
        .get_result(&mut conn)
        .await
        .optional()?;
    Ok(found.map(|f| f.id))
}

/// One outbox row per recipient, in one statement whatever their number.
async fn queue(
    conn: &mut Conn,
    message_id: Uuid,
    conference_id: Uuid,
    audience: &Audience,
) -> Result<i32, AppError> {
    let query = diesel::sql_query(concat!(
        "INSERT INTO outbox (id, conference_id, registration_id, kind, invite_sequence, message_id) \
         SELECT gen_random_uuid(), r.conference_id, r.id, 'message', r.invite_sequence, $8",
        audience_where!()
    ));
    let n = bind_audience!(query, binds(conference_id, audience))
        .bind::<SqlUuid, _>(message_id)
        .execute(conn)
        .await?;
    Ok(i32::try_from(n).unwrap_or(i32::MAX))
}

/// What creating a message did.
pub enum Created {
    New(Message),
    /// The same `Idempotency-Key` within a day: the first message, untouched.
    Repeated(Message),
}

/// Stores the message and, unless it is scheduled, queues its mails in the
/// same transaction.
pub async fn create(
    pool: &DbPool,
    conference_id: Uuid,
    organizer: Uuid,
    draft: &MessageDraft,
    reply_to: &str,
    idempotency_key: Option<&str>,
) -> Result<Created, AppError> {
    let mut conn = pool.get().await?;
    let audience = serde_json::to_value(&draft.audience).map_err(AppError::internal)?;
    let outcome = conn
        .transaction(async |conn| {
            if let Some(key) = idempotency_key {
                // A key is remembered for a day; after that it may be used again.
                diesel::update(
                    messages::table
                        .filter(messages::conference_id.eq(conference_id))
                        .filter(messages::created_by.eq(organizer))
                        .filter(messages::idempotency_key.eq(key))
                        .filter(messages::created_at.le(Utc::now() - chrono::Duration::hours(24))),
                )
                .set(messages::idempotency_key.eq(None::<String>))
                .execute(conn)
                .await?;
                // Concurrent repeats wait here for the first to commit.
                diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1)::bigint)")
                    .bind::<Text, _>(format!("message:{conference_id}:{organizer}:{key}"))
                    .execute(conn)
                    .await?;
                let earlier: Option<Uuid> = messages::table
                    .filter(messages::conference_id.eq(conference_id))
                    .filter(messages::created_by.eq(organizer))
                    .filter(messages::idempotency_key.eq(key))
                    .select(messages::id)
                    .first(conn)
                    .await
                    .optional()?;
                if let Some(id) = earlier {
                    return Ok(Err(id));
                }
            }
            let id = Uuid::now_v7();
            let scheduled = draft.send_at.is_some();
            diesel::insert_into(messages::table)
                .values((
                    messages::id.eq(id),
                    messages::conference_id.eq(conference_id),
                    messages::subject.eq(&draft.subject),
                    messages::body.eq(&draft.body),
                    messages::audience.eq(&audience),
                    messages::reply_to.eq(reply_to),
                    messages::send_at.eq(draft.send_at.unwrap_or_else(Utc::now)),
                    messages::status.eq(if scheduled {
                        MessageStatus::Scheduled.as_str()
                    } else {
                        MessageStatus::Sending.as_str()
                    }),
                    messages::created_by.eq(organizer),
                    messages::idempotency_key.eq(idempotency_key),
                    messages::started_at.eq((!scheduled).then(Utc::now)),
                ))
                .execute(conn)
                .await?;
            let recipients = if scheduled {
                let query = diesel::sql_query(concat!("SELECT count(*) AS n", audience_where!()));
                let c: Count = bind_audience!(query, binds(conference_id, &draft.audience))
                    .get_result(conn)
                    .await?;
                i32::try_from(c.n).unwrap_or(i32::MAX)
            } else {
                queue(conn, id, conference_id, &draft.audience).await?
            };
            diesel::update(messages::table.find(id))
                .set(messages::recipients.eq(recipients))
                .execute(conn)
                .await?;
            Ok::<_, AppError>(Ok(id))
        })
        .await?;
    Ok(match outcome {
        Ok(id) => Created::New(get(&mut conn, id).await?),
        Err(id) => Created::Repeated(get(&mut conn, id).await?),
    })
}

async fn get(conn: &mut Conn, id: Uuid) -> Result<Message, AppError> {
    let rows = messages::table
        .find(id)
        .select(MessageRow::as_select())
        .load(conn)
        .await?;
    let mut found = with_counts(conn, rows).await?;
    found.pop().ok_or(AppError::NotFound)
}

async fn with_counts(conn: &mut Conn, rows: Vec<MessageRow>) -> Result<Vec<Message>, AppError> {
    use super::schema::outbox;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let counts: Vec<(Option<Uuid>, i64, i64)> = outbox::table
        .filter(outbox::message_id.eq_any(&ids))
        .group_by(outbox::message_id)
        .select((
            outbox::message_id,
            diesel::dsl::sql::<diesel::sql_types::BigInt>("count(sent_at)"),
            diesel::dsl::sql::<diesel::sql_types::BigInt>("count(failed_at)"),
        ))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let (sent, failed) = counts
                .iter()
                .find(|(id, _, _)| *id == Some(row.id))
                .map(|(_, s, f)| (*s, *f))
                .unwrap_or((0, 0));
            Message { row, sent, failed }
        })
        .collect())
}

/// What a mail of the message is made of.
pub struct ForMail {
    pub subject: String,
    pub body: String,
    pub reply_to: String,
}

pub async fn for_mail(conn: &mut Conn, id: Uuid) -> Result<ForMail, AppError> {
    let (subject, body, reply_to) = messages::table
        .find(id)
        .select((messages::subject, messages::body, messages::reply_to))
        .first(conn)
        .await?;
    Ok(ForMail {
        subject,
        body,
        reply_to,
    })
}

pub async fn one(pool: &DbPool, id: Uuid) -> Result<Message, AppError> {
    let mut conn = pool.get().await?;
    get(&mut conn, id).await
}

/// The conference's messages, newest first.
pub async fn list(pool: &DbPool, conference_id: Uuid) -> Result<Vec<Message>, AppError> {
    let mut conn = pool.get().await?;
    let rows = messages::table
        .filter(messages::conference_id.eq(conference_id))
        .order((messages::created_at.desc(), messages::id.desc()))
        .select(MessageRow::as_select())
        .load(&mut conn)
        .await?;
    with_counts(&mut conn, rows).await
}

/// Cancels a scheduled message; 409 once it started sending.
pub async fn cancel(pool: &DbPool, id: Uuid) -> Result<Message, AppError> {
    let mut conn = pool.get().await?;
    let changed = diesel::update(
        messages::table
            .find(id)
            .filter(messages::status.eq(MessageStatus::Scheduled.as_str())),
    )
    .set(messages::status.eq(MessageStatus::Cancelled.as_str()))
    .execute(&mut conn)
    .await?;
    let message = get(&mut conn, id).await?;
    if changed == 0 && message.row.status != MessageStatus::Cancelled {
        return Err(AppError::Conflict(
            "this message has started sending: it can no longer be cancelled".into(),
        ));
    }
    Ok(message)
}

/// Starts every scheduled message that is due: its audience is taken now and
/// its mails queued in the transaction that marks it sending, so it starts
/// once whatever the number of workers. Returns the mails queued.
pub async fn start_due(pool: &DbPool, now: DateTime<Utc>) -> Result<usize, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let due: Vec<(Uuid, Uuid, serde_json::Value)> = messages::table
            .filter(messages::status.eq(MessageStatus::Scheduled.as_str()))
            .filter(messages::send_at.le(now))
            .order(messages::send_at.asc())
            .limit(20)
            .select((messages::id, messages::conference_id, messages::audience))
            .for_update()
            .skip_locked()
            .load(conn)
            .await?;
        let mut queued = 0;
        for (id, conference_id, audience) in due {
            let audience = stored_audience(&audience)?;
            let n = queue(conn, id, conference_id, &audience).await?;
            diesel::update(messages::table.find(id))
                .set((
                    messages::status.eq(MessageStatus::Sending.as_str()),
                    messages::recipients.eq(n),
                    messages::started_at.eq(diesel::dsl::now),
                ))
                .execute(conn)
                .await?;
            queued += n as usize;
        }
        Ok(queued)
    })
    .await
}
