//! The route table, in one place. Handlers only extract, call and answer.

pub mod attendance;
mod conferences;
mod feeds;
mod health;
mod join;
mod manage;
mod organizers;
mod public;
mod registrations;
mod sessions;
pub mod views;

use actix_web::web;

use crate::error::AppError;

/// Largest participant report accepted, in bytes.
const IMPORT_LIMIT: usize = 20 * 1024 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .route("/metrics", web::get().to(health::metrics))
        .service(
            web::scope("/api/v1")
                .route("/organizers", web::post().to(organizers::sign_up))
                .route("/tokens", web::post().to(organizers::issue_token))
                .route("/conferences", web::post().to(conferences::create))
                .route("/conferences", web::get().to(conferences::list))
                .route("/conferences/{id}", web::get().to(conferences::get))
                .route("/conferences/{id}", web::patch().to(conferences::update))
                .route(
                    "/conferences/{id}/sessions",
                    web::post().to(sessions::create),
                )
                .route("/conferences/{id}/sessions", web::get().to(sessions::list))
                .route("/sessions/{id}", web::patch().to(sessions::update))
                .route("/sessions/{id}", web::delete().to(sessions::delete))
                .route(
                    "/conferences/{id}/registrations",
                    web::get().to(registrations::list),
                )
                .route(
                    "/conferences/{id}/stats",
                    web::get().to(registrations::stats),
                )
                .route(
                    "/conferences/{id}/registrations/{rid}/erase",
                    web::post().to(attendance::erase),
                )
                .route(
                    "/conferences/{id}/registrations/{rid}/check-in",
                    web::post().to(attendance::check_in),
                )
                .service(
                    web::resource("/conferences/{id}/attendance/import")
                        // A report of tens of thousands of rows is several megabytes.
                        .app_data(web::PayloadConfig::new(IMPORT_LIMIT))
                        .route(web::post().to(attendance::import)),
                )
                .route(
                    "/conferences/{id}/export",
                    web::get().to(attendance::export),
                )
                .route(
                    "/public/conferences/{slug}",
                    web::get().to(public::conference),
                )
                .route(
                    "/public/conferences/{slug}/registrations",
                    web::post().to(public::sign_up),
                )
                .route("/registrations/{token}", web::get().to(manage::get))
                .route("/registrations/{token}", web::patch().to(manage::update))
                .route("/registrations/{token}", web::delete().to(manage::cancel))
                .route(
                    "/registrations/{token}/invite.ics",
                    web::get().to(manage::invite),
                )
                .route("/registrations/{token}/data", web::get().to(manage::data))
                .default_service(web::to(not_found)),
        )
        .route("/c/{slug}/calendar.ics", web::get().to(feeds::calendar))
        .route("/j/{token}", web::get().to(join::follow))
        .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}
