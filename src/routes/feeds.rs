//! Public calendar feed of a conference's sessions.

use super::problems;
use actix_web::{HttpResponse, web};

use crate::app;
use crate::error::AppError;
use crate::state::AppState;

/// Calendar feed of a published conference: one event per session, or the
/// conference itself when it has none; never the join link.
#[utoipa::path(
    get,
    path = "/c/{slug}/calendar.ics",
    tag = "public",
    params(("slug" = String, Path, description = "The conference's public slug")),
    responses(
        (status = 200, description = "The feed", content_type = "text/calendar", body = String),
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn calendar(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let body = app::conferences::feed(&state, &slug).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=300"))
        .body(body))
}
