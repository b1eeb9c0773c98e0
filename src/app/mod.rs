//! The use cases: what the JSON API (`routes/`) and the pages (`web/`) both
//! call. A use case holds the workflow of one thing a person does (the access
//! check, the order of reads and writes, the mail it owes through the
//! outbox); `domain/` decides, `db/` reads and writes. Nothing here knows
//! HTTP: handlers extract, call one function here and answer.

pub mod access;
pub mod actions;
pub mod check_in;
pub mod conferences;
pub mod decisions;
pub mod export;
pub mod mail;
pub mod manage;
pub mod messages;
pub mod operations;
pub mod organizers;
pub mod questions;
pub mod registrations;
pub mod report;
pub mod sessions;
pub mod sign_up;
pub mod team;
pub mod webhooks;
