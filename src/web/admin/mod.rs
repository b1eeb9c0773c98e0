//! The organizer dashboard: sign-in, conferences and sessions, registrations
//! with export, check-in from a phone, attendance per session. Every page
//! goes through the use cases' access check, as the API does.

pub mod account;
pub mod attendees;
pub mod conferences;
pub mod messages;
pub mod questions;
pub mod registration;
pub mod report;
pub mod sessions;
pub mod team;

use std::collections::BTreeMap;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};
use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::domain::language::Language;
use crate::domain::report::Share;
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;
use crate::i18n::t;
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::AdminSession;
use crate::web::{PageError, same_origin};

type Errors = BTreeMap<String, Vec<String>>;

/// The domain's messages (English, as the API gives them) in the page's language.
fn errors_of(e: &ValidationErrors) -> Errors {
    let lang = crate::web::page_language(None, None);
    e.fields()
        .map(|(k, v)| {
            let messages = v
                .iter()
                .map(|m| crate::i18n::CATALOGUE.form_message(lang, m))
                .collect();
            (k.clone(), messages)
        })
        .collect()
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

/// A registration status as the dashboard names it; `status` as stored
/// (`awaiting_approval`) or as the sign-up series write it (`awaiting approval`).
fn status_label(lang: Language, status: &str) -> String {
    let id = match status.replace(' ', "_").as_str() {
        "pending" => "dash-status-pending",
        "confirmed" => "dash-status-confirmed",
        "waitlisted" => "dash-status-waitlisted",
        "cancelled" => "dash-status-cancelled",
        "awaiting_approval" => "dash-status-awaiting_approval",
        "declined" => "dash-status-declined",
        _ => return status.to_owned(),
    };
    t(lang, id)
}

/// The figures' label for people who gave nothing (the report's "(not
/// given)", which the API keeps in English) in the page's language.
fn shown_shares(lang: Language, list: &mut [Share]) {
    for share in list {
        if share.label == NOT_GIVEN {
            share.label = t(lang, "dash-report-not-given");
        }
    }
}

/// What `db::report` calls a share without a label.
const NOT_GIVEN: &str = "(not given)";

fn merge(mut a: Errors, b: &ValidationErrors) -> Errors {
    for (k, v) in b.fields() {
        a.entry(k.clone()).or_default().extend(v.iter().cloned());
    }
    a
}
