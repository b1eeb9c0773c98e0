use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::DbPool;
use super::schema::app_secrets;
use crate::domain::secret::SigningKey;
use crate::error::AppError;

/// The signing key kept in the database, made on first use. Every instance on
/// the database reads the same one.
pub async fn signing_key(pool: &DbPool) -> Result<SigningKey, AppError> {
    let mut conn = pool.get().await?;
    let fresh = SigningKey::generate();
    diesel::insert_into(app_secrets::table)
        .values((
            app_secrets::name.eq("signing_key"),
            app_secrets::value.eq(fresh.as_bytes()),
        ))
        .on_conflict_do_nothing()
        .execute(&mut conn)
        .await?;
    let stored: Vec<u8> = app_secrets::table
        .find("signing_key")
        .select(app_secrets::value)
        .first(&mut conn)
        .await?;
    SigningKey::from_bytes(&stored)
        .ok_or_else(|| AppError::internal("the stored signing key is malformed"))
}
