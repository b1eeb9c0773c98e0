//! The registrations list with its export, and check-in from a phone.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use fluent_bundle::FluentValue;
use uuid::Uuid;

use crate::app;
use crate::app::export::ExportQuery;
use crate::domain::registration::{ListQuery, MAX_PAGE, RegistrationStatus};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

use super::guard;

fn list_query(query: &HashMap<String, String>) -> Result<ListQuery, AppError> {
    let get = |k: &str| query.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    Ok(ListQuery {
        status: match get("status") {
            None => None,
            Some(s) => Some(
                RegistrationStatus::parse(s)
                    .ok_or_else(|| AppError::invalid("status", "unknown status"))?,
            ),
        },
        session: match get("session") {
            None => None,
            Some(s) => Some(
                Uuid::parse_str(s).map_err(|_| AppError::invalid("session", "unknown session"))?,
            ),
        },
        attended: get("attended").map(|v| v == "true"),
        q: get("q").map(str::to_owned),
        question: match get("question") {
            None => None,
            Some(s) => Some(
                Uuid::parse_str(s)
                    .map_err(|_| AppError::invalid("question", "unknown question"))?,
            ),
        },
        answer: get("answer").map(str::to_owned),
        mode: match get("mode") {
            None => None,
            Some(m) => Some(
                crate::domain::registration::AttendanceMode::parse(m)
                    .ok_or_else(|| AppError::invalid("mode", "is in_person or online"))?,
            ),
        },
        limit: Some(MAX_PAGE),
        offset: None,
    })
}

pub async fn registrations_page(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
    query: web::Query<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    registrations_view(&state, &session, *id, query.into_inner(), None).await
}

/// The list; `added`: the add form as sent, with its errors.
pub(super) async fn registrations_view(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    query: HashMap<String, String>,
    added: Option<(std::collections::BTreeMap<String, String>, super::Errors)>,
) -> Result<HttpResponse, PageError> {
    let listing =
        app::registrations::list(state, session.organizer, id, list_query(&query)?).await?;
    // The check-in team has its own page; the list is the organizers'.
    if !listing
        .access
        .role
        .allows(crate::domain::role::Action::SeeAnswers)
    {
        return Err(
            AppError::Forbidden("the check-in team works from the check-in page".into()).into(),
        );
    }
    let list = listing.registrations;
    let may_act = listing
        .access
        .role
        .allows(crate::domain::role::Action::ManageRegistration);
    let c = listing.access.conference;
    let all_sessions = app::conferences::programme(state, c.id).await?;
    let tz = c.tz();
    let rows: Vec<_> = list
        .iter()
        .map(|r| serde_json::json!({
            "id": r.row.id,
            "name": r.row.name, "email": r.row.email, "organization": r.row.organization,
            "status": r.row.status, "attended": r.row.attended, "walk_in": r.row.walk_in,
            "created_at": r.row.created_at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
        }))
        .collect();
    let suffix: String = query
        .iter()
        .filter(|(k, v)| {
            ["status", "session", "attended", "q"].contains(&k.as_str()) && !v.is_empty()
        })
        .map(|(k, v)| {
            format!(
                "&{}={}",
                k,
                url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
            )
        })
        .collect();
    let failed = added.is_some();
    let (add_form, add_errors) = added.unwrap_or_default();
    let context = serde_json::json!({
        "c": {"id": c.id, "title": c.title},
        "registrations": rows,
        "sessions": all_sessions.iter().map(|s| serde_json::json!({"id": s.session.id.to_string(), "title": s.session.title})).collect::<Vec<_>>(),
        "filter": query,
        "query_suffix": suffix,
        "may_act": may_act,
        "hybrid": c.format == crate::domain::conference::Format::Hybrid,
        "add": add_form,
        "add_errors": add_errors,
        "csrf": session.csrf,
    });
    let status = if failed {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    html(
        status,
        "admin_registrations.html",
        crate::web::page_language(None, None),
        &context,
    )
}

pub async fn export(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
    query: web::Query<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let list = list_query(&query)?;
    let format = match query.get("format").map(String::as_str) {
        Some("xlsx") => crate::export::ExportFormat::Xlsx,
        Some("json") => crate::export::ExportFormat::Json,
        _ => crate::export::ExportFormat::Csv,
    };
    let export = ExportQuery {
        format: Some(format),
        status: list.status,
        session: list.session,
        attended: list.attended,
        q: list.q,
        question: list.question,
        answer: list.answer,
        mode: list.mode,
    };
    let file = app::export::run(&state, session.organizer, *id, export).await?;
    Ok(crate::http::attachment(file))
}

pub async fn check_in_page(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
    query: web::Query<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    check_in_view(
        &state,
        &session,
        *id,
        query.get("q").cloned().unwrap_or_default(),
        None,
    )
    .await
}

async fn check_in_view(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    q: String,
    message: Option<String>,
) -> Result<HttpResponse, PageError> {
    let access = app::check_in::access(state, session.organizer, id).await?;
    let people = app::check_in::roster(state, &access, &q).await?;
    let s = app::registrations::counts(state, &access).await?;
    let c = access.conference;
    let context = serde_json::json!({
        "c": {"id": c.id, "title": c.title},
        "people": people.iter().map(|r| serde_json::json!({"id": r.row.id, "name": r.row.name, "email": r.row.email, "attended": r.row.attended})).collect::<Vec<_>>(),
        "q": q,
        "checked": s.counts.confirmed - s.counts.no_shows,
        "confirmed": s.counts.confirmed,
        "message": message,
        "csrf": session.csrf,
    });
    html(
        StatusCode::OK,
        "admin_checkin.html",
        crate::web::page_language(None, None),
        &context,
    )
}

pub async fn check_in(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    path: web::Path<(Uuid, Uuid)>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let (id, rid) = path.into_inner();
    let access = app::check_in::access(&state, session.organizer, id).await?;
    let r = app::check_in::check_in(&state, &access, rid, None).await?;
    let q = form.get("q").unwrap_or_default().to_owned();
    let lang = crate::web::page_language(None, None);
    check_in_view(
        &state,
        &session,
        id,
        q,
        Some(crate::i18n::t_with(
            lang,
            "dash-checkin-checked-in",
            &[("name", FluentValue::from(r.row.name.clone()))],
        )),
    )
    .await
}

/// `GET /admin/check-in/{code}`: what a phone's camera opens from the QR code
/// of an in-person confirmation. A team member who may check people in sees
/// the registrant and one button; anyone else learns nothing (404), and a
/// visitor who is signed out signs in first and comes back here.
pub async fn check_in_code(
    state: web::Data<AppState>,
    session: AdminSession,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (registration, access) = app::check_in::by_code(&state, session.organizer, &code).await?;
    let r = &registration.row;
    let context = serde_json::json!({
        "c": {"id": access.conference.id, "title": access.conference.title},
        "r": {"id": r.id, "name": r.name, "email": r.email, "status": r.status, "attended": r.attended,
              "confirmed": r.status == crate::domain::registration::RegistrationStatus::Confirmed},
        "csrf": session.csrf,
    });
    html(
        StatusCode::OK,
        "admin_checkin_code.html",
        crate::web::page_language(None, None),
        &context,
    )
}
