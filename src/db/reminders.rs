//! Reminders before a conference starts, decided inside PostgreSQL so each
//! goes out once whatever the number of instances.

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::DbPool;
use super::outbox::enqueue_for_all;
use super::schema::{conferences, reminder_runs};
use crate::domain::conference::ConferenceStatus;
use crate::domain::mail::MailKind;
use crate::domain::registration::RegistrationStatus;
use crate::error::AppError;

/// The reminders that are due at `now`: of those whose time has come, only the
/// latest is sent (a conference created an hour before its start gets the
/// one-hour reminder, not a late one-day reminder); the others are marked done.
pub fn due(starts_at: DateTime<Utc>, reminder_minutes: &[i32], now: DateTime<Utc>) -> Vec<i32> {
    if now >= starts_at {
        return Vec::new();
    }
    let mut due: Vec<i32> = reminder_minutes
        .iter()
        .copied()
        .filter(|m| now >= starts_at - Duration::minutes(i64::from(*m)))
        .collect();
    due.sort_unstable();
    due
}

/// Queues the reminders due now; returns how many mails were queued.
pub async fn queue_due(pool: &DbPool, now: DateTime<Utc>) -> Result<usize, AppError> {
    let mut conn = pool.get().await?;
    let upcoming: Vec<(Uuid, DateTime<Utc>, Vec<i32>)> = conferences::table
        .filter(conferences::status.eq(ConferenceStatus::Published.as_str()))
        .filter(conferences::starts_at.gt(now))
        .filter(conferences::starts_at.le(now + Duration::days(31)))
        .select((
            conferences::id,
            conferences::starts_at,
            conferences::reminder_minutes,
        ))
        .load(&mut conn)
        .await?;
    let mut queued = 0;
    for (id, starts_at, minutes) in upcoming {
        let due = due(starts_at, &minutes, now);
        let Some(latest) = <[i32]>::first(&due).copied() else {
            continue;
        };
        queued += conn
            .transaction(async |conn| {
                let rows: Vec<_> = due
                    .iter()
                    .map(|m| {
                        (
                            reminder_runs::conference_id.eq(id),
                            reminder_runs::minutes.eq(*m),
                        )
                    })
                    .collect();
                let claimed: Vec<i32> = diesel::insert_into(reminder_runs::table)
                    .values(rows)
                    .on_conflict_do_nothing()
                    .returning(reminder_runs::minutes)
                    .get_results(conn)
                    .await?;
                if claimed.contains(&latest) {
                    enqueue_for_all(
                        conn,
                        id,
                        None,
                        &[RegistrationStatus::Confirmed],
                        MailKind::Reminder,
                        serde_json::json!({}),
                    )
                    .await
                } else {
                    Ok(0)
                }
            })
            .await?;
    }
    Ok(queued)
}

/// Owes the recording mail to the registrants of every published conference
/// that has ended and has a recording link not mailed yet (`only`: just that
/// conference, in the caller's transaction). Marking and owing happen in one
/// statement's transaction, so each goes out once whatever the number of
/// instances. Returns how many mails were queued.
pub async fn queue_recordings_in(
    conn: &mut super::Conn,
    only: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let mut target = diesel::update(conferences::table)
        .filter(conferences::status.eq(ConferenceStatus::Published.as_str()))
        .filter(conferences::recording_url.is_not_null())
        .filter(conferences::recording_mailed_at.is_null())
        .filter(conferences::ends_at.le(now))
        .into_boxed();
    if let Some(id) = only {
        target = target.filter(conferences::id.eq(id));
    }
    let due: Vec<Uuid> = target
        .set(conferences::recording_mailed_at.eq(now))
        .returning(conferences::id)
        .get_results(conn)
        .await?;
    let mut queued = 0;
    for id in due {
        queued += enqueue_for_all(
            conn,
            id,
            None,
            &RECORDING_TO,
            MailKind::Recording,
            serde_json::json!({}),
        )
        .await?;
    }
    Ok(queued)
}

/// Every recording that is due now (the worker's periodic round).
pub async fn queue_recordings(pool: &DbPool, now: DateTime<Utc>) -> Result<usize, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| queue_recordings_in(conn, None, now).await)
        .await
}

/// Who gets the recording: every confirmed registrant (those not marked
/// attended with other words).
const RECORDING_TO: [RegistrationStatus; 1] = [RegistrationStatus::Confirmed];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_latest_due_reminder_goes_out() {
        let start = Utc::now() + Duration::hours(10);
        assert_eq!(
            due(start, &[1440, 60], start - Duration::hours(30)),
            Vec::<i32>::new()
        );
        assert_eq!(due(start, &[1440, 60], start - Duration::hours(20)), [1440]);
        assert_eq!(
            due(start, &[1440, 60], start - Duration::minutes(30)),
            [60, 1440]
        );
        assert_eq!(
            due(start, &[1440, 60], start + Duration::minutes(1)),
            Vec::<i32>::new()
        );
    }
}
