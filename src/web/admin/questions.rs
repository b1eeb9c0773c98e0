//! The registration form's own questions in the dashboard: add, change,
//! move up or down, remove (a question with answers is retired instead).

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use uuid::Uuid;

use crate::app;
use crate::domain::question::{QuestionChanges, QuestionKind};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

use super::{Errors, errors_of, guard, redirect};

/// The form's fields as the API's body; `choices` one per line.
fn changes_of(form: &Form, with_kind: bool) -> QuestionChanges {
    let choices = form.get("choices").map(|c| {
        c.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    });
    QuestionChanges {
        label: Some(form.get("label").unwrap_or_default().to_owned()),
        kind: if with_kind {
            form.get("kind").and_then(QuestionKind::parse)
        } else {
            None
        },
        required: Some(form.get("required").is_some()),
        choices: choices.filter(|c| !c.is_empty()),
        help_text: Some(form.get("help_text").unwrap_or_default().to_owned()),
        position: None,
    }
}

/// `POST /admin/conferences/{id}/questions`: a new question at the end.
pub async fn add(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let changes = changes_of(&form, true);
    if changes.kind.is_none() {
        return super::conferences::questions_refused(
            &state,
            &session,
            *id,
            BTreeMap::from([("kind".to_owned(), vec!["choose a kind".to_owned()])]),
        )
        .await;
    }
    match app::questions::create(&state, session.organizer, *id, changes).await {
        Ok(_) => Ok(redirect(&format!("/admin/conferences/{id}#questions"))),
        Err(AppError::Validation(e)) => {
            super::conferences::questions_refused(&state, &session, *id, errors_of(&e)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /admin/questions/{qid}`.
pub async fn edit(
    state: web::Data<AppState>,
    session: AdminSession,
    qid: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    edit_view(&state, &session, *qid, None, Errors::new(), StatusCode::OK).await
}

async fn edit_view(
    state: &AppState,
    session: &AdminSession,
    qid: Uuid,
    form: Option<BTreeMap<String, String>>,
    errors: Errors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let (conference_id, q) = app::questions::one(state, session.organizer, qid).await?;
    let form = form.unwrap_or_else(|| {
        BTreeMap::from([
            ("label".to_owned(), q.label.clone()),
            ("help_text".to_owned(), q.help_text.clone()),
            ("choices".to_owned(), q.choices.join("\n")),
            (
                "required".to_owned(),
                if q.required {
                    "yes".into()
                } else {
                    String::new()
                },
            ),
        ])
    });
    let context = serde_json::json!({
        "c": {"id": conference_id},
        "q": {"id": q.id, "kind": q.kind.as_str(), "has_choices": q.kind.has_choices(), "retired_choices": q.retired_choices},
        "form": form,
        "errors": errors,
        "csrf": session.csrf,
    });
    html(
        status,
        "admin_question.html",
        crate::web::page_language(None, None),
        &context,
    )
}

/// `POST /admin/questions/{qid}`: `action` = `save`, `up`, `down` or `remove`.
pub async fn change(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    qid: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let (conference_id, _) = app::questions::one(&state, session.organizer, *qid).await?;
    let back = format!("/admin/conferences/{conference_id}#questions");
    match form.get("action") {
        Some("up" | "down") => {
            app::questions::shift(
                &state,
                session.organizer,
                *qid,
                form.get("action") == Some("up"),
            )
            .await?;
            Ok(redirect(&back))
        }
        Some("remove") => {
            app::questions::delete(&state, session.organizer, *qid).await?;
            Ok(redirect(&back))
        }
        _ => {
            match app::questions::update(&state, session.organizer, *qid, changes_of(&form, false))
                .await
            {
                Ok(_) => Ok(redirect(&back)),
                Err(AppError::Validation(e)) => {
                    edit_view(
                        &state,
                        &session,
                        *qid,
                        Some(form.values()),
                        errors_of(&e),
                        StatusCode::UNPROCESSABLE_ENTITY,
                    )
                    .await
                }
                Err(e) => Err(e.into()),
            }
        }
    }
}
