//! Convene: event and webinar registration.

pub mod db;
pub mod domain;
pub mod error;
pub mod extract;
pub mod routes;
pub mod settings;
pub mod startup;
pub mod telemetry;
