//! The attendee export (API and dashboard): one file, streamed page by page.

use std::collections::HashMap;
use std::pin::Pin;

use bytes::Bytes;
use futures_util::Stream;
use serde::Deserialize;
use uuid::Uuid;

use super::access::Access;
use crate::db::registrations::{self, Page};
use crate::db::{questions, sessions};
use crate::domain::question::answer_filter;
use crate::domain::registration::{ListFilter, ListQuery, MAX_PAGE, RegistrationStatus};
use crate::domain::role::Action;
use crate::error::AppError;
use crate::export::{self, ExportFormat, ExportRow, XlsxExport};
use crate::state::AppState;

/// A file to hand over as a download.
pub struct ExportFile {
    pub filename: String,
    pub content_type: &'static str,
    /// An error midway ends the stream (the download is cut short).
    pub body: Pin<Box<dyn Stream<Item = Result<Bytes, AppError>>>>,
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
    /// `in_person` or `online`.
    pub mode: Option<crate::domain::registration::AttendanceMode>,
}

const EXPORT_PAGE: i64 = 1000;

/// The attendee list of a conference the access check let through, as a
/// file streamed page by page (keyset paging, never the whole list in memory).
pub async fn run(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    query: ExportQuery,
) -> Result<ExportFile, AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Export).await?;
    let conference = &access.conference;
    let format = query.format.unwrap_or(ExportFormat::Csv);
    let filter = ListFilter::parse(ListQuery {
        status: query.status,
        session: query.session,
        attended: query.attended,
        q: query.q,
        question: query.question,
        answer: query.answer,
        mode: query.mode,
        limit: Some(MAX_PAGE),
        offset: None,
    })?;
    let titles: HashMap<Uuid, String> = sessions::all(&state.pool, conference.id)
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
    Ok(ExportFile {
        filename: format!("{}-attendees.{}", conference.slug, format.extension()),
        content_type: format.content_type(),
        body: Box::pin(stream),
    })
}
