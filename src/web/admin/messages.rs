//! The applications queue (approve, decline, one or many) and messages to
//! registrants (compose with the audience, count and preview; the list).

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use fluent_bundle::FluentValue;
use uuid::Uuid;

use crate::app;
use crate::db::conferences::ConferenceRow;
use crate::display;
use crate::domain::message::{AttendanceMode, Audience, MessageRequest};
use crate::domain::question::QuestionKind;
use crate::domain::registration::RegistrationStatus;
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

use super::{Errors, errors_of, guard, parse_local, redirect};

/// `GET /admin/conferences/{id}/applications`.
pub async fn applications_page(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    applications_view(&state, &session, *id, None, Errors::new(), StatusCode::OK).await
}

async fn applications_view(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    message: Option<String>,
    errors: Errors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let (access, waiting) = app::decisions::queue(state, session.organizer, id).await?;
    let c = &access.conference;
    let tz = c.tz();
    let counts = app::registrations::counts(state, &access).await?;
    let rows: Vec<_> = waiting
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.row.id, "name": r.row.name, "email": r.row.email,
                "organization": r.row.organization, "category": r.row.category,
                "applied": r.row.created_at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
            })
        })
        .collect();
    let context = serde_json::json!({
        "c": {"id": c.id, "title": c.title, "capacity": c.capacity, "require_approval": c.require_approval},
        "applications": rows,
        "stats": counts.counts,
        "message": message,
        "errors": errors,
        "csrf": session.csrf,
    });
    html(
        status,
        "admin_applications.html",
        crate::web::page_language(None, None),
        &context,
    )
}

/// `POST /admin/conferences/{id}/applications`: one row's button
/// (`approve_one`, `decline_one` = its id) or the selected rows with
/// `action` = `approve` | `decline`; `reason` for those declined.
pub async fn decide(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let one = |name: &str| form.get(name).and_then(|v| Uuid::parse_str(v).ok());
    let selected = form.uuids("selected").unwrap_or_default();
    let (approve, decline) = if let Some(rid) = one("approve_one") {
        (vec![rid], vec![])
    } else if let Some(rid) = one("decline_one") {
        (vec![], vec![rid])
    } else {
        match form.get("action") {
            Some("approve") => (selected, vec![]),
            Some("decline") => (vec![], selected),
            _ => (vec![], vec![]),
        }
    };
    let reason = form.text("reason");
    let outcome = app::decisions::decide(
        &state,
        session.organizer,
        *id,
        &approve,
        &decline,
        reason.as_deref(),
        false,
    )
    .await;
    let lang = crate::web::page_language(None, None);
    let (message, errors, status) = match outcome {
        Ok((_, decided)) => {
            let confirmed = decided
                .iter()
                .filter(|r| r.row.status == RegistrationStatus::Confirmed)
                .count();
            let waitlisted = decided
                .iter()
                .filter(|r| r.row.status == RegistrationStatus::Waitlisted)
                .count();
            let declined = decided.len() - confirmed - waitlisted;
            (
                Some(t_with(
                    lang,
                    "dash-applications-done",
                    &[
                        ("confirmed", FluentValue::from(confirmed)),
                        ("waitlisted", FluentValue::from(waitlisted)),
                        ("declined", FluentValue::from(declined)),
                    ],
                )),
                Errors::new(),
                StatusCode::OK,
            )
        }
        Err(AppError::Validation(e)) => {
            let mut errors = errors_of(&e);
            // The page's name for what the API calls `approve`: the ticked rows.
            if errors.remove("approve").is_some() {
                errors.insert(
                    "selected".to_owned(),
                    vec![t(lang, "dash-applications-none-ticked")],
                );
            }
            (None, errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(AppError::Conflict(m)) => (
            None,
            BTreeMap::from([("selected".to_owned(), vec![m])]),
            StatusCode::CONFLICT,
        ),
        Err(e) => return Err(e.into()),
    };
    applications_view(&state, &session, *id, message, errors, status).await
}

/// `GET /admin/conferences/{id}/messages`: the messages sent and scheduled.
pub async fn messages_page(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    messages_view(&state, &session, *id, None).await
}

async fn messages_view(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    notice: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (access, list) = app::messages::list(state, session.organizer, id).await?;
    let tz = access.conference.tz();
    let rows: Vec<_> = list
        .iter()
        .map(|m| {
            serde_json::json!({
                "id": m.row.id, "subject": m.row.subject, "status": m.status(),
                "recipients": m.row.recipients, "sent": m.sent, "failed": m.failed,
                "send_at": display::moment(m.row.send_at, tz, crate::web::page_language(None, None)),
            })
        })
        .collect();
    let c = &access.conference;
    let context = serde_json::json!({
        "c": {"id": c.id, "title": c.title},
        "messages": rows,
        "message": notice,
        "csrf": session.csrf,
    });
    html(
        StatusCode::OK,
        "admin_messages.html",
        crate::web::page_language(None, None),
        &context,
    )
}

/// `GET /admin/conferences/{id}/messages/new`.
pub async fn compose_page(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    let form = BTreeMap::from([
        ("status.confirmed".to_owned(), "yes".to_owned()),
        ("status.waitlisted".to_owned(), "yes".to_owned()),
        ("status.pending".to_owned(), "yes".to_owned()),
    ]);
    compose_view(
        &state,
        &session,
        *id,
        form,
        Errors::new(),
        None,
        StatusCode::OK,
    )
    .await
}

const STATUSES: [RegistrationStatus; 4] = [
    RegistrationStatus::Confirmed,
    RegistrationStatus::Waitlisted,
    RegistrationStatus::Pending,
    RegistrationStatus::AwaitingApproval,
];

#[allow(clippy::too_many_arguments)]
async fn compose_view(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    form: BTreeMap<String, String>,
    errors: Errors,
    preview: Option<app::messages::Preview>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    // The access check of writing messages, before anything is shown.
    let access = app::messages::access(state, session.organizer, id).await?;
    let mut form = form;
    form.entry("form_key".to_owned())
        .or_insert_with(|| Uuid::new_v4().to_string());
    let c = &access.conference;
    let sessions = app::conferences::programme(state, c.id).await?;
    let questions = app::questions::list(state, session.organizer, c.id).await?;
    let context = serde_json::json!({
        "c": {"id": c.id, "title": c.title, "timezone": c.timezone.name(), "hybrid": c.format == crate::domain::conference::Format::Hybrid},
        "form": form,
        "errors": errors,
        "statuses": STATUSES.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        "sessions": sessions.iter().map(|s| serde_json::json!({"id": s.session.id.to_string(), "title": s.session.title})).collect::<Vec<_>>(),
        "questions": questions.iter().filter(|q| !q.retired).map(|q| serde_json::json!({"id": q.id.to_string(), "label": q.label})).collect::<Vec<_>>(),
        "preview": preview.map(|p| serde_json::json!({"recipients": p.recipients, "subject": p.rendered.subject, "html": p.rendered.html})),
        "csrf": session.csrf,
    });
    html(
        status,
        "admin_compose.html",
        crate::web::page_language(None, None),
        &context,
    )
}

/// What the compose form asks for, as the API's body; what cannot be read
/// is named per field.
fn request_of(
    form: &Form,
    conference: &ConferenceRow,
    checkbox_questions: &[Uuid],
) -> Result<MessageRequest, Errors> {
    let mut errors = Errors::new();
    let mut field = |name: &str, m: &str| {
        errors
            .entry(name.to_owned())
            .or_default()
            .push(m.to_owned())
    };
    let statuses: Vec<RegistrationStatus> = STATUSES
        .into_iter()
        .filter(|s| form.get(&format!("status.{}", s.as_str())).is_some())
        .collect();
    if statuses.is_empty() {
        field("audience.status", "tick at least one status");
    }
    let uuid = |name: &str| -> Result<Option<Uuid>, ()> {
        match form.text(name) {
            None => Ok(None),
            Some(v) => Uuid::parse_str(&v).map(Some).map_err(|_| ()),
        }
    };
    let session = uuid("session").unwrap_or_else(|_| {
        field("audience.session", "unknown session");
        None
    });
    let question = uuid("question").unwrap_or_else(|_| {
        field("audience.question", "unknown question");
        None
    });
    let attended = match form.get("attended") {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => None,
    };
    let mode = match form.get("mode") {
        Some("in_person") => Some(AttendanceMode::InPerson),
        Some("online") => Some(AttendanceMode::Online),
        _ => None,
    };
    let answer = match question {
        Some(q) if checkbox_questions.contains(&q) => Some(serde_json::Value::Bool(true)),
        Some(_) => match form.text("answer") {
            Some(a) => Some(serde_json::Value::String(a)),
            None => {
                field("audience.answer", "give the answer to look for");
                None
            }
        },
        None => None,
    };
    let send_at = match form.text("send_at") {
        None => None,
        Some(v) => match parse_local(&v, conference.tz()) {
            Ok(t) => Some(t),
            Err(m) => {
                field("send_at", &m);
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(MessageRequest {
        subject: form.get("subject").unwrap_or_default().to_owned(),
        body: form.get("body").unwrap_or_default().to_owned(),
        audience: Audience {
            status: Some(statuses),
            session,
            attended,
            mode,
            question,
            answer,
        },
        reply_to: form.text("reply_to"),
        send_at,
    })
}

/// `POST /admin/conferences/{id}/messages`: `intent=preview` shows the
/// message and its recipient count again in the form; `intent=send` writes
/// it (at once, or at `send_at`).
pub async fn compose(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let access = app::conferences::get(&state, session.organizer, *id).await?;
    let checkbox_questions: Vec<Uuid> = app::questions::list(&state, session.organizer, *id)
        .await?
        .iter()
        .filter(|q| q.kind == QuestionKind::Checkbox)
        .map(|q| q.id)
        .collect();
    let values = form.values();
    let request = match request_of(&form, &access.conference, &checkbox_questions) {
        Ok(r) => r,
        Err(errors) => {
            return compose_view(
                &state,
                &session,
                *id,
                values,
                errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    if form.get("intent") == Some("preview") {
        return match app::messages::preview(&state, session.organizer, *id, request).await {
            Ok(p) => {
                compose_view(
                    &state,
                    &session,
                    *id,
                    values,
                    Errors::new(),
                    Some(p),
                    StatusCode::OK,
                )
                .await
            }
            Err(AppError::Validation(e)) => {
                compose_view(
                    &state,
                    &session,
                    *id,
                    values,
                    errors_of(&e),
                    None,
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await
            }
            Err(e) => Err(e.into()),
        };
    }
    // The form's own key: a double click or a resent form writes one message.
    let key = form.text("form_key");
    match app::messages::create(&state, session.organizer, *id, request, key.as_deref()).await {
        Ok(_) => Ok(redirect(&format!("/admin/conferences/{id}/messages"))),
        Err(AppError::Validation(e)) => {
            compose_view(
                &state,
                &session,
                *id,
                values,
                errors_of(&e),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /admin/messages/{mid}/cancel`.
pub async fn cancel(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    mid: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let lang = crate::web::page_language(None, None);
    match app::messages::cancel(&state, session.organizer, *mid).await {
        Ok((access, _)) => {
            messages_view(
                &state,
                &session,
                access.conference_id(),
                Some(&t(lang, "dash-message-cancelled")),
            )
            .await
        }
        Err(AppError::Conflict(m)) => {
            let (access, _) = app::messages::get(&state, session.organizer, *mid).await?;
            messages_view(&state, &session, access.conference_id(), Some(&m)).await
        }
        Err(e) => Err(e.into()),
    }
}
