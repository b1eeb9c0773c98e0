//! The event report, made to print on A4, with its pictures.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use uuid::Uuid;

use crate::app;
use crate::domain::report;
use crate::state::AppState;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

/// `GET /admin/conferences/{id}/report`.
pub async fn page(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    let (_, r) = app::report::for_conference(&state, session.organizer, *id).await?;
    let per_session: Vec<_> = r
        .sessions
        .iter()
        .map(|s| (s.title.clone(), s.registered, Some(s.attended)))
        .collect();
    let shares = |list: &[report::Share]| -> Vec<(String, i64, Option<i64>)> {
        list.iter()
            .map(|s| (s.label.clone(), s.count, None))
            .collect()
    };
    let context = serde_json::json!({
        "r": r,
        "charts": {
            "sessions": (!per_session.is_empty()).then(|| report::bars("Registered (dark) and attended (light) per session", &per_session)),
            "categories": (!r.categories.is_empty()).then(|| report::bars("The audience by category", &shares(&r.categories))),
            "countries": r.countries.as_ref().filter(|c| !c.is_empty()).map(|c| report::bars("The audience by country", &shares(c))),
        },
        "csrf": session.csrf,
    });
    html(StatusCode::OK, "admin_report.html", &context)
}
