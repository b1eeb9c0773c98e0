use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::patch::nullable;
use super::text;
use super::validation::ValidationErrors;

/// Seats are rows (see the `seats` table), so a capacity is bounded.
pub const MAX_CAPACITY: i32 = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Online,
    InPerson,
    Hybrid,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Online => "online",
            Format::InPerson => "in_person",
            Format::Hybrid => "hybrid",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "online" => Some(Format::Online),
            "in_person" => Some(Format::InPerson),
            "hybrid" => Some(Format::Hybrid),
            _ => None,
        }
    }
}

/// The IANA time zone a conference is held in, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(pub Tz);

impl Zone {
    pub fn parse(value: &str) -> Option<Self> {
        value.parse().ok().map(Zone)
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConferenceStatus {
    Draft,
    Published,
    Cancelled,
}

impl ConferenceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ConferenceStatus::Draft => "draft",
            ConferenceStatus::Published => "published",
            ConferenceStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "draft" => Some(ConferenceStatus::Draft),
            "published" => Some(ConferenceStatus::Published),
            "cancelled" => Some(ConferenceStatus::Cancelled),
            _ => None,
        }
    }
}

/// Conference fields as a POST or PATCH body carries them; absent fields keep
/// their value (or their default on creation).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ConferenceFields)]
pub struct ConferenceChanges {
    pub slug: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub timezone: Option<String>,
    pub starts_at: Option<DateTime<FixedOffset>>,
    pub ends_at: Option<DateTime<FixedOffset>>,
    pub format: Option<Format>,
    #[schema(value_type = Option<String>)]
    #[serde(default, deserialize_with = "nullable")]
    pub venue: Option<Option<String>>,
    #[schema(value_type = Option<String>)]
    #[serde(default, deserialize_with = "nullable")]
    pub online_url: Option<Option<String>>,
    #[schema(value_type = Option<String>)]
    #[serde(default, deserialize_with = "nullable")]
    pub recording_url: Option<Option<String>>,
    #[schema(value_type = Option<i32>)]
    #[serde(default, deserialize_with = "nullable")]
    pub capacity: Option<Option<i32>>,
    #[schema(value_type = Option<String>, format = DateTime)]
    #[serde(default, deserialize_with = "nullable")]
    pub registration_opens_at: Option<Option<DateTime<FixedOffset>>>,
    #[schema(value_type = Option<String>, format = DateTime)]
    #[serde(default, deserialize_with = "nullable")]
    pub registration_closes_at: Option<Option<DateTime<FixedOffset>>>,
    pub status: Option<ConferenceStatus>,
    pub require_email_confirmation: Option<bool>,
    /// Sign-ups wait for an organizer's decision (not with email confirmation).
    pub require_approval: Option<bool>,
    pub confirmation_hold_minutes: Option<i32>,
    /// Minutes before the start at which confirmed registrants are reminded.
    pub reminder_minutes: Option<Vec<i32>>,
    /// The choices the form offers under "You are" (default: researcher,
    /// policy maker, practitioner, civil society, other).
    pub categories: Option<Vec<String>>,
    /// Places in the room of a hybrid conference (null: unlimited).
    #[schema(value_type = Option<i32>)]
    #[serde(default, deserialize_with = "nullable")]
    pub in_person_capacity: Option<Option<i32>>,
    /// Online places of a hybrid conference (null: unlimited).
    #[schema(value_type = Option<i32>)]
    #[serde(default, deserialize_with = "nullable")]
    pub online_capacity: Option<Option<i32>>,
    /// `en` (default), `fr`, `de`, `es` or `it`: its pages and mails where
    /// nobody chose another.
    pub language: Option<super::language::Language>,
    /// Sites allowed to frame the embeddable form (`/c/{slug}/embed`), as
    /// origins such as `https://spring-project.eu`; empty: none.
    pub embed_origins: Option<Vec<String>>,
}

/// A conference whose every rule holds: what gets stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ConferenceData {
    pub slug: String,
    /// The slug was made from the title, so a clash is resolved with a suffix
    /// instead of refused.
    pub slug_derived: bool,
    pub title: String,
    pub description: String,
    pub timezone: Tz,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub format: Format,
    pub venue: Option<String>,
    pub online_url: Option<String>,
    pub recording_url: Option<String>,
    pub capacity: Option<i32>,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub status: ConferenceStatus,
    pub require_email_confirmation: bool,
    pub require_approval: bool,
    pub confirmation_hold_minutes: i32,
    pub reminder_minutes: Vec<i32>,
    pub categories: Vec<String>,
    pub in_person_capacity: Option<i32>,
    pub online_capacity: Option<i32>,
    pub language: super::language::Language,
    pub embed_origins: Vec<String>,
}

impl ConferenceData {
    /// A new conference from a POST body.
    pub fn create(changes: ConferenceChanges) -> Result<Self, ValidationErrors> {
        build(None, changes)
    }

    /// This conference with a PATCH body applied, every rule checked again.
    pub fn apply(&self, changes: ConferenceChanges) -> Result<Self, ValidationErrors> {
        build(Some(self), changes)
    }
}

fn required<T>(errors: &mut ValidationErrors, field: &str, value: Option<T>) -> Option<T> {
    if value.is_none() {
        errors.add(field, "is required");
    }
    value
}

fn build(
    base: Option<&ConferenceData>,
    c: ConferenceChanges,
) -> Result<ConferenceData, ValidationErrors> {
    let mut errors = ValidationErrors::new();

    let title = match c.title {
        Some(t) => errors.check("title", text::line(&t, 200)),
        None => required(&mut errors, "title", base.map(|b| b.title.clone())),
    };
    let (slug, slug_derived) = match (c.slug, base) {
        (Some(s), _) => (errors.check("slug", parse_slug(&s)), false),
        (None, Some(b)) => (Some(b.slug.clone()), b.slug_derived),
        (None, None) => (title.as_deref().map(derive_slug), true),
    };
    let description = match c.description {
        Some(d) => errors.check("description", text::prose(&d, 20_000)),
        None => Some(base.map(|b| b.description.clone()).unwrap_or_default()),
    };
    let timezone = match c.timezone {
        Some(tz) => errors.check("timezone", parse_timezone(&tz)),
        None => required(&mut errors, "timezone", base.map(|b| b.timezone)),
    };
    let starts_at = c
        .starts_at
        .map(|t| t.with_timezone(&Utc))
        .or(base.map(|b| b.starts_at));
    let starts_at = required(&mut errors, "starts_at", starts_at);
    let ends_at = c
        .ends_at
        .map(|t| t.with_timezone(&Utc))
        .or(base.map(|b| b.ends_at));
    let ends_at = required(&mut errors, "ends_at", ends_at);
    if let (Some(s), Some(e)) = (starts_at, ends_at)
        && e <= s
    {
        errors.add("ends_at", "must be after starts_at");
    }
    let format = required(&mut errors, "format", c.format.or(base.map(|b| b.format)));

    let venue = match c.venue {
        Some(v) => errors.check("venue", text::optional_line(v.as_deref(), 500)),
        None => Some(base.and_then(|b| b.venue.clone())),
    };
    let online_url = match c.online_url {
        Some(u) => errors.check("online_url", text::optional_web_url(u.as_deref())),
        None => Some(base.and_then(|b| b.online_url.clone())),
    };
    let recording_url = match c.recording_url {
        Some(u) => errors.check("recording_url", text::optional_web_url(u.as_deref())),
        None => Some(base.and_then(|b| b.recording_url.clone())),
    };
    let capacity = match c.capacity {
        Some(cap) => errors.check("capacity", check_capacity(cap)),
        None => Some(base.and_then(|b| b.capacity)),
    };

    let opens = match c.registration_opens_at {
        Some(t) => t.map(|t| t.with_timezone(&Utc)),
        None => base.and_then(|b| b.registration_opens_at),
    };
    let closes = match c.registration_closes_at {
        Some(t) => t.map(|t| t.with_timezone(&Utc)),
        None => base.and_then(|b| b.registration_closes_at),
    };
    if let (Some(o), Some(cl)) = (opens, closes)
        && cl <= o
    {
        errors.add(
            "registration_closes_at",
            "must be after registration_opens_at",
        );
    }

    let status = c
        .status
        .or(base.map(|b| b.status))
        .unwrap_or(ConferenceStatus::Draft);
    if base.is_some_and(|b| b.status == ConferenceStatus::Cancelled)
        && status != ConferenceStatus::Cancelled
    {
        errors.add("status", "a cancelled conference cannot be reopened");
    }
    let require_email_confirmation = c
        .require_email_confirmation
        .or(base.map(|b| b.require_email_confirmation))
        .unwrap_or(false);
    let require_approval = c
        .require_approval
        .or(base.map(|b| b.require_approval))
        .unwrap_or(false);
    if require_approval && require_email_confirmation {
        errors.add(
            if c.require_approval == Some(true) {
                "require_approval"
            } else {
                "require_email_confirmation"
            },
            "approval and email confirmation cannot both be asked for: approved applicants are mailed anyway",
        );
    }
    let confirmation_hold_minutes = c
        .confirmation_hold_minutes
        .or(base.map(|b| b.confirmation_hold_minutes))
        .unwrap_or(30);
    let reminder_minutes = match c.reminder_minutes {
        Some(list) => errors
            .check("reminder_minutes", check_reminders(list))
            .unwrap_or_default(),
        None => base
            .map(|b| b.reminder_minutes.clone())
            .unwrap_or_else(|| DEFAULT_REMINDERS.to_vec()),
    };
    let categories = match c.categories {
        Some(list) => errors
            .check("categories", check_categories(list))
            .unwrap_or_default(),
        None => base
            .map(|b| b.categories.clone())
            .unwrap_or_else(|| DEFAULT_CATEGORIES.map(str::to_owned).to_vec()),
    };
    let embed_origins = match c.embed_origins {
        Some(list) => errors
            .check("embed_origins", check_origins(list))
            .unwrap_or_default(),
        None => base.map(|b| b.embed_origins.clone()).unwrap_or_default(),
    };
    // Places per mode belong to hybrid conferences; null is fine on any.
    let mut mode_capacity = |field: &str, given: Option<Option<i32>>, current: Option<i32>| {
        let value = match given {
            Some(v) => errors.check(field, check_capacity(v)).unwrap_or(None),
            None => current,
        };
        if value.is_some() && format.is_some_and(|f| f != Format::Hybrid) {
            errors.add(field, "only a hybrid conference has places per mode");
        }
        value
    };
    let in_person_capacity = mode_capacity(
        "in_person_capacity",
        c.in_person_capacity,
        base.and_then(|b| b.in_person_capacity),
    );
    let online_capacity = mode_capacity(
        "online_capacity",
        c.online_capacity,
        base.and_then(|b| b.online_capacity),
    );
    if !(1..=10_080).contains(&confirmation_hold_minutes) {
        errors.add(
            "confirmation_hold_minutes",
            "must be between 1 and 10080 (one week)",
        );
    }

    match (
        title,
        slug,
        description,
        timezone,
        starts_at,
        ends_at,
        format,
        venue,
        online_url,
        recording_url,
        capacity,
    ) {
        (
            Some(title),
            Some(slug),
            Some(description),
            Some(timezone),
            Some(starts_at),
            Some(ends_at),
            Some(format),
            Some(venue),
            Some(online_url),
            Some(recording_url),
            Some(capacity),
        ) if errors.is_empty() => Ok(ConferenceData {
            slug,
            slug_derived,
            title,
            description,
            timezone,
            starts_at,
            ends_at,
            format,
            venue,
            online_url,
            recording_url,
            capacity,
            registration_opens_at: opens,
            registration_closes_at: closes,
            status,
            require_email_confirmation,
            require_approval,
            confirmation_hold_minutes,
            reminder_minutes,
            categories,
            in_person_capacity,
            online_capacity,
            language: c.language.or(base.map(|b| b.language)).unwrap_or_default(),
            embed_origins,
        }),
        _ => Err(errors),
    }
}

/// The audience of the events Convene was made for.
pub const DEFAULT_CATEGORIES: [&str; 5] = [
    "researcher",
    "policy maker",
    "practitioner",
    "civil society",
    "other",
];

fn check_categories(list: Vec<String>) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for c in list {
        let c = text::line(&c, 100).map_err(|e| format!("each choice {e}"))?;
        if out.iter().any(|o| o.eq_ignore_ascii_case(&c)) {
            return Err(format!("{c:?} is there twice"));
        }
        out.push(c);
    }
    if out.len() > 20 {
        return Err("at most 20 choices".into());
    }
    Ok(out)
}

/// Origins as browsers write them (`https://host[:port]`, no path), each
/// once, at most 20. `http` is accepted for development sites.
pub fn check_origins(list: Vec<String>) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for item in list {
        let origin = url::Url::parse(item.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .filter(|u| u.path() == "/" && u.query().is_none() && u.fragment().is_none())
            .map(|u| u.origin())
            .filter(|o| o.is_tuple())
            .map(|o| o.ascii_serialization())
            .ok_or_else(|| "each must be an origin such as https://example.org".to_owned())?;
        if !out.contains(&origin) {
            out.push(origin);
        }
    }
    if out.len() > 20 {
        return Err("at most 20 origins".into());
    }
    Ok(out)
}

/// A day and an hour before.
pub const DEFAULT_REMINDERS: [i32; 2] = [1440, 60];

fn check_reminders(mut list: Vec<i32>) -> Result<Vec<i32>, String> {
    list.sort_unstable_by(|a, b| b.cmp(a));
    list.dedup();
    if list.len() > 5 || list.iter().any(|m| !(1..=43_200).contains(m)) {
        return Err(
            "at most 5 reminders, each 1 to 43200 minutes (30 days) before the start".into(),
        );
    }
    Ok(list)
}

pub fn check_capacity(capacity: Option<i32>) -> Result<Option<i32>, String> {
    match capacity {
        Some(c) if !(0..=MAX_CAPACITY).contains(&c) => Err(format!(
            "must be between 0 and {MAX_CAPACITY}, or null for unlimited"
        )),
        other => Ok(other),
    }
}

pub fn parse_timezone(value: &str) -> Result<Tz, String> {
    value
        .trim()
        .parse::<Tz>()
        .map_err(|_| "must be an IANA time zone such as Europe/Brussels".to_owned())
}

pub fn parse_slug(value: &str) -> Result<String, String> {
    let value = value.trim();
    let well_formed = (3..=80).contains(&value.len())
        && value.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if well_formed {
        Ok(value.to_owned())
    } else {
        Err("must be 3 to 80 lowercase letters, digits and single hyphens".into())
    }
}

/// `"SPRING Launch Conference 2026!"` becomes `spring-launch-conference-2026`.
pub fn derive_slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.len() < 3 {
        format!("conference-{slug}")
            .trim_end_matches('-')
            .to_owned()
    } else {
        slug
    }
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> Result<ConferenceChanges, serde_json::Error> {
        serde_json::from_value(serde_json::json!({
            "title": "SPRING Launch Conference",
            "timezone": "Europe/Brussels",
            "starts_at": "2026-06-08T10:00:00+02:00",
            "ends_at": "2026-06-08T12:30:00+02:00",
            "format": "online"
        }))
    }

    #[test]
    fn creates_a_draft_with_a_derived_slug() -> Result<(), Box<dyn std::error::Error>> {
        let c = ConferenceData::create(minimal()?)?;
        assert_eq!(c.slug, "spring-launch-conference");
        assert!(c.slug_derived);
        assert_eq!(c.status, ConferenceStatus::Draft);
        assert_eq!(c.starts_at.to_rfc3339(), "2026-06-08T08:00:00+00:00");
        Ok(())
    }

    #[test]
    fn reports_every_bad_field_at_once() -> Result<(), Box<dyn std::error::Error>> {
        let changes: ConferenceChanges = serde_json::from_value(serde_json::json!({
            "title": " ",
            "timezone": "Mars/Olympus",
            "starts_at": "2026-06-08T10:00:00+02:00",
            "ends_at": "2026-06-08T09:00:00+02:00",
            "capacity": -1
        }))?;
        let errors = ConferenceData::create(changes).unwrap_err();
        let fields: Vec<&String> = errors.fields().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            ["capacity", "ends_at", "format", "timezone", "title"]
        );
        Ok(())
    }

    #[test]
    fn patch_null_removes_and_absent_keeps() -> Result<(), Box<dyn std::error::Error>> {
        let mut changes = minimal()?;
        changes.capacity = Some(Some(50));
        changes.venue = Some(Some("Brussels".into()));
        let c = ConferenceData::create(changes)?;
        let patch: ConferenceChanges =
            serde_json::from_value(serde_json::json!({"capacity": null}))?;
        let patched = c.apply(patch)?;
        assert_eq!(patched.capacity, None);
        assert_eq!(patched.venue.as_deref(), Some("Brussels"));
        Ok(())
    }

    #[test]
    fn a_cancelled_conference_stays_cancelled() -> Result<(), Box<dyn std::error::Error>> {
        let mut changes = minimal()?;
        changes.status = Some(ConferenceStatus::Cancelled);
        let c = ConferenceData::create(changes)?;
        let patch = ConferenceChanges {
            status: Some(ConferenceStatus::Published),
            ..Default::default()
        };
        assert!(c.apply(patch).is_err());
        Ok(())
    }

    #[test]
    fn slugs() -> Result<(), Box<dyn std::error::Error>> {
        assert_eq!(derive_slug("Café Économie — 2026!"), "cafe-economie-2026");
        assert_eq!(derive_slug("日本"), "conference");
        assert!(parse_slug("ok-slug-1").is_ok());
        assert!(parse_slug("Bad Slug").is_err());
        assert!(parse_slug("a--b").is_err());
        Ok(())
    }
}
