use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::views::ConferenceView;
use crate::db::conferences;
use crate::domain::conference::{ConferenceChanges, ConferenceData};
use crate::error::AppError;
use crate::extract::{Organizer, StrictJson};
use crate::startup::AppState;

pub async fn create(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    StrictJson(changes): StrictJson<ConferenceChanges>,
) -> Result<HttpResponse, AppError> {
    let data = ConferenceData::create(changes)?;
    let row = conferences::create(&state.pool, organizer, &data).await?;
    Ok(HttpResponse::Created().json(ConferenceView::from(&row)))
}

pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
) -> Result<HttpResponse, AppError> {
    let rows = conferences::list_owned(&state.pool, organizer).await?;
    let views: Vec<ConferenceView> = rows.iter().map(ConferenceView::from).collect();
    Ok(HttpResponse::Ok().json(views))
}

pub async fn get(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let row = conferences::get_owned(&state.pool, organizer, *id).await?;
    Ok(HttpResponse::Ok().json(ConferenceView::from(&row)))
}

pub async fn update(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
    StrictJson(changes): StrictJson<ConferenceChanges>,
) -> Result<HttpResponse, AppError> {
    let row = conferences::update(&state.pool, organizer, *id, |current| {
        current.data().apply(changes)
    })
    .await?;
    Ok(HttpResponse::Ok().json(ConferenceView::from(&row)))
}
