//! The service creates its own database and brings its schema up to date at
//! start, so a new user needs nothing but a running PostgreSQL.

use diesel::sql_types::Text;
use diesel_async::{AsyncConnection, AsyncMigrationHarness, AsyncPgConnection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::error::AppError;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// Key of the advisory lock that serialises migrations of several instances
/// starting at once.
const MIGRATION_LOCK: i64 = 0x636f_6e76_656e_6501;

#[derive(diesel::QueryableByName)]
struct Exists {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    exists: bool,
}

/// Creates the database named in `database_url` when it is missing.
pub async fn create_database_if_missing(database_url: &str) -> Result<(), AppError> {
    let (maintenance_url, name) = split_database_url(database_url)?;
    let mut conn = AsyncPgConnection::establish(&maintenance_url)
        .await
        .map_err(|e| AppError::Unavailable(format!("cannot reach PostgreSQL: {e}")))?;
    let found: Exists =
        diesel::sql_query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS exists")
            .bind::<Text, _>(&name)
            .get_result(&mut conn)
            .await?;
    if found.exists {
        return Ok(());
    }
    let create = format!("CREATE DATABASE {}", quote_identifier(&name));
    match diesel::sql_query(create).execute(&mut conn).await {
        Ok(_) => {
            tracing::info!(database = %name, "created database");
            Ok(())
        }
        // Another instance created it between our check and our CREATE.
        Err(diesel::result::Error::DatabaseError(_, info))
            if info.message().contains("already exists") =>
        {
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

/// Runs every pending embedded migration, one instance at a time.
pub async fn run_migrations(database_url: &str) -> Result<(), AppError> {
    let mut conn = AsyncPgConnection::establish(database_url)
        .await
        .map_err(|e| AppError::Unavailable(format!("cannot reach PostgreSQL: {e}")))?;
    diesel::sql_query(format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))
        .execute(&mut conn)
        .await?;
    // The harness blocks on the runtime internally: give it a thread of its own.
    let applied = tokio::task::spawn_blocking(move || {
        let mut harness = AsyncMigrationHarness::new(conn);
        harness
            .run_pending_migrations(MIGRATIONS)
            .map(|versions| versions.len())
            .map_err(|e| AppError::Internal(format!("migration failed: {e}")))
    })
    .await
    .map_err(AppError::internal)??;
    if applied > 0 {
        tracing::info!(applied, "ran database migrations");
    }
    // Dropping the connection releases the advisory lock.
    Ok(())
}

/// `postgres://u@h:5432/convene?x=y` becomes (`postgres://u@h:5432/postgres?x=y`, `convene`).
pub fn split_database_url(database_url: &str) -> Result<(String, String), AppError> {
    let mut url = url::Url::parse(database_url)
        .map_err(|e| AppError::Internal(format!("DATABASE_URL is not a URL: {e}")))?;
    let name = url.path().trim_start_matches('/').to_owned();
    if name.is_empty() {
        return Err(AppError::Internal("DATABASE_URL names no database".into()));
    }
    let name = percent_decode(&name);
    url.set_path("/postgres");
    Ok((url.to_string(), name))
}

fn percent_decode(value: &str) -> String {
    url::form_urlencoded::parse(format!("x={value}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| value.to_owned())
}

pub fn quote_identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_the_database_name_off() -> Result<(), Box<dyn std::error::Error>> {
        let (url, name) =
            split_database_url("postgres://postgres@127.0.0.1:5432/convene?sslmode=disable")?;
        assert_eq!(
            url,
            "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
        );
        assert_eq!(name, "convene");
        assert_eq!(quote_identifier("we\"ird"), "\"we\"\"ird\"");
        Ok(())
    }
}
