//! Group commit of public sign-ups: the sign-ups that arrive while earlier
//! ones are being written wait in a queue, and the next free writer takes all
//! of them (up to `max_batch`) into one statement, `sign_up_many`, and one
//! commit. A lone sign-up goes at once; under a burst, one WAL flush and one
//! round trip serve dozens. At most `writers` batches are written at a time,
//! so the pool keeps connections for everything else.
//!
//! Each sign-up keeps its own outcome: the database answers one per item
//! (a duplicate address, even one twice in the same batch or racing another
//! batch, is `duplicate`: the insert asks the unique index, and the seats it
//! claimed go back). Should the batch's statement fail as a whole for a
//! reason that is not the database going away (a constraint no outcome
//! foresees, a deadlock), its sign-ups are written again one by one, so only
//! the one at fault gets the error. When the
//! database goes away, every sign-up of the batch gets the 503, and none was
//! acknowledged.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel_async::RunQueryDsl;
use tokio::sync::{Semaphore, mpsc, oneshot};
use uuid::Uuid;

use super::DbPool;
use super::sql::sign_up_many;
use crate::domain::language::Language;
use crate::domain::registration::{AttendanceMode, SignUpOutcome};
use crate::error::AppError;

/// One sign-up as the database writes it: `sign_up_at`'s arguments.
#[derive(Debug, Clone)]
pub struct SignUpRow {
    pub slug: String,
    pub at: DateTime<Utc>,
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub organization: Option<String>,
    pub category: Option<String>,
    pub sessions: Vec<Uuid>,
    pub manage_hash: Vec<u8>,
    pub join_hash: Vec<u8>,
    pub confirm_hash: Vec<u8>,
    pub mail_id: Uuid,
    /// Checked answers, `{}`, or anything else to make the database ask for the form.
    pub answers: serde_json::Value,
    /// The version of the questions the answers were checked against.
    pub form_version: Option<i64>,
    pub mode: Option<AttendanceMode>,
    pub language: Option<Language>,
}

impl SignUpRow {
    fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "slug": self.slug,
            "at": self.at.to_rfc3339(),
            "id": self.id,
            "email": self.email,
            "name": self.name,
            "organization": self.organization,
            "category": self.category,
            "sessions": self.sessions,
            "manage": hex(&self.manage_hash),
            "join": hex(&self.join_hash),
            "confirm": hex(&self.confirm_hash),
            "mail": self.mail_id,
            "answers": self.answers,
            "form_version": self.form_version,
            "mode": self.mode.map(|m| m.as_str()),
            "language": self.language.map(|l| l.as_str()),
        })
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

struct Queued {
    row: SignUpRow,
    reply: oneshot::Sender<Result<SignUpOutcome, AppError>>,
}

/// The queue of sign-ups waiting to be written; cheap to share.
#[derive(Clone)]
pub struct SignUps {
    queue: mpsc::UnboundedSender<Queued>,
}

impl SignUps {
    /// Starts the writer task (on the current Tokio runtime). `max_batch` 1
    /// writes every sign-up alone, as without group commit.
    pub fn start(pool: DbPool, max_batch: usize, writers: usize) -> SignUps {
        let (queue, waiting) = mpsc::unbounded_channel();
        tokio::spawn(gather(pool, waiting, max_batch.max(1), writers.max(1)));
        SignUps { queue }
    }

    /// Writes one sign-up with whichever others are waiting, and answers its outcome.
    pub async fn write(&self, row: SignUpRow) -> Result<SignUpOutcome, AppError> {
        let (reply, outcome) = oneshot::channel();
        self.queue
            .send(Queued { row, reply })
            .map_err(|_| AppError::Unavailable("the sign-up writer has stopped".into()))?;
        outcome
            .await
            .map_err(|_| AppError::Internal("the sign-up writer dropped a sign-up".into()))?
    }
}

async fn gather(
    pool: DbPool,
    mut waiting: mpsc::UnboundedReceiver<Queued>,
    max_batch: usize,
    writers: usize,
) {
    let free = Arc::new(Semaphore::new(writers));
    loop {
        // A writer first, then the sign-ups: everything that queued while
        // all writers were busy goes into the next batch.
        let Ok(writer) = free.clone().acquire_owned().await else {
            return;
        };
        let Some(first) = waiting.recv().await else {
            return;
        };
        let mut batch = vec![first];
        while batch.len() < max_batch {
            match waiting.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        let pool = pool.clone();
        tokio::spawn(async move {
            write_batch(&pool, batch).await;
            drop(writer);
        });
    }
}

async fn write_batch(pool: &DbPool, batch: Vec<Queued>) {
    // Their ratio is the mean batch size.
    metrics::counter!("signup_batches_total").increment(1);
    metrics::counter!("signup_batched_total").increment(batch.len() as u64);
    let rows: Vec<&SignUpRow> = batch.iter().map(|q| &q.row).collect();
    match write_rows(pool, &rows).await {
        Ok(outcomes) if outcomes.len() == batch.len() => {
            for (queued, outcome) in batch.into_iter().zip(outcomes) {
                let _ = queued.reply.send(Ok(outcome));
            }
        }
        Ok(outcomes) => {
            let error = format!(
                "sign_up_many answered {} outcomes for {} sign-ups",
                outcomes.len(),
                batch.len()
            );
            for queued in batch {
                let _ = queued.reply.send(Err(AppError::Internal(error.clone())));
            }
        }
        Err(AppError::Unavailable(reason)) => {
            for queued in batch {
                let _ = queued
                    .reply
                    .send(Err(AppError::Unavailable(reason.clone())));
            }
        }
        Err(error) if batch.len() == 1 => {
            if let Some(queued) = batch.into_iter().next() {
                let _ = queued.reply.send(Err(error));
            }
        }
        Err(error) => {
            tracing::info!(
                sign_ups = batch.len(),
                %error,
                "a batch of sign-ups failed as a whole; writing them one by one"
            );
            for queued in batch {
                let _ = queued.reply.send(write_one(pool, &queued.row).await);
            }
        }
    }
}

/// One sign-up alone, in its own transaction (the demo data).
pub async fn write_one(pool: &DbPool, row: &SignUpRow) -> Result<SignUpOutcome, AppError> {
    write_rows(pool, &[row])
        .await?
        .pop()
        .ok_or_else(|| AppError::Internal("sign_up_many answered nothing".into()))
}

async fn write_rows(pool: &DbPool, rows: &[&SignUpRow]) -> Result<Vec<SignUpOutcome>, AppError> {
    let batch = serde_json::Value::Array(rows.iter().map(|r| r.to_json()).collect());
    let mut conn = pool.get().await?;
    Ok(diesel::select(sign_up_many(batch))
        .get_result(&mut conn)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::hex;

    #[test]
    fn hex_is_lowercase_two_digits_a_byte() {
        assert_eq!(hex(&[0, 1, 0xab, 0xff]), "0001abff");
        assert_eq!(hex(&[]), "");
    }
}
