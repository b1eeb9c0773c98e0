//! Convene: event and webinar registration.

pub mod app;
pub mod calendar;
pub mod db;
pub mod demo;
pub mod display;
pub mod domain;
pub mod email;
pub mod embedded;
pub mod error;
pub mod export;
pub mod extract;
pub mod http;
pub mod i18n;
pub mod proxies;
pub mod ratelimit;
pub mod routes;

pub mod settings;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod telemetry_metrics;
pub mod web;
pub mod webhook_worker;
pub mod worker;
