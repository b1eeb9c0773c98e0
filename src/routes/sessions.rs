use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::views::SessionView;
use crate::db::{conferences, sessions};
use crate::domain::session::{SessionChanges, SessionData};
use crate::error::AppError;
use crate::extract::{Organizer, StrictJson};
use crate::startup::AppState;

pub async fn create(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(changes): StrictJson<SessionChanges>,
) -> Result<HttpResponse, AppError> {
    // Ownership first: a stranger learns nothing, not even what is invalid.
    let conference = conferences::get_owned(&state.pool, organizer, *conference_id).await?;
    let data = SessionData::create(changes)?;
    let session = sessions::create(&state.pool, organizer, conference.id, &data).await?;
    Ok(HttpResponse::Created().json(SessionView::new(&session, conference.tz())))
}

pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let conference = conferences::get_owned(&state.pool, organizer, *conference_id).await?;
    let list = sessions::list_owned(&state.pool, organizer, conference.id).await?;
    let tz = conference.tz();
    let views: Vec<SessionView> = list.iter().map(|s| SessionView::new(s, tz)).collect();
    Ok(HttpResponse::Ok().json(views))
}

pub async fn update(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
    StrictJson(changes): StrictJson<SessionChanges>,
) -> Result<HttpResponse, AppError> {
    let session = sessions::update(&state.pool, organizer, *id, |current| {
        current.data().apply(changes)
    })
    .await?;
    let conference =
        conferences::get_owned(&state.pool, organizer, session.session.conference_id).await?;
    Ok(HttpResponse::Ok().json(SessionView::new(&session, conference.tz())))
}

pub async fn delete(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    sessions::delete(&state.pool, organizer, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}
