//! One wiring for production, tests and benchmarks: build the application on a
//! listener, read back the port, run.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};
use secrecy::ExposeSecret;
use tracing_actix_web::TracingLogger;

use lettre::message::Mailbox;
use tokio::sync::watch;

use crate::db::{self, DbPool};
use crate::domain::secret::SigningKey;
use crate::email::templates::Templates;
use crate::email::transport::Mailer;
use crate::error::AppError;
use crate::extract;
use crate::routes;
use crate::settings::Settings;
use crate::state::AppState;
use crate::worker::MailWorker;

pub struct Application {
    port: u16,
    base_url: String,
    server: Server,
    worker: Option<MailWorker>,
    hooks: Option<crate::webhook_worker::WebhookWorker>,
}

impl Application {
    /// Creates the database when missing, migrates it, binds and wires the server.
    pub async fn build(settings: Settings) -> Result<Self, AppError> {
        // `main` starts the embedded cluster first when DATABASE_URL is unset.
        let database_url = settings
            .database_url
            .as_ref()
            .ok_or_else(|| AppError::Start("no database to use".into()))?
            .expose_secret();
        db::migrate::create_database_if_missing(database_url).await?;
        db::migrate::run_migrations(database_url).await?;
        let pool = db::pool(
            database_url,
            settings.database_pool_size,
            settings.database_pool_mode,
        )?;

        let listener = TcpListener::bind(&settings.bind)
            .map_err(|e| AppError::Internal(format!("cannot listen on {}: {e}", settings.bind)))?;
        let address = listener.local_addr().map_err(AppError::internal)?;
        let base_url = settings
            .public_base_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}"));
        let key = signing_key(&settings, &pool).await?;
        let mail_from: Mailbox = settings
            .mail_from
            .parse()
            .map_err(|e| AppError::Internal(format!("MAIL_FROM is not a mailbox: {e}")))?;
        let worker = if settings.outbox_worker {
            let mailer = match &settings.smtp_url {
                Some(url) => {
                    let ca = match &settings.smtp_ca_file {
                        Some(path) => Some(std::fs::read(path).map_err(|e| {
                            AppError::Internal(format!(
                                "SMTP_CA_FILE {} cannot be read: {e}",
                                path.display()
                            ))
                        })?),
                        None => None,
                    };
                    Mailer::smtp(
                        url.expose_secret(),
                        settings.smtp_pool_size,
                        settings.smtp_timeout,
                        ca.as_deref(),
                    )
                    .map_err(AppError::Internal)?
                }
                None => Mailer::files(settings.mail_dir.clone()),
            };
            tracing::info!(transport = mailer.describe(), "outbox worker delivers mail");
            Some(MailWorker {
                pool: pool.clone(),
                delivery_pool: db::pool(
                    database_url,
                    settings.smtp_pool_size as usize,
                    settings.database_pool_mode,
                )?,
                mailer: Arc::new(mailer),
                templates: Arc::new(Templates::new(settings.email_templates_dir.clone())),
                base_url: base_url.clone(),
                from: mail_from.clone(),
                key: key.clone(),
                poll: settings.outbox_poll,
                retry_base: settings.outbox_retry_base,
                lease: settings.outbox_lease,
                concurrency: settings.smtp_pool_size as usize,
                reminder_check: settings.reminder_check,
                anonymize_after: (settings.anonymize_after_days > 0)
                    .then(|| chrono::Duration::days(i64::from(settings.anonymize_after_days))),
            })
        } else {
            None
        };
        let hooks = settings
            .outbox_worker
            .then(|| crate::webhook_worker::WebhookWorker {
                pool: pool.clone(),
                describe: crate::routes::views::webhook_data,
                // Most conferences have no webhook: an idle worker looks
                // twice a second at most.
                poll: settings
                    .outbox_poll
                    .max(std::time::Duration::from_millis(500)),
                retry_base: settings.outbox_retry_base,
                retry_max: settings.webhook_retry_max,
                timeout: std::time::Duration::from_secs(10),
                allow_loopback: settings.webhook_allow_http,
            });
        let sign_ups = db::group_commit::SignUps::start(
            pool.clone(),
            settings.sign_up_batch_max,
            settings.sign_up_writers,
        );
        let state = web::Data::new(AppState {
            pool,
            base_url: base_url.clone(),
            body_limit: settings.body_limit,
            key,
            mail_from,
            limits: crate::ratelimit::RateLimits::new(settings.rate_limit_per_minute),
            proxies: settings.trusted_proxies.clone(),
            webhook_allow_http: settings.webhook_allow_http,
            sign_ups,
            forms: Default::default(),
        });
        let sweeper = state.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
            loop {
                tick.tick().await;
                sweeper.limits.forget_idle();
            }
        });
        crate::telemetry_metrics::handle();
        let body_limit = settings.body_limit;
        let server = HttpServer::new(move || {
            App::new()
                .wrap(actix_web::middleware::from_fn(
                    crate::telemetry_metrics::track,
                ))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::language::middleware,
                ))
                .wrap(actix_web::middleware::from_fn(crate::web::security_headers))
                .wrap(TracingLogger::<crate::http::ClientSpan>::new())
                .app_data(state.clone())
                .app_data(extract::payload_config(body_limit))
                .app_data(routes::path_config())
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
            worker,
            hooks,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server (and then the worker) from the outside, as SIGTERM does.
    pub fn server_handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Serves until SIGTERM or Ctrl-C; in-flight requests are finished first,
    /// then the outbox worker finishes the mail it holds.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let (stop, stopped) = watch::channel(false);
        let hooks = self.hooks.map(|h| tokio::spawn(h.run(stopped.clone())));
        let worker = self.worker.map(|w| tokio::spawn(w.run(stopped)));
        let result = self.server.await;
        let _ = stop.send(true);
        if let Some(worker) = worker {
            let _ = worker.await;
        }
        if let Some(hooks) = hooks {
            let _ = hooks.await;
        }
        result
    }
}

/// The key of manage and join links: `SECRET_KEY`, or the one kept in the database.
pub async fn signing_key(settings: &Settings, pool: &DbPool) -> Result<SigningKey, AppError> {
    match &settings.secret_key {
        Some(secret) => Ok(SigningKey::from_secret(secret.expose_secret())),
        None => db::secrets::signing_key(pool).await,
    }
}
