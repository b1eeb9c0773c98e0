//! The organizer dashboard: sign-in, conferences and sessions, registrations
//! with export, check-in from a phone, attendance per session.

use std::collections::{BTreeMap, HashMap};

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use serde::Serialize;
use uuid::Uuid;

use super::forms::Form;
use super::session::{self, AdminSession};
use super::{PageError, html, require_same_origin, same_origin};
use crate::app;
use crate::app::access::{self, Access};
use crate::app::export::ExportQuery;
use crate::db::conferences::ConferenceRow;
use crate::display;
use crate::domain::conference::{ConferenceChanges, ConferenceData, ConferenceStatus, Format};
use crate::domain::registration::{ListQuery, MAX_PAGE, RegistrationStatus};
use crate::domain::role::Action;
use crate::domain::session::{SessionChanges, SessionData, SpeakerInput, SpeakerRole};
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;
use crate::state::AppState;

type Errors = BTreeMap<String, Vec<String>>;

fn errors_of(e: &ValidationErrors) -> Errors {
    e.fields().map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to))
        .finish()
}

fn secure_cookies(state: &AppState) -> bool {
    state.base_url.starts_with("https://")
}

/// Every dashboard post: from our own pages, with the session's CSRF token.
fn guard(
    state: &AppState,
    req: &HttpRequest,
    session: &AdminSession,
    form: &Form,
) -> Result<(), PageError> {
    if !same_origin(req, &state.base_url) || !session.check_csrf(form.get("csrf")) {
        return Err(AppError::Forbidden(
            "this form expired or came from another site; reload the page".into(),
        )
        .into());
    }
    Ok(())
}

pub async fn login_form() -> Result<HttpResponse, PageError> {
    html(StatusCode::OK, "admin_login.html", &serde_json::json!({}))
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
    match app::organizers::authenticate(&state, &email, plain).await? {
        Some(o) => {
            let value = session::issue(&state.key, o.id);
            Ok(HttpResponse::SeeOther()
                .cookie(session::cookie(value, secure_cookies(&state)))
                .insert_header((header::LOCATION, "/admin"))
                .finish())
        }
        _ => html(
            StatusCode::UNAUTHORIZED,
            "admin_login.html",
            &serde_json::json!({"error": "The email or password is wrong.", "email": email}),
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

fn local_input(at: chrono::DateTime<chrono::Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}

fn parse_local(value: &str, tz: Tz) -> Result<DateTime<FixedOffset>, String> {
    let naive = NaiveDateTime::parse_from_str(value.trim(), "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(value.trim(), "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| "must be a date and time".to_owned())?;
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.fixed_offset())
        .ok_or_else(|| "does not exist in this time zone (a clock change)".to_owned())
}

/// A capacity field: blank is unlimited.
fn capacity_field(form: &Form, errors: &mut ValidationErrors) -> Option<Option<i32>> {
    match form.text("capacity") {
        None => Some(None),
        Some(v) => errors.check(
            "capacity",
            v.parse::<i32>()
                .map(Some)
                .map_err(|_| "must be a whole number".to_owned()),
        ),
    }
}

fn optional(form: &Form, name: &str) -> Option<Option<String>> {
    Some(form.text(name))
}

/// The conference form as a PATCH-like set of changes; what cannot even be
/// read (a date, a number) is reported with the domain's own checks.
fn conference_changes(form: &Form) -> (ConferenceChanges, ValidationErrors) {
    let mut errors = ValidationErrors::new();
    let tz: Tz = form
        .text("timezone")
        .and_then(|t| t.parse().ok())
        .unwrap_or(chrono_tz::UTC);
    let mut when = |name: &str| {
        form.text(name)
            .map(|v| errors.check(name, parse_local(&v, tz)))
            .unwrap_or_else(|| {
                errors.add(name, "is required");
                None
            })
    };
    let starts_at = when("starts_at");
    let ends_at = when("ends_at");
    let capacity = capacity_field(form, &mut errors);
    let changes = ConferenceChanges {
        slug: None,
        title: Some(form.get("title").unwrap_or_default().to_owned()),
        description: Some(form.get("description").unwrap_or_default().to_owned()),
        timezone: Some(form.get("timezone").unwrap_or_default().to_owned()),
        starts_at,
        ends_at,
        format: form.get("format").and_then(Format::parse),
        venue: optional(form, "venue"),
        online_url: optional(form, "online_url"),
        recording_url: optional(form, "recording_url"),
        capacity,
        registration_opens_at: None,
        registration_closes_at: None,
        status: form.get("status").and_then(ConferenceStatus::parse),
        require_email_confirmation: Some(form.get("require_email_confirmation").is_some()),
        confirmation_hold_minutes: form.text("confirmation_hold_minutes").and_then(|v| {
            errors.check(
                "confirmation_hold_minutes",
                v.parse::<i32>()
                    .map_err(|_| "must be a whole number of minutes".to_owned()),
            )
        }),
        reminder_minutes: None,
    };
    (changes, errors)
}

fn merge(mut a: Errors, b: &ValidationErrors) -> Errors {
    for (k, v) in b.fields() {
        a.entry(k.clone()).or_default().extend(v.iter().cloned());
    }
    a
}

fn form_of(c: &ConferenceRow) -> BTreeMap<&'static str, String> {
    let tz = c.tz();
    BTreeMap::from([
        ("title", c.title.clone()),
        ("description", c.description.clone()),
        ("timezone", c.timezone.name().to_owned()),
        ("starts_at", local_input(c.starts_at, tz)),
        ("ends_at", local_input(c.ends_at, tz)),
        ("format", c.format.as_str().to_owned()),
        ("venue", c.venue.clone().unwrap_or_default()),
        ("online_url", c.online_url.clone().unwrap_or_default()),
        ("recording_url", c.recording_url.clone().unwrap_or_default()),
        (
            "capacity",
            c.capacity.map(|n| n.to_string()).unwrap_or_default(),
        ),
        ("status", c.status.as_str().to_owned()),
        (
            "require_email_confirmation",
            if c.require_email_confirmation {
                "yes".into()
            } else {
                String::new()
            },
        ),
        (
            "confirmation_hold_minutes",
            c.confirmation_hold_minutes.to_string(),
        ),
    ])
}

pub async fn new_form(session: AdminSession) -> Result<HttpResponse, PageError> {
    let form = BTreeMap::from([
        ("timezone", "Europe/Brussels"),
        ("format", "online"),
        ("status", "draft"),
    ]);
    html(
        StatusCode::OK,
        "admin_new.html",
        &serde_json::json!({"form": form, "csrf": session.csrf, "errors": {}}),
    )
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let (changes, read_errors) = conference_changes(&form);
    let errors = if read_errors.is_empty() {
        match app::conferences::create(&state, session.organizer, changes).await {
            Ok(row) => return Ok(redirect(&format!("/admin/conferences/{}", row.id))),
            Err(AppError::Validation(e)) => errors_of(&e),
            Err(AppError::Conflict(m)) => BTreeMap::from([("title".to_owned(), vec![m])]),
            Err(e) => return Err(e.into()),
        }
    } else {
        // Every message at once: what could not be read, and what is invalid.
        match ConferenceData::create(changes) {
            Ok(_) => errors_of(&read_errors),
            Err(e) => merge(errors_of(&read_errors), &e),
        }
    };
    html(
        StatusCode::UNPROCESSABLE_ENTITY,
        "admin_new.html",
        &serde_json::json!({"form": form.values(), "csrf": session.csrf, "errors": errors}),
    )
}

#[derive(Serialize)]
struct ChartRow {
    title: String,
    registered: i64,
    attended: i64,
    registered_pct: i64,
    attended_pct: i64,
}

/// What the conference page shows besides the stored conference.
struct Shown {
    /// The edit form as posted, when it is shown again with errors.
    form: Option<BTreeMap<String, String>>,
    errors: Errors,
    session_errors: Errors,
    message: Option<&'static str>,
    status: StatusCode,
}

impl Default for Shown {
    fn default() -> Self {
        Shown {
            form: None,
            errors: Errors::new(),
            session_errors: Errors::new(),
            message: None,
            status: StatusCode::OK,
        }
    }
}

async fn conference_page(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    shown: Shown,
) -> Result<HttpResponse, PageError> {
    let Shown {
        form,
        errors,
        session_errors,
        message,
        status,
    } = shown;
    let access = Access::for_conference(state, session.organizer, id, Action::View).await?;
    let list = app::conferences::programme(state, id).await?;
    let s = app::registrations::counts(state, &access).await?;
    let c = access.conference;
    let tz = c.tz();
    let most = s
        .sessions
        .iter()
        .map(|x| x.registered)
        .max()
        .unwrap_or(0)
        .max(1);
    let chart: Vec<ChartRow> = s
        .sessions
        .iter()
        .map(|x| ChartRow {
            title: x.title.clone(),
            registered: x.registered,
            attended: x.attended,
            registered_pct: x.registered * 100 / most,
            attended_pct: x.attended * 100 / most,
        })
        .collect();
    let items: Vec<_> = list
        .iter()
        .map(|x| {
            serde_json::json!({
                "id": x.session.id,
                "title": x.session.title,
                "when": display::when(x.session.starts_at, x.session.ends_at, tz),
                "speakers": x.speakers,
            })
        })
        .collect();
    let form = form.unwrap_or_else(|| {
        form_of(&c)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect()
    });
    let context = serde_json::json!({
        "c": {"id": c.id, "title": c.title, "slug": c.slug, "status": c.status, "when": display::when(c.starts_at, c.ends_at, tz)},
        "stats": s.counts,
        "chart": chart,
        "sessions": items,
        "form": form,
        "errors": errors,
        "session_errors": session_errors,
        "message": message,
        "csrf": session.csrf,
    });
    html(status, "admin_conference.html", &context)
}

pub async fn show(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    conference_page(&state, &session, *id, Shown::default()).await
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let (changes, read_errors) = conference_changes(&form);
    if !read_errors.is_empty() {
        return conference_page(
            &state,
            &session,
            *id,
            Shown {
                form: Some(form.values()),
                errors: errors_of(&read_errors),
                status: StatusCode::UNPROCESSABLE_ENTITY,
                ..Shown::default()
            },
        )
        .await;
    }
    match app::conferences::update(&state, session.organizer, *id, changes).await {
        Ok(_) => {
            conference_page(
                &state,
                &session,
                *id,
                Shown {
                    message: Some("Saved."),
                    ..Shown::default()
                },
            )
            .await
        }
        Err(AppError::Validation(e)) => {
            conference_page(
                &state,
                &session,
                *id,
                Shown {
                    form: Some(form.values()),
                    errors: errors_of(&e),
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    ..Shown::default()
                },
            )
            .await
        }
        Err(AppError::Conflict(m)) => {
            let errors = BTreeMap::from([("capacity".to_owned(), vec![m])]);
            conference_page(
                &state,
                &session,
                *id,
                Shown {
                    form: Some(form.values()),
                    errors,
                    status: StatusCode::CONFLICT,
                    ..Shown::default()
                },
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

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
    let listing =
        app::registrations::list(&state, session.organizer, *id, list_query(&query)?).await?;
    let list = listing.registrations;
    let c = listing.access.conference;
    let all_sessions = app::conferences::programme(&state, c.id).await?;
    let tz = c.tz();
    let rows: Vec<_> = list
        .iter()
        .map(|r| serde_json::json!({
            "name": r.row.name, "email": r.row.email, "organization": r.row.organization,
            "status": r.row.status, "attended": r.row.attended,
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
    let context = serde_json::json!({
        "c": {"id": c.id, "title": c.title},
        "registrations": rows,
        "sessions": all_sessions.iter().map(|s| serde_json::json!({"id": s.session.id.to_string(), "title": s.session.title})).collect::<Vec<_>>(),
        "filter": *query,
        "query_suffix": suffix,
        "csrf": session.csrf,
    });
    html(StatusCode::OK, "admin_registrations.html", &context)
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
    html(StatusCode::OK, "admin_checkin.html", &context)
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
    check_in_view(
        &state,
        &session,
        id,
        q,
        Some(format!("{} is checked in.", r.row.name)),
    )
    .await
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
    html(status, "admin_session.html", &context)
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
