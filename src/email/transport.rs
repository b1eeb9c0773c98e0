//! Where mail goes: an SMTP server through lettre's pooled async transport,
//! or `.eml` files in a folder when no SMTP server is configured.

use std::path::PathBuf;
use std::time::Duration;

use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use uuid::Uuid;

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The server refused for good (5xx): retrying will not help.
    #[error("permanent: {0}")]
    Permanent(String),
    /// Anything else: a 4xx, a refused connection, a timeout. Retried later.
    #[error("{0}")]
    Transient(String),
}

pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        timeout: Duration,
    },
    Files {
        dir: PathBuf,
    },
}

impl Mailer {
    /// `smtp://host:port` (plain), `smtp://user:pass@host?tls=required`
    /// (STARTTLS) or `smtps://user:pass@host` (TLS).
    pub fn smtp(url: &str, pool_size: u32, timeout: Duration) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("SMTP_URL is not usable: {e}"))?
            .timeout(Some(timeout))
            .pool_config(PoolConfig::new().max_size(pool_size.max(1)))
            .build();
        Ok(Mailer::Smtp { transport, timeout })
    }

    pub fn files(dir: PathBuf) -> Self {
        Mailer::Files { dir }
    }

    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp { .. } => "SMTP".into(),
            Mailer::Files { dir } => format!(".eml files in {}", dir.display()),
        }
    }

    pub async fn send(&self, id: Uuid, message: &Message) -> Result<(), SendError> {
        match self {
            Mailer::Smtp { transport, timeout } => {
                match send_smtp(transport, *timeout, message).await {
                    // A pooled connection the server has closed fails once:
                    // the second try gets a fresh one.
                    Err(SendError::Transient(_)) => send_smtp(transport, *timeout, message).await,
                    other => other,
                }
            }
            Mailer::Files { dir } => {
                let io =
                    |e: std::io::Error| SendError::Transient(format!("{}: {e}", dir.display()));
                tokio::fs::create_dir_all(dir).await.map_err(io)?;
                // Named by the outbox id: a resend overwrites instead of duplicating.
                let path = dir.join(format!("{id}.eml"));
                let partial = dir.join(format!(".{id}.eml.partial"));
                tokio::fs::write(&partial, message.formatted())
                    .await
                    .map_err(io)?;
                tokio::fs::rename(&partial, &path).await.map_err(io)
            }
        }
    }
}

async fn send_smtp(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    timeout: Duration,
    message: &Message,
) -> Result<(), SendError> {
    // lettre's own timeout covers only connecting.
    match tokio::time::timeout(timeout, transport.send(message.clone())).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
        Ok(Err(e)) => Err(SendError::Transient(e.to_string())),
        Err(_) => Err(SendError::Transient(format!(
            "no answer within {timeout:?}"
        ))),
    }
}
