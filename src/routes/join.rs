//! `GET /j/{token}`: the personal join link of an online event.

use super::problems;
use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::app;
use crate::db::registrations::JoinOutcome;
use crate::error::AppError;
use crate::state::AppState;

/// A registrant's tracked join link: records the join, then redirects to the
/// online link (an HTML page says why when it cannot).
#[utoipa::path(
    get,
    path = "/j/{token}",
    tag = "registrant",
    params(("token" = String, Path, description = "The secret of the join link")),
    responses(
        (status = 303, description = "To the online link"),
        (status = 403, description = "The registration holds no confirmed place", content_type = "text/html", body = String),
        problems::NotFound,
        (status = 409, description = "No online link published yet", content_type = "text/html", body = String),
        problems::TooManyRequests,
        problems::Unavailable
    )
)]
pub async fn follow(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::TOKEN }>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let page = |status: actix_web::http::StatusCode, message: &str| {
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(format!(
                "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Join</title>\
                 <body style=\"font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto\"><p>{message}</p></body></html>"
            ))
    };
    Ok(match app::manage::join(&state, &token).await? {
        JoinOutcome::Redirect(url) => HttpResponse::SeeOther()
            .insert_header((header::LOCATION, url))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .insert_header(("Referrer-Policy", "no-referrer"))
            .finish(),
        JoinOutcome::NotConfirmed => page(
            actix_web::http::StatusCode::FORBIDDEN,
            "This join link works only for a confirmed place. Check your registration through the link in your mail.",
        ),
        JoinOutcome::NoLink => page(
            actix_web::http::StatusCode::CONFLICT,
            "The organizers have not published the online link yet. Please try again closer to the start.",
        ),
    })
}
