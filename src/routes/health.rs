use actix_web::{HttpResponse, web};

use super::problems;
use crate::app;
use crate::error::AppError;
use crate::state::AppState;

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "operations",
    responses((status = 200, description = "Up", body = crate::routes::openapi::HealthStatus)))]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

/// The database answers.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    responses(
        (status = 200, description = "Ready", body = crate::routes::openapi::HealthStatus),
        problems::Unavailable
    )
)]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    app::operations::database_ready(&state).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({"status": "ready"})))
}

/// Prometheus text format; the outbox figures are read from the database at
/// each scrape, so every instance reports the shared truth.
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "operations",
    responses(
        (status = 200, description = "Prometheus text format", content_type = "text/plain", body = String),
        problems::Unavailable
    )
)]
pub async fn metrics(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (unsent, oldest) = app::operations::mail_backlog(&state).await?;
    let mut body = crate::telemetry_metrics::handle().render();
    body.push_str(&format!(
        "# HELP outbox_backlog Mails not sent yet.\n# TYPE outbox_backlog gauge\noutbox_backlog {unsent}\n\
         # HELP outbox_oldest_unsent_seconds Age of the oldest mail not sent yet.\n\
         # TYPE outbox_oldest_unsent_seconds gauge\noutbox_oldest_unsent_seconds {oldest}\n"
    ));
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(body))
}
