//! One wiring for production, tests and benchmarks: build the application on a
//! listener, read back the port, run.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};
use secrecy::ExposeSecret;
use tracing_actix_web::TracingLogger;

use crate::db::{self, DbPool};
use crate::error::AppError;
use crate::extract;
use crate::routes;
use crate::settings::Settings;

/// What every handler can reach.
pub struct AppState {
    pub pool: DbPool,
    pub base_url: String,
    pub body_limit: usize,
}

pub struct Application {
    port: u16,
    base_url: String,
    server: Server,
}

impl Application {
    /// Creates the database when missing, migrates it, binds and wires the server.
    pub async fn build(settings: Settings) -> Result<Self, AppError> {
        let database_url = settings.database_url.expose_secret();
        db::migrate::create_database_if_missing(database_url).await?;
        db::migrate::run_migrations(database_url).await?;
        let pool = db::pool(database_url, settings.database_pool_size)?;

        let listener = TcpListener::bind(&settings.bind)
            .map_err(|e| AppError::Internal(format!("cannot listen on {}: {e}", settings.bind)))?;
        let address = listener.local_addr().map_err(AppError::internal)?;
        let base_url = settings
            .public_base_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}"));
        let state = web::Data::new(AppState {
            pool,
            base_url: base_url.clone(),
            body_limit: settings.body_limit,
        });
        let body_limit = settings.body_limit;
        let server = HttpServer::new(move || {
            App::new()
                .wrap(TracingLogger::default())
                .app_data(state.clone())
                .app_data(extract::payload_config(body_limit))
                .app_data(extract::path_config())
                .app_data(extract::query_config())
                .configure(routes::configure)
        })
        .listen(listener)
        .map_err(AppError::internal)?
        .shutdown_timeout(30)
        .run();
        Ok(Application {
            port: address.port(),
            base_url,
            server,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Serves until SIGTERM or Ctrl-C; in-flight requests are finished first.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}
