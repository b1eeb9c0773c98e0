//! Signing in and out, and the home page with every conference of the team.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use uuid::Uuid;

use crate::app;
use crate::app::access::{self};
use crate::display;
use crate::i18n::t;
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::{self, AdminSession};
use crate::web::{PageError, html, require_same_origin};

use super::{guard, secure_cookies};

pub async fn login_form(
    query: web::Query<std::collections::HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let next = session::safe_next(query.get("next").map(String::as_str));
    html(
        StatusCode::OK,
        "admin_login.html",
        crate::web::page_language(None, None),
        &serde_json::json!({"next": next}),
    )
}

pub async fn login(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::AUTH }>,
    req: HttpRequest,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let form = Form::parse(&body);
    let email = form.text("email").unwrap_or_default();
    let plain = form.get("password").unwrap_or_default().to_owned();
    let next = session::safe_next(form.get("next")).to_owned();
    match app::organizers::authenticate(&state, &email, plain).await? {
        Some(o) => {
            let value = session::issue(&state.key, o.id);
            Ok(HttpResponse::SeeOther()
                .cookie(session::cookie(value, secure_cookies(&state)))
                .insert_header((header::LOCATION, next))
                .finish())
        }
        _ => {
            let lang = crate::web::page_language(None, None);
            html(
                StatusCode::UNAUTHORIZED,
                "admin_login.html",
                lang,
                &serde_json::json!({"error": t(lang, "dash-login-wrong"), "email": email, "next": next}),
            )
        }
    }
}

pub async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    guard(&state, &req, &session, &Form::parse(&body))?;
    Ok(HttpResponse::SeeOther()
        .cookie(session::removal(secure_cookies(&state)))
        .insert_header((header::LOCATION, "/admin/login"))
        .finish())
}

#[derive(Serialize)]
struct ConferenceLine {
    id: Uuid,
    title: String,
    when: String,
    status: String,
    counts: crate::domain::stats::Counts,
}

pub async fn home(
    state: web::Data<AppState>,
    session: AdminSession,
) -> Result<HttpResponse, PageError> {
    let mut lines = Vec::new();
    for access in access::reachable(&state, session.organizer).await? {
        let s = app::registrations::counts(&state, &access).await?;
        let c = access.conference;
        lines.push(ConferenceLine {
            id: c.id,
            title: c.title.clone(),
            when: display::when(
                c.starts_at,
                c.ends_at,
                c.tz(),
                crate::web::page_language(None, None),
            ),
            status: c.status.as_str().to_owned(),
            counts: s.counts,
        });
    }
    html(
        StatusCode::OK,
        "admin_home.html",
        crate::web::page_language(None, None),
        &serde_json::json!({"conferences": lines, "csrf": session.csrf}),
    )
}

/// `GET /admin/signup`.
pub async fn signup_form() -> Result<HttpResponse, PageError> {
    html(
        StatusCode::OK,
        "admin_signup.html",
        crate::web::page_language(None, None),
        &serde_json::json!({"form": {}, "errors": {}}),
    )
}

/// `POST /admin/signup`: makes the account and signs it in.
pub async fn signup(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::AUTH }>,
    req: HttpRequest,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let lang = crate::web::page_language(None, None);
    let form = Form::parse(&body);
    let email = form.get("email").unwrap_or_default();
    let name = form.get("name").unwrap_or_default();
    let password = form.get("password").unwrap_or_default().to_owned();
    let errors = match app::organizers::sign_up(&state, email, name, password).await {
        Ok(account) => {
            let value = session::issue(&state.key, account.organizer.id);
            return Ok(HttpResponse::SeeOther()
                .cookie(session::cookie(value, secure_cookies(&state)))
                .insert_header((header::LOCATION, "/admin"))
                .finish());
        }
        Err(crate::error::AppError::Validation(e)) => super::errors_of(&e),
        Err(crate::error::AppError::Conflict(_)) => std::collections::BTreeMap::from([(
            "email".to_owned(),
            vec![t(lang, "dash-signup-email-taken")],
        )]),
        Err(e) => return Err(e.into()),
    };
    let mut values = form.values();
    values.remove("password");
    html(
        StatusCode::UNPROCESSABLE_ENTITY,
        "admin_signup.html",
        lang,
        &serde_json::json!({"form": values, "errors": errors}),
    )
}

/// `GET /admin/reset`: asks for the address.
pub async fn reset_form() -> Result<HttpResponse, PageError> {
    html(
        StatusCode::OK,
        "admin_reset.html",
        crate::web::page_language(None, None),
        &serde_json::json!({"errors": {}}),
    )
}

/// `POST /admin/reset`: the same answer whether an account has the address.
pub async fn reset_request(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::AUTH }>,
    req: HttpRequest,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let form = Form::parse(&body);
    let email = form.text("email").unwrap_or_default();
    match app::organizers::request_reset(&state, &email, crate::web::page_language(None, None))
        .await
    {
        Ok(()) => html(
            StatusCode::OK,
            "admin_reset.html",
            crate::web::page_language(None, None),
            &serde_json::json!({"sent": true, "email": email, "errors": {}}),
        ),
        Err(crate::error::AppError::Validation(e)) => html(
            StatusCode::UNPROCESSABLE_ENTITY,
            "admin_reset.html",
            crate::web::page_language(None, None),
            &serde_json::json!({"email": email, "errors": super::errors_of(&e)}),
        ),
        Err(e) => Err(e.into()),
    }
}

/// `GET /admin/reset/{token}`: the new password's form, or why the link no
/// longer works.
pub async fn reset_password_form(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let valid = app::organizers::reset_is_valid(&state, &token).await?;
    html(
        if valid {
            StatusCode::OK
        } else {
            StatusCode::FORBIDDEN
        },
        "admin_reset_password.html",
        crate::web::page_language(None, None),
        &serde_json::json!({"valid": valid, "token": *token, "errors": {}}),
    )
}

/// `POST /admin/reset/{token}`.
pub async fn reset_password(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::AUTH }>,
    req: HttpRequest,
    token: web::Path<String>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let form = Form::parse(&body);
    let password = form.get("password").unwrap_or_default().to_owned();
    let lang = crate::web::page_language(None, None);
    match app::organizers::reset_password(&state, &token, password).await {
        Ok(()) => html(
            StatusCode::OK,
            "admin_login.html",
            crate::web::page_language(None, None),
            &serde_json::json!({"notice": t(lang, "dash-new-password-set"), "next": "/admin"}),
        ),
        Err(crate::error::AppError::Validation(e)) => html(
            StatusCode::UNPROCESSABLE_ENTITY,
            "admin_reset_password.html",
            crate::web::page_language(None, None),
            &serde_json::json!({"valid": true, "token": *token, "errors": super::errors_of(&e)}),
        ),
        Err(crate::error::AppError::Forbidden(_)) => html(
            StatusCode::FORBIDDEN,
            "admin_reset_password.html",
            crate::web::page_language(None, None),
            &serde_json::json!({"valid": false, "token": *token, "errors": {}}),
        ),
        Err(e) => Err(e.into()),
    }
}

/// `GET /admin/account`: name and password.
pub async fn account_page(
    state: web::Data<AppState>,
    session: AdminSession,
) -> Result<HttpResponse, PageError> {
    let me = app::organizers::account(&state, session.organizer).await?;
    html(
        StatusCode::OK,
        "admin_account.html",
        crate::web::page_language(None, None),
        &serde_json::json!({"me": {"name": me.name, "email": me.email}, "errors": {}, "csrf": session.csrf}),
    )
}

/// `POST /admin/account`.
pub async fn account_update(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let name = form.get("name").unwrap_or_default().to_owned();
    let new_password = form
        .get("new_password")
        .filter(|p| !p.is_empty())
        .map(str::to_owned);
    let current = form.get("current_password").map(str::to_owned);
    let outcome =
        app::organizers::change_account(&state, session.organizer, &name, current, new_password)
            .await;
    let me = app::organizers::account(&state, session.organizer).await?;
    let lang = crate::web::page_language(None, None);
    let (status, notice, errors) = match outcome {
        Ok(()) => (
            StatusCode::OK,
            Some(t(lang, "dash-saved")),
            Default::default(),
        ),
        Err(crate::error::AppError::Validation(e)) => {
            (StatusCode::UNPROCESSABLE_ENTITY, None, super::errors_of(&e))
        }
        Err(e) => return Err(e.into()),
    };
    let shown_name = if status == StatusCode::OK {
        me.name
    } else {
        name
    };
    html(
        status,
        "admin_account.html",
        crate::web::page_language(None, None),
        &serde_json::json!({"me": {"name": shown_name, "email": me.email}, "notice": notice, "errors": errors, "csrf": session.csrf}),
    )
}
