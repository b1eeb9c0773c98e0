//! One registration in the dashboard: what it holds, and the organizer's
//! actions on it (change, cancel, promote, resend, take back a check-in); and
//! adding someone from the registrations page (a walk-in).

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use uuid::Uuid;

use crate::app;
use crate::app::actions::Walk;
use crate::domain::registration::{
    RegistrationChanges, RegistrationChangesRequest, RegistrationStatus, SignUp, SignUpRequest,
};
use crate::error::AppError;
use crate::i18n::t;
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

use super::{Errors, errors_of, guard, redirect};

/// `GET /admin/conferences/{id}/registrations/{rid}`.
pub async fn page(
    state: web::Data<AppState>,
    session: AdminSession,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, PageError> {
    let (id, rid) = path.into_inner();
    view(
        &state,
        &session,
        id,
        rid,
        None,
        Errors::new(),
        StatusCode::OK,
    )
    .await
}

async fn view(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    rid: Uuid,
    message: Option<String>,
    errors: Errors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let (access, r) = app::actions::one(state, session.organizer, id, rid).await?;
    let c = &access.conference;
    let tz = c.tz();
    let at = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map(|t| t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string())
    };
    let row = &r.row;
    let programme = app::conferences::programme(state, c.id).await?;
    let sessions: Vec<_> = programme
        .iter()
        .filter(|s| r.sessions.contains(&s.session.id))
        .map(|s| serde_json::json!({"title": s.session.title}))
        .collect();
    let context = serde_json::json!({
        "c": {"id": c.id, "title": c.title},
        "r": {
            "id": row.id, "name": row.name, "email": row.email, "organization": row.organization,
            "category": row.category, "status": row.status, "attended": row.attended,
            "walk_in": row.walk_in, "erased": row.erased_at.is_some(),
            "created_at": at(Some(row.created_at)), "checked_in_at": at(row.checked_in_at),
            "cancel_reason": row.cancel_reason, "decline_reason": row.decline_reason,
            "active": row.status.is_active(),
            "waitlisted": row.status == RegistrationStatus::Waitlisted,
        },
        "sessions": sessions,
        "message": message,
        "errors": errors,
        "csrf": session.csrf,
    });
    html(
        status,
        "admin_registration.html",
        crate::web::page_language(None, None),
        &context,
    )
}

/// `POST /admin/conferences/{id}/registrations/{rid}`: `action` = `update`
/// (with `name`, `organization`, `category`, `notify`), `cancel` (`reason`),
/// `promote` (`force`), `resend` or `undo_check_in`.
pub async fn act(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    path: web::Path<(Uuid, Uuid)>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let (id, rid) = path.into_inner();
    let organizer = session.organizer;
    let lang = crate::web::page_language(None, None);
    let outcome: Result<String, AppError> = match form.get("action") {
        Some("update") => {
            let changes = RegistrationChanges::parse(RegistrationChangesRequest {
                name: form.text("name"),
                organization: Some(form.text("organization")),
                category: Some(form.text("category")),
                ..Default::default()
            });
            match changes {
                Ok(changes) => app::actions::update(
                    &state,
                    organizer,
                    id,
                    rid,
                    changes,
                    form.get("notify").is_some(),
                )
                .await
                .map(|_| t(lang, "dash-saved")),
                Err(e) => Err(AppError::Validation(e)),
            }
        }
        Some("cancel") => app::actions::cancel(&state, organizer, id, rid, form.get("reason"))
            .await
            .map(|_| t(lang, "dash-registration-cancelled")),
        Some("promote") => {
            app::actions::promote(&state, organizer, id, rid, form.get("force").is_some())
                .await
                .map(|_| t(lang, "dash-registration-promoted"))
        }
        Some("resend") => app::actions::resend(&state, organizer, id, rid)
            .await
            .map(|_| t(lang, "dash-registration-resent")),
        Some("undo_check_in") => app::actions::undo_check_in(&state, organizer, id, rid, None)
            .await
            .map(|_| t(lang, "dash-registration-check-in-undone")),
        _ => Err(AppError::BadRequest("unknown action".into())),
    };
    match outcome {
        Ok(done) => {
            view(
                &state,
                &session,
                id,
                rid,
                Some(done),
                Errors::new(),
                StatusCode::OK,
            )
            .await
        }
        Err(AppError::Validation(e)) => {
            view(
                &state,
                &session,
                id,
                rid,
                None,
                errors_of(&e),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(AppError::Conflict(m)) => {
            view(
                &state,
                &session,
                id,
                rid,
                None,
                BTreeMap::from([("action".to_owned(), vec![m])]),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /admin/conferences/{id}/registrations`: someone added by the team
/// (`walk_in` confirms beyond the capacity, `checked_in` checks them in).
pub async fn add(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let sign_up = SignUp::parse(SignUpRequest {
        email: form.get("email").unwrap_or_default().to_owned(),
        name: form.get("name").unwrap_or_default().to_owned(),
        organization: form.text("organization"),
        category: form.text("category"),
        sessions: Vec::new(),
        consent: Some(true),
        answers: Default::default(),
        attendance_mode: form
            .get("attendance_mode")
            .and_then(crate::domain::registration::AttendanceMode::parse),
        language: None,
    });
    let outcome = match sign_up {
        Ok(sign_up) => {
            let walk = Walk {
                sign_up,
                status: form
                    .get("walk_in")
                    .is_some()
                    .then_some(RegistrationStatus::Confirmed),
                checked_in: form.get("checked_in").is_some(),
                notify: form.get("notify").is_some(),
            };
            app::actions::add(&state, session.organizer, *id, walk).await
        }
        Err(e) => Err(AppError::Validation(e)),
    };
    let errors = match outcome {
        Ok((_, r, _)) => {
            return Ok(redirect(&format!(
                "/admin/conferences/{id}/registrations/{}",
                r.row.id
            )));
        }
        Err(AppError::Validation(e)) => errors_of(&e),
        Err(AppError::Conflict(m)) => BTreeMap::from([("email".to_owned(), vec![m])]),
        Err(e) => return Err(e.into()),
    };
    super::attendees::registrations_view(
        &state,
        &session,
        *id,
        Default::default(),
        Some((form.values(), errors)),
    )
    .await
}
