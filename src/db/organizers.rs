use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::DbPool;
use super::schema::{api_tokens, organizers};
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
