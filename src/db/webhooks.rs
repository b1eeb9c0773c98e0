//! A conference's webhook endpoints and their deliveries. Deliveries are
//! written by triggers (migration 024) in the transaction of each change;
//! here they are claimed, recorded and listed.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Interval as SqlInterval, Nullable, Text, Timestamptz};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::schema::{webhook_deliveries, webhooks};
use super::{Conn, DbPool};
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhooks)]
pub struct WebhookRow {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub url: String,
    pub events: Vec<String>,
    pub secret: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_deliveries)]
pub struct DeliveryRow {
    pub id: Uuid,
    pub event_type: String,
    pub attempts: i32,
    pub status_code: Option<i32>,
    pub last_error: Option<String>,
    pub next_attempt_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub failed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

pub async fn create(
    pool: &DbPool,
    conference_id: Uuid,
    url: &str,
    events: &[String],
    secret: &str,
) -> Result<WebhookRow, AppError> {
    let mut conn = pool.get().await?;
    Ok(diesel::insert_into(webhooks::table)
        .values((
            webhooks::id.eq(Uuid::now_v7()),
            webhooks::conference_id.eq(conference_id),
            webhooks::url.eq(url),
            webhooks::events.eq(events),
            webhooks::secret.eq(secret),
        ))
        .returning(WebhookRow::as_returning())
        .get_result(&mut conn)
        .await?)
}

pub async fn of_conference(
    pool: &DbPool,
    conference_id: Uuid,
) -> Result<Vec<WebhookRow>, AppError> {
    let mut conn = pool.get().await?;
    Ok(webhooks::table
        .filter(webhooks::conference_id.eq(conference_id))
        .order(webhooks::created_at.asc())
        .select(WebhookRow::as_select())
        .load(&mut conn)
        .await?)
}

pub async fn find(pool: &DbPool, id: Uuid) -> Result<WebhookRow, AppError> {
    let mut conn = pool.get().await?;
    Ok(webhooks::table
        .find(id)
        .select(WebhookRow::as_select())
        .first(&mut conn)
        .await?)
}

pub async fn update(
    pool: &DbPool,
    id: Uuid,
    active: Option<bool>,
    url: Option<&str>,
    events: Option<&[String]>,
) -> Result<WebhookRow, AppError> {
    let mut conn = pool.get().await?;
    let mut row: WebhookRow = webhooks::table
        .find(id)
        .select(WebhookRow::as_select())
        .first(&mut conn)
        .await?;
    if let Some(a) = active {
        row.active = a;
    }
    if let Some(u) = url {
        row.url = u.to_owned();
    }
    if let Some(e) = events {
        row.events = e.to_vec();
    }
    Ok(diesel::update(webhooks::table.find(id))
        .set((
            webhooks::active.eq(row.active),
            webhooks::url.eq(&row.url),
            webhooks::events.eq(&row.events),
        ))
        .returning(WebhookRow::as_returning())
        .get_result(&mut conn)
        .await?)
}

pub async fn delete(pool: &DbPool, id: Uuid) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    let n = diesel::delete(webhooks::table.find(id))
        .execute(&mut conn)
        .await?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The newest deliveries of an endpoint first.
pub async fn deliveries(pool: &DbPool, webhook_id: Uuid) -> Result<Vec<DeliveryRow>, AppError> {
    let mut conn = pool.get().await?;
    Ok(webhook_deliveries::table
        .filter(webhook_deliveries::webhook_id.eq(webhook_id))
        .order((
            webhook_deliveries::created_at.desc(),
            webhook_deliveries::id.desc(),
        ))
        .limit(200)
        .select(DeliveryRow::as_select())
        .load(&mut conn)
        .await?)
}

/// A claimed delivery with what it is sent with.
#[derive(Debug, QueryableByName)]
pub struct DueDelivery {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub id: Uuid,
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub webhook_id: Uuid,
    #[diesel(sql_type = Text)]
    pub event_type: String,
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub conference_id: Uuid,
    #[diesel(sql_type = Nullable<diesel::sql_types::Uuid>)]
    pub registration_id: Option<Uuid>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    /// Including this one.
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Text)]
    pub url: String,
    #[diesel(sql_type = Text)]
    pub secret: String,
}

/// Takes up to `limit` due deliveries of active endpoints, pushing each one
/// lease ahead (as the mail outbox does): a worker that dies leaves them to
/// the next. In order of creation, so a receiver sees a registration's
/// events in the order they happened.
pub async fn claim(
    pool: &DbPool,
    limit: i64,
    lease: std::time::Duration,
) -> Result<Vec<DueDelivery>, AppError> {
    let mut conn = pool.get().await?;
    let lease = diesel::data_types::PgInterval::from_microseconds(lease.as_micros() as i64);
    Ok(diesel::sql_query(
        "UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = now() + $2 \
           FROM webhooks w \
          WHERE w.id = d.webhook_id AND d.id IN ( \
                SELECT d2.id FROM webhook_deliveries d2 JOIN webhooks w2 ON w2.id = d2.webhook_id \
                 WHERE d2.delivered_at IS NULL AND d2.failed_at IS NULL \
                   AND d2.next_attempt_at <= now() AND w2.active \
                 ORDER BY d2.next_attempt_at, d2.created_at LIMIT $1 FOR UPDATE OF d2 SKIP LOCKED) \
          RETURNING d.id, d.webhook_id, d.event_type, d.conference_id, d.registration_id, \
                    d.created_at, d.attempts, w.url, w.secret",
    )
    .bind::<BigInt, _>(limit)
    .bind::<SqlInterval, _>(lease)
    .load(&mut conn)
    .await?)
}

/// What one attempt left.
pub enum Attempt<'a> {
    Delivered {
        status: i32,
    },
    Retry {
        status: Option<i32>,
        error: &'a str,
        at: DateTime<Utc>,
    },
    Failed {
        status: Option<i32>,
        error: &'a str,
    },
    /// `410 Gone`: the receiver wants no more; the endpoint is disabled.
    Gone,
}

pub async fn record(
    conn: &mut Conn,
    delivery: &DueDelivery,
    attempt: &Attempt<'_>,
) -> Result<(), AppError> {
    use webhook_deliveries as d;
    let row = d::table.find(delivery.id);
    match attempt {
        Attempt::Delivered { status } => {
            diesel::update(row)
                .set((
                    d::delivered_at.eq(diesel::dsl::now),
                    d::status_code.eq(status),
                    d::last_error.eq(None::<String>),
                ))
                .execute(conn)
                .await?;
        }
        Attempt::Retry { status, error, at } => {
            diesel::update(row)
                .set((
                    d::status_code.eq(status),
                    d::last_error.eq(error),
                    d::next_attempt_at.eq(at),
                ))
                .execute(conn)
                .await?;
        }
        Attempt::Failed { status, error } => {
            diesel::update(row)
                .set((
                    d::status_code.eq(status),
                    d::last_error.eq(error),
                    d::failed_at.eq(diesel::dsl::now),
                ))
                .execute(conn)
                .await?;
        }
        Attempt::Gone => {
            diesel::update(row)
                .set((
                    d::status_code.eq(410),
                    d::last_error.eq("410 Gone: the endpoint is disabled"),
                    d::failed_at.eq(diesel::dsl::now),
                ))
                .execute(conn)
                .await?;
            diesel::update(webhooks::table.find(delivery.webhook_id))
                .set(webhooks::active.eq(false))
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}
