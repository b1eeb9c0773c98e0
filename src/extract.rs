//! Request extractors that turn every kind of bad input into a clear 4xx
//! problem: strict JSON bodies, bearer tokens, paths and query strings.

use std::future::{Future, Ready, ready};
use std::pin::Pin;

use actix_web::error::{PayloadError, QueryPayloadError};
use actix_web::http::{StatusCode, header};
use actix_web::web::{Bytes, PayloadConfig, QueryConfig};
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::domain::secret;
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;
use crate::state::AppState;

pub fn payload_config(limit: usize) -> PayloadConfig {
    PayloadConfig::new(limit)
}

/// A malformed id in a path can name nothing: 404, like an id that does not exist.
pub fn query_config() -> QueryConfig {
    QueryConfig::default().error_handler(|error, _| {
        let message = match &error {
            QueryPayloadError::Deserialize(e) => e.to_string(),
            other => other.to_string(),
        };
        AppError::invalid("query", message).into()
    })
}

/// A JSON body parsed strictly: wrong content type 415, too large 413,
/// malformed 400, wrong types, unknown fields or NUL characters 422 with the
/// offending field named.
pub struct StrictJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for StrictJson<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = json_body::<T>(req, payload, false);
        Box::pin(async move {
            match body.await? {
                Some(value) => Ok(StrictJson(value)),
                None => Err(AppError::BadRequest("a JSON body is required".into())),
            }
        })
    }
}

/// A JSON body that may also be left out (no body at all): then `T::default()`.
pub struct OptionalJson<T>(pub T);

impl<T: DeserializeOwned + Default + 'static> FromRequest for OptionalJson<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = json_body::<T>(req, payload, true);
        Box::pin(async move { body.await.map(|v| OptionalJson(v.unwrap_or_default())) })
    }
}

/// Reads and parses a JSON body; `None` only when `may_be_empty` and there is none.
fn json_body<T: DeserializeOwned + 'static>(
    req: &HttpRequest,
    payload: &mut Payload,
    may_be_empty: bool,
) -> impl Future<Output = Result<Option<T>, AppError>> + 'static {
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| {
            let v = v.trim().to_ascii_lowercase();
            v == "application/json" || (v.starts_with("application/") && v.ends_with("+json"))
        })
        .unwrap_or(false);
    let limit = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.body_limit)
        .unwrap_or_default();
    let body = Bytes::from_request(req, payload);
    async move {
        let bytes = body.await.map_err(|e| match e.as_error::<PayloadError>() {
            Some(PayloadError::Overflow) => AppError::PayloadTooLarge(limit),
            _ if e.error_response().status() == StatusCode::PAYLOAD_TOO_LARGE => {
                AppError::PayloadTooLarge(limit)
            }
            _ => AppError::BadRequest(format!("could not read the body: {e}")),
        })?;
        if may_be_empty && bytes.is_empty() {
            return Ok(None);
        }
        if !is_json {
            return Err(AppError::UnsupportedMediaType);
        }
        parse_json(&bytes).map(Some)
    }
}

pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| AppError::BadRequest(format!("the body is not valid JSON: {e}")))?;
    if let Some(path) = find_nul(&value, String::new()) {
        let field = if path.is_empty() {
            "body".to_owned()
        } else {
            path
        };
        return Err(AppError::invalid(&field, "must not contain NUL characters"));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { "body".to_owned() } else { path };
        let message = e.into_inner().to_string();
        AppError::Validation(field_error(&field, &message))
    })
}

fn field_error(field: &str, message: &str) -> ValidationErrors {
    // serde names an unknown field in its message, not its path.
    // The path of an unknown field already ends with its name.
    if message.starts_with("unknown field `") {
        return ValidationErrors::single(field, "is not a known field");
    }
    if let Some(rest) = message.strip_prefix("missing field `")
        && let Some((name, _)) = rest.split_once('`')
    {
        let full = if field == "body" {
            name.to_owned()
        } else {
            format!("{field}.{name}")
        };
        return ValidationErrors::single(full, "is required");
    }
    ValidationErrors::single(field, message)
}

fn find_nul(value: &serde_json::Value, path: String) -> Option<String> {
    match value {
        serde_json::Value::String(s) if s.contains('\0') => Some(path),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| find_nul(v, format!("{path}[{i}]"))),
        serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| {
            if k.contains('\0') {
                return Some(path.clone());
            }
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            find_nul(v, p)
        }),
        _ => None,
    }
}

/// The organizer a bearer token belongs to.
pub struct Organizer(pub Uuid);

impl FromRequest for Organizer {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|t| t.trim().to_owned());
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let unauthorized = || AppError::Unauthorized("a valid bearer token is required".into());
            let token = token.ok_or_else(unauthorized)?;
            if !secret::looks_valid(&token) {
                return Err(unauthorized());
            }
            let state = state.ok_or_else(|| AppError::internal("application state missing"))?;
            crate::app::organizers::by_token(&state, &token)
                .await?
                .map(Organizer)
                .ok_or_else(unauthorized)
        })
    }
}

/// The limit of a raw body on one route, above the service's `BODY_LIMIT_BYTES`
/// (a participant report of tens of thousands of rows is several megabytes).
#[derive(Clone, Copy)]
pub struct BodyLimit(pub usize);

/// A raw body read up to the route's [`BodyLimit`] (else `BODY_LIMIT_BYTES`):
/// one byte more is a problem+json 413, like every other error of the API.
pub struct Body(pub Bytes);

impl FromRequest for Body {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = req
            .app_data::<BodyLimit>()
            .map(|l| l.0)
            .or_else(|| req.app_data::<web::Data<AppState>>().map(|s| s.body_limit))
            .unwrap_or_default();
        let mut payload = payload.take();
        Box::pin(async move {
            use futures_util::StreamExt;
            let mut body = bytes::BytesMut::new();
            while let Some(chunk) = payload.next().await {
                let chunk = chunk
                    .map_err(|e| AppError::BadRequest(format!("could not read the body: {e}")))?;
                if body.len() + chunk.len() > limit {
                    return Err(AppError::PayloadTooLarge(limit));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(Body(body.freeze()))
        })
    }
}

/// Extracting it spends one request of the client's allowance in group `G`.
pub struct Throttle<const G: u8>;

impl<const G: u8> FromRequest for Throttle<G> {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let result = match (req.app_data::<web::Data<AppState>>(), req.peer_addr()) {
            (Some(state), Some(_)) => state
                .limits
                .check(G, crate::http::client_ip(req))
                .map(|()| Throttle),
            _ => Ok(Throttle),
        };
        ready(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        count: Option<u8>,
    }

    fn fields(e: AppError) -> Vec<String> {
        match e {
            AppError::Validation(v) => v.fields().map(|(f, _)| f.clone()).collect(),
            other => vec![format!("not a validation error: {other}")],
        }
    }

    #[test]
    fn names_the_field_at_fault() {
        assert!(matches!(
            parse_json::<Body>(b"{"),
            Err(AppError::BadRequest(_))
        ));
        assert_eq!(
            fields(parse_json::<Body>(br#"{"name": 1}"#).unwrap_err()),
            ["name"]
        );
        assert_eq!(
            fields(parse_json::<Body>(br#"{"name": "a", "x": 1}"#).unwrap_err()),
            ["x"]
        );
        assert_eq!(fields(parse_json::<Body>(br#"{}"#).unwrap_err()), ["name"]);
        assert_eq!(
            fields(parse_json::<Body>(br#"{"name": "a\u0000"}"#).unwrap_err()),
            ["name"]
        );
        assert_eq!(
            fields(parse_json::<Body>(br#"{"name": "a", "count": 300}"#).unwrap_err()),
            ["count"]
        );
    }
}
