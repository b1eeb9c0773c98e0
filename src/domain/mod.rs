//! Rules of the registration service as plain types and functions: no I/O, unit-tested.

pub mod attendance;
pub mod conference;
pub mod countries;
pub mod email;
pub mod language;
pub mod mail;
pub mod message;
pub mod password;
pub mod patch;
pub mod question;
pub mod registration;
pub mod report;
pub mod role;
pub mod secret;
pub mod session;
pub mod stats;
pub mod text;
pub mod validation;
pub mod webhook;
