//! The attendee's pages: events, the sign-up form, the manage page.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use uuid::Uuid;

use super::forms::Form;
use super::{PageError, html, require_same_origin};
use crate::app;
use crate::db::conferences::{ConferenceRow, PublicConference};
use crate::db::registrations::Registration;
use crate::display;
use crate::domain::countries;
use crate::domain::language::Language;
use crate::domain::question::{Question, QuestionKind, answer_field, validate_answers};
use crate::domain::registration::{
    RegistrationChanges, RegistrationChangesRequest, RegistrationClosed, SignUp, SignUpRequest,
};
use crate::error::AppError;
use crate::i18n;
use crate::state::AppState;
use crate::web::page_language;

#[derive(Serialize)]
struct ConferenceCard {
    slug: String,
    title: String,
    when: String,
    format_label: String,
    venue: Option<String>,
    status: String,
    paragraphs: Vec<String>,
    recording_url: Option<String>,
    seats_left: Option<i64>,
    /// Sign-ups are applications the organizers decide on.
    approval: bool,
    /// The conference is over: the page says it took place.
    ended: bool,
    /// Only on the event page, which offers the form.
    #[serde(skip_serializing_if = "Option::is_none")]
    registration_open: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    closed_reason: Option<String>,
}

/// `window`: on the event page, why it takes no sign-ups (`Some(None)`: it does).
fn card(
    c: &ConferenceRow,
    lang: Language,
    seats_left: Option<i64>,
    window: Option<Option<RegistrationClosed>>,
) -> ConferenceCard {
    ConferenceCard {
        slug: c.slug.clone(),
        title: c.title.clone(),
        when: display::when(c.starts_at, c.ends_at, c.tz(), lang),
        format_label: display::format_label(c.format, lang),
        venue: c.venue.clone(),
        status: c.status.as_str().to_owned(),
        paragraphs: crate::domain::text::paragraphs(&c.description),
        recording_url: c.recording_url.clone(),
        seats_left,
        approval: c.require_approval,
        ended: c.ends_at <= chrono::Utc::now(),
        registration_open: window.map(|closed| closed.is_none()),
        closed_reason: window.map(|closed| match closed {
            None => String::new(),
            Some(RegistrationClosed::NotYetOpen) => i18n::t(lang, "registration-not-open"),
            Some(RegistrationClosed::Cancelled) => i18n::t(lang, "event-cancelled"),
            Some(_) => i18n::t(lang, "registration-closed"),
        }),
    }
}

#[derive(Serialize)]
struct SessionItem {
    id: Uuid,
    title: String,
    when: String,
    short_when: String,
    location: Option<String>,
    speakers: Vec<crate::domain::session::Speaker>,
    seats_left: Option<i64>,
}

fn session_items(public: &PublicConference, lang: Language) -> Vec<SessionItem> {
    let tz = public.conference.tz();
    public
        .sessions
        .iter()
        .map(|s| SessionItem {
            id: s.session.id,
            title: s.session.title.clone(),
            when: display::when(s.session.starts_at, s.session.ends_at, tz, lang),
            short_when: display::short_when(s.session.starts_at, s.session.ends_at, tz, lang),
            location: s.session.location.clone(),
            speakers: s.speakers.clone(),
            seats_left: public.seats_left(s.session.id, s.session.capacity),
        })
        .collect()
}

pub async fn index(state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let list = app::conferences::upcoming(&state).await?;
    let lang = page_language(None, None);
    let cards: Vec<ConferenceCard> = list.iter().map(|c| card(c, lang, None, None)).collect();
    html(
        StatusCode::OK,
        "index.html",
        lang,
        &serde_json::json!({ "conferences": cards }),
    )
}

/// A question as the form shows it.
#[derive(Serialize)]
struct QuestionItem {
    field: String,
    label: String,
    kind: &'static str,
    required: bool,
    help_text: String,
    choices: Vec<String>,
}

fn question_items(questions: &[Question]) -> Vec<QuestionItem> {
    questions
        .iter()
        .filter(|q| !q.retired)
        .map(|q| QuestionItem {
            field: answer_field(q.id),
            label: q.data.label.clone(),
            kind: q.data.kind.as_str(),
            required: q.data.required,
            help_text: q.data.help_text.clone(),
            choices: q.data.choices.clone(),
        })
        .collect()
}

/// `field=value` of every ticked choice of the multiple-choice questions.
fn picked_choices(form: &Form, questions: &[Question]) -> Vec<String> {
    questions
        .iter()
        .filter(|q| q.data.kind == QuestionKind::MultipleChoice)
        .flat_map(|q| {
            let field = answer_field(q.id);
            form.all(&field)
                .into_iter()
                .map(move |v| format!("{field}={v}"))
        })
        .collect()
}

/// The visitor's input, to show the form again as it was.
struct Typed {
    values: BTreeMap<String, String>,
    /// `field=value` of every ticked choice of a multiple-choice question.
    picked: Vec<String>,
    chosen: Vec<Uuid>,
}

impl Typed {
    /// A form nobody has typed into yet.
    fn empty() -> Typed {
        Typed {
            values: BTreeMap::new(),
            picked: Vec::new(),
            chosen: Vec::new(),
        }
    }
}

/// The event page, or in an embed the form alone.
async fn event_page(
    state: &AppState,
    slug: &str,
    status: StatusCode,
    typed: Typed,
    errors: BTreeMap<String, Vec<String>>,
    embed: bool,
) -> Result<HttpResponse, PageError> {
    let public = app::conferences::public(state, slug).await?;
    let c = &public.conference;
    let lang = page_language(Some(c.language), None);
    let questions = app::conferences::form(state, c.id).await?;
    let asks_country = questions
        .iter()
        .any(|q| q.data.kind == QuestionKind::Country);
    let context = serde_json::json!({
        "c": card(c, lang, public.seats_left(c.id, c.capacity), Some(public.registration_closed)),
        "hybrid": (c.format == crate::domain::conference::Format::Hybrid).then(|| serde_json::json!({
            "in_person": public.seats_left(c.in_person_scope, c.in_person_capacity),
            "online": public.seats_left(c.online_scope, c.online_capacity),
        })),
        "sessions": session_items(&public, lang),
        "categories": c.categories,
        "questions": question_items(&questions),
        "countries": if asks_country { countries::COUNTRIES } else { &[] },
        "form": typed.values,
        "picked": typed.picked,
        "chosen": typed.chosen,
        "errors": errors,
        "form_action": format!("/c/{}/{}", c.slug, if embed { "embed" } else { "register" }),
    });
    if embed {
        Ok(framed(
            html(status, "embed.html", lang, &context)?,
            &c.embed_origins,
        ))
    } else {
        html(status, "conference.html", lang, &context)
    }
}

/// An embed may be framed by the conference's `embed_origins` alone
/// (`'none'` when there are none); its own policy replaces the default one,
/// and so its `X-Frame-Options` is left out.
fn framed(mut response: HttpResponse, origins: &[String]) -> HttpResponse {
    use actix_web::http::header::{self, HeaderValue};
    let ancestors = if origins.is_empty() {
        "'none'".to_owned()
    } else {
        origins.join(" ")
    };
    let policy = format!(
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
         frame-ancestors {ancestors}; base-uri 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// `GET /c/{slug}/embed`: the registration form alone, for an `<iframe>` on
/// the project's own site.
pub async fn embed(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    fresh_form(&state, &slug, true).await
}

/// The event page (or the embed) with a form nobody has typed into yet.
async fn fresh_form(state: &AppState, slug: &str, embed: bool) -> Result<HttpResponse, PageError> {
    event_page(
        state,
        slug,
        StatusCode::OK,
        Typed::empty(),
        BTreeMap::new(),
        embed,
    )
    .await
}

/// `POST /c/{slug}/embed`: a sign-up from the embed; errors and the
/// confirmation stay inside the frame.
pub async fn embed_register(
    state: web::Data<AppState>,
    throttle: crate::extract::Throttle<{ crate::ratelimit::SIGN_UP }>,
    req: HttpRequest,
    slug: web::Path<String>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    sign_up_from_form(state, throttle, req, slug, body, true).await
}

pub async fn conference(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    fresh_form(&state, &slug, false).await
}

/// The domain's messages as it wrote them (English, as the API gives them).
fn fields_of(e: &crate::domain::validation::ValidationErrors) -> BTreeMap<String, Vec<String>> {
    e.fields().map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// The domain's messages in the page's language.
fn errors_of(
    e: &crate::domain::validation::ValidationErrors,
    lang: Language,
) -> BTreeMap<String, Vec<String>> {
    e.fields()
        .map(|(k, v)| {
            (
                k.clone(),
                v.iter()
                    .map(|m| i18n::CATALOGUE.form_message(lang, m))
                    .collect(),
            )
        })
        .collect()
}

pub async fn register(
    state: web::Data<AppState>,
    throttle: crate::extract::Throttle<{ crate::ratelimit::SIGN_UP }>,
    req: HttpRequest,
    slug: web::Path<String>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    sign_up_from_form(state, throttle, req, slug, body, false).await
}

async fn sign_up_from_form(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::SIGN_UP }>,
    req: HttpRequest,
    slug: web::Path<String>,
    body: Bytes,
    embed: bool,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let form = Form::parse(&body);
    let public = app::conferences::public(&state, &slug).await?;
    let lang = page_language(Some(public.conference.language), None);
    let questions = app::conferences::form(&state, public.conference.id).await?;
    let answers = form.answers(&questions);
    let (chosen, session_error) = match form.uuids("sessions") {
        Ok(ids) => (ids, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    let request = SignUpRequest {
        email: form.get("email").unwrap_or_default().to_owned(),
        name: form.get("name").unwrap_or_default().to_owned(),
        organization: form.text("organization"),
        // The database refuses a category the conference does not offer.
        category: form.text("category"),
        sessions: chosen.clone(),
        consent: Some(form.get("consent").is_some()),
        answers: answers.clone(),
        attendance_mode: form
            .get("attendance_mode")
            .and_then(crate::domain::registration::AttendanceMode::parse),
        // The registrant reads the page in this language: their mail follows it.
        language: Some(lang),
    };
    // Every field's message at once: the answers are checked here too, not
    // only once the other fields pass.
    let answer_errors = validate_answers(&questions, &answers).err();
    let mut conflict = false;
    let mut errors = match SignUp::parse(request) {
        Ok(sign_up) if session_error.is_none() && answer_errors.is_none() => {
            match app::sign_up::run(&state, &slug, &sign_up).await {
                Ok(receipt) => {
                    let c = &public.conference;
                    let token = receipt.manage_url.rsplit('/').next().unwrap_or_default();
                    let place = c
                        .venue
                        .clone()
                        .unwrap_or_else(|| i18n::t(lang, "place-online"));
                    let confirmed = receipt.status
                        == crate::domain::registration::RegistrationStatus::Confirmed;
                    let context = serde_json::json!({
                        "title": c.title,
                        "status": receipt.status,
                        "email": sign_up.email.as_str(),
                        "manage_url": receipt.manage_url,
                        "when": display::when(c.starts_at, c.ends_at, c.tz(), lang),
                        "place": place,
                        "event_url": format!("/c/{}", c.slug),
                        "calendar": confirmed.then(|| serde_json::json!({
                            "ics": format!("/api/v1/registrations/{token}/invite.ics"),
                            "google": crate::display::google_calendar_url(&c.title, c.starts_at, c.ends_at, &place, &format!("{}/c/{}", state.base_url, c.slug)),
                            "outlook": crate::display::outlook_calendar_url(&c.title, c.starts_at, c.ends_at, &place, &format!("{}/c/{}", state.base_url, c.slug)),
                        })),
                    });
                    if embed {
                        let context = serde_json::json!({
                            "c": {"title": c.title, "slug": c.slug},
                            "done": {"status": receipt.status, "email": sign_up.email.as_str(), "manage_url": receipt.manage_url},
                        });
                        let page = html(StatusCode::CREATED, "embed.html", lang, &context)?;
                        return Ok(framed(page, &c.embed_origins));
                    }
                    return html(StatusCode::CREATED, "registered.html", lang, &context);
                }
                Err(AppError::Conflict(message)) => {
                    conflict = true;
                    let message = i18n::CATALOGUE.form_message(lang, &message);
                    BTreeMap::from([(
                        "email".to_owned(),
                        vec![i18n::t_with(
                            lang,
                            "signup-already-registered",
                            &[("message", message.into())],
                        )],
                    )])
                }
                Err(AppError::Validation(e)) => errors_of(&e, lang),
                Err(other) => return Err(other.into()),
            }
        }
        Ok(_) => BTreeMap::new(),
        Err(e) => errors_of(&e, lang),
    };
    if let Some(e) = answer_errors {
        errors.extend(errors_of(&e, lang));
    }
    if let Some(e) = session_error {
        errors
            .entry("sessions".into())
            .or_default()
            .push(i18n::CATALOGUE.form_message(lang, &e));
    }
    let status = if conflict {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let typed = Typed {
        values: form.values(),
        picked: picked_choices(&form, &questions),
        chosen,
    };
    event_page(&state, &slug, status, typed, errors, embed).await
}

async fn manage_page(
    state: &AppState,
    token: &str,
    registration: &Registration,
    conference: &ConferenceRow,
    message: Option<&str>,
    errors: BTreeMap<String, Vec<String>>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let page = ManagePage {
        token,
        registration,
        conference,
        message,
        errors,
        status,
        typed: None,
    };
    render_manage_page(state, page).await
}

struct ManagePage<'a> {
    token: &'a str,
    registration: &'a Registration,
    conference: &'a ConferenceRow,
    message: Option<&'a str>,
    errors: BTreeMap<String, Vec<String>>,
    status: StatusCode,
    /// Answers as typed, when a form is shown again with its errors; else
    /// the stored ones.
    typed: Option<Typed>,
}

/// Stored answers as form fields, to fill the form in.
fn typed_answers(questions: &[Question], answers: &serde_json::Value) -> Typed {
    let mut values = BTreeMap::new();
    let mut picked = Vec::new();
    for q in questions {
        let field = answer_field(q.id);
        match answers.get(q.id.to_string()) {
            Some(serde_json::Value::String(s)) => {
                values.insert(field, s.clone());
            }
            Some(serde_json::Value::Bool(true)) => {
                values.insert(field, "yes".to_owned());
            }
            Some(serde_json::Value::Array(items)) => {
                picked.extend(
                    items
                        .iter()
                        .filter_map(|v| v.as_str())
                        .map(|v| format!("{field}={v}")),
                );
            }
            _ => {}
        }
    }
    Typed {
        values,
        picked,
        chosen: Vec::new(),
    }
}

async fn render_manage_page(
    state: &AppState,
    page: ManagePage<'_>,
) -> Result<HttpResponse, PageError> {
    let ManagePage {
        token,
        registration,
        conference,
        message,
        errors,
        status,
        typed,
    } = page;
    let questions = app::conferences::form(state, conference.id).await?;
    let typed = typed.unwrap_or_else(|| typed_answers(&questions, &registration.row.answers));
    let asks_country = questions
        .iter()
        .any(|q| q.data.kind == QuestionKind::Country);
    let all_sessions = app::conferences::programme(state, conference.id).await?;
    let public = PublicConference {
        conference: conference.clone(),
        sessions: all_sessions,
        free_seats: Vec::new(),
        registration_closed: None,
    };
    let row = &registration.row;
    let lang = page_language(Some(conference.language), Some(row.language));
    let join_url = app::manage::join_url(state, registration, conference);
    let context = serde_json::json!({
        "c": card(conference, lang, None, None),
        "r": {
            "name": row.name, "email": row.email, "organization": row.organization, "status": row.status,
            "decline_reason": row.decline_reason,
            "attendance_mode": row.attendance_mode,
        },
        "hybrid": conference.format == crate::domain::conference::Format::Hybrid,
        "position": app::manage::waitlist_position(state, registration).await?,
        "sessions": session_items(&public, lang),
        "chosen": registration.sessions,
        "join_url": join_url,
        "manage_path": format!("/r/{token}"),
        "invite_url": format!("/api/v1/registrations/{token}/invite.ics"),
        "data_url": format!("/api/v1/registrations/{token}/data"),
        "message": message.map(|id| i18n::t(lang, id)),
        "errors": errors.into_iter().map(|(field, messages)| {
            let messages: Vec<String> = messages.iter().map(|m| i18n::CATALOGUE.form_message(lang, m)).collect();
            (field, messages)
        }).collect::<BTreeMap<_, _>>(),
        "questions": question_items(&questions),
        "countries": if asks_country { countries::COUNTRIES } else { &[] },
        "form": typed.values,
        "picked": typed.picked,
    });
    html(status, "manage.html", lang, &context)
}

pub async fn manage(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (registration, conference) = app::manage::view(&state, &token).await?;
    manage_page(
        &state,
        &token,
        &registration,
        &conference,
        None,
        BTreeMap::new(),
        StatusCode::OK,
    )
    .await
}

/// `GET /confirm/{token}`: the double opt-in link of the mail.
pub async fn confirm(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    use crate::db::registrations::Confirmation;
    let (outcome, conference, registration_language) = app::manage::confirm(&state, &token).await?;
    let lang = page_language(Some(conference.language), Some(registration_language));
    let (status, heading, detail) = match outcome {
        Confirmation::Confirmed => (StatusCode::OK, "confirmed-heading", "confirmed-detail"),
        Confirmation::AlreadyConfirmed => {
            (StatusCode::OK, "confirmed-heading", "confirmed-already")
        }
        Confirmation::Expired => (
            StatusCode::GONE,
            "confirm-expired",
            "confirm-expired-detail",
        ),
        Confirmation::Waitlisted => (
            StatusCode::CONFLICT,
            "on-waitlist",
            "confirm-waitlisted-detail",
        ),
    };
    let (heading, detail) = (i18n::t(lang, heading), i18n::t(lang, detail));
    let context = serde_json::json!({
        "c": {"title": conference.title, "slug": conference.slug},
        "heading": heading,
        "detail": detail,
    });
    html(status, "confirmed.html", lang, &context)
}

/// `POST /r/{token}/answers`: the registrant's new answers to the form.
pub async fn change_answers(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    req: HttpRequest,
    token: web::Path<String>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let form = Form::parse(&body);
    let (registration, conference) = app::manage::view(&state, &token).await?;
    let questions = app::conferences::form(&state, conference.id).await?;
    let changes = RegistrationChanges::parse(RegistrationChangesRequest {
        answers: Some(form.answers(&questions)),
        ..Default::default()
    })
    .map_err(AppError::from)?;
    let (page_errors, status, typed) = match app::manage::update(&state, &token, &changes).await {
        Ok((updated, conference)) => {
            let page = ManagePage {
                token: &token,
                registration: &updated,
                conference: &conference,
                message: Some("saved-answers"),
                errors: BTreeMap::new(),
                status: StatusCode::OK,
                typed: None,
            };
            return render_manage_page(&state, page).await;
        }
        Err(AppError::Validation(e)) => {
            let typed = Typed {
                values: form.values(),
                picked: picked_choices(&form, &questions),
                chosen: Vec::new(),
            };
            (fields_of(&e), StatusCode::UNPROCESSABLE_ENTITY, Some(typed))
        }
        Err(AppError::Conflict(message)) => (
            BTreeMap::from([("answers".to_owned(), vec![message])]),
            StatusCode::CONFLICT,
            None,
        ),
        Err(other) => return Err(other.into()),
    };
    let page = ManagePage {
        token: &token,
        registration: &registration,
        conference: &conference,
        message: None,
        errors: page_errors,
        status,
        typed,
    };
    render_manage_page(&state, page).await
}

pub async fn change_sessions(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    req: HttpRequest,
    token: web::Path<String>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let form = Form::parse(&body);
    let outcome = match form.uuids("sessions") {
        Ok(ids) => match RegistrationChanges::parse(RegistrationChangesRequest {
            sessions: Some(ids),
            ..Default::default()
        }) {
            Ok(changes) => app::manage::update(&state, &token, &changes).await,
            Err(e) => Err(AppError::Validation(e)),
        },
        Err(e) => Err(AppError::invalid("sessions", e)),
    };
    match outcome {
        Ok((registration, conference)) => {
            manage_page(
                &state,
                &token,
                &registration,
                &conference,
                Some("saved-sessions"),
                BTreeMap::new(),
                StatusCode::OK,
            )
            .await
        }
        Err(AppError::Conflict(message) | AppError::Forbidden(message)) => {
            let (registration, conference) = app::manage::view(&state, &token).await?;
            let errors = BTreeMap::from([("sessions".to_owned(), vec![message])]);
            manage_page(
                &state,
                &token,
                &registration,
                &conference,
                None,
                errors,
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(AppError::Validation(e)) => {
            let (registration, conference) = app::manage::view(&state, &token).await?;
            manage_page(
                &state,
                &token,
                &registration,
                &conference,
                None,
                fields_of(&e),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn confirm_cancel(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (registration, conference) = app::manage::view(&state, &token).await?;
    let lang = page_language(Some(conference.language), Some(registration.row.language));
    let context = serde_json::json!({
        "c": card(&conference, lang, None, None),
        "manage_path": format!("/r/{token}"),
        "someone_waits": app::manage::frees_a_place_for_someone(&state, &registration).await?,
        "waitlisted": registration.row.status == crate::domain::registration::RegistrationStatus::Waitlisted,
    });
    html(StatusCode::OK, "cancel.html", lang, &context)
}

pub async fn cancel(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let (registration, conference) = app::manage::cancel(&state, &token).await?;
    manage_page(
        &state,
        &token,
        &registration,
        &conference,
        Some("cancelled-notice"),
        BTreeMap::new(),
        StatusCode::OK,
    )
    .await
}

/// `GET /c/{slug}/manage-link`: "resend my link", for whoever lost the mail.
pub async fn manage_link_form(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let public = app::conferences::public(&state, &slug).await?;
    let lang = page_language(Some(public.conference.language), None);
    let context = serde_json::json!({
        "c": {"title": public.conference.title, "slug": public.conference.slug},
    });
    html(StatusCode::OK, "manage_link.html", lang, &context)
}

/// `POST /c/{slug}/manage-link`: the same answer whether the address is
/// registered or not.
pub async fn manage_link(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::SIGN_UP }>,
    req: HttpRequest,
    slug: web::Path<String>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let public = app::conferences::public(&state, &slug).await?;
    let lang = page_language(Some(public.conference.language), None);
    let form = Form::parse(&body);
    let email = form.text("email").unwrap_or_default();
    let c = serde_json::json!({"title": public.conference.title, "slug": public.conference.slug});
    match app::manage::resend_link(&state, &slug, &email).await {
        Ok(()) => html(
            StatusCode::OK,
            "manage_link.html",
            lang,
            &serde_json::json!({"c": c, "sent": true, "email": email}),
        ),
        Err(AppError::Validation(e)) => html(
            StatusCode::UNPROCESSABLE_ENTITY,
            "manage_link.html",
            lang,
            &serde_json::json!({"c": c, "email": email, "errors": errors_of(&e, lang)}),
        ),
        Err(other) => Err(other.into()),
    }
}

/// `POST /r/{token}/mode`: a registrant of a hybrid conference moves to the
/// other way of taking part (409 with the page again when it is full).
pub async fn change_mode(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    req: HttpRequest,
    token: web::Path<String>,
    body: Bytes,
) -> Result<HttpResponse, PageError> {
    require_same_origin(&req, &state.base_url)?;
    let form = Form::parse(&body);
    let mode = form
        .get("attendance_mode")
        .and_then(crate::domain::registration::AttendanceMode::parse);
    let changes = RegistrationChanges::parse(RegistrationChangesRequest {
        attendance_mode: mode,
        ..Default::default()
    })
    .map_err(AppError::from)?;
    let (message, errors, status) = match app::manage::update(&state, &token, &changes).await {
        Ok(_) => (Some("saved-mode"), BTreeMap::new(), StatusCode::OK),
        Err(AppError::Conflict(m)) => (
            None,
            BTreeMap::from([("attendance_mode".to_owned(), vec![m])]),
            StatusCode::CONFLICT,
        ),
        Err(AppError::Validation(e)) => (None, fields_of(&e), StatusCode::UNPROCESSABLE_ENTITY),
        Err(other) => return Err(other.into()),
    };
    let (registration, conference) = app::manage::view(&state, &token).await?;
    let page = ManagePage {
        token: &token,
        registration: &registration,
        conference: &conference,
        message,
        errors,
        status,
        typed: None,
    };
    render_manage_page(&state, page).await
}
