//! Delivers the webhook outbox: claims due deliveries, signs them as
//! Standard Webhooks do, posts them, records the answer. At least once: a
//! worker that dies after the receiver answered and before the record sends
//! the delivery again after the lease, with the same `webhook-id`, which is
//! what receivers deduplicate by.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::db::conferences::ConferenceRow;
use crate::db::registrations::Registration;
use crate::db::webhooks::{self, Attempt, DueDelivery};
use crate::db::{DbPool, conferences, registrations};
use crate::domain::webhook::{self, EventType};
use crate::error::AppError;

/// A claimed delivery not recorded within this time goes to another worker.
const LEASE: Duration = Duration::from_secs(60);
/// Deliveries posted at once.
const CONCURRENCY: usize = 8;

/// The `data` of a delivery: the registration (or conference) as the API
/// shows it to the organizer. Given by the wiring, since the shapes belong to
/// the API.
pub type Describe = fn(&ConferenceRow, Option<&Registration>) -> serde_json::Value;

pub struct WebhookWorker {
    pub pool: DbPool,
    pub describe: Describe,
    pub poll: Duration,
    pub retry_base: Duration,
    pub retry_max: Duration,
    /// Per delivery: a receiver that takes longer is tried again later.
    pub timeout: Duration,
    /// `WEBHOOK_ALLOW_HTTP`: loopback `http` receivers (development, tests).
    pub allow_loopback: bool,
}

/// Resolves names as the system does, then drops every address a delivery
/// must not reach: a name that points inside the network is refused at each
/// delivery, not only when the endpoint was added.
struct PublicOnly {
    allow_loopback: bool,
}

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let allow = self.allow_loopback;
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = found
                .into_iter()
                .filter(|a| webhook::may_reach(a.ip(), allow))
                .collect();
            if allowed.is_empty() {
                return Err(format!(
                    "{host} resolves only to private, loopback or link-local addresses"
                )
                .into());
            }
            let addrs: reqwest::dns::Addrs = Box::new(allowed.into_iter());
            Ok(addrs)
        })
    }
}

impl WebhookWorker {
    fn client(&self) -> Result<reqwest::Client, AppError> {
        reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.timeout)
            // A redirect could lead anywhere, inside the network too.
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(PublicOnly {
                allow_loopback: self.allow_loopback,
            }))
            .user_agent("Convene-Webhooks/1")
            .build()
            .map_err(AppError::internal)
    }

    /// Delivers until `stop` turns true; the deliveries in hand are finished first.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let client = match self.client() {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(error = %e, "webhooks cannot be delivered");
                return;
            }
        };
        let worker = Arc::new(self);
        loop {
            if *stop.borrow() {
                break;
            }
            let claimed = match webhooks::claim(&worker.pool, CONCURRENCY as i64, LEASE).await {
                Ok(items) => items,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot claim webhook deliveries");
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
            let mut tasks = JoinSet::new();
            for item in claimed {
                let worker = worker.clone();
                let client = client.clone();
                tasks.spawn(async move { worker.deliver(&client, item).await });
            }
            while tasks.join_next().await.is_some() {}
        }
    }

    /// The body of a delivery, made of the rows as they are now.
    async fn body(&self, item: &DueDelivery) -> Result<Vec<u8>, AppError> {
        let mut conn = self.pool.get().await?;
        let conference = conferences::find(&mut conn, item.conference_id).await?;
        drop(conn);
        let registration = match item.registration_id {
            Some(id) => Some(registrations::get(&self.pool, id).await?),
            None => None,
        };
        let body = serde_json::json!({
            "type": item.event_type,
            "timestamp": item.created_at,
            "data": (self.describe)(&conference, registration.as_ref()),
        });
        serde_json::to_vec(&body).map_err(AppError::internal)
    }

    async fn deliver(&self, client: &reqwest::Client, item: DueDelivery) {
        let outcome = self.attempt(client, &item).await;
        let error_text;
        let attempt = match outcome {
            Ok(status) if (200..300).contains(&status) => Attempt::Delivered { status },
            Ok(410) => {
                tracing::warn!(webhook = %item.webhook_id, "the receiver answered 410: endpoint disabled");
                Attempt::Gone
            }
            other => {
                let (status, error) = match other {
                    Ok(status) => (Some(status), format!("the receiver answered {status}")),
                    Err(e) => (None, e),
                };
                error_text = error;
                let age = Utc::now() - item.created_at;
                if age > chrono::Duration::hours(webhook::GIVE_UP_AFTER_HOURS) {
                    tracing::error!(delivery = %item.id, attempts = item.attempts, error = %error_text, "webhook delivery given up");
                    Attempt::Failed {
                        status,
                        error: &error_text,
                    }
                } else {
                    let delay = webhook::retry_delay(self.retry_base, item.attempts - 1)
                        .min(self.retry_max);
                    tracing::warn!(delivery = %item.id, attempts = item.attempts, ?delay, error = %error_text, "webhook delivery delayed");
                    Attempt::Retry {
                        status,
                        error: &error_text,
                        at: Utc::now()
                            + chrono::Duration::from_std(delay)
                                .unwrap_or(chrono::Duration::hours(1)),
                    }
                }
            }
        };
        let recorded = match self.pool.get().await {
            Ok(mut conn) => webhooks::record(&mut conn, &item, &attempt).await,
            Err(e) => Err(e.into()),
        };
        if let Err(e) = recorded {
            // The lease runs out and the delivery goes again, same webhook-id.
            tracing::warn!(delivery = %item.id, error = %e, "cannot record a webhook delivery");
        }
    }

    /// One POST: the receiver's status code, or why there was none.
    async fn attempt(&self, client: &reqwest::Client, item: &DueDelivery) -> Result<i32, String> {
        if EventType::parse(&item.event_type).is_none() {
            return Err(format!("unknown event type {}", item.event_type));
        }
        // The endpoint may have been written before a rule changed, or by hand.
        webhook::check_url(&item.url, self.allow_loopback)?;
        let body = self.body(item).await.map_err(|e| e.to_string())?;
        let id = item.id.to_string();
        let timestamp = Utc::now().timestamp();
        let signature = webhook::signature(&item.secret, &id, timestamp, &body)?;
        let response = client
            .post(&item.url)
            .header("content-type", "application/json")
            .header("webhook-id", &id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signature)
            .body(body)
            .send()
            .await
            .map_err(|e| {
                let mut text = e.to_string();
                let mut source = std::error::Error::source(&e);
                while let Some(s) = source {
                    text.push_str(": ");
                    text.push_str(&s.to_string());
                    source = s.source();
                }
                text
            })?;
        Ok(i32::from(response.status().as_u16()))
    }
}
