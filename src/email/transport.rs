//! Where mail goes: an SMTP server through our connection pool (`smtp`),
//! or `.eml` files in a folder when no SMTP server is configured.

use std::path::PathBuf;
use std::time::Duration;

use lettre::Message;
use uuid::Uuid;

use super::SendError;
use super::smtp::SmtpPool;

pub enum Mailer {
    Smtp(SmtpPool),
    Files { dir: PathBuf },
}

impl Mailer {
    /// `smtp://host:port` (plain), `smtp://user:pass@host?tls=required`
    /// (STARTTLS) or `smtps://user:pass@host` (TLS); `ca`: PEM certificates to
    /// trust besides the system's roots.
    pub fn smtp(
        url: &str,
        pool_size: u32,
        timeout: Duration,
        ca: Option<&[u8]>,
    ) -> Result<Self, String> {
        Ok(Mailer::Smtp(SmtpPool::new(
            url,
            pool_size as usize,
            timeout,
            ca,
        )?))
    }

    pub fn files(dir: PathBuf) -> Self {
        Mailer::Files { dir }
    }

    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp(_) => "SMTP".into(),
            Mailer::Files { dir } => format!(".eml files in {}", dir.display()),
        }
    }

    pub async fn send(&self, id: Uuid, message: &Message) -> Result<(), SendError> {
        match self {
            Mailer::Smtp(pool) => pool.send(message.envelope(), &message.formatted()).await,
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
