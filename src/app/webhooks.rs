//! A conference's webhook endpoints: who may set them, which addresses they
//! may point to, and their deliveries.

use std::net::IpAddr;

use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::access::Access;
use crate::db::webhooks::{self, DeliveryRow, WebhookRow};
use crate::domain::role::Action;
use crate::domain::validation::ValidationErrors;
use crate::domain::webhook::{self, EventType};
use crate::error::AppError;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookRequest {
    /// `https` (or loopback `http` with `WEBHOOK_ALLOW_HTTP=true`).
    pub url: String,
    pub events: Vec<EventType>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookChanges {
    pub active: Option<bool>,
    pub url: Option<String>,
    pub events: Option<Vec<EventType>>,
}

/// The URL is checked as written and again after DNS resolution: a name
/// that resolves to an address inside the network is refused like the
/// address itself.
pub async fn check_destination(url: &str, allow_http: bool) -> Result<url::Url, String> {
    let parsed = webhook::check_url(url, allow_http)?;
    if let Some(url::Host::Domain(host)) = parsed.host() {
        let port = parsed.port_or_known_default().unwrap_or(443);
        let addresses: Vec<IpAddr> = tokio::net::lookup_host((host, port))
            .await
            .map_err(|_| format!("the host {host} cannot be resolved"))?
            .map(|a| a.ip())
            .collect();
        if addresses.is_empty() {
            return Err(format!("the host {host} cannot be resolved"));
        }
        if addresses
            .iter()
            .any(|ip| !webhook::may_reach(*ip, allow_http))
        {
            return Err("must not point to a private, loopback or link-local address".into());
        }
    }
    Ok(parsed)
}

fn events_of(events: &[EventType], errors: &mut ValidationErrors) -> Vec<String> {
    if events.is_empty() {
        errors.add("events", "name at least one event type");
    }
    let mut out: Vec<String> = Vec::new();
    for e in events {
        if !out.iter().any(|x| x == e.as_str()) {
            out.push(e.as_str().to_owned());
        }
    }
    out
}

pub async fn create(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    request: WebhookRequest,
) -> Result<(Access, WebhookRow), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Edit).await?;
    let mut errors = ValidationErrors::new();
    let events = events_of(&request.events, &mut errors);
    if let Err(e) = check_destination(&request.url, state.webhook_allow_http).await {
        errors.add("url", e);
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let row = webhooks::create(
        &state.pool,
        conference_id,
        request.url.trim(),
        &events,
        &webhook::new_secret(),
    )
    .await?;
    Ok((access, row))
}

pub async fn list(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<(Access, Vec<WebhookRow>), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Edit).await?;
    let rows = webhooks::of_conference(&state.pool, conference_id).await?;
    Ok((access, rows))
}

/// The endpoint, once the organizer may change its conference.
async fn endpoint(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
) -> Result<(Access, WebhookRow), AppError> {
    let row = webhooks::find(&state.pool, id).await?;
    let access = Access::for_conference(state, organizer, row.conference_id, Action::Edit).await?;
    Ok((access, row))
}

pub async fn update(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
    changes: WebhookChanges,
) -> Result<(Access, WebhookRow), AppError> {
    let (access, _) = endpoint(state, organizer, id).await?;
    let mut errors = ValidationErrors::new();
    let events = changes.events.as_deref().map(|e| events_of(e, &mut errors));
    if let Some(url) = &changes.url
        && let Err(e) = check_destination(url, state.webhook_allow_http).await
    {
        errors.add("url", e);
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let row = webhooks::update(
        &state.pool,
        id,
        changes.active,
        changes.url.as_deref().map(str::trim),
        events.as_deref(),
    )
    .await?;
    Ok((access, row))
}

pub async fn delete(state: &AppState, organizer: Uuid, id: Uuid) -> Result<(), AppError> {
    endpoint(state, organizer, id).await?;
    webhooks::delete(&state.pool, id).await
}

pub async fn deliveries(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
) -> Result<(Access, Vec<DeliveryRow>), AppError> {
    let (access, _) = endpoint(state, organizer, id).await?;
    let rows = webhooks::deliveries(&state.pool, id).await?;
    Ok((access, rows))
}
