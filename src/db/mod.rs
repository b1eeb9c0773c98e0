//! Every query and transaction of the service. Nothing outside this module
//! writes SQL.

pub mod actions;
pub mod attendance;
pub mod conferences;
pub mod decisions;
pub mod demo;
pub mod group_commit;
pub mod listing;
pub mod members;
pub mod messages;
pub mod migrate;
pub mod organizers;
pub mod outbox;
pub mod privacy;
pub mod questions;
pub mod registrations;
pub mod reminders;
pub mod report;
pub mod schema;
pub mod seats;
pub mod secrets;
pub mod sessions;
pub mod sql;
pub mod stats;
pub mod types;
pub mod webhooks;

use std::time::Duration;

use diesel::connection::CacheSize;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use futures_util::FutureExt;

use crate::error::AppError;

pub type DbPool = Pool<AsyncPgConnection>;
pub type Conn = AsyncPgConnection;

/// How the server behind `DATABASE_URL` pools connections (`DATABASE_POOL_MODE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PoolMode {
    /// PostgreSQL itself, or a pooler that gives each client its own server
    /// connection for as long as it stays connected: statements are prepared
    /// once per connection and reused.
    #[default]
    Session,
    /// A pooler such as PgBouncer in `pool_mode = transaction`, which may hand
    /// a client another server connection after every transaction: no
    /// statement outlives its round trip.
    Transaction,
}

impl PoolMode {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim() {
            "session" => Ok(PoolMode::Session),
            "transaction" => Ok(PoolMode::Transaction),
            other => Err(format!(
                "DATABASE_POOL_MODE must be session or transaction, got {other:?}"
            )),
        }
    }
}

pub fn pool(database_url: &str, max_size: usize, mode: PoolMode) -> Result<DbPool, AppError> {
    let mut config = ManagerConfig::default();
    // A checkout costs no round trip; a connection the server dropped fails its
    // first query with a 503 and is discarded by the pool.
    config.recycling_method = RecyclingMethod::Fast;
    if mode == PoolMode::Transaction {
        config.custom_setup = Box::new(|url| {
            async move {
                let mut conn = AsyncPgConnection::establish(url).await?;
                // Without a cache, the patched diesel-async sends each
                // statement unnamed in a single round trip
                // (vendor/diesel-async/PATCHED.md).
                conn.set_prepared_statement_cache_size(CacheSize::Disabled);
                Ok(conn)
            }
            .boxed()
        });
    }
    let manager = AsyncDieselConnectionManager::new_with_config(database_url, config);
    Pool::builder(manager)
        .max_size(max_size)
        .wait_timeout(Some(Duration::from_secs(5)))
        .create_timeout(Some(Duration::from_secs(5)))
        .runtime(deadpool::Runtime::Tokio1)
        .build()
        .map_err(AppError::internal)
}

pub async fn ping(pool: &DbPool) -> Result<(), AppError> {
    use diesel_async::RunQueryDsl;
    let mut conn = pool.get().await?;
    diesel::sql_query("SELECT 1").execute(&mut conn).await?;
    Ok(())
}
