use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::db::organizers;
use crate::domain::email::EmailAddress;
use crate::domain::validation::ValidationErrors;
use crate::domain::{password, secret, text};
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
    let mut errors = ValidationErrors::new();
    let email = errors.check("email", EmailAddress::parse(&body.email));
    let name = errors.check("name", text::line(&body.name, 200));
    errors.check("password", password::validate(&body.password));
    let (Some(email), Some(name)) = (email, name) else {
        return Err(errors.into());
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let hash = hash_password(body.password).await?;
    let token = secret::issue();
    let organizer =
        organizers::create(&state.pool, email.as_str(), &name, &hash, &token.hash).await?;
    Ok(HttpResponse::Created().json(OrganizerCreated {
        id: organizer.id,
        email: organizer.email,
        name: organizer.name,
        token: token.plain,
    }))
}

async fn hash_password(plain: String) -> Result<String, AppError> {
    web::block(move || password::hash(&plain))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)
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
    let bad_credentials = || AppError::Unauthorized("the email or password is wrong".into());
    if body.password.len() > 512 {
        return Err(bad_credentials());
    }
    let organizer = organizers::find_by_email(&state.pool, body.email.trim()).await?;
    // Verify against a dummy hash when the account is unknown, so timing does
    // not tell which addresses have accounts.
    let stored = organizer
        .as_ref()
        .map(|o| o.password_hash.clone())
        .unwrap_or_else(|| DUMMY_HASH.to_owned());
    let plain = body.password;
    let ok = web::block(move || password::verify(&plain, &stored))
        .await
        .map_err(AppError::internal)?;
    let organizer = match organizer {
        Some(o) if ok => o,
        _ => return Err(bad_credentials()),
    };
    let token = secret::issue();
    organizers::add_token(&state.pool, organizer.id, &token.hash).await?;
    Ok(HttpResponse::Created().json(TokenIssued { token: token.plain }))
}

const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Zf2vzlS5q9kZ9Ww1tQm8n6m0mQp0kq8m3n5vYl2pV3U";
