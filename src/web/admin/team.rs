//! The team of a conference in the dashboard (owner only): add by email and
//! role, change a role, remove.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use uuid::Uuid;

use crate::app;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::i18n::t;
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

use super::{Errors, errors_of, guard};

/// `GET /admin/conferences/{id}/team`.
pub async fn page(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    view(
        &state,
        &session,
        *id,
        None,
        BTreeMap::new(),
        Errors::new(),
        StatusCode::OK,
    )
    .await
}

async fn view(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    notice: Option<&str>,
    form: BTreeMap<String, String>,
    errors: Errors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let team = app::team::list(state, session.organizer, id).await?;
    let access = app::conferences::get(state, session.organizer, id).await?;
    let members: Vec<_> = team
        .iter()
        .map(|m| serde_json::json!({"id": m.id, "email": m.email, "role": m.role.as_str()}))
        .collect();
    let context = serde_json::json!({
        "c": {"id": access.conference.id, "title": access.conference.title},
        "members": members,
        "message": notice,
        "form": form,
        "errors": errors,
        "csrf": session.csrf,
    });
    html(
        status,
        "admin_team.html",
        crate::web::page_language(None, None),
        &context,
    )
}

fn role_of(form: &Form) -> Option<Role> {
    form.get("role").and_then(Role::parse)
}

/// `POST /admin/conferences/{id}/team`: adds a member (mailed `member_invitation`).
pub async fn add(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let Some(role) = role_of(&form) else {
        let errors = BTreeMap::from([("role".to_owned(), vec!["choose a role".to_owned()])]);
        return view(
            &state,
            &session,
            *id,
            None,
            form.values(),
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let email = form.text("email").unwrap_or_default();
    let lang = crate::web::page_language(None, None);
    match app::team::add(&state, session.organizer, *id, &email, role).await {
        Ok(_) => {
            view(
                &state,
                &session,
                *id,
                Some(&t(lang, "dash-team-added")),
                BTreeMap::new(),
                Errors::new(),
                StatusCode::OK,
            )
            .await
        }
        Err(AppError::Validation(e)) => {
            view(
                &state,
                &session,
                *id,
                None,
                form.values(),
                errors_of(&e),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(AppError::Conflict(m)) => {
            let errors = BTreeMap::from([("email".to_owned(), vec![m])]);
            view(
                &state,
                &session,
                *id,
                None,
                form.values(),
                errors,
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /admin/conferences/{id}/team/{member}`: `role` changes it,
/// `remove` takes them off the team.
pub async fn change(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    path: web::Path<(Uuid, Uuid)>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let (id, member) = path.into_inner();
    let lang = crate::web::page_language(None, None);
    let outcome = if form.get("remove").is_some() {
        app::team::remove(&state, session.organizer, id, member)
            .await
            .map(|_| t(lang, "dash-team-removed"))
    } else {
        match role_of(&form) {
            Some(role) => app::team::change_role(&state, session.organizer, id, member, role)
                .await
                .map(|_| t(lang, "dash-team-role-changed")),
            None => Err(AppError::invalid("role", "choose a role")),
        }
    };
    match outcome {
        Ok(done) => {
            view(
                &state,
                &session,
                id,
                Some(&done),
                BTreeMap::new(),
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
                None,
                BTreeMap::new(),
                errors_of(&e),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
