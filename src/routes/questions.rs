//! The organizer's custom questions of a registration form.

use super::problems;
use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::views::QuestionView;
use crate::app;
use crate::domain::question::QuestionChanges;
use crate::error::AppError;
use crate::extract::{Organizer, StrictJson};
use crate::state::AppState;

/// Add a question to a conference's registration form.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/questions",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = QuestionChanges,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The question", body = QuestionView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(changes): StrictJson<QuestionChanges>,
) -> Result<HttpResponse, AppError> {
    let row = app::questions::create(&state, organizer, *conference_id, changes).await?;
    Ok(HttpResponse::Created().json(QuestionView::from(&row)))
}

/// The questions of a conference's form, retired ones included, in order.
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/questions",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The questions", body = Vec<QuestionView>),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let rows = app::questions::list(&state, organizer, *conference_id).await?;
    let views: Vec<QuestionView> = rows.iter().map(QuestionView::from).collect();
    Ok(HttpResponse::Ok().json(views))
}

/// Change a question. Its kind is fixed once answered; a choice left out is
/// retired (old answers keep it).
#[utoipa::path(
    patch,
    path = "/api/v1/questions/{id}",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Question id")),
    request_body = QuestionChanges,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The question", body = QuestionView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
    StrictJson(changes): StrictJson<QuestionChanges>,
) -> Result<HttpResponse, AppError> {
    let row = app::questions::update(&state, organizer, *id, changes).await?;
    Ok(HttpResponse::Ok().json(QuestionView::from(&row)))
}

/// Delete a question; one that has answers is retired instead (off the form,
/// still in the exports) and answered 200 with `retired: true`.
#[utoipa::path(
    delete,
    path = "/api/v1/questions/{id}",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Question id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Retired, since people answered it", body = QuestionView),
        (status = 204, description = "Deleted"),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn delete(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    Ok(
        match app::questions::delete(&state, organizer, *id).await? {
            Some(retired) => HttpResponse::Ok().json(QuestionView::from(&retired)),
            None => HttpResponse::NoContent().finish(),
        },
    )
}
