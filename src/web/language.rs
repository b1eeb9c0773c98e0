//! The language a page is written in: what the visitor asked for (`?lang=`,
//! remembered in a cookie), what their browser accepts, and what the page is
//! about (a registration, a conference), in the contract's order.

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use serde::Serialize;

use crate::domain::language::{Language, Wishes, negotiate};

/// Remembers `?lang=` site-wide.
pub const COOKIE: &str = "convene_lang";

/// What one request says about its language, read once by the middleware
/// and kept for the handler, the page it renders and its error page.
#[derive(Debug, Clone, Default)]
struct Visitor {
    asked: Option<Language>,
    accept_language: Option<String>,
    /// Where the links to the other languages go: this page again.
    path: String,
    /// The query without `lang`, kept on those links.
    query: Vec<(String, String)>,
}

tokio::task_local! {
    static VISITOR: Visitor;
}

fn read(req: &ServiceRequest) -> (Visitor, Option<Language>) {
    let mut query = Vec::new();
    let mut from_query = None;
    for (key, value) in url::form_urlencoded::parse(req.query_string().as_bytes()) {
        if key == "lang" {
            from_query = from_query.or_else(|| Language::parse(value.trim()));
        } else {
            query.push((key.into_owned(), value.into_owned()));
        }
    }
    let from_cookie = req.cookie(COOKIE).and_then(|c| Language::parse(c.value()));
    // A form answered by a POST is shown at an address that only takes
    // posts: its links lead to the page the form was on.
    let path = if req.method() == Method::GET || req.method() == Method::HEAD {
        req.path().to_owned()
    } else {
        query.clear();
        match req.path().rsplit_once('/') {
            Some((parent, _)) if !parent.is_empty() => parent.to_owned(),
            _ => "/".to_owned(),
        }
    };
    let visitor = Visitor {
        asked: from_query.or(from_cookie),
        accept_language: req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        path,
        query,
    };
    (visitor, from_query)
}

/// Reads the visitor's wishes for every page request and remembers a
/// `?lang=` in the cookie. The API is left alone: it answers in English.
pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.path().starts_with("/api/") {
        return next.call(req).await;
    }
    let (visitor, asked) = read(&req);
    let mut response = VISITOR.scope(visitor, next.call(req)).await?;
    // The same address answers in another language to another browser.
    response.headers_mut().append(
        header::VARY,
        header::HeaderValue::from_static("Accept-Language, Cookie"),
    );
    if let Some(lang) = asked {
        let cookie = Cookie::build(COOKIE, lang.as_str())
            .path("/")
            .max_age(actix_web::cookie::time::Duration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .finish();
        // A cookie that cannot be written costs only the remembering.
        let _ = response.response_mut().add_cookie(&cookie);
    }
    Ok(response)
}

/// The language of the page being answered: `?lang`/cookie, then the
/// registration's (on a registrant's own pages), then `Accept-Language`,
/// then the conference's, then English.
pub fn page_language(conference: Option<Language>, registration: Option<Language>) -> Language {
    VISITOR
        .try_with(|v| {
            negotiate(Wishes {
                asked: v.asked.map(Language::as_str),
                registration,
                accept_language: v.accept_language.as_deref(),
                conference,
            })
        })
        .unwrap_or_else(|_| {
            negotiate(Wishes {
                registration,
                conference,
                ..Default::default()
            })
        })
}

/// A link to this page in another language, named in that language.
#[derive(Debug, Serialize)]
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
}

pub fn native_name(lang: Language) -> &'static str {
    match lang {
        Language::En => "English",
        Language::Fr => "Français",
        Language::De => "Deutsch",
        Language::Es => "Español",
        Language::It => "Italiano",
    }
}

/// The other four languages of the page being answered.
pub fn other_languages(current: Language) -> Vec<LanguageLink> {
    let (path, query) = VISITOR
        .try_with(|v| (v.path.clone(), v.query.clone()))
        .unwrap_or_else(|_| ("/".to_owned(), Vec::new()));
    Language::ALL
        .into_iter()
        .filter(|l| *l != current)
        .map(|lang| {
            let mut q = url::form_urlencoded::Serializer::new(String::new());
            for (k, v) in &query {
                q.append_pair(k, v);
            }
            q.append_pair("lang", lang.as_str());
            LanguageLink {
                code: lang.as_str(),
                name: native_name(lang),
                href: format!("{path}?{}", q.finish()),
            }
        })
        .collect()
}
