use actix_web::{HttpResponse, web};

use crate::db;
use crate::error::AppError;
use crate::startup::AppState;

/// The process is up.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

/// The database answers.
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    db::ping(&state.pool).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({"status": "ready"})))
}
