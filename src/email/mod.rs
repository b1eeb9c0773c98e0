//! Mail: templates, message composition and the SMTP or file transport.

pub mod compose;
pub mod smtp;
pub mod templates;
pub mod transport;
