//! The error answers of the API document, one set shared by every handler's
//! `#[utoipa::path]`: each names the ones it can give. The body is always a
//! [`Problem`] (RFC 9457), its `detail` says what went wrong this time.

// The types only describe answers (the document reads them); none is built.
#![allow(dead_code)]

use utoipa::IntoResponses;

use crate::error::Problem;

/// The body is not JSON of the documented shape.
#[derive(IntoResponses)]
#[response(status = 400, content_type = "application/problem+json")]
pub struct BadRequest(Problem<'static>);

/// No bearer token, or one nobody holds.
#[derive(IntoResponses)]
#[response(status = 401, content_type = "application/problem+json")]
pub struct Unauthorized(Problem<'static>);

/// Not allowed: your role on this conference, the registration window or a
/// cancelled conference (the detail says which).
#[derive(IntoResponses)]
#[response(status = 403, content_type = "application/problem+json")]
pub struct Forbidden(Problem<'static>);

/// Nothing you may see has this id, slug or token.
#[derive(IntoResponses)]
#[response(status = 404, content_type = "application/problem+json")]
pub struct NotFound(Problem<'static>);

/// It conflicts with what is stored (taken, already registered, full, or not
/// in a state that allows it; the detail says which).
#[derive(IntoResponses)]
#[response(status = 409, content_type = "application/problem+json")]
pub struct Conflict(Problem<'static>);

/// The body is larger than the limit.
#[derive(IntoResponses)]
#[response(status = 413, content_type = "application/problem+json")]
pub struct PayloadTooLarge(Problem<'static>);

/// The body is not sent as application/json.
#[derive(IntoResponses)]
#[response(status = 415, content_type = "application/problem+json")]
pub struct UnsupportedMediaType(Problem<'static>);

/// Invalid fields, with a message per field in `errors`.
#[derive(IntoResponses)]
#[response(status = 422, content_type = "application/problem+json")]
pub struct Unprocessable(Problem<'static>);

/// Too many requests from this client; see Retry-After.
#[derive(IntoResponses)]
#[response(status = 429, content_type = "application/problem+json")]
pub struct TooManyRequests(Problem<'static>);

/// The database is unavailable; retry after Retry-After.
#[derive(IntoResponses)]
#[response(status = 503, content_type = "application/problem+json")]
pub struct Unavailable(Problem<'static>);
