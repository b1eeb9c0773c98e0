use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::app;
use crate::error::AppError;
use crate::extract::StrictJson;
use crate::routes::openapi::{OrganizerCreated, TokenIssued};
use crate::state::AppState;

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = NewOrganizer)]
pub struct SignUpBody {
    email: String,
    name: String,
    password: String,
}

/// Create an organizer account; the answer carries its first token.
#[utoipa::path(
    post,
    path = "/api/v1/organizers",
    tag = "organizers",
    request_body = SignUpBody,
    responses(
        (status = 201, description = "The account and a token", body = crate::routes::openapi::OrganizerCreated),
        (status = 400, description = "The body is not JSON of the documented shape", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "An organizer with this email exists", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, with a message per field", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this client; see Retry-After", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn sign_up(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::AUTH }>,
    StrictJson(body): StrictJson<SignUpBody>,
) -> Result<HttpResponse, AppError> {
    let account = app::organizers::sign_up(&state, &body.email, &body.name, body.password).await?;
    Ok(HttpResponse::Created().json(OrganizerCreated {
        id: account.organizer.id,
        email: account.organizer.email,
        name: account.organizer.name,
        token: account.token,
    }))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Credentials)]
pub struct TokenBody {
    email: String,
    password: String,
}

/// A new bearer token for an organizer's email and password.
#[utoipa::path(
    post,
    path = "/api/v1/tokens",
    tag = "organizers",
    request_body = TokenBody,
    responses(
        (status = 201, description = "The token", body = crate::routes::openapi::TokenIssued),
        (status = 400, description = "The body is not JSON of the documented shape", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "The email or password is wrong", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is missing or not a string", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this client; see Retry-After", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is unavailable; retry after Retry-After", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
pub async fn issue_token(
    state: web::Data<AppState>,
    _: crate::extract::Throttle<{ crate::ratelimit::AUTH }>,
    StrictJson(body): StrictJson<TokenBody>,
) -> Result<HttpResponse, AppError> {
    let token = app::organizers::issue_token(&state, &body.email, body.password).await?;
    Ok(HttpResponse::Created().json(TokenIssued { token }))
}
