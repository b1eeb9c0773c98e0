//! Black-box tests: the real application on a random port, against its own
//! PostgreSQL database cloned from a migrated template, spoken to over HTTP.

mod helpers;

mod accounts;
mod actions;
mod approval;
mod architecture;
mod attendance;
mod bad_input;
mod browser;
mod capacity;
mod conferences;
mod dashboard;
mod demo;
mod embed;
mod export;
mod first_start;
mod group_commit;
mod health;
mod hybrid;
mod languages;
mod mail;
mod manage;
mod messages;
mod openapi;
mod organizers;
mod ownership;
mod pages;
mod pgbouncer;
mod properties;
mod public;
mod questions;
mod ratelimit;
mod report;
mod roles;
mod sessions;
mod stats;
mod webhooks;
