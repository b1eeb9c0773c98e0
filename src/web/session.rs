//! The dashboard's sign-in: a cookie holding the organizer's id and an expiry,
//! signed with the server key (HMAC-SHA256), so any instance can read it and
//! nothing is stored. Each form carries a CSRF token derived from the cookie.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::future::{Ready, ready};
use uuid::Uuid;

use crate::domain::secret::SigningKey;
use crate::state::AppState;

pub const COOKIE: &str = "convene_session";
const LIFETIME_HOURS: i64 = 12;

fn mac(key: &SigningKey, purpose: &str, payload: &str) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.as_bytes()).expect("HMAC key"); // ok: any length is a key
    mac.update(purpose.as_bytes());
    mac.update(b":");
    mac.update(payload.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// A new signed session value for the organizer.
pub fn issue(key: &SigningKey, organizer: Uuid) -> String {
    let mut nonce = [0u8; 16];
    rand::fill(&mut nonce);
    let expires = Utc::now().timestamp() + LIFETIME_HOURS * 3600;
    let payload = format!(
        "{}.{}.{}",
        organizer.simple(),
        expires,
        URL_SAFE_NO_PAD.encode(nonce)
    );
    let signature = URL_SAFE_NO_PAD.encode(mac(key, "session", &payload));
    format!("{payload}.{signature}")
}

/// The organizer of a valid, unexpired session value.
pub fn verify(key: &SigningKey, value: &str) -> Option<Uuid> {
    let (payload, signature) = value.rsplit_once('.')?;
    let given = URL_SAFE_NO_PAD.decode(signature).ok()?;
    let mut check = <Hmac<Sha256> as Mac>::new_from_slice(key.as_bytes()).ok()?;
    check.update(b"session:");
    check.update(payload.as_bytes());
    check.verify_slice(&given).ok()?;
    let mut parts = payload.split('.');
    let organizer = Uuid::parse_str(parts.next()?).ok()?;
    let expires: i64 = parts.next()?.parse().ok()?;
    (Utc::now().timestamp() < expires).then_some(organizer)
}

pub fn csrf_token(key: &SigningKey, session_value: &str) -> String {
    URL_SAFE_NO_PAD.encode(mac(key, "csrf", session_value))
}

pub fn cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(COOKIE, value)
        .path("/admin")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(CookieDuration::hours(LIFETIME_HOURS))
        .finish()
}

pub fn removal(secure: bool) -> Cookie<'static> {
    let mut c = cookie(String::new(), secure);
    c.make_removal();
    c
}

/// Where to go after signing in: a dashboard page of ours, never another
/// site (`//evil.example`) or a page outside the dashboard.
pub fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with("/admin") && !n.starts_with("//") && !n.contains('\\') => n,
        _ => "/admin",
    }
}

/// A signed-in organizer, with the CSRF token their forms must carry.
pub struct AdminSession {
    pub organizer: Uuid,
    pub csrf: String,
}

impl AdminSession {
    pub fn check_csrf(&self, given: Option<&str>) -> bool {
        given.is_some_and(|g| {
            g.len() == self.csrf.len()
                && g.bytes()
                    .zip(self.csrf.bytes())
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
        })
    }
}

/// Extracting it redirects to the sign-in page when there is no valid session.
impl FromRequest for AdminSession {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>();
        let session = state.and_then(|state| {
            let value = req.cookie(COOKIE)?.value().to_owned();
            let organizer = verify(&state.key, &value)?;
            Some(AdminSession {
                organizer,
                csrf: csrf_token(&state.key, &value),
            })
        });
        // Signed out, a page asked for comes back after the sign-in (a
        // check-in QR code opened by a phone's camera).
        let back = if req.method() == actix_web::http::Method::GET && req.path() != "/admin" {
            let here = req
                .uri()
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/admin");
            format!(
                "?next={}",
                percent_encoding::utf8_percent_encode(here, percent_encoding::NON_ALPHANUMERIC)
            )
        } else {
            String::new()
        };
        ready(session.ok_or_else(|| {
            actix_web::error::InternalError::from_response(
                "sign in first",
                actix_web::HttpResponse::SeeOther()
                    .insert_header(("Location", format!("/admin/login{back}")))
                    .finish(),
            )
            .into()
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_the_sign_in_only_a_dashboard_page() {
        assert_eq!(
            safe_next(Some("/admin/check-in/abc")),
            "/admin/check-in/abc"
        );
        assert_eq!(safe_next(Some("//evil.example/admin")), "/admin");
        assert_eq!(safe_next(Some("https://evil.example")), "/admin");
        assert_eq!(safe_next(Some("/c/some-event")), "/admin");
        assert_eq!(safe_next(Some("/admin\\@evil")), "/admin");
        assert_eq!(safe_next(None), "/admin");
    }

    #[test]
    fn sessions_verify_only_with_their_key_and_untouched() {
        let key = SigningKey::generate();
        let id = Uuid::new_v4();
        let value = issue(&key, id);
        assert_eq!(verify(&key, &value), Some(id));
        assert_eq!(verify(&SigningKey::generate(), &value), None);
        let tampered = value.replacen(
            &id.simple().to_string(),
            &Uuid::new_v4().simple().to_string(),
            1,
        );
        assert_eq!(verify(&key, &tampered), None);
        assert_eq!(verify(&key, "garbage"), None);
        assert_ne!(csrf_token(&key, &value), csrf_token(&key, &issue(&key, id)));
    }
}
