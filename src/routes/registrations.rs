//! The organizer's view of who signed up.

use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::views::RegistrationView;
use crate::db::{conferences, registrations, stats};
use crate::domain::registration::{ListFilter, ListQuery};
use crate::error::AppError;
use crate::extract::Organizer;
use crate::startup::AppState;

pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let conference = conferences::get_owned(&state.pool, organizer, *conference_id).await?;
    let filter = ListFilter::parse(query.into_inner())?;
    let list = registrations::list(&state.pool, organizer, conference.id, &filter).await?;
    let tz = conference.tz();
    let views: Vec<RegistrationView> = list.iter().map(|r| RegistrationView::new(r, tz)).collect();
    Ok(HttpResponse::Ok().json(views))
}

pub async fn stats(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let stats = stats::for_conference(&state.pool, organizer, *conference_id).await?;
    Ok(HttpResponse::Ok().json(stats))
}
