//! Webhooks as the Standard Webhooks specification signs them, the events a
//! conference can send, and which addresses a delivery may go to.

use std::net::IpAddr;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
pub enum EventType {
    #[serde(rename = "registration.created")]
    RegistrationCreated,
    #[serde(rename = "registration.updated")]
    RegistrationUpdated,
    #[serde(rename = "registration.cancelled")]
    RegistrationCancelled,
    #[serde(rename = "registration.promoted")]
    RegistrationPromoted,
    #[serde(rename = "registration.approved")]
    RegistrationApproved,
    #[serde(rename = "registration.declined")]
    RegistrationDeclined,
    #[serde(rename = "attendance.recorded")]
    AttendanceRecorded,
    #[serde(rename = "conference.updated")]
    ConferenceUpdated,
}

impl EventType {
    pub const ALL: [EventType; 8] = [
        EventType::RegistrationCreated,
        EventType::RegistrationUpdated,
        EventType::RegistrationCancelled,
        EventType::RegistrationPromoted,
        EventType::RegistrationApproved,
        EventType::RegistrationDeclined,
        EventType::AttendanceRecorded,
        EventType::ConferenceUpdated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::RegistrationCreated => "registration.created",
            EventType::RegistrationUpdated => "registration.updated",
            EventType::RegistrationCancelled => "registration.cancelled",
            EventType::RegistrationPromoted => "registration.promoted",
            EventType::RegistrationApproved => "registration.approved",
            EventType::RegistrationDeclined => "registration.declined",
            EventType::AttendanceRecorded => "attendance.recorded",
            EventType::ConferenceUpdated => "conference.updated",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == value)
    }

    /// Whether its `data` is a registration (else the conference).
    pub fn about_a_registration(self) -> bool {
        self != EventType::ConferenceUpdated
    }
}

/// A new endpoint's secret: `whsec_` and the base64 of 24 random bytes.
pub fn new_secret() -> String {
    let bytes: [u8; 24] = rand::random();
    format!("whsec_{}", STANDARD.encode(bytes))
}

/// `webhook-signature`: `v1,` and the base64 of HMAC-SHA256 over
/// `{id}.{timestamp}.{body}`, keyed with the secret's bytes.
pub fn signature(secret: &str, id: &str, timestamp: i64, body: &[u8]) -> Result<String, String> {
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").unwrap_or(secret))
        .map_err(|e| format!("the secret is not base64: {e}"))?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).map_err(|e| e.to_string())?;
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    Ok(format!(
        "v1,{}",
        STANDARD.encode(mac.finalize().into_bytes())
    ))
}

/// Addresses a delivery must never reach: the machine itself, the private
/// networks around it, link-local (cloud metadata), and the unroutable.
pub fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                // Carrier-grade NAT, 100.64.0.0/10.
                || (a == 100 && (64..128).contains(&b))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_internal(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                // Unique local fc00::/7 and link-local fe80::/10.
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

/// Whether `ip` may be delivered to: anything public, and loopback too when
/// development allows it.
pub fn may_reach(ip: IpAddr, allow_loopback: bool) -> bool {
    !is_internal(ip) || (allow_loopback && ip.is_loopback())
}

/// An endpoint's URL: absolute, `https` (or `http` when allowed), with a
/// host; an IP literal must be one a delivery may reach.
pub fn check_url(url: &str, allow_http: bool) -> Result<url::Url, String> {
    let parsed = url::Url::parse(url).map_err(|_| "must be an absolute https URL".to_owned())?;
    match parsed.scheme() {
        "https" => {}
        "http" if allow_http => {}
        _ => return Err("must be an absolute https URL".into()),
    }
    match parsed.host() {
        None => Err("must be an absolute https URL".into()),
        Some(url::Host::Ipv4(ip)) if !may_reach(IpAddr::V4(ip), allow_http) => {
            Err("must not point to a private, loopback or link-local address".into())
        }
        Some(url::Host::Ipv6(ip)) if !may_reach(IpAddr::V6(ip), allow_http) => {
            Err("must not point to a private, loopback or link-local address".into())
        }
        Some(_) => Ok(parsed),
    }
}

/// How long to wait before attempt `attempts + 1`: the outbox's backoff,
/// doubling from `base`, at most six hours.
pub fn retry_delay(base: std::time::Duration, attempts: i32) -> std::time::Duration {
    let factor = 2u32.saturating_pow(attempts.clamp(0, 20) as u32);
    base.saturating_mul(factor)
        .min(std::time::Duration::from_secs(6 * 3600))
}

/// A delivery still failing this long after its event is given up: the
/// receiver has been down for days, whatever the number of attempts.
pub const GIVE_UP_AFTER_HOURS: i64 = 72;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_specifications_own_example_signs_the_same() {
        // From the Standard Webhooks specification's test vectors.
        let sig = signature(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            br#"{"test": 2432232314}"#,
        )
        .unwrap();
        assert_eq!(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn internal_addresses_are_refused_unless_loopback_is_allowed() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:10.0.0.1",
        ] {
            let ip: IpAddr = ip.parse().unwrap();
            assert!(is_internal(ip), "{ip}");
            assert!(!may_reach(ip, false), "{ip}");
        }
        assert!(may_reach("127.0.0.1".parse().unwrap(), true));
        assert!(!may_reach("10.0.0.1".parse().unwrap(), true));
        assert!(may_reach("93.184.216.34".parse().unwrap(), false));
        assert!(may_reach("2606:4700::1".parse().unwrap(), false));
    }

    #[test]
    fn urls_must_be_https_and_not_internal() {
        assert!(check_url("https://crm.example.org/hook", false).is_ok());
        assert!(check_url("http://crm.example.org/hook", false).is_err());
        assert!(check_url("http://127.0.0.1:9000/hook", true).is_ok());
        assert!(check_url("https://10.0.0.5/hook", true).is_err());
        assert!(check_url("https://[::1]/hook", false).is_err());
        assert!(check_url("https://169.254.169.254/latest", false).is_err());
        assert!(check_url("/relative", false).is_err());
        assert!(check_url("ftp://example.org", false).is_err());
    }

    #[test]
    fn event_types_read_back_and_backoff_doubles() {
        for e in EventType::ALL {
            assert_eq!(EventType::parse(e.as_str()), Some(e));
        }
        assert_eq!(EventType::parse("registration.deleted"), None);
        let base = std::time::Duration::from_millis(100);
        assert_eq!(retry_delay(base, 0), base);
        assert_eq!(retry_delay(base, 3), base * 8);
        assert_eq!(
            retry_delay(base, 60),
            std::time::Duration::from_secs(6 * 3600)
        );
    }
}
