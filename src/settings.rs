//! Configuration, read once from the environment at start and passed down.

use std::path::PathBuf;
use std::time::Duration;

use secrecy::SecretString;

use crate::db::PoolMode;
use crate::proxies::TrustedProxies;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Settings {
    /// Unset: Convene runs its own PostgreSQL under `data_dir/postgres`.
    pub database_url: Option<SecretString>,
    /// `DATA_DIR`: the embedded cluster and the default mail folder.
    pub data_dir: PathBuf,
    /// `PG_BIN`: where PostgreSQL's server programs are (else they are looked for).
    pub pg_bin: Option<PathBuf>,
    /// `127.0.0.1:0` picks a free port (tests).
    pub bind: String,
    /// Base of every link written into mail and pages; defaults to `http://<bound address>`.
    pub public_base_url: Option<String>,
    pub database_pool_size: usize,
    pub database_pool_mode: PoolMode,
    /// Group commit: most public sign-ups one statement writes (`SIGN_UP_BATCH_MAX`).
    pub sign_up_batch_max: usize,
    /// Group commit: most batches written at once, each on a connection of
    /// the pool (`SIGN_UP_WRITERS`).
    pub sign_up_writers: usize,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    pub log_format: LogFormat,
    /// Unset: mail is written as `.eml` files under `mail_dir`.
    pub smtp_url: Option<SecretString>,
    pub smtp_pool_size: u32,
    pub smtp_timeout: Duration,
    /// PEM certificates trusted for the SMTP server besides the system's
    /// roots: a relay with a private CA.
    pub smtp_ca_file: Option<PathBuf>,
    pub mail_dir: PathBuf,
    pub mail_from: String,
    /// Key of the links written into mail; unset, one is made and kept in the database.
    pub secret_key: Option<SecretString>,
    pub email_templates_dir: Option<PathBuf>,
    /// Whether this process delivers the outbox (any number of instances may).
    pub outbox_worker: bool,
    pub outbox_poll: Duration,
    /// First retry delay after a failed send; doubled for each further attempt.
    pub outbox_retry_base: Duration,
    /// How long a worker's claim on a mail lasts unless renewed (every third
    /// of it while the worker lives): a dead worker's mails wait this long.
    pub outbox_lease: Duration,
    /// Per client and minute on sign-ups, sign-in and token routes; 0: no limit.
    pub rate_limit_per_minute: u32,
    /// Peers whose `Forwarded`/`X-Forwarded-For` are believed (`TRUSTED_PROXIES`).
    pub trusted_proxies: TrustedProxies,
    /// How often each worker looks for reminders that are due.
    pub reminder_check: Duration,
    /// Days after a conference ends when its registrations are anonymised; 0: never.
    pub anonymize_after_days: u32,
    /// `WEBHOOK_ALLOW_HTTP=true`: webhook endpoints may be `http` and loopback
    /// (development and tests); otherwise `https` to public addresses only.
    pub webhook_allow_http: bool,
    /// The longest wait between two attempts of a webhook delivery
    /// (`WEBHOOK_RETRY_MAX_SECONDS`, six hours by default).
    pub webhook_retry_max: Duration,
}

pub const DEFAULT_MAIL_FROM: &str = "Convene <no-reply@localhost>";

impl Settings {
    pub fn from_env() -> Result<Self, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let number = |name: &str, default: usize| -> Result<usize, String> {
            match var(name) {
                None => Ok(default),
                Some(v) => v
                    .trim()
                    .parse()
                    .map_err(|_| format!("{name} must be a whole number, got {v:?}")),
            }
        };
        let log_format = match var("LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => return Err(format!("LOG_FORMAT must be text or json, got {other:?}")),
        };
        let data_dir = PathBuf::from(var("DATA_DIR").unwrap_or_else(|| "./data".into()));
        Ok(Settings {
            database_url: var("DATABASE_URL").map(SecretString::from),
            mail_dir: var("MAIL_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| data_dir.join("mail")),
            data_dir,
            pg_bin: var("PG_BIN").map(PathBuf::from),
            bind: var("BIND").unwrap_or_else(|| "127.0.0.1:8080".to_owned()),
            public_base_url: var("PUBLIC_BASE_URL").map(|u| u.trim_end_matches('/').to_owned()),
            database_pool_size: number("DATABASE_POOL_SIZE", 16)?.max(1),
            sign_up_batch_max: number("SIGN_UP_BATCH_MAX", 16)?.clamp(1, 1000),
            sign_up_writers: number("SIGN_UP_WRITERS", 2)?.max(1),
            database_pool_mode: var("DATABASE_POOL_MODE")
                .map(|v| PoolMode::parse(&v))
                .transpose()?
                .unwrap_or_default(),
            body_limit: number("BODY_LIMIT_BYTES", 64 * 1024)?,
            log_format,
            smtp_url: var("SMTP_URL").map(SecretString::from),
            smtp_pool_size: number("SMTP_POOL_SIZE", 8)?.clamp(1, 64) as u32,
            smtp_timeout: Duration::from_secs(number("SMTP_TIMEOUT_SECONDS", 30)?.max(1) as u64),
            smtp_ca_file: var("SMTP_CA_FILE").map(PathBuf::from),
            mail_from: var("MAIL_FROM").unwrap_or_else(|| DEFAULT_MAIL_FROM.into()),
            secret_key: var("SECRET_KEY").map(SecretString::from),
            email_templates_dir: var("EMAIL_TEMPLATES_DIR").map(PathBuf::from),
            outbox_worker: var("OUTBOX_WORKER").as_deref() != Some("off"),
            outbox_poll: Duration::from_millis(number("OUTBOX_POLL_MS", 1000)?.max(10) as u64),
            outbox_retry_base: Duration::from_millis(
                number("OUTBOX_RETRY_BASE_MS", 10_000)?.max(10) as u64,
            ),
            outbox_lease: Duration::from_millis(
                number("OUTBOX_LEASE_MS", 10_000)?.clamp(300, 3_600_000) as u64,
            ),
            rate_limit_per_minute: number("RATE_LIMIT_PER_MINUTE", 120)?.min(u32::MAX as usize)
                as u32,
            trusted_proxies: TrustedProxies::parse(&var("TRUSTED_PROXIES").unwrap_or_default())
                .map_err(|e| format!("TRUSTED_PROXIES: {e}"))?,
            reminder_check: Duration::from_secs(number("REMINDER_CHECK_SECONDS", 60)?.max(1) as u64),
            anonymize_after_days: number("ANONYMIZE_AFTER_DAYS", 365)?.min(36_500) as u32,
            webhook_allow_http: var("WEBHOOK_ALLOW_HTTP").as_deref() == Some("true"),
            webhook_retry_max: Duration::from_secs(
                number("WEBHOOK_RETRY_MAX_SECONDS", 6 * 3600)?.max(1) as u64,
            ),
        })
    }

    /// Settings for a test or a benchmark against the given database.
    pub fn for_database(database_url: &str) -> Self {
        Settings {
            database_url: Some(SecretString::from(database_url.to_owned())),
            data_dir: std::env::temp_dir(),
            pg_bin: None,
            bind: "127.0.0.1:0".into(),
            public_base_url: None,
            database_pool_size: 8,
            sign_up_batch_max: 16,
            sign_up_writers: 2,
            database_pool_mode: PoolMode::Session,
            body_limit: 64 * 1024,
            log_format: LogFormat::Text,
            smtp_url: None,
            smtp_pool_size: 4,
            smtp_timeout: Duration::from_secs(10),
            smtp_ca_file: None,
            mail_dir: std::env::temp_dir()
                .join(format!("convene-mail-{}", uuid::Uuid::new_v4().simple())),
            mail_from: DEFAULT_MAIL_FROM.into(),
            secret_key: None,
            email_templates_dir: None,
            outbox_worker: true,
            outbox_poll: Duration::from_millis(50),
            outbox_retry_base: Duration::from_millis(200),
            outbox_lease: Duration::from_secs(10),
            rate_limit_per_minute: 0,
            trusted_proxies: TrustedProxies::default(),
            reminder_check: Duration::from_millis(100),
            anonymize_after_days: 0,
            // The tests' receivers listen on loopback.
            webhook_allow_http: true,
            webhook_retry_max: Duration::from_secs(2),
        }
    }
}
