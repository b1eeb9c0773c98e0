//! Check-in, participant report import and the attendee export.

use std::collections::HashMap;

use actix_web::web::Bytes;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use super::views::RegistrationView;
use crate::db::registrations::Page;
use crate::db::{attendance, conferences, members, questions, registrations, sessions};
use crate::domain::attendance::parse_report;
use crate::domain::question::answer_filter;
use crate::domain::registration::{ListFilter, ListQuery, MAX_PAGE, RegistrationStatus};
use crate::domain::role::Action;
use crate::error::AppError;
use crate::export::{self, ExportFormat, ExportRow, XlsxExport};
use crate::extract::{Organizer, parse_json};
use crate::state::AppState;

#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckInBody {
    session_id: Option<Uuid>,
}

/// Check a registrant in: idempotent; an empty body checks in to the
/// conference, `{session_id}` to one session.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/check-in",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    request_body = Option<CheckInBody>,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration, marked attended", body = RegistrationView),
        (status = 400, description = "The body is not JSON of the documented shape", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference, registration or session of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "A cancelled or waitlisted registration cannot check in", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not an object with an optional session_id", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn check_in(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let (conference_id, registration_id) = path.into_inner();
    let access = members::access(&state.pool, organizer, conference_id, Action::CheckIn).await?;
    let organizer = access.owner();
    let conference = access.conference;
    let body: CheckInBody = if body.iter().all(u8::is_ascii_whitespace) {
        CheckInBody::default()
    } else {
        parse_json(&body)?
    };
    let registration = attendance::check_in(
        &state.pool,
        organizer,
        conference.id,
        registration_id,
        body.session_id,
    )
    .await?;
    Ok(HttpResponse::Ok().json(RegistrationView::new(&registration, conference.tz())))
}

/// Import a webinar platform's participant report (CSV with an email column).
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/attendance/import",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body(content = String, content_type = "text/csv", description = "The participant report"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "What the report matched", body = crate::routes::openapi::ImportOutcome),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The report is larger than 20 MiB", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The report has no email column or is not CSV", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn import(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let access = members::access(&state.pool, organizer, *conference_id, Action::Edit).await?;
    let organizer = access.owner();
    let conference = access.conference;
    let report = parse_report(&body).map_err(|e| AppError::invalid("body", e))?;
    let outcome =
        attendance::import(&state.pool, organizer, conference.id, &report.attended).await?;
    tracing::info!(
        matched = outcome.matched,
        unmatched = outcome.unmatched.len(),
        "attendance imported"
    );
    Ok(
        HttpResponse::Ok().json(crate::routes::openapi::ImportOutcome {
            matched: outcome.matched,
            unmatched: outcome.unmatched,
        }),
    )
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    pub format: Option<ExportFormat>,
    pub status: Option<RegistrationStatus>,
    pub session: Option<Uuid>,
    pub attended: Option<bool>,
    pub q: Option<String>,
    pub question: Option<Uuid>,
    pub answer: Option<String>,
}

const EXPORT_PAGE: i64 = 1000;

/// The attendee list as a file (CSV, XLSX or JSON) with the list's filters, streamed.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/export",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ExportQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The attendee list", content((String = "text/csv"), (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (Vec<crate::export::ExportRow> = "application/json"))),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid filter", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn export(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    query: web::Query<ExportQuery>,
) -> Result<HttpResponse, AppError> {
    let access = members::access(&state.pool, organizer, *conference_id, Action::Export).await?;
    export_file(&state, access.owner(), *conference_id, query.into_inner()).await
}

/// The attendee list of one of the organizer's conferences as a streamed file
/// (shared by the API and the dashboard).
pub async fn export_file(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    query: ExportQuery,
) -> Result<HttpResponse, AppError> {
    let conference = conferences::get_owned(&state.pool, organizer, conference_id).await?;
    let format = query.format.unwrap_or(ExportFormat::Csv);
    let filter = ListFilter::parse(ListQuery {
        status: query.status,
        session: query.session,
        attended: query.attended,
        q: query.q,
        question: query.question,
        answer: query.answer,
        limit: Some(MAX_PAGE),
        offset: None,
    })?;
    let titles: HashMap<Uuid, String> = sessions::list_owned(&state.pool, organizer, conference.id)
        .await?
        .into_iter()
        .map(|s| (s.session.id, s.session.title))
        .collect();
    let form = questions::form(&state.pool, conference.id).await?;
    // Checked here, before the answer starts: a stream cannot turn into a 422.
    if let Some((question_id, answer)) = &filter.answer {
        answer_filter(&form, *question_id, answer)?;
    }
    let columns = export::AnswerColumns::new(&form);
    let tz = conference.tz();
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, AppError>>(4);
    let pool = state.pool.clone();
    let conference_id = conference.id;
    tokio::spawn(async move {
        let result = async {
            let mut conn = pool.get().await?;
            let mut after = 0i64;
            let mut first = true;
            let mut xlsx = match format {
                ExportFormat::Xlsx => Some(XlsxExport::new(&columns).map_err(AppError::internal)?),
                _ => None,
            };
            loop {
                let page = registrations::filtered_page(
                    &mut conn,
                    conference_id,
                    &filter,
                    Page::After {
                        seq: after,
                        limit: EXPORT_PAGE,
                    },
                )
                .await?;
                let Some(last) = page.last() else { break };
                after = last.row.seq;
                let rows: Vec<ExportRow> = page
                    .iter()
                    .map(|r| ExportRow::new(r, &titles, tz, &columns))
                    .collect();
                let chunk = match (&mut xlsx, format) {
                    (Some(book), _) => {
                        book.push(&rows).map_err(AppError::internal)?;
                        None
                    }
                    (None, ExportFormat::Json) => Some(
                        export::json_chunk(&rows, first, &columns).map_err(AppError::internal)?,
                    ),
                    (None, _) => Some(
                        export::csv_chunk(&rows, first, &columns).map_err(AppError::internal)?,
                    ),
                };
                first = false;
                if let Some(chunk) = chunk
                    && sender.send(Ok(chunk)).await.is_err()
                {
                    return Ok(()); // the client went away
                }
            }
            let tail = match (xlsx, format) {
                (Some(book), _) => Bytes::from(
                    tokio::task::spawn_blocking(move || book.finish())
                        .await
                        .map_err(AppError::internal)?
                        .map_err(AppError::internal)?,
                ),
                (None, ExportFormat::Json) if first => Bytes::from_static(b"[]"),
                (None, ExportFormat::Json) => Bytes::from_static(b"]"),
                (None, _) if first => {
                    export::csv_chunk(&[], true, &columns).map_err(AppError::internal)?
                }
                (None, _) => Bytes::new(),
            };
            let _ = sender.send(Ok(tail)).await;
            Ok::<(), AppError>(())
        }
        .await;
        if let Err(e) = result {
            tracing::error!(error = %e, "export failed midway");
            let _ = sender.send(Err(e)).await;
        }
    });
    let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    });
    let filename = format!("{}-attendees.{}", conference.slug, format.extension());
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{filename}\""),
        ))
        .insert_header(("Cache-Control", "private, no-store"))
        .streaming(stream))
}

/// Erase a registrant: the personal fields are overwritten; the row stays, so
/// counts stay true. Cannot be undone.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/registrations/{rid}/erase",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ("rid" = Uuid, Path, description = "Registration id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Erased"),
        (status = 401, description = "No or an unknown bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role on this conference does not allow this", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such conference or registration of yours", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn erase(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, AppError> {
    let (conference_id, registration_id) = path.into_inner();
    let access = members::access(&state.pool, organizer, conference_id, Action::Erase).await?;
    crate::db::privacy::erase(&state.pool, access.owner(), conference_id, registration_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
