//! The service creates its own database and brings its schema up to date at
//! start; a server it cannot use stops the start with where and why.

use std::time::Duration;

use diesel::connection::CacheSize;
use diesel_async::async_connection_wrapper::AsyncConnectionWrapper;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::error::AppError;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// Key of the advisory lock that serialises migrations of several instances
/// starting at once.
const MIGRATION_LOCK: i64 = 0x636f_6e76_656e_6501;

/// Where a `DATABASE_URL` points, for people: host (or socket folder), port
/// and database, never the password.
pub fn describe_url(database_url: &str) -> String {
    match url::Url::parse(database_url) {
        Ok(url) => {
            let host = url
                .host_str()
                .map(percent_decode)
                .filter(|h| !h.is_empty())
                .unwrap_or_else(|| "localhost".into());
            let port = url.port().unwrap_or(5432);
            let name = percent_decode(url.path().trim_start_matches('/'));
            let user = url.username();
            let user = if user.is_empty() {
                String::new()
            } else {
                format!(" as {user}")
            };
            format!("the database {name} on {host}:{port}{user}")
        }
        Err(_) => "DATABASE_URL (not a URL)".into(),
    }
}

/// Why a connection could not be made, in the words of the one who must fix it.
fn cause(error: &str) -> String {
    let has = |needle: &str| error.to_lowercase().contains(needle);
    if has("connection refused") {
        "the connection was refused: is PostgreSQL running and listening there?".into()
    } else if has("failed to lookup address")
        || has("name or service not known")
        || has("nodename nor servname")
        || has("no address associated")
    {
        "no such host: the name does not resolve".into()
    } else if has("password authentication failed")
        || has("authentication failed")
        || has("no pg_hba.conf entry")
        || (has("role") && has("does not exist"))
        || has("password missing")
    {
        format!("the server refused the user or password ({error})")
    } else if has("no such file or directory") {
        "nothing listens on that socket: is PostgreSQL running there?".into()
    } else {
        error.to_owned()
    }
}

/// The driver says only "error connecting to server" when the network is
/// the trouble: ask the network itself what it is.
async fn network_cause(database_url: &str) -> Option<String> {
    let url = url::Url::parse(database_url).ok()?;
    let host = percent_decode(url.host_str()?);
    if host.starts_with('/') {
        let socket =
            std::path::Path::new(&host).join(format!(".s.PGSQL.{}", url.port().unwrap_or(5432)));
        return (!socket.exists()).then(|| {
            format!(
                "there is no socket {}: is PostgreSQL running there?",
                socket.display()
            )
        });
    }
    let port = url.port().unwrap_or(5432);
    let attempt = tokio::time::timeout(
        Duration::from_secs(5),
        tokio::net::TcpStream::connect((host.as_str(), port)),
    )
    .await;
    match attempt {
        Err(_) => Some("no answer within 5 seconds".into()),
        Ok(Ok(_)) => None,
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            Some(cause("connection refused"))
        }
        Ok(Err(e)) => Some(cause(&e.to_string())),
    }
}

/// The message for a connection that failed with `error`.
async fn failure(database_url: &str, error: &str) -> AppError {
    let why = if error.contains("error connecting to server") {
        network_cause(database_url)
            .await
            .unwrap_or_else(|| cause(error))
    } else {
        cause(error)
    };
    unusable(database_url, why)
}

fn unusable(database_url: &str, why: impl std::fmt::Display) -> AppError {
    AppError::Start(format!("cannot use {}: {why}", describe_url(database_url)))
}

/// A connection, or a message naming where and why not; never waits more
/// than ten seconds for a server that does not answer.
async fn connect(url: &str, shown_as: &str) -> Result<AsyncPgConnection, AppError> {
    match tokio::time::timeout(Duration::from_secs(10), AsyncPgConnection::establish(url)).await {
        Ok(Ok(mut conn)) => {
            // Statements of a one-off connection are not worth caching, and
            // unnamed ones leave nothing behind on a pooler's server.
            conn.set_prepared_statement_cache_size(CacheSize::Disabled);
            Ok(conn)
        }
        Ok(Err(e)) => Err(failure(shown_as, &e.to_string()).await),
        Err(_) => Err(unusable(shown_as, "no answer within 10 seconds")),
    }
}

/// Creates the database named in `database_url` when it is missing.
pub async fn create_database_if_missing(database_url: &str) -> Result<(), AppError> {
    let (maintenance_url, name) = split_database_url(database_url)?;
    match tokio::time::timeout(
        Duration::from_secs(10),
        AsyncPgConnection::establish(database_url),
    )
    .await
    {
        Ok(Ok(_)) => return Ok(()),
        Ok(Err(e))
            if e.to_string().contains("does not exist") && e.to_string().contains("database") => {}
        Ok(Err(e)) => return Err(failure(database_url, &e.to_string()).await),
        Err(_) => return Err(unusable(database_url, "no answer within 10 seconds")),
    }
    let mut conn = connect(&maintenance_url, database_url).await?;
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
        Err(e) => Err(unusable(
            database_url,
            format!("it does not exist and cannot be created ({e})"),
        )),
    }
}

/// Runs every pending embedded migration, one instance at a time.
///
/// All of them run in one transaction that holds a transaction-level
/// advisory lock: a second instance waits for the first to commit, then finds
/// nothing to do. A session-level lock would be wrong behind a pooler in
/// transaction mode, which may run the unlock on another server connection.
pub async fn run_migrations(database_url: &str) -> Result<(), AppError> {
    let conn = connect(database_url, database_url).await?;
    // The harness blocks on the runtime internally: give it a thread of its own.
    let applied = tokio::task::spawn_blocking(move || {
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::from(conn);
        diesel::Connection::transaction(&mut conn, |conn| {
            diesel::RunQueryDsl::execute(
                diesel::sql_query(format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")),
                conn,
            )?;
            conn.run_pending_migrations(MIGRATIONS)
                .map(|versions| versions.len())
                .map_err(|e| MigrationFailed(e.to_string()).into())
        })
        .map_err(|e: diesel::result::Error| AppError::Internal(format!("migration failed: {e}")))
    })
    .await
    .map_err(AppError::internal)??;
    if applied > 0 {
        tracing::info!(applied, "ran database migrations");
    }
    Ok(())
}

/// A migration's own error, carried through diesel's transaction.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct MigrationFailed(String);

impl From<MigrationFailed> for diesel::result::Error {
    fn from(e: MigrationFailed) -> Self {
        diesel::result::Error::QueryBuilderError(Box::new(e))
    }
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
