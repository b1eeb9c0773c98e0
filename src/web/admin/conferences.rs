//! A conference: the new and edit forms, its page with the counts.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono_tz::Tz;
use serde::Serialize;
use uuid::Uuid;

use crate::app;
use crate::app::access::Access;
use crate::db::conferences::ConferenceRow;
use crate::display;
use crate::domain::conference::{ConferenceChanges, ConferenceData, ConferenceStatus, Format};
use crate::domain::role::Action;
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;
use crate::i18n::t;
use crate::state::AppState;
use crate::web::forms::Form;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

use super::{
    Errors, capacity_field, errors_of, guard, local_input, merge, optional, parse_local, redirect,
    shown_shares, status_label,
};

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
    // Blank: no such limit.
    let mut window = |name: &str| match form.text(name) {
        None => Some(None),
        Some(v) => errors.check(name, parse_local(&v, tz)).map(Some),
    };
    let registration_opens_at = window("registration_opens_at");
    let registration_closes_at = window("registration_closes_at");
    let reminder_minutes = match form.text("reminder_minutes") {
        None => Some(Vec::new()),
        Some(list) => errors.check(
            "reminder_minutes",
            list.split([',', ' '])
                .filter(|v| !v.is_empty())
                .map(|v| v.parse::<i32>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| {
                    "minutes before the start, as whole numbers separated by commas (1440, 60)"
                        .to_owned()
                }),
        ),
    };
    let capacity = capacity_field(form, &mut errors);
    let changes = ConferenceChanges {
        // Blank keeps the slug (or derives one from the title).
        slug: form.text("slug"),
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
        registration_opens_at,
        registration_closes_at,
        status: form.get("status").and_then(ConferenceStatus::parse),
        require_email_confirmation: Some(form.get("require_email_confirmation").is_some()),
        require_approval: Some(form.get("require_approval").is_some()),
        confirmation_hold_minutes: form.text("confirmation_hold_minutes").and_then(|v| {
            errors.check(
                "confirmation_hold_minutes",
                v.parse::<i32>()
                    .map_err(|_| "must be a whole number of minutes".to_owned()),
            )
        }),
        reminder_minutes,
        language: form
            .get("language")
            .and_then(crate::domain::language::Language::parse),
        in_person_capacity: mode_capacity_field(form, "in_person_capacity", &mut errors),
        online_capacity: mode_capacity_field(form, "online_capacity", &mut errors),
        categories: form.get("categories").map(|list| {
            list.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        }),
        // One origin per line, as the dashboard shows them.
        embed_origins: form
            .get("embed_origins")
            .map(|list| list.split_whitespace().map(str::to_owned).collect()),
    };
    (changes, errors)
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
        ("slug", c.slug.clone()),
        ("categories", c.categories.join("\n")),
        ("embed_origins", c.embed_origins.join("\n")),
        ("language", c.language.as_str().to_owned()),
        (
            "in_person_capacity",
            c.in_person_capacity
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        (
            "online_capacity",
            c.online_capacity.map(|n| n.to_string()).unwrap_or_default(),
        ),
        (
            "registration_opens_at",
            c.registration_opens_at
                .map(|t| local_input(t, tz))
                .unwrap_or_default(),
        ),
        (
            "registration_closes_at",
            c.registration_closes_at
                .map(|t| local_input(t, tz))
                .unwrap_or_default(),
        ),
        (
            "reminder_minutes",
            c.reminder_minutes
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "require_email_confirmation",
            if c.require_email_confirmation {
                "yes".into()
            } else {
                String::new()
            },
        ),
        (
            "require_approval",
            if c.require_approval {
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
    let categories = crate::domain::conference::DEFAULT_CATEGORIES.join("\n");
    let form = BTreeMap::from([
        ("timezone", "Europe/Brussels"),
        ("format", "online"),
        ("status", "draft"),
        ("reminder_minutes", "1440, 60"),
        ("categories", categories.as_str()),
    ]);
    html(
        StatusCode::OK,
        "admin_new.html",
        crate::web::page_language(None, None),
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
        crate::web::page_language(None, None),
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
pub(super) struct Shown {
    /// The edit form as posted, when it is shown again with errors.
    pub(super) form: Option<BTreeMap<String, String>>,
    pub(super) errors: Errors,
    pub(super) session_errors: Errors,
    pub(super) question_errors: Errors,
    pub(super) message: Option<String>,
    pub(super) status: StatusCode,
}

impl Default for Shown {
    fn default() -> Self {
        Shown {
            form: None,
            errors: Errors::new(),
            session_errors: Errors::new(),
            question_errors: Errors::new(),
            message: None,
            status: StatusCode::OK,
        }
    }
}

pub(super) async fn conference_page(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    shown: Shown,
) -> Result<HttpResponse, PageError> {
    let Shown {
        form,
        errors,
        session_errors,
        question_errors,
        message,
        status,
    } = shown;
    let access = Access::for_conference(state, session.organizer, id, Action::View).await?;
    let list = app::conferences::programme(state, id).await?;
    let s = app::registrations::counts(state, &access).await?;
    let owner = access.role.allows(Action::ManageTeam);
    let may_edit = access.role.allows(Action::Edit);
    let lang = crate::web::page_language(None, None);
    // Pictures: sign-ups per day, per session, by category; each page shows
    // a table of the same figures next to them.
    let (days, mut series) = app::report::sign_ups_per_day(state, &access).await?;
    for (name, _) in &mut series {
        *name = status_label(lang, name);
    }
    let signups_chart = (!days.is_empty())
        .then(|| crate::domain::report::lines(&t(lang, "dash-chart-signups"), &days, &series));
    let signups_table: Vec<_> = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            serde_json::json!({"day": d, "counts": series.iter().map(|(_, v)| v[i]).collect::<Vec<_>>()})
        })
        .collect();
    let series_names: Vec<&String> = series.iter().map(|(n, _)| n).collect();
    let sessions_chart = (!s.sessions.is_empty()).then(|| {
        let rows: Vec<_> = s
            .sessions
            .iter()
            .map(|x| (x.title.clone(), x.registered, Some(x.attended)))
            .collect();
        crate::domain::report::bars(&t(lang, "dash-chart-sessions"), &rows)
    });
    let mut categories = app::report::categories(state, &access).await?;
    shown_shares(lang, &mut categories);
    let categories_chart = (!categories.is_empty()).then(|| {
        let rows: Vec<_> = categories
            .iter()
            .map(|c| (c.label.clone(), c.count, None))
            .collect();
        crate::domain::report::bars(&t(lang, "dash-chart-categories"), &rows)
    });
    let questions: Vec<_> = if may_edit {
        app::questions::list(state, session.organizer, id)
            .await?
            .into_iter()
            .filter(|q| !q.retired)
            .map(|q| serde_json::json!({"id": q.id, "label": q.label, "kind": q.kind.as_str(), "required": q.required}))
            .collect()
    } else {
        Vec::new()
    };
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
                "when": display::when(x.session.starts_at, x.session.ends_at, tz, crate::web::page_language(None, None)),
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
        "c": {"id": c.id, "title": c.title, "slug": c.slug, "status": c.status, "when": display::when(c.starts_at, c.ends_at, tz, crate::web::page_language(None, None)), "require_approval": c.require_approval, "embed_origins": c.embed_origins},
        "embed_url": format!("{}/c/{}/embed", state.base_url, c.slug),
        "stats": s.counts,
        "owner": owner,
        "may_edit": may_edit,
        "pictures": {
            "signups": signups_chart, "signups_table": signups_table, "series": series_names,
            "sessions": sessions_chart,
            "categories": categories_chart, "categories_table": categories,
        },
        "questions": questions,
        "question_errors": question_errors,
        // Before the start nobody can have missed it yet.
        "started": c.starts_at <= chrono::Utc::now(),
        "chart": chart,
        "sessions": items,
        "form": form,
        "errors": errors,
        "session_errors": session_errors,
        "message": message,
        "csrf": session.csrf,
    });
    html(
        status,
        "admin_conference.html",
        crate::web::page_language(None, None),
        &context,
    )
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
    let lang = crate::web::page_language(None, None);
    match app::conferences::update(&state, session.organizer, *id, changes).await {
        Ok(_) => {
            conference_page(
                &state,
                &session,
                *id,
                Shown {
                    message: Some(t(lang, "dash-saved")),
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

/// `POST /admin/conferences/{id}/copy`: "Duplicate", starting at `starts_at`
/// (local time of the conference), then the new draft's page.
pub async fn copy(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    let access = app::conferences::get(&state, session.organizer, *id).await?;
    let tz = access.conference.tz();
    let starts_at = match form.text("copy_starts_at").map(|v| parse_local(&v, tz)) {
        Some(Ok(t)) => t,
        Some(Err(m)) => return copy_refused(&state, &session, *id, m).await,
        None => return copy_refused(&state, &session, *id, "is required".into()).await,
    };
    let copy = app::conferences::CopyOf {
        starts_at,
        title: form.text("copy_title"),
        slug: None,
    };
    match app::conferences::copy(&state, session.organizer, *id, copy).await {
        Ok(row) => Ok(redirect(&format!("/admin/conferences/{}", row.id))),
        Err(AppError::Validation(e)) => {
            let m = e
                .fields()
                .map(|(k, v)| format!("{k}: {}", v.join(", ")))
                .collect::<Vec<_>>()
                .join("; ");
            copy_refused(&state, &session, *id, m).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn copy_refused(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    message: String,
) -> Result<HttpResponse, PageError> {
    conference_page(
        state,
        session,
        id,
        Shown {
            errors: BTreeMap::from([("copy_starts_at".to_owned(), vec![message])]),
            status: StatusCode::UNPROCESSABLE_ENTITY,
            ..Shown::default()
        },
    )
    .await
}

/// `POST /admin/conferences/{id}/delete`: a draft nobody registered for.
pub async fn delete(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: AdminSession,
    id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    guard(&state, &req, &session, &form)?;
    match app::conferences::delete_draft(&state, session.organizer, *id).await {
        Ok(()) => Ok(redirect("/admin")),
        Err(AppError::Conflict(m)) => {
            conference_page(
                &state,
                &session,
                *id,
                Shown {
                    errors: BTreeMap::from([("delete".to_owned(), vec![m])]),
                    status: StatusCode::CONFLICT,
                    ..Shown::default()
                },
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// The conference page again with the add-a-question form's errors.
pub(super) async fn questions_refused(
    state: &AppState,
    session: &AdminSession,
    id: Uuid,
    errors: Errors,
) -> Result<HttpResponse, PageError> {
    conference_page(
        state,
        session,
        id,
        Shown {
            question_errors: errors,
            status: StatusCode::UNPROCESSABLE_ENTITY,
            ..Shown::default()
        },
    )
    .await
}

/// A mode's places as typed: blank is unlimited.
fn mode_capacity_field(
    form: &Form,
    name: &str,
    errors: &mut ValidationErrors,
) -> Option<Option<i32>> {
    match form.text(name) {
        None => Some(None),
        Some(v) => errors
            .check(
                name,
                v.parse::<i32>()
                    .map_err(|_| "must be a whole number, or blank for unlimited".to_owned()),
            )
            .map(Some),
    }
}
