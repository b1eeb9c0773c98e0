//! The sessions of a conference and their speakers.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::app;
use crate::app::access::Access;
use crate::domain::role::Action;
use crate::domain::session::{SessionChanges, SessionData, SpeakerInput, SpeakerRole};
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

use super::conferences::{Shown, conference_page};
use super::{Errors, capacity_field, errors_of, guard, local_input, parse_local, redirect};

fn speakers(text: &str) -> Vec<SpeakerInput> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let mut parts = line.split('|').map(str::trim);
            let name = parts.next().unwrap_or_default().to_owned();
            let affiliation = parts.next().filter(|a| !a.is_empty()).map(str::to_owned);
            let role = parts
                .next()
                .and_then(|r| SpeakerRole::parse(&r.to_lowercase()))
                .unwrap_or_default();
            SpeakerInput {
                name,
                affiliation,
                role,
            }
        })
        .collect()
}

pub async fn add_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let access = Access::for_conference(&state, session.organizer, *id, Action::Edit).await?;
    let (changes, errors) = session_changes(&form, access.conference.tz());
    let outcome = if errors.is_empty() {
        app::sessions::create_in(&state, &access, changes)
            .await
            .map(|_| ())
    } else {
        match SessionData::create(changes) {
            Ok(_) => Err(AppError::Validation(errors)),
            Err(e) => Err(AppError::Validation(ValidationErrors::from_merged(
                errors, e,
            ))),
        }
    };
    let conference = access.conference;
    match outcome {
        Ok(()) => Ok(redirect(&format!("/admin/conferences/{}", conference.id))),
        Err(AppError::Validation(e)) => {
            conference_page(
                &state,
                &session,
                conference.id,
                Shown {
                    session_errors: errors_of(&e),
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    ..Shown::default()
                },
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// The session form as a set of changes, with what could not even be read.
fn session_changes(form: &Form, tz: Tz) -> (SessionChanges, ValidationErrors) {
    let mut errors = ValidationErrors::new();
    let mut when = |name: &str| {
        form.text(name)
            .and_then(|v| errors.check(name, parse_local(&v, tz)))
    };
    let starts_at = when("starts_at");
    let ends_at = when("ends_at");
    let capacity = capacity_field(form, &mut errors);
    let changes = SessionChanges {
        title: Some(form.get("title").unwrap_or_default().to_owned()),
        description: None,
        starts_at,
        ends_at,
        location: Some(form.text("location")),
        capacity,
        speakers: Some(speakers(form.get("speakers").unwrap_or_default())),
    };
    (changes, errors)
}

async fn session_page(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    form: Option<BTreeMap<String, String>>,
    errors: Errors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let (found, access) = app::sessions::get(state, session.organizer, id, Action::View).await?;
    let conference = access.conference;
    let tz = conference.tz();
    let s = &found.session;
    let form = form.unwrap_or_else(|| {
        BTreeMap::from([
            ("title".to_owned(), s.title.clone()),
            ("starts_at".to_owned(), local_input(s.starts_at, tz)),
            ("ends_at".to_owned(), local_input(s.ends_at, tz)),
            (
                "location".to_owned(),
                s.location.clone().unwrap_or_default(),
            ),
            (
                "capacity".to_owned(),
                s.capacity.map(|c| c.to_string()).unwrap_or_default(),
            ),
            (
                "speakers".to_owned(),
                found
                    .speakers
                    .iter()
                    .map(|p| {
                        format!(
                            "{} | {} | {}",
                            p.name,
                            p.affiliation.clone().unwrap_or_default(),
                            p.role.as_str()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ])
    });
    let context = serde_json::json!({
        "s": {"id": s.id, "title": s.title},
        "conference_id": conference.id,
        "conference_title": conference.title,
        "form": form,
        "errors": errors,
        "csrf": session.csrf,
    });
    html(
        status,
        "admin_session.html",
        crate::web::page_language(None, None),
        &context,
    )
}

pub async fn edit_session(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    session_page(&state, &session, *id, None, Errors::new(), StatusCode::OK).await
}

pub async fn update_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let conference = Access::for_session(&state, session.organizer, *id, Action::Edit)
        .await?
        .conference;
    let (changes, read_errors) = session_changes(&form, conference.tz());
    let outcome = if read_errors.is_empty() {
        app::sessions::update(&state, session.organizer, *id, changes)
            .await
            .map(|(updated, _)| updated)
    } else {
        Err(AppError::Validation(read_errors))
    };
    match outcome {
        Ok(_) => Ok(redirect(&format!("/admin/conferences/{}", conference.id))),
        Err(AppError::Validation(e)) => {
            session_page(
                &state,
                &session,
                *id,
                Some(form.values_with_all()),
                errors_of(&e),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(AppError::Conflict(m)) => {
            let errors = BTreeMap::from([("capacity".to_owned(), vec![m])]);
            session_page(
                &state,
                &session,
                *id,
                Some(form.values_with_all()),
                errors,
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    guard(&state, &req, &session, &Form::parse(&body))?;
    let access = app::sessions::delete(&state, session.organizer, *id).await?;
    Ok(redirect(&format!(
        "/admin/conferences/{}",
        access.conference_id()
    )))
}
