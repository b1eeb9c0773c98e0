//! Webhook endpoints of a conference and their deliveries.

use super::problems;
use actix_web::{HttpResponse, web};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::views::{local, local_opt};
use crate::app;
use crate::app::webhooks::{WebhookChanges, WebhookRequest};
use crate::db::webhooks::{DeliveryRow, WebhookRow};
use crate::domain::webhook::EventType;
use crate::error::AppError;
use crate::extract::{Organizer, StrictJson};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct WebhookView {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub url: String,
    pub events: Vec<EventType>,
    /// False once disabled (by an organizer, or by a `410` answer).
    pub active: bool,
    pub created_at: DateTime<FixedOffset>,
}

/// The answer of a creation: the only time the secret is shown.
#[derive(Serialize, ToSchema)]
pub struct CreatedWebhookView {
    #[serde(flatten)]
    pub webhook: WebhookView,
    /// `whsec_` and base64: the key of the `webhook-signature` HMAC.
    pub secret: String,
}

impl WebhookView {
    fn new(w: &WebhookRow, tz: chrono_tz::Tz) -> Self {
        WebhookView {
            id: w.id,
            conference_id: w.conference_id,
            url: w.url.clone(),
            // The database holds only the names this service wrote.
            events: w
                .events
                .iter()
                .filter_map(|e| EventType::parse(e))
                .collect(),
            active: w.active,
            created_at: local(w.created_at, tz),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct DeliveryView {
    /// Its `webhook-id`, the same on every retry.
    pub id: Uuid,
    #[serde(rename = "type")]
    pub event_type: String,
    pub attempts: i32,
    /// The receiver's last answer, when it gave one.
    pub status_code: Option<i32>,
    pub delivered_at: Option<DateTime<FixedOffset>>,
    /// None once delivered or given up.
    pub next_attempt_at: Option<DateTime<FixedOffset>>,
    pub last_error: Option<String>,
    pub created_at: DateTime<FixedOffset>,
}

impl DeliveryView {
    fn new(d: &DeliveryRow, tz: chrono_tz::Tz) -> Self {
        let pending = d.delivered_at.is_none() && d.failed_at.is_none();
        DeliveryView {
            id: d.id,
            event_type: d.event_type.clone(),
            attempts: d.attempts,
            status_code: d.status_code,
            delivered_at: local_opt(d.delivered_at, tz),
            next_attempt_at: pending.then(|| local(d.next_attempt_at, tz)),
            last_error: d.last_error.clone(),
            created_at: local(d.created_at, tz),
        }
    }
}

/// Add an endpoint. Its deliveries are signed as Standard Webhooks do it.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/webhooks",
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = WebhookRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The endpoint, with its secret", body = CreatedWebhookView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(body): StrictJson<WebhookRequest>,
) -> Result<HttpResponse, AppError> {
    let (access, row) = app::webhooks::create(&state, organizer, *conference_id, body).await?;
    let tz = access.conference.tz();
    Ok(HttpResponse::Created().json(CreatedWebhookView {
        webhook: WebhookView::new(&row, tz),
        secret: row.secret.clone(),
    }))
}

/// The conference's endpoints (without their secrets).
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/webhooks",
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "Conference id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The endpoints", body = Vec<WebhookView>),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let (access, rows) = app::webhooks::list(&state, organizer, *conference_id).await?;
    let tz = access.conference.tz();
    let views: Vec<WebhookView> = rows.iter().map(|w| WebhookView::new(w, tz)).collect();
    Ok(HttpResponse::Ok().json(views))
}

/// Turn an endpoint off or on again, or change its URL or events.
#[utoipa::path(
    patch,
    path = "/api/v1/webhooks/{wid}",
    tag = "webhooks",
    params(("wid" = Uuid, Path, description = "Webhook id")),
    request_body = WebhookChanges,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The endpoint", body = WebhookView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
    StrictJson(body): StrictJson<WebhookChanges>,
) -> Result<HttpResponse, AppError> {
    let (access, row) = app::webhooks::update(&state, organizer, *id, body).await?;
    Ok(HttpResponse::Ok().json(WebhookView::new(&row, access.conference.tz())))
}

/// Remove an endpoint and its deliveries.
#[utoipa::path(
    delete,
    path = "/api/v1/webhooks/{wid}",
    tag = "webhooks",
    params(("wid" = Uuid, Path, description = "Webhook id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed"),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn delete(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    app::webhooks::delete(&state, organizer, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The endpoint's deliveries, newest first: attempts, the receiver's status
/// code, the last error.
#[utoipa::path(
    get,
    path = "/api/v1/webhooks/{wid}/deliveries",
    tag = "webhooks",
    params(("wid" = Uuid, Path, description = "Webhook id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The deliveries", body = Vec<DeliveryView>),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn deliveries(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let (access, rows) = app::webhooks::deliveries(&state, organizer, *id).await?;
    let tz = access.conference.tz();
    let views: Vec<DeliveryView> = rows.iter().map(|d| DeliveryView::new(d, tz)).collect();
    Ok(HttpResponse::Ok().json(views))
}
