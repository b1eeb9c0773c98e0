use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::DbPool;
use super::schema::{api_tokens, organizers, password_resets};
use super::sql::lower;
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organizers, check_for_backend(diesel::pg::Pg))]
pub struct Organizer {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Insertable)]
#[diesel(table_name = organizers)]
struct NewOrganizer<'a> {
    id: Uuid,
    email: &'a str,
    name: &'a str,
    password_hash: &'a str,
}

/// Creates the account and its first API token together.
pub async fn create(
    pool: &DbPool,
    email: &str,
    name: &str,
    password_hash: &str,
    token_hash: &[u8],
) -> Result<Organizer, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let organizer: Organizer = diesel::insert_into(organizers::table)
            .values(NewOrganizer {
                id: Uuid::now_v7(),
                email,
                name,
                password_hash,
            })
            .returning(Organizer::as_returning())
            .get_result(conn)
            .await?;
        diesel::insert_into(api_tokens::table)
            .values((
                api_tokens::token_hash.eq(token_hash),
                api_tokens::organizer_id.eq(organizer.id),
            ))
            .execute(conn)
            .await?;
        Ok(organizer)
    })
    .await
}

pub async fn find(pool: &DbPool, id: Uuid) -> Result<Organizer, AppError> {
    let mut conn = pool.get().await?;
    Ok(organizers::table
        .find(id)
        .select(Organizer::as_select())
        .first(&mut conn)
        .await?)
}

pub async fn find_by_email(pool: &DbPool, email: &str) -> Result<Option<Organizer>, AppError> {
    let mut conn = pool.get().await?;
    Ok(organizers::table
        .filter(lower(organizers::email).eq(email.to_lowercase()))
        .select(Organizer::as_select())
        .first(&mut conn)
        .await
        .optional()?)
}

pub async fn add_token(
    pool: &DbPool,
    organizer_id: Uuid,
    token_hash: &[u8],
) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::token_hash.eq(token_hash),
            api_tokens::organizer_id.eq(organizer_id),
        ))
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// The organizer a bearer token belongs to, if any.
pub async fn by_token(pool: &DbPool, token_hash: &[u8]) -> Result<Option<Uuid>, AppError> {
    let mut conn = pool.get().await?;
    Ok(api_tokens::table
        .filter(api_tokens::token_hash.eq(token_hash))
        .select(api_tokens::organizer_id)
        .first(&mut conn)
        .await
        .optional()?)
}

/// Writes a reset link's hash for the account of `email`, if there is one,
/// and owes its address the mail (made of `payload` plus `reset_url`, given
/// by the caller with the secret's plain form). Returns whether an account
/// was found; the caller answers the same either way.
pub async fn request_reset(
    pool: &DbPool,
    email: &str,
    token_hash: &[u8],
    reset_url: &str,
    valid_for: chrono::Duration,
    lang: crate::domain::language::Language,
) -> Result<bool, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let found: Option<Organizer> = organizers::table
            .filter(lower(organizers::email).eq(email.to_lowercase()))
            .select(Organizer::as_select())
            .first(conn)
            .await
            .optional()?;
        let Some(organizer) = found else {
            return Ok(false);
        };
        diesel::insert_into(password_resets::table)
            .values((
                password_resets::token_hash.eq(token_hash),
                password_resets::organizer_id.eq(organizer.id),
                password_resets::expires_at.eq(Utc::now() + valid_for),
            ))
            .execute(conn)
            .await?;
        super::outbox::enqueue_to(
            conn,
            None,
            &organizer.email,
            crate::domain::mail::MailKind::PasswordReset,
            serde_json::json!({"name": organizer.name, "email": organizer.email, "reset_url": reset_url,
                               "minutes": valid_for.num_minutes(), "lang": lang}),
        )
        .await?;
        Ok(true)
    })
    .await
}

/// Whether a reset link is still good (unused and not expired).
pub async fn reset_is_valid(pool: &DbPool, token_hash: &[u8]) -> Result<bool, AppError> {
    let mut conn = pool.get().await?;
    let n: i64 = password_resets::table
        .filter(password_resets::token_hash.eq(token_hash))
        .filter(password_resets::used_at.is_null())
        .filter(password_resets::expires_at.gt(diesel::dsl::now))
        .count()
        .get_result(&mut conn)
        .await?;
    Ok(n > 0)
}

/// Uses a reset link once: sets the password and spends every other link of
/// the account. `false` when the link is unknown, used or expired.
pub async fn reset_password(
    pool: &DbPool,
    token_hash: &[u8],
    password_hash: &str,
) -> Result<bool, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let organizer: Option<Uuid> = diesel::update(
            password_resets::table
                .filter(password_resets::token_hash.eq(token_hash))
                .filter(password_resets::used_at.is_null())
                .filter(password_resets::expires_at.gt(diesel::dsl::now)),
        )
        .set(password_resets::used_at.eq(diesel::dsl::now))
        .returning(password_resets::organizer_id)
        .get_result(conn)
        .await
        .optional()?;
        let Some(organizer) = organizer else {
            return Ok(false);
        };
        diesel::update(organizers::table.find(organizer))
            .set(organizers::password_hash.eq(password_hash))
            .execute(conn)
            .await?;
        diesel::update(
            password_resets::table
                .filter(password_resets::organizer_id.eq(organizer))
                .filter(password_resets::used_at.is_null()),
        )
        .set(password_resets::used_at.eq(diesel::dsl::now))
        .execute(conn)
        .await?;
        Ok(true)
    })
    .await
}

/// Changes the account's name and, when given, its password hash.
pub async fn update_account(
    pool: &DbPool,
    id: Uuid,
    name: &str,
    password_hash: Option<&str>,
) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    diesel::update(organizers::table.find(id))
        .set(organizers::name.eq(name))
        .execute(&mut conn)
        .await?;
    if let Some(hash) = password_hash {
        diesel::update(organizers::table.find(id))
            .set(organizers::password_hash.eq(hash))
            .execute(&mut conn)
            .await?;
    }
    Ok(())
}
