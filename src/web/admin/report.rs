//! The event report, made to print on A4, with its pictures.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use uuid::Uuid;

use crate::app;
use crate::domain::report;
use crate::i18n::t;
use crate::state::AppState;
use crate::web::session::AdminSession;
use crate::web::{PageError, html};

use super::shown_shares;

/// `GET /admin/conferences/{id}/report`.
pub async fn page(
    state: web::Data<AppState>,
    session: AdminSession,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, PageError> {
    let lang = crate::web::page_language(None, None);
    let (_, mut r) = app::report::for_conference(&state, session.organizer, *id, lang).await?;
    shown_shares(lang, &mut r.categories);
    shown_shares(lang, &mut r.organisations);
    if let Some(countries) = r.countries.as_mut() {
        shown_shares(lang, countries);
    }
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
            "sessions": (!per_session.is_empty()).then(|| report::bars(&t(lang, "dash-chart-sessions"), &per_session)),
            "categories": (!r.categories.is_empty()).then(|| report::bars(&t(lang, "dash-chart-categories"), &shares(&r.categories))),
            "countries": r.countries.as_ref().filter(|c| !c.is_empty()).map(|c| report::bars(&t(lang, "dash-chart-countries"), &shares(c))),
        },
        "csrf": session.csrf,
    });
    html(
        StatusCode::OK,
        "admin_report.html",
        crate::web::page_language(None, None),
        &context,
    )
}
