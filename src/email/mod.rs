//! Mail: templates, message composition and the SMTP or file transport.

pub mod compose;
pub mod qr;
pub mod smtp;
pub mod templates;
pub mod transport;

/// Why a mail did not go out, as both transports report it.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The server refused for good (5xx): retrying will not help.
    #[error("permanent: {0}")]
    Permanent(String),
    /// Anything else: a 4xx, a refused connection, a timeout. Retried later.
    #[error("{0}")]
    Transient(String),
}
