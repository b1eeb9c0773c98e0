//! The OpenAPI 3.1 document, generated from the handlers' `#[utoipa::path]`
//! annotations and the types they take and answer, and a documentation page
//! rendered from it on the server (no script or asset from elsewhere).

use std::sync::OnceLock;

use actix_web::HttpResponse;
use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use uuid::Uuid;

use super::{
    actions, attendance, conferences, decisions, feeds, health, join, manage, members, messages,
    organizers, public, questions, registrations, report, sessions, webhooks,
};
use crate::error::AppError;

/// A new organizer account and its first API token (shown once).
#[derive(Serialize, ToSchema)]
pub struct OrganizerCreated {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub token: String,
}

/// A bearer token for the organizer API (shown once).
#[derive(Serialize, ToSchema)]
pub struct TokenIssued {
    pub token: String,
}

/// The answer to a sign-up: keep `manage_url`, it is the only way back.
#[derive(Serialize, ToSchema)]
pub struct SignUpReceipt {
    pub id: Uuid,
    pub status: crate::domain::registration::RegistrationStatus,
    pub manage_url: String,
}

/// What an attendance import matched.
#[derive(Serialize, ToSchema)]
pub struct ImportOutcome {
    /// Registrations newly or already marked attended by this report.
    pub matched: usize,
    /// Addresses of the report that match no registration.
    pub unmatched: Vec<String>,
}

/// Everything kept about one registration, for its holder.
#[derive(Serialize, ToSchema)]
pub struct PersonalData {
    pub registration: super::views::OwnRegistrationView,
    pub attendance: Vec<crate::db::privacy::CheckInRecord>,
    pub mails: Vec<crate::db::privacy::MailRecord>,
}

/// Liveness and readiness answers.
#[derive(Serialize, ToSchema)]
pub struct HealthStatus {
    pub status: String,
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An organizer token from POST /api/v1/organizers or POST /api/v1/tokens",
                    ))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Convene",
        description = "Event and webinar registration: conferences, sessions, sign-ups with a \
            waitlist, mail with calendar invites, attendance and exports. Organizer routes take \
            `Authorization: Bearer <token>`; a conference of another organizer answers 404. \
            Every error is `application/problem+json`.",
        license(name = "AGPL-3.0-or-later")
    ),
    modifiers(&BearerAuth),
    paths(
        health::healthz,
        health::readyz,
        health::metrics,
        document,
        docs,
        organizers::sign_up,
        organizers::issue_token,
        conferences::create,
        conferences::list,
        conferences::get,
        conferences::update,
        conferences::copy,
        sessions::create,
        sessions::list,
        sessions::update,
        sessions::delete,
        questions::create,
        questions::list,
        questions::update,
        questions::delete,
        members::add,
        members::list,
        members::remove,
        members::change_role,
        registrations::list,
        registrations::stats,
        report::get,
        actions::add,
        actions::update,
        actions::cancel,
        actions::promote,
        actions::resend,
        actions::undo_check_in,
        decisions::decide,
        decisions::approve,
        decisions::decline,
        attendance::erase,
        attendance::check_in,
        attendance::import,
        attendance::export,
        messages::create,
        messages::list,
        messages::preview,
        messages::get,
        messages::cancel,
        webhooks::create,
        webhooks::list,
        webhooks::update,
        webhooks::delete,
        webhooks::deliveries,
        public::conference,
        public::sign_up,
        public::manage_link,
        manage::get,
        manage::update,
        manage::cancel,
        manage::invite,
        manage::data,
        feeds::calendar,
        join::follow,
    ),
    components(schemas(crate::error::Problem, crate::export::ExportFormat)),
    tags(
        (name = "operations", description = "Health, readiness, metrics and this document"),
        (name = "organizers", description = "Accounts and tokens"),
        (name = "conferences", description = "An organizer's conferences and sessions"),
        (name = "attendees", description = "Registrations, approval of applications, attendance, stats and exports"),
        (name = "messages", description = "Messages from the organizers to part of the audience"),
        (name = "webhooks", description = "Signed deliveries of a conference's changes to the project's own systems"),
        (name = "public", description = "What anyone may read, and the sign-up"),
        (name = "registrant", description = "The holder of a manage link"),
    )
)]
struct ApiDoc;

/// The document, built once.
pub fn api() -> &'static utoipa::openapi::OpenApi {
    static DOC: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    DOC.get_or_init(ApiDoc::openapi)
}

/// This document.
#[utoipa::path(get, path = "/api/openapi.json", tag = "operations",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json")))]
pub async fn document() -> Result<HttpResponse, AppError> {
    static JSON: OnceLock<String> = OnceLock::new();
    let body = match JSON.get() {
        Some(body) => body,
        None => {
            let json = api().to_pretty_json().map_err(AppError::internal)?;
            JSON.get_or_init(|| json)
        }
    };
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(body.as_str()))
}

/// The API reference as a page, rendered from the document.
#[utoipa::path(get, path = "/api/docs", tag = "operations",
    responses((status = 200, description = "HTML reference of this API", content_type = "text/html")))]
pub async fn docs() -> Result<HttpResponse, crate::web::PageError> {
    let body = crate::web::docs::render(&crate::web::pages::PAGES, api())?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body))
}
