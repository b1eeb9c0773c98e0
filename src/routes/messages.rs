//! Messages from the organizers to a chosen part of the audience.

use super::problems;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::views::local;
use crate::app;
use crate::db::messages::{Created, Message};
use crate::domain::message::{Audience, MessageRequest, MessageStatus, RenderedMessage};
use crate::error::AppError;
use crate::extract::{Organizer, StrictJson};
use crate::state::AppState;

/// A message and what became of its mails.
#[derive(Serialize, ToSchema)]
pub struct MessageView {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub subject: String,
    pub body: String,
    pub audience: Audience,
    pub reply_to: String,
    pub send_at: DateTime<FixedOffset>,
    pub status: MessageStatus,
    /// Counted when written, and again when a scheduled message starts.
    pub recipients: i32,
    pub sent: i64,
    pub failed: i64,
    pub created_at: DateTime<FixedOffset>,
    pub created_by: Option<Uuid>,
}

impl MessageView {
    fn new(m: &Message, tz: chrono_tz::Tz) -> Result<Self, AppError> {
        Ok(MessageView {
            id: m.row.id,
            conference_id: m.row.conference_id,
            subject: m.row.subject.clone(),
            body: m.row.body.clone(),
            audience: m.audience()?,
            reply_to: m.row.reply_to.clone(),
            send_at: local(m.row.send_at, tz),
            status: m.status(),
            recipients: m.row.recipients,
            sent: m.sent,
            failed: m.failed,
            created_at: local(m.row.created_at, tz),
            created_by: m.row.created_by,
        })
    }
}

#[derive(Serialize, ToSchema)]
pub struct PreviewView {
    pub recipients: i64,
    #[serde(flatten)]
    pub rendered: RenderedMessage,
}

/// The `Idempotency-Key` header, when one was sent.
fn idempotency_key(req: &HttpRequest) -> Result<Option<String>, AppError> {
    match req.headers().get("Idempotency-Key") {
        None => Ok(None),
        Some(v) => {
            let key = v.to_str().map(str::trim).unwrap_or_default();
            if key.is_empty() || key.len() > 200 {
                return Err(AppError::invalid(
                    "Idempotency-Key",
                    "must be 1 to 200 visible characters",
                ));
            }
            Ok(Some(key.to_owned()))
        }
    }
}

/// Write to part of the audience: at once, or at `send_at`. The same
/// `Idempotency-Key` within 24 hours answers the first message and sends
/// nothing more.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/messages",
    tag = "messages",
    params(
        ("id" = Uuid, Path, description = "Conference id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a repeated POST harmless")
    ),
    request_body = MessageRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The message", body = MessageView),
        (status = 200, description = "The message first written with this Idempotency-Key", body = MessageView),
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
    req: HttpRequest,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(body): StrictJson<MessageRequest>,
) -> Result<HttpResponse, AppError> {
    let key = idempotency_key(&req)?;
    let (access, created) =
        app::messages::create(&state, organizer, *conference_id, body, key.as_deref()).await?;
    let tz = access.conference.tz();
    Ok(match created {
        Created::New(m) => HttpResponse::Created().json(MessageView::new(&m, tz)?),
        Created::Repeated(m) => HttpResponse::Ok().json(MessageView::new(&m, tz)?),
    })
}

/// The message rendered for the earliest registered recipient of the
/// audience, and how many it would reach; nothing is stored or sent.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/messages/preview",
    tag = "messages",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = MessageRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The preview", body = PreviewView),
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
pub async fn preview(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(body): StrictJson<MessageRequest>,
) -> Result<HttpResponse, AppError> {
    let preview = app::messages::preview(&state, organizer, *conference_id, body).await?;
    Ok(HttpResponse::Ok().json(PreviewView {
        recipients: preview.recipients,
        rendered: preview.rendered,
    }))
}

/// The conference's messages, newest first, with their sent and failed counts.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/messages",
    tag = "messages",
    params(("id" = Uuid, Path, description = "Conference id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The messages", body = Vec<MessageView>),
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
    let (access, list) = app::messages::list(&state, organizer, *conference_id).await?;
    let tz = access.conference.tz();
    let views = list
        .iter()
        .map(|m| MessageView::new(m, tz))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(HttpResponse::Ok().json(views))
}

/// One message, with its sent and failed counts.
#[utoipa::path(
    get,
    path = "/api/v1/messages/{mid}",
    tag = "messages",
    params(("mid" = Uuid, Path, description = "Message id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The message", body = MessageView),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let (access, message) = app::messages::get(&state, organizer, *id).await?;
    Ok(HttpResponse::Ok().json(MessageView::new(&message, access.conference.tz())?))
}

/// Cancel a scheduled message; 409 once it has started sending.
#[utoipa::path(
    delete,
    path = "/api/v1/messages/{mid}",
    tag = "messages",
    params(("mid" = Uuid, Path, description = "Message id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The message, cancelled", body = MessageView),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::Unavailable
    )
)]
pub async fn cancel(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let (access, message) = app::messages::cancel(&state, organizer, *id).await?;
    Ok(HttpResponse::Ok().json(MessageView::new(&message, access.conference.tz())?))
}
