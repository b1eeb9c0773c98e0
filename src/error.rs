//! The one error type of the service and its mapping to HTTP: expected failures
//! are 4xx problem+json with a useful message, anything else is logged and
//! answered as a 500 that leaks nothing.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;

use crate::domain::validation::ValidationErrors;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("some fields are not valid")]
    Validation(ValidationErrors),
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("not found")]
    NotFound,
    /// No route matches the method and path: told apart from a missing record
    /// so clients (and the route test) can see a typo in a URL.
    #[error("no route answers this method and path")]
    NoRoute,
    /// The path is served, for these methods only (the `Allow` header).
    #[error("this path answers only {0}")]
    MethodNotAllowed(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the request body is larger than {0} bytes")]
    PayloadTooLarge(usize),
    #[error("send the body as application/json")]
    UnsupportedMediaType,
    #[error("too many requests; try again in {0} seconds")]
    TooManyRequests(u64),
    #[error("the database is unavailable, try again shortly")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
    /// The service cannot start (its database cannot be used): said to the
    /// person starting it, never in an answer.
    #[error("{0}")]
    Start(String),
}

impl AppError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        AppError::Validation(ValidationErrors::single(field, message))
    }

    pub fn internal(error: impl std::fmt::Display) -> Self {
        AppError::Internal(error.to_string())
    }
}

impl From<ValidationErrors> for AppError {
    fn from(errors: ValidationErrors) -> Self {
        AppError::Validation(errors)
    }
}

impl From<DieselError> for AppError {
    fn from(error: DieselError) -> Self {
        match error {
            DieselError::NotFound => AppError::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                AppError::Conflict(conflict_message(info.constraint_name()).to_owned())
            }
            DieselError::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                AppError::Unavailable(info.message().to_owned())
            }
            DieselError::BrokenTransactionManager => {
                AppError::Unavailable("broken transaction".into())
            }
            // tokio-postgres reports a connection the server dropped (a restart,
            // an administrator's terminate) as an unknown database error; it is
            // an outage, not a bug.
            other if is_connection_lost(&other.to_string()) => {
                AppError::Unavailable(other.to_string())
            }
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<diesel_async::pooled_connection::deadpool::PoolError> for AppError {
    fn from(error: diesel_async::pooled_connection::deadpool::PoolError) -> Self {
        AppError::Unavailable(error.to_string())
    }
}

/// Messages of a connection the server ended: closed under us, or the
/// server's own FATAL (SQLSTATE 57P01 admin shutdown, 57P02/57P03) sent to
/// every backend when it stops or an administrator terminates it.
fn is_connection_lost(message: &str) -> bool {
    [
        "connection closed",
        "terminating connection",
        "the database system is",
        "error communicating with the server",
    ]
    .iter()
    .any(|m| message.contains(m))
}

/// The unique constraints are the guarantee under concurrency; their names map to
/// what the user did wrong.
fn conflict_message(constraint: Option<&str>) -> &'static str {
    match constraint {
        Some("organizers_email_key") => "an organizer with this email already exists",
        Some("conferences_slug_key") => "this slug is already taken by another conference",
        Some("members_conference_email_key") => "this person is already on the team",
        Some("registrations_active_email_key") => {
            "this email address is already registered for this conference"
        }
        _ => "this conflicts with existing data",
    }
}

/// An error answer (RFC 9457): every 4xx and 5xx of the API has this shape.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Problem<'a> {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    status: u16,
    /// What went wrong, in words meant for the person using the client.
    detail: String,
    /// On 422: the messages per field.
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<&'a ValidationErrors>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound | AppError::NoRoute => StatusCode::NOT_FOUND,
            AppError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) | AppError::Start(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let detail = match self {
            AppError::Internal(cause) | AppError::Start(cause) => {
                tracing::error!(%cause, "request failed");
                "something went wrong on our side; it has been logged".to_owned()
            }
            AppError::Unavailable(cause) => {
                tracing::warn!(%cause, "database unavailable");
                self.to_string()
            }
            _ => self.to_string(),
        };
        let errors = match self {
            AppError::Validation(e) => Some(e),
            _ => None,
        };
        let problem = Problem {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error"),
            status: status.as_u16(),
            detail,
            errors,
        };
        let mut response = HttpResponse::build(status);
        response.content_type("application/problem+json");
        match self {
            AppError::Unauthorized(_) => {
                response
                    .insert_header((header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer")));
            }
            AppError::Unavailable(_) => {
                response.insert_header((header::RETRY_AFTER, HeaderValue::from_static("2")));
            }
            AppError::MethodNotAllowed(allowed) => {
                response.insert_header((header::ALLOW, allowed.clone()));
            }
            AppError::TooManyRequests(seconds) => {
                response.insert_header((header::RETRY_AFTER, seconds.to_string()));
            }
            _ => {}
        }
        response.json(problem)
    }
}
