//! The route table of the whole service, in one place: the pages (`web/`,
//! HTML) and the API (this module, JSON). Handlers only extract, call one use
//! case of `app/` and answer.
//!
//! Every route is declared once in [`route_table!`], which both registers it
//! with actix and lists it in [`PAGES`] or [`TABLE`]; a test holds [`TABLE`]
//! against the OpenAPI document, so the document cannot forget a route or
//! invent one.

mod actions;
pub mod attendance;
mod conferences;
mod decisions;
mod feeds;
mod health;
mod join;
mod manage;
mod members;
mod messages;
pub mod openapi;
mod organizers;
mod problems;
mod public;
mod questions;
mod registrations;
mod report;
mod sessions;
pub mod views;
mod webhooks;

use actix_web::dev::ResourceDef;
use actix_web::http::Method;
use actix_web::{Resource, guard, web};

use crate::error::AppError;
use crate::web as html;

/// Largest participant report accepted, in bytes.
const IMPORT_LIMIT: usize = 20 * 1024 * 1024;

macro_rules! route_table {
    (
        pages { $($pmethod:ident $ppath:literal => $phandler:path;)* }
        api { $($method:ident $path:literal => $handler:path $({ $data:expr })?;)* }
    ) => {
        /// Every route the API serves, as (method, path) in OpenAPI's spelling.
        pub const TABLE: &[(Method, &str)] = &[$((Method::$method, $path)),*];

        /// Every page (`web/`): HTML for people, outside the API document.
        pub const PAGES: &[(Method, &str)] = &[$((Method::$pmethod, $ppath)),*];

        fn register(cfg: &mut web::ServiceConfig) {
            let mut scopes: Vec<(&str, Vec<Resource>)> =
                SCOPES.iter().map(|prefix| (*prefix, Vec::new())).collect();
            let mut top = Vec::new();
            $(
                place(&mut scopes, &mut top, $ppath, |path| {
                    web::resource(path)
                        .guard(guard::Method(Method::$pmethod))
                        .route(web::method(Method::$pmethod).to($phandler))
                });
            )*
            $(
                place(&mut scopes, &mut top, $path, |path| {
                    web::resource(path)
                        .guard(guard::Method(Method::$method))
                        $(.app_data($data))?
                        .route(web::method(Method::$method).to($handler))
                });
            )*
            for (prefix, resources) in scopes {
                let mut scope = web::scope(prefix);
                for resource in resources {
                    scope = scope.service(resource);
                }
                cfg.service(scope);
            }
            for resource in top {
                cfg.service(resource);
            }
        }
    };
}

/// The path prefixes routes are grouped under, the most specific first. A
/// request is matched against the routes of its prefix only: matched against
/// every route in turn, a sign-up spent a quarter of the service's CPU on
/// route patterns. A scope that has no route for the path hands it to the
/// service's default (404, or 405 with `Allow`), as the flat table did.
const SCOPES: &[&str] = &[
    "/api/v1/public",
    "/api/v1/registrations",
    "/api/v1/conferences",
    "/api/v1",
    "/admin/conferences",
    "/admin",
    "/c",
    "/r",
];

/// Files a route under the first scope whose prefix is a whole-segment prefix
/// of its path (the route keeps the rest), or at the top.
fn place(
    scopes: &mut [(&str, Vec<Resource>)],
    top: &mut Vec<Resource>,
    path: &'static str,
    make: impl FnOnce(&'static str) -> Resource,
) {
    let scope = scopes.iter_mut().find_map(|(prefix, resources)| {
        let rest = path.strip_prefix(*prefix)?;
        (rest.is_empty() || rest.starts_with('/')).then_some((rest, resources))
    });
    match scope {
        Some((rest, resources)) => resources.push(make(rest)),
        None => top.push(make(path)),
    }
}

route_table! {
    pages {
        GET "/" => html::public::index;
        GET "/static/style.css" => html::style;
        GET "/c/{slug}" => html::public::conference;
        POST "/c/{slug}/register" => html::public::register;
        GET "/c/{slug}/embed" => html::public::embed;
        POST "/c/{slug}/embed" => html::public::embed_register;
        GET "/c/{slug}/manage-link" => html::public::manage_link_form;
        POST "/c/{slug}/manage-link" => html::public::manage_link;
        GET "/r/{token}" => html::public::manage;
        POST "/r/{token}" => html::public::change_sessions;
        POST "/r/{token}/answers" => html::public::change_answers;
        POST "/r/{token}/mode" => html::public::change_mode;
        GET "/confirm/{token}" => html::public::confirm;
        GET "/r/{token}/cancel" => html::public::confirm_cancel;
        POST "/r/{token}/cancel" => html::public::cancel;
        GET "/admin" => html::admin::account::home;
        GET "/admin/login" => html::admin::account::login_form;
        POST "/admin/login" => html::admin::account::login;
        POST "/admin/logout" => html::admin::account::logout;
        GET "/admin/signup" => html::admin::account::signup_form;
        POST "/admin/signup" => html::admin::account::signup;
        GET "/admin/reset" => html::admin::account::reset_form;
        POST "/admin/reset" => html::admin::account::reset_request;
        GET "/admin/reset/{token}" => html::admin::account::reset_password_form;
        POST "/admin/reset/{token}" => html::admin::account::reset_password;
        GET "/admin/account" => html::admin::account::account_page;
        POST "/admin/account" => html::admin::account::account_update;
        GET "/admin/conferences/new" => html::admin::conferences::new_form;
        POST "/admin/conferences" => html::admin::conferences::create;
        GET "/admin/conferences/{id}" => html::admin::conferences::show;
        POST "/admin/conferences/{id}" => html::admin::conferences::update;
        POST "/admin/conferences/{id}/copy" => html::admin::conferences::copy;
        POST "/admin/conferences/{id}/delete" => html::admin::conferences::delete;
        POST "/admin/conferences/{id}/sessions" => html::admin::sessions::add_session;
        POST "/admin/conferences/{id}/questions" => html::admin::questions::add;
        GET "/admin/questions/{qid}" => html::admin::questions::edit;
        POST "/admin/questions/{qid}" => html::admin::questions::change;
        GET "/admin/sessions/{id}" => html::admin::sessions::edit_session;
        POST "/admin/sessions/{id}" => html::admin::sessions::update_session;
        POST "/admin/sessions/{id}/delete" => html::admin::sessions::delete_session;
        GET "/admin/conferences/{id}/registrations" => html::admin::attendees::registrations_page;
        POST "/admin/conferences/{id}/registrations" => html::admin::registration::add;
        GET "/admin/conferences/{id}/registrations/{rid}" => html::admin::registration::page;
        POST "/admin/conferences/{id}/registrations/{rid}" => html::admin::registration::act;
        GET "/admin/conferences/{id}/export" => html::admin::attendees::export;
        GET "/admin/conferences/{id}/report" => html::admin::report::page;
        GET "/admin/conferences/{id}/check-in" => html::admin::attendees::check_in_page;
        GET "/admin/check-in/{code}" => html::admin::attendees::check_in_code;
        POST "/admin/conferences/{id}/check-in/{rid}" => html::admin::attendees::check_in;
        GET "/admin/conferences/{id}/team" => html::admin::team::page;
        POST "/admin/conferences/{id}/team" => html::admin::team::add;
        POST "/admin/conferences/{id}/team/{member}" => html::admin::team::change;
        GET "/admin/conferences/{id}/applications" => html::admin::messages::applications_page;
        POST "/admin/conferences/{id}/applications" => html::admin::messages::decide;
        GET "/admin/conferences/{id}/messages" => html::admin::messages::messages_page;
        GET "/admin/conferences/{id}/messages/new" => html::admin::messages::compose_page;
        POST "/admin/conferences/{id}/messages" => html::admin::messages::compose;
        POST "/admin/messages/{mid}/cancel" => html::admin::messages::cancel;
    }
    api {
        GET "/healthz" => health::healthz;
        GET "/readyz" => health::readyz;
        GET "/metrics" => health::metrics;
        GET "/api/openapi.json" => openapi::document;
        GET "/api/docs" => openapi::docs;
        POST "/api/v1/organizers" => organizers::sign_up;
        POST "/api/v1/tokens" => organizers::issue_token;
        POST "/api/v1/conferences" => conferences::create;
        GET "/api/v1/conferences" => conferences::list;
        GET "/api/v1/conferences/{id}" => conferences::get;
        PATCH "/api/v1/conferences/{id}" => conferences::update;
        POST "/api/v1/conferences/{id}/copy" => conferences::copy;
        POST "/api/v1/conferences/{id}/sessions" => sessions::create;
        GET "/api/v1/conferences/{id}/sessions" => sessions::list;
        POST "/api/v1/conferences/{id}/questions" => questions::create;
        GET "/api/v1/conferences/{id}/questions" => questions::list;
        PATCH "/api/v1/questions/{id}" => questions::update;
        DELETE "/api/v1/questions/{id}" => questions::delete;
        POST "/api/v1/conferences/{id}/members" => members::add;
        GET "/api/v1/conferences/{id}/members" => members::list;
        DELETE "/api/v1/conferences/{id}/members/{member_id}" => members::remove;
        PATCH "/api/v1/conferences/{id}/members/{member_id}" => members::change_role;
        PATCH "/api/v1/sessions/{id}" => sessions::update;
        DELETE "/api/v1/sessions/{id}" => sessions::delete;
        GET "/api/v1/conferences/{id}/registrations" => registrations::list;
        POST "/api/v1/conferences/{id}/registrations" => actions::add;
        GET "/api/v1/conferences/{id}/stats" => registrations::stats;
        GET "/api/v1/conferences/{id}/report" => report::get;
        POST "/api/v1/conferences/{id}/registrations/decisions" => decisions::decide;
        POST "/api/v1/conferences/{id}/registrations/{rid}/approve" => decisions::approve;
        POST "/api/v1/conferences/{id}/registrations/{rid}/decline" => decisions::decline;
        PATCH "/api/v1/conferences/{id}/registrations/{rid}" => actions::update;
        POST "/api/v1/conferences/{id}/registrations/{rid}/cancel" => actions::cancel;
        POST "/api/v1/conferences/{id}/registrations/{rid}/promote" => actions::promote;
        POST "/api/v1/conferences/{id}/registrations/{rid}/resend" => actions::resend;
        DELETE "/api/v1/conferences/{id}/registrations/{rid}/check-in" => actions::undo_check_in;
        POST "/api/v1/conferences/{id}/registrations/{rid}/erase" => attendance::erase;
        POST "/api/v1/conferences/{id}/registrations/{rid}/check-in" => attendance::check_in;
        // A report of tens of thousands of rows is several megabytes.
        POST "/api/v1/conferences/{id}/attendance/import" => attendance::import {
            crate::extract::BodyLimit(IMPORT_LIMIT)
        };
        GET "/api/v1/conferences/{id}/export" => attendance::export;
        POST "/api/v1/conferences/{id}/messages" => messages::create;
        GET "/api/v1/conferences/{id}/messages" => messages::list;
        POST "/api/v1/conferences/{id}/messages/preview" => messages::preview;
        POST "/api/v1/conferences/{id}/webhooks" => webhooks::create;
        GET "/api/v1/conferences/{id}/webhooks" => webhooks::list;
        PATCH "/api/v1/webhooks/{wid}" => webhooks::update;
        DELETE "/api/v1/webhooks/{wid}" => webhooks::delete;
        GET "/api/v1/webhooks/{wid}/deliveries" => webhooks::deliveries;
        GET "/api/v1/messages/{mid}" => messages::get;
        DELETE "/api/v1/messages/{mid}" => messages::cancel;
        GET "/api/v1/public/conferences/{slug}" => public::conference;
        POST "/api/v1/public/conferences/{slug}/registrations" => public::sign_up;
        POST "/api/v1/public/conferences/{slug}/manage-link" => public::manage_link;
        GET "/api/v1/registrations/{token}" => manage::get;
        PATCH "/api/v1/registrations/{token}" => manage::update;
        DELETE "/api/v1/registrations/{token}" => manage::cancel;
        GET "/api/v1/registrations/{token}/invite.ics" => manage::invite;
        GET "/api/v1/registrations/{token}/data" => manage::data;
        GET "/c/{slug}/calendar.ics" => feeds::calendar;
        GET "/j/{token}" => join::follow;
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    register(cfg);
    cfg.default_service(web::to(no_route));
}

/// No route took the request: 405 with `Allow` when the path is served for
/// other methods, else 404.
async fn no_route(request: actix_web::HttpRequest) -> Result<actix_web::HttpResponse, AppError> {
    let allowed = allowed_methods(request.path());
    if allowed.is_empty() {
        Err(AppError::NoRoute)
    } else {
        Err(AppError::MethodNotAllowed(allowed.join(", ")))
    }
}

/// The methods of the routes whose pattern fits `path` best: the patterns
/// that match it with the most literal segments, as a literal names a
/// resource where a placeholder only stands for one (`…/registrations/decisions`
/// is the decisions route, not a registration called "decisions").
fn allowed_methods(path: &str) -> Vec<&'static str> {
    let fitting: Vec<&(Method, &str)> = PAGES
        .iter()
        .chain(TABLE)
        .filter(|(_, pattern)| ResourceDef::new(*pattern).is_match(path))
        .collect();
    let literals = |pattern: &str| pattern.split('/').filter(|s| !s.starts_with('{')).count();
    let best = fitting.iter().map(|(_, p)| literals(p)).max().unwrap_or(0);
    fitting
        .into_iter()
        .filter(|(_, p)| literals(p) == best)
        .map(|(method, _)| method.as_str())
        .collect()
}

/// Path placeholders that do not parse (an id that is no UUID) answer 404;
/// unless a route with a literal in that place fits the path better, and this
/// method is not one of its: then 405 with its `Allow`, as for any path asked
/// with a method it does not answer.
pub fn path_config() -> actix_web::web::PathConfig {
    actix_web::web::PathConfig::default().error_handler(|_, request| {
        let allowed = allowed_methods(request.path());
        if !allowed.is_empty() && !allowed.contains(&request.method().as_str()) {
            AppError::MethodNotAllowed(allowed.join(", ")).into()
        } else {
            AppError::NotFound.into()
        }
    })
}
