//! Server-rendered HTML pages: the public event pages and the manage page.
//! They work without JavaScript; forms post back and show errors in place.

pub mod admin;
pub mod docs;
pub mod forms;
pub mod language;
pub mod pages;
pub mod public;
pub mod session;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use serde::Serialize;

use crate::domain::language::Language;
use crate::error::AppError;
pub use language::page_language;

/// The one stylesheet of every page.
pub async fn style() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(include_str!("../../static/style.css"))
}

/// Headers every answer carries: no framing, no sniffing, no leaking of
/// manage links through the referrer, scripts from nowhere. An answer that
/// brings its own policy (the embed, framed by the sites its conference
/// names) keeps it, and is not denied framing by `X-Frame-Options`.
pub async fn security_headers(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
                 frame-ancestors 'none'; base-uri 'none'",
            ),
        );
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    Ok(response)
}

/// A page answering an error: the same meaning as the API's, as HTML.
#[cfg(test)]
mod tests {
    use super::origin_of;

    #[test]
    fn origins_match_exactly() {
        let base = origin_of("http://127.0.0.1:8080");
        assert_eq!(origin_of("http://127.0.0.1:8080"), base);
        assert_ne!(origin_of("http://127.0.0.1:80"), base);
        assert_ne!(origin_of("http://127.0.0.1"), base);
        assert_ne!(origin_of("https://127.0.0.1:8080"), base);
        assert_eq!(
            origin_of("https://events.example.org:443"),
            origin_of("https://events.example.org/c/x")
        );
        assert_ne!(
            origin_of("https://events.example.org.evil.test"),
            origin_of("https://events.example.org")
        );
        assert_eq!(origin_of("null"), None);
    }
}

#[derive(Debug)]
pub struct PageError(pub AppError);

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError(e)
    }
}

impl From<minijinja::Error> for PageError {
    fn from(e: minijinja::Error) -> Self {
        PageError(AppError::Internal(format!("page template: {e:#}")))
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.0.status_code()
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let lang = page_language(None, None);
        let t = |id| crate::i18n::t(lang, id);
        let (title, detail) = match &self.0 {
            AppError::NotFound | AppError::NoRoute => {
                (t("error-not-found"), t("error-not-found-detail"))
            }
            AppError::Internal(cause) => {
                tracing::error!(%cause, "page failed");
                (t("error-internal"), t("error-internal-detail"))
            }
            other => {
                let title = match status {
                    StatusCode::FORBIDDEN => "error-forbidden",
                    StatusCode::CONFLICT => "error-conflict",
                    StatusCode::GONE => "error-gone",
                    StatusCode::TOO_MANY_REQUESTS => "error-too-many",
                    StatusCode::SERVICE_UNAVAILABLE => "error-unavailable",
                    StatusCode::UNAUTHORIZED => "error-unauthorized",
                    _ => "error-bad-request",
                };
                let detail = match other {
                    AppError::Validation(e) => e
                        .fields()
                        .flat_map(|(_, messages)| messages)
                        .map(|m| crate::i18n::CATALOGUE.form_message(lang, m))
                        .collect::<Vec<_>>()
                        .join("; "),
                    other => crate::i18n::CATALOGUE.form_message(lang, &other.to_string()),
                };
                (t(title), detail)
            }
        };
        let body = pages::PAGES
            .render(
                "error.html",
                lang,
                &serde_json::json!({"title": title, "detail": detail}),
            )
            .unwrap_or_else(|_| format!("<!doctype html><title>{title}</title><h1>{title}</h1>"));
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(body)
    }
}

pub fn html(
    status: StatusCode,
    template: &str,
    lang: Language,
    context: &impl Serialize,
) -> Result<HttpResponse, PageError> {
    let body = pages::PAGES.render(template, lang, context)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .body(body))
}

/// A form post must come from our own pages: browsers say where a request
/// comes from, and a cross-site submission is refused.
/// A form post from another site is refused before anything is read.
pub fn require_same_origin(req: &HttpRequest, base_url: &str) -> Result<(), PageError> {
    if same_origin(req, base_url) {
        Ok(())
    } else {
        Err(AppError::Forbidden("this form can only be sent from its own page".into()).into())
    }
}

pub fn same_origin(req: &HttpRequest, base_url: &str) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => {
            let sent = origin_of(origin);
            sent.is_some()
                && (sent == origin_of(base_url) || sent == origin_of(&request_origin(req)))
        }
        None => true,
    }
}

/// Scheme, host and port of an address, default ports left out, as browsers
/// write `Origin`: two origins are the same only when all three are.
fn origin_of(address: &str) -> Option<String> {
    let origin = url::Url::parse(address).ok()?.origin();
    origin.is_tuple().then(|| origin.ascii_serialization())
}

fn request_origin(req: &HttpRequest) -> String {
    let info = req.connection_info();
    format!("{}://{}", info.scheme(), info.host())
}
