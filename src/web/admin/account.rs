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
        _ => html(
            StatusCode::UNAUTHORIZED,
            "admin_login.html",
            &serde_json::json!({"error": "The email or password is wrong.", "email": email, "next": next}),
        ),
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
            when: display::when(c.starts_at, c.ends_at, c.tz()),
            status: c.status.as_str().to_owned(),
            counts: s.counts,
        });
    }
    html(
        StatusCode::OK,
        "admin_home.html",
        &serde_json::json!({"conferences": lines, "csrf": session.csrf}),
    )
}
