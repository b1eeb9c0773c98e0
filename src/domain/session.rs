use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::conference::check_capacity;
use super::patch::nullable;
use super::text;
use super::validation::ValidationErrors;

pub const MAX_SPEAKERS: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerRole {
    #[default]
    Speaker,
    Moderator,
    Panelist,
}

impl SpeakerRole {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerRole::Speaker => "speaker",
            SpeakerRole::Moderator => "moderator",
            SpeakerRole::Panelist => "panelist",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "speaker" => Some(SpeakerRole::Speaker),
            "moderator" => Some(SpeakerRole::Moderator),
            "panelist" => Some(SpeakerRole::Panelist),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SpeakerInput {
    pub name: String,
    pub affiliation: Option<String>,
    #[serde(default)]
    pub role: SpeakerRole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Speaker {
    pub name: String,
    pub affiliation: Option<String>,
    pub role: SpeakerRole,
}

/// Session fields as a POST or PATCH body carries them.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = SessionFields)]
pub struct SessionChanges {
    pub title: Option<String>,
    pub description: Option<String>,
    pub starts_at: Option<DateTime<FixedOffset>>,
    pub ends_at: Option<DateTime<FixedOffset>>,
    #[schema(value_type = Option<String>)]
    #[serde(default, deserialize_with = "nullable")]
    pub location: Option<Option<String>>,
    #[schema(value_type = Option<i32>)]
    #[serde(default, deserialize_with = "nullable")]
    pub capacity: Option<Option<i32>>,
    pub speakers: Option<Vec<SpeakerInput>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SessionData {
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: Option<String>,
    pub capacity: Option<i32>,
    pub speakers: Vec<Speaker>,
}

impl SessionData {
    pub fn create(changes: SessionChanges) -> Result<Self, ValidationErrors> {
        build(None, changes)
    }

    pub fn apply(&self, changes: SessionChanges) -> Result<Self, ValidationErrors> {
        build(Some(self), changes)
    }
}

fn build(base: Option<&SessionData>, c: SessionChanges) -> Result<SessionData, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let title = match c.title {
        Some(t) => errors.check("title", text::line(&t, 200)),
        None => base.map(|b| b.title.clone()),
    };
    if title.is_none() && !errors.fields().any(|(f, _)| f == "title") {
        errors.add("title", "is required");
    }
    let description = match c.description {
        Some(d) => errors.check("description", text::prose(&d, 20_000)),
        None => Some(base.map(|b| b.description.clone()).unwrap_or_default()),
    };
    let starts_at = c
        .starts_at
        .map(|t| t.with_timezone(&Utc))
        .or(base.map(|b| b.starts_at));
    let ends_at = c
        .ends_at
        .map(|t| t.with_timezone(&Utc))
        .or(base.map(|b| b.ends_at));
    if starts_at.is_none() {
        errors.add("starts_at", "is required");
    }
    if ends_at.is_none() {
        errors.add("ends_at", "is required");
    }
    if let (Some(s), Some(e)) = (starts_at, ends_at)
        && e <= s
    {
        errors.add("ends_at", "must be after starts_at");
    }
    let location = match c.location {
        Some(l) => errors.check("location", text::optional_line(l.as_deref(), 500)),
        None => Some(base.and_then(|b| b.location.clone())),
    };
    let capacity = match c.capacity {
        Some(cap) => errors.check("capacity", check_capacity(cap)),
        None => Some(base.and_then(|b| b.capacity)),
    };
    let speakers = match c.speakers {
        Some(list) => parse_speakers(&mut errors, list),
        None => Some(base.map(|b| b.speakers.clone()).unwrap_or_default()),
    };

    match (
        title,
        description,
        starts_at,
        ends_at,
        location,
        capacity,
        speakers,
    ) {
        (
            Some(title),
            Some(description),
            Some(starts_at),
            Some(ends_at),
            Some(location),
            Some(capacity),
            Some(speakers),
        ) if errors.is_empty() => Ok(SessionData {
            title,
            description,
            starts_at,
            ends_at,
            location,
            capacity,
            speakers,
        }),
        _ => Err(errors),
    }
}

fn parse_speakers(errors: &mut ValidationErrors, list: Vec<SpeakerInput>) -> Option<Vec<Speaker>> {
    if list.len() > MAX_SPEAKERS {
        errors.add("speakers", format!("at most {MAX_SPEAKERS} speakers"));
        return None;
    }
    let mut speakers = Vec::with_capacity(list.len());
    for (i, s) in list.into_iter().enumerate() {
        let name = errors.check(&format!("speakers[{i}].name"), text::line(&s.name, 200));
        let affiliation = errors.check(
            &format!("speakers[{i}].affiliation"),
            text::optional_line(s.affiliation.as_deref(), 300),
        );
        if let (Some(name), Some(affiliation)) = (name, affiliation) {
            speakers.push(Speaker {
                name,
                affiliation,
                role: s.role,
            });
        }
    }
    Some(speakers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panel_with_a_moderator() -> Result<(), Box<dyn std::error::Error>> {
        let changes: SessionChanges = serde_json::from_value(serde_json::json!({
            "title": "Knowledge exchange",
            "starts_at": "2026-06-08T10:15:00+02:00",
            "ends_at": "2026-06-08T11:15:00+02:00",
            "capacity": 80,
            "speakers": [
                {"name": "Sarah Spencer", "affiliation": "COMPAS", "role": "moderator"},
                {"name": "Karel Arnaut", "role": "panelist"}
            ]
        }))?;
        let s = SessionData::create(changes)?;
        assert_eq!(s.speakers.len(), 2);
        assert_eq!(s.speakers[0].role, SpeakerRole::Moderator);
        assert_eq!(s.speakers[1].affiliation, None);
        Ok(())
    }

    #[test]
    fn speaker_errors_name_their_position() -> Result<(), Box<dyn std::error::Error>> {
        let changes: SessionChanges = serde_json::from_value(serde_json::json!({
            "title": "Panel",
            "starts_at": "2026-06-08T10:15:00+02:00",
            "ends_at": "2026-06-08T11:15:00+02:00",
            "speakers": [{"name": "ok"}, {"name": ""}]
        }))?;
        let errors = SessionData::create(changes).unwrap_err();
        assert!(errors.fields().any(|(f, _)| f == "speakers[1].name"));
        Ok(())
    }
}
