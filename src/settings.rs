//! Configuration, read once from the environment at start and passed down.

use secrecy::SecretString;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: SecretString,
    /// `127.0.0.1:0` picks a free port (tests).
    pub bind: String,
    /// Base of every link written into mail and pages; defaults to `http://<bound address>`.
    pub public_base_url: Option<String>,
    pub database_pool_size: usize,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    pub log_format: LogFormat,
}

pub const DEFAULT_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/convene";

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
        Ok(Settings {
            database_url: SecretString::from(
                var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            ),
            bind: var("BIND").unwrap_or_else(|| "127.0.0.1:8080".to_owned()),
            public_base_url: var("PUBLIC_BASE_URL").map(|u| u.trim_end_matches('/').to_owned()),
            database_pool_size: number("DATABASE_POOL_SIZE", 16)?.max(1),
            body_limit: number("BODY_LIMIT_BYTES", 64 * 1024)?,
            log_format,
        })
    }

    /// Settings for a test or a benchmark against the given database.
    pub fn for_database(database_url: &str) -> Self {
        Settings {
            database_url: SecretString::from(database_url.to_owned()),
            bind: "127.0.0.1:0".into(),
            public_base_url: None,
            database_pool_size: 8,
            body_limit: 64 * 1024,
            log_format: LogFormat::Text,
        }
    }
}
