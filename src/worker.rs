//! The outbox worker: claims due mails, renders and sends them, records the
//! outcome. Runs in every `convene serve` process; claims are exclusive, so
//! each mail goes out once whatever the number of workers.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use lettre::message::Mailbox;
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;

use crate::db::outbox::{self, Record};
use crate::db::{Conn, DbPool};
use crate::domain::mail::{self};
use crate::domain::secret::SigningKey;
use crate::email::SendError;
use crate::email::compose::{self, Links, MailData};
use crate::email::templates::Templates;
use crate::email::transport::Mailer;
use crate::error::AppError;

/// The ids of the mails a worker holds and has not recorded; a delivery takes
/// its id out before recording. A renewal that read the id just before may
/// still land after the record: it only ever moves a retry later (by at most
/// a lease), never earlier, and leaves sent and failed mails alone.
type Held = Arc<std::sync::Mutex<std::collections::HashSet<uuid::Uuid>>>;

pub struct MailWorker {
    pub pool: DbPool,
    /// Connections held by the mails in flight, one each (its size is
    /// `concurrency`), apart from the pool that serves requests: recording a
    /// mail the SMTP server has accepted never waits behind sign-ups.
    pub delivery_pool: DbPool,
    pub mailer: Arc<Mailer>,
    pub templates: Arc<Templates>,
    pub base_url: String,
    pub from: Mailbox,
    pub key: SigningKey,
    pub poll: Duration,
    pub retry_base: Duration,
    /// A claimed mail not recorded within this time goes to another worker:
    /// a dead worker's mails go out again this soon after it died. While a
    /// worker holds mails (sending them, or waiting for a free SMTP
    /// connection) it renews their lease every third of it, so a slow SMTP
    /// server does not hand a live worker's mails to another.
    pub lease: Duration,
    /// Mails sent at once (the SMTP pool's size).
    pub concurrency: usize,
    /// How often to look for reminders that are due (and data past retention).
    pub reminder_check: Duration,
    /// Registrations are anonymised this long after their conference ended.
    pub anonymize_after: Option<chrono::Duration>,
}

enum Outcome {
    Sent,
    Retry(String),
    GiveUp(String),
}

impl MailWorker {
    /// Delivers until `stop` turns true; the mails in hand are finished first.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let worker = Arc::new(self);
        let permits = Arc::new(Semaphore::new(worker.concurrency.max(1)));
        let mut last_reminder_check: Option<std::time::Instant> = None;
        loop {
            if *stop.borrow() {
                break;
            }
            if last_reminder_check.is_none_or(|t| t.elapsed() >= worker.reminder_check) {
                last_reminder_check = Some(std::time::Instant::now());
                match crate::db::reminders::queue_due(&worker.pool, Utc::now()).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(mails = n, "reminders queued"),
                    Err(e) => tracing::warn!(error = %e, "cannot queue reminders"),
                }
                match crate::db::reminders::queue_recordings(&worker.pool, Utc::now()).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(mails = n, "recordings queued"),
                    Err(e) => tracing::warn!(error = %e, "cannot queue recordings"),
                }
                match crate::db::registrations::expire_holds(&worker.pool, Utc::now()).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(expired = n, "unconfirmed holds expired"),
                    Err(e) => tracing::warn!(error = %e, "cannot expire holds"),
                }
                match crate::db::seats::sweep_waitlists(&worker.pool).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(promoted = n, "waitlist swept"),
                    Err(e) => tracing::warn!(error = %e, "cannot sweep waitlists"),
                }
                if let Some(after) = worker.anonymize_after {
                    match crate::db::privacy::anonymize_old(&worker.pool, after).await {
                        Ok(0) => {}
                        Ok(n) => tracing::info!(
                            registrations = n,
                            "anonymised after the retention period"
                        ),
                        Err(e) => tracing::warn!(error = %e, "cannot anonymise old registrations"),
                    }
                }
            }
            // Scheduled messages start within a poll of their time (one
            // indexed look-up of the due ones).
            match crate::db::messages::start_due(&worker.pool, Utc::now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(mails = n, "scheduled messages started"),
                Err(e) => tracing::warn!(error = %e, "cannot start scheduled messages"),
            }
            let batch = outbox::claim(
                &worker.pool,
                worker.concurrency.max(1) as i64 * 4,
                worker.lease,
            )
            .await;
            let claimed = match batch {
                Ok(items) => items,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot claim mail from the outbox");
                    Vec::new()
                }
            };
            if claimed.is_empty() {
                tokio::select! {
                    _ = tokio::time::sleep(worker.poll) => {}
                    _ = stop.changed() => {}
                }
                continue;
            }
            let held: Held = Arc::new(std::sync::Mutex::new(
                claimed.iter().map(|item| item.id).collect(),
            ));
            let renewal = tokio::spawn(renew(worker.pool.clone(), held.clone(), worker.lease));
            let mut tasks = JoinSet::new();
            for item in claimed {
                let worker = worker.clone();
                let permits = permits.clone();
                let held = held.clone();
                tasks.spawn(async move {
                    let _permit = permits.acquire_owned().await;
                    worker.deliver(item, &held).await;
                });
            }
            while tasks.join_next().await.is_some() {}
            renewal.abort();
        }
    }

    async fn deliver(&self, item: outbox::OutboxItem, held: &Held) {
        // The connection that records the outcome is taken before the mail
        // goes out, so the `250` is recorded without waiting behind requests.
        // A crash after the final `.` left and before that record sends the
        // mail again after the lease, with the same Message-ID: the server
        // keeps a mail once it has read the `.`, and SMTP cannot be asked
        // later (at least once; BENCHMARKS.md measures it).
        let mut conn = match self.delivery_pool.get().await {
            Ok(conn) => conn,
            Err(e) => {
                // Nothing was sent: the lease runs out and the mail is claimed again.
                release(held, item.id);
                tracing::warn!(mail = %item.id, error = %e, "no database connection to deliver a mail");
                return;
            }
        };
        let outcome = self.attempt(&mut conn, &item).await;
        crate::telemetry_metrics::mail(match &outcome {
            Outcome::Sent => "sent",
            Outcome::Retry(_) => "retried",
            Outcome::GiveUp(_) => "failed",
        });
        let record = self.record_for(&item, &outcome);
        release(held, item.id);
        if let Err(first) = outbox::record(&mut conn, item.id, &record).await {
            // The held connection may have died while the mail was sent (a
            // database restart): one more try on a fresh one.
            drop(conn);
            let retried = match self.delivery_pool.get().await {
                Ok(mut fresh) => outbox::record(&mut fresh, item.id, &record).await,
                Err(e) => Err(e.into()),
            };
            if let Err(e) = retried {
                // The lease runs out and the mail is sent again, with the same
                // Message-ID.
                tracing::warn!(mail = %item.id, error = %e, first_error = %first, "cannot record the outcome of a mail");
            }
        }
    }

    /// What to write down after an attempt, logged once here.
    fn record_for<'a>(&self, item: &outbox::OutboxItem, outcome: &'a Outcome) -> Record<'a> {
        match outcome {
            Outcome::Sent => Record::Sent,
            Outcome::GiveUp(error) => {
                tracing::error!(mail = %item.id, kind = item.kind.as_str(), %error, "mail given up");
                Record::Failed(error)
            }
            Outcome::Retry(error) if item.attempts >= mail::MAX_ATTEMPTS => {
                tracing::error!(mail = %item.id, attempts = item.attempts, %error, "mail given up after retries");
                Record::Failed(error)
            }
            Outcome::Retry(error) => {
                let delay = mail::retry_delay(self.retry_base, item.attempts);
                tracing::warn!(mail = %item.id, attempts = item.attempts, ?delay, %error, "mail delayed");
                let at = Utc::now()
                    + chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::hours(1));
                Record::Retry { at, error }
            }
        }
    }

    async fn attempt(&self, conn: &mut Conn, item: &outbox::OutboxItem) -> Outcome {
        let kind = item.kind;
        let Some(registration_id) = item.registration_id else {
            return self.attempt_to_address(item).await;
        };
        let rows = match outbox::load_for(conn, registration_id).await {
            Ok(rows) => rows,
            Err(AppError::NotFound) => {
                return Outcome::GiveUp("the registration no longer exists".into());
            }
            Err(e) => return Outcome::Retry(e.to_string()),
        };
        if rows.registration.erased_at.is_some() {
            return Outcome::GiveUp("the registrant's data was erased".into());
        }
        let data = MailData::from(rows);
        let links = Links {
            base_url: &self.base_url,
            key: &self.key,
        };
        let mut context = compose::context(&data, &links, &item.payload);
        let mut reply_to = None;
        if let Some(message_id) = item.message_id {
            let message = match crate::db::messages::for_mail(conn, message_id).await {
                Ok(m) => m,
                Err(e) => return Outcome::Retry(e.to_string()),
            };
            let values = compose::message_values(&data, &links);
            match crate::domain::message::render(&message.subject, &message.body, &values) {
                Ok(rendered) => context = context.with_message(rendered),
                Err(e) => return Outcome::GiveUp(format!("the message cannot be rendered: {e}")),
            }
            reply_to = Some(message.reply_to);
        }
        let rendered = match self
            .templates
            .render(kind, data.registrant.language, &context)
        {
            Ok(r) => r,
            Err(e) => return Outcome::Retry(format!("template: {e:#}")),
        };
        // A cancellation of what was never in the calendar carries no CANCEL.
        let never_invited = item.payload.get("had_invite") == Some(&serde_json::Value::Bool(false));
        let invite = kind
            .invite_method(data.registrant.status)
            .filter(|_| !never_invited)
            .map(|method| {
                let ics = compose::invite(
                    &data,
                    &links,
                    method,
                    item.invite_sequence,
                    &self.from,
                    Utc::now(),
                );
                (method, ics)
            });
        let message_id = format!("<{}@{}>", item.id, links.host());
        let qr = compose::check_in_png(&data, &links);
        let message = match compose::message(
            &self.from,
            message_id,
            &data,
            rendered,
            invite,
            qr,
            reply_to.as_deref(),
        ) {
            Ok(m) => m,
            Err(e) => return Outcome::GiveUp(e),
        };
        self.send(item, &message).await
    }

    /// A mail to an address that is no registration (a team invitation): its
    /// row carries the address and what its templates are made of.
    async fn attempt_to_address(&self, item: &outbox::OutboxItem) -> Outcome {
        let Some(recipient) = item.recipient.as_deref() else {
            return Outcome::GiveUp("a mail with neither a registration nor an address".into());
        };
        // Written with the mail; one written before languages is in English.
        let lang = item
            .payload
            .get("lang")
            .and_then(|l| l.as_str())
            .and_then(crate::domain::language::Language::parse)
            .unwrap_or_default();
        let rendered = match self.templates.render(item.kind, lang, &item.payload) {
            Ok(r) => r,
            Err(e) => return Outcome::Retry(format!("template: {e:#}")),
        };
        let links = Links {
            base_url: &self.base_url,
            key: &self.key,
        };
        let message_id = format!("<{}@{}>", item.id, links.host());
        let message = match compose::message_to(&self.from, message_id, recipient, rendered) {
            Ok(m) => m,
            Err(e) => return Outcome::GiveUp(e),
        };
        self.send(item, &message).await
    }

    async fn send(&self, item: &outbox::OutboxItem, message: &lettre::Message) -> Outcome {
        match self.mailer.send(item.id, message).await {
            Ok(()) => Outcome::Sent,
            Err(SendError::Permanent(e)) => Outcome::GiveUp(e),
            Err(SendError::Transient(e)) => Outcome::Retry(e),
        }
    }
}

/// Renews the lease of the mails in `held` every third of it until aborted.
async fn renew(pool: DbPool, held: Held, lease: Duration) {
    loop {
        tokio::time::sleep(lease / 3).await;
        let ids: Vec<uuid::Uuid> = {
            let held = held.lock().unwrap_or_else(|e| e.into_inner());
            held.iter().copied().collect()
        };
        if ids.is_empty() {
            return;
        }
        if let Err(e) = outbox::renew_lease(&pool, &ids, lease).await {
            // The lease may run out: another worker then sends them again,
            // with the same Message-ID (at least once).
            tracing::warn!(mails = ids.len(), error = %e, "cannot renew the lease of mail in hand");
        }
    }
}

fn release(held: &Held, id: uuid::Uuid) {
    held.lock().unwrap_or_else(|e| e.into_inner()).remove(&id);
}
