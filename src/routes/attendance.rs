//! Check-in, participant report import and the attendee export.

use std::collections::HashMap;

use actix_web::web::Bytes;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use super::views::RegistrationView;
use crate::db::registrations::Page;
use crate::db::{attendance, conferences, registrations, sessions};
use crate::domain::attendance::parse_report;
use crate::domain::registration::{ListFilter, ListQuery, MAX_PAGE, RegistrationStatus};
use crate::error::AppError;
use crate::export::{self, ExportFormat, ExportRow, XlsxExport};
use crate::extract::{Organizer, parse_json};
use crate::startup::AppState;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CheckInBody {
    session_id: Option<Uuid>,
}

/// `POST …/registrations/{rid}/check-in`: idempotent; an empty body checks in
/// to the conference, `{session_id}` to one session.
pub async fn check_in(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let (conference_id, registration_id) = path.into_inner();
    let conference = conferences::get_owned(&state.pool, organizer, conference_id).await?;
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

/// `POST …/attendance/import`: a participant report as CSV.
pub async fn import(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let conference = conferences::get_owned(&state.pool, organizer, *conference_id).await?;
    let report = parse_report(&body).map_err(|e| AppError::invalid("body", e))?;
    let outcome =
        attendance::import(&state.pool, organizer, conference.id, &report.attended).await?;
    tracing::info!(
        matched = outcome.matched,
        unmatched = outcome.unmatched.len(),
        "attendance imported"
    );
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "matched": outcome.matched,
        "unmatched": outcome.unmatched,
    })))
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    pub format: Option<ExportFormat>,
    pub status: Option<RegistrationStatus>,
    pub session: Option<Uuid>,
    pub attended: Option<bool>,
    pub q: Option<String>,
}

const EXPORT_PAGE: i64 = 1000;

/// `GET …/export?format=csv|xlsx|json` with the list's filters, streamed.
pub async fn export(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    query: web::Query<ExportQuery>,
) -> Result<HttpResponse, AppError> {
    export_file(&state, organizer, *conference_id, query.into_inner()).await
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
        limit: Some(MAX_PAGE),
        offset: None,
    })?;
    let titles: HashMap<Uuid, String> = sessions::list_owned(&state.pool, organizer, conference.id)
        .await?
        .into_iter()
        .map(|s| (s.session.id, s.session.title))
        .collect();
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
                ExportFormat::Xlsx => Some(XlsxExport::new().map_err(AppError::internal)?),
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
                    .map(|r| ExportRow::new(r, &titles, tz))
                    .collect();
                let chunk = match (&mut xlsx, format) {
                    (Some(book), _) => {
                        book.push(&rows).map_err(AppError::internal)?;
                        None
                    }
                    (None, ExportFormat::Json) => {
                        Some(export::json_chunk(&rows, first).map_err(AppError::internal)?)
                    }
                    (None, _) => Some(export::csv_chunk(&rows, first).map_err(AppError::internal)?),
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
                (None, _) if first => export::csv_chunk(&[], true).map_err(AppError::internal)?,
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

/// `POST …/registrations/{rid}/erase`: the registrant's personal fields are
/// overwritten; the row stays, so counts stay true. Cannot be undone.
pub async fn erase(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, AppError> {
    let (conference_id, registration_id) = path.into_inner();
    crate::db::privacy::erase(&state.pool, organizer, conference_id, registration_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
