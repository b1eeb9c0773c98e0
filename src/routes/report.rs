//! The event report as data.

use super::problems;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::app;
use crate::domain::report::{self, Report};
use crate::error::AppError;
use crate::extract::Organizer;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// `json` (default) or `csv`.
    format: Option<String>,
}

/// The event report: the event and its sessions with speakers, registered,
/// attended and no-shows overall and per session, the audience by category,
/// organisation and country; the same figures as `/stats`.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/report",
    tag = "attendees",
    params(("id" = Uuid, Path, description = "Conference id"), ReportQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The report (JSON, or CSV with format=csv)", body = Report),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let csv = match query.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(AppError::invalid("format", "is json or csv")),
    };
    // The API speaks English.
    let (_, report) = app::report::for_conference(
        &state,
        organizer,
        *conference_id,
        crate::domain::language::Language::En,
    )
    .await?;
    Ok(if csv {
        HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header(("Content-Disposition", "attachment; filename=\"report.csv\""))
            .body(report::csv(&report))
    } else {
        HttpResponse::Ok().json(report)
    })
}
