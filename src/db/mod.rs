//! Every query and transaction of the service. Nothing outside this module
//! writes SQL.

pub mod attendance;
pub mod conferences;
pub mod demo;
pub mod listing;
pub mod members;
pub mod migrate;
pub mod organizers;
pub mod outbox;
pub mod privacy;
pub mod questions;
pub mod registrations;
pub mod reminders;
pub mod schema;
pub mod seats;
pub mod secrets;
pub mod sessions;
pub mod sql;
pub mod stats;
pub mod types;

use std::time::Duration;

use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};

use crate::error::AppError;

pub type DbPool = Pool<AsyncPgConnection>;
pub type Conn = AsyncPgConnection;

pub fn pool(database_url: &str, max_size: usize) -> Result<DbPool, AppError> {
    let mut config = ManagerConfig::default();
    // A checkout costs no round trip; a connection the server dropped fails its
    // first query with a 503 and is discarded by the pool.
    config.recycling_method = RecyclingMethod::Fast;
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
