use super::problems;
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
        problems::BadRequest,
        problems::Conflict,
        problems::Unprocessable,
        problems::TooManyRequests,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unavailable
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
        problems::BadRequest,
        problems::Unauthorized,
        problems::Unprocessable,
        problems::TooManyRequests,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unavailable
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
