//! Organizer accounts: sign-up, sign-in (a token for the API, a session for
//! the dashboard, one check of the password for both), bearer tokens.

use uuid::Uuid;

use crate::db::organizers::{self, Organizer};
use crate::domain::email::EmailAddress;
use crate::domain::validation::ValidationErrors;
use crate::domain::{password, secret, text};
use crate::error::AppError;
use crate::state::AppState;

/// An argon2 hash of nothing anyone types: an unknown address is checked
/// against it, so the time taken does not tell which addresses have accounts.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Zf2vzlS5q9kZ9Ww1tQm8n6m0mQp0kq8m3n5vYl2pV3U";

/// Longest password accepted for checking (argon2 of megabytes is a denial of service).
const MAX_PASSWORD: usize = 512;

pub struct NewAccount {
    pub organizer: Organizer,
    /// The first API token, shown once.
    pub token: String,
}

pub async fn sign_up(
    state: &AppState,
    email: &str,
    name: &str,
    plain_password: String,
) -> Result<NewAccount, AppError> {
    let mut errors = ValidationErrors::new();
    let email = errors.check("email", EmailAddress::parse(email));
    let name = errors.check("name", text::line(name, 200));
    errors.check("password", password::validate(&plain_password));
    let (Some(email), Some(name)) = (email, name) else {
        return Err(errors.into());
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let hash = tokio::task::spawn_blocking(move || password::hash(&plain_password))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    let token = secret::issue();
    let organizer =
        organizers::create(&state.pool, email.as_str(), &name, &hash, &token.hash).await?;
    Ok(NewAccount {
        organizer,
        token: token.plain,
    })
}

/// The account of these credentials, or `None`: the same work either way.
pub async fn authenticate(
    state: &AppState,
    email: &str,
    plain_password: String,
) -> Result<Option<Organizer>, AppError> {
    if plain_password.len() > MAX_PASSWORD {
        return Ok(None);
    }
    let organizer = organizers::find_by_email(&state.pool, email.trim()).await?;
    let stored = organizer
        .as_ref()
        .map(|o| o.password_hash.clone())
        .unwrap_or_else(|| DUMMY_HASH.to_owned());
    let ok = tokio::task::spawn_blocking(move || password::verify(&plain_password, &stored))
        .await
        .map_err(AppError::internal)?;
    Ok(organizer.filter(|_| ok))
}

/// A new API token for these credentials (401 otherwise).
pub async fn issue_token(
    state: &AppState,
    email: &str,
    plain_password: String,
) -> Result<String, AppError> {
    let organizer = authenticate(state, email, plain_password)
        .await?
        .ok_or_else(|| AppError::Unauthorized("the email or password is wrong".into()))?;
    let token = secret::issue();
    organizers::add_token(&state.pool, organizer.id, &token.hash).await?;
    Ok(token.plain)
}

/// The organizer a bearer token belongs to.
pub async fn by_token(state: &AppState, token: &str) -> Result<Option<Uuid>, AppError> {
    organizers::by_token(&state.pool, &secret::hash(token)).await
}

/// How long a password-reset link works.
pub const RESET_VALID_MINUTES: i64 = 60;

/// "Forgot your password?": mails a one-hour, one-use link when an account
/// has this address. The answer is the same whether or not one does.
/// The mail is in `lang`, the language of the page it was asked from.
pub async fn request_reset(
    state: &AppState,
    email: &str,
    lang: crate::domain::language::Language,
) -> Result<(), AppError> {
    let mut errors = ValidationErrors::new();
    let Some(email) = errors.check("email", EmailAddress::parse(email)) else {
        return Err(errors.into());
    };
    let token = secret::issue();
    let url = format!("{}/admin/reset/{}", state.base_url, token.plain);
    organizers::request_reset(
        &state.pool,
        email.as_str(),
        &token.hash,
        &url,
        chrono::Duration::minutes(RESET_VALID_MINUTES),
        lang,
    )
    .await?;
    Ok(())
}

/// Whether the reset link's token still works (for the page that asks for the
/// new password).
pub async fn reset_is_valid(state: &AppState, token: &str) -> Result<bool, AppError> {
    if !secret::looks_valid(token) {
        return Ok(false);
    }
    organizers::reset_is_valid(&state.pool, &secret::hash(token)).await
}

/// Sets a new password through a reset link: 403 when the link is unknown,
/// used or expired, 422 for a password too short.
pub async fn reset_password(
    state: &AppState,
    token: &str,
    plain_password: String,
) -> Result<(), AppError> {
    let mut errors = ValidationErrors::new();
    errors.check("password", password::validate(&plain_password));
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let expired = || {
        AppError::Forbidden("this link has expired or was used already: ask for a new one".into())
    };
    if !secret::looks_valid(token) {
        return Err(expired());
    }
    let hash = tokio::task::spawn_blocking(move || password::hash(&plain_password))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    if organizers::reset_password(&state.pool, &secret::hash(token), &hash).await? {
        Ok(())
    } else {
        Err(expired())
    }
}

/// The signed-in organizer's account.
pub async fn account(state: &AppState, id: Uuid) -> Result<Organizer, AppError> {
    organizers::find(&state.pool, id).await
}

/// Changes the name and, with the current password, the password.
pub async fn change_account(
    state: &AppState,
    id: Uuid,
    name: &str,
    current_password: Option<String>,
    new_password: Option<String>,
) -> Result<(), AppError> {
    let mut errors = ValidationErrors::new();
    let name = errors.check("name", text::line(name, 200));
    if let Some(new) = &new_password {
        errors.check("new_password", password::validate(new));
    }
    let Some(name) = name.filter(|_| errors.is_empty()) else {
        return Err(errors.into());
    };
    let hash = match new_password {
        None => None,
        Some(new) => {
            let organizer = organizers::find(&state.pool, id).await?;
            let current = current_password.unwrap_or_default();
            let stored = organizer.password_hash.clone();
            let ok = current.len() <= MAX_PASSWORD
                && tokio::task::spawn_blocking(move || password::verify(&current, &stored))
                    .await
                    .map_err(AppError::internal)?;
            if !ok {
                return Err(AppError::invalid(
                    "current_password",
                    "is not your current password",
                ));
            }
            Some(
                tokio::task::spawn_blocking(move || password::hash(&new))
                    .await
                    .map_err(AppError::internal)?
                    .map_err(AppError::internal)?,
            )
        }
    };
    organizers::update_account(&state.pool, id, &name, hash.as_deref()).await
}
