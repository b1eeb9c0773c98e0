//! The JSON shapes of the contract, built from stored rows. Times are shown in
//! the conference's own offset (`2026-06-08T10:00:00+02:00`).

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::db::conferences::ConferenceRow;
use crate::db::questions::QuestionRow;
use crate::db::registrations::Registration;
use crate::db::sessions::SessionWithSpeakers;
use crate::domain::conference::{ConferenceStatus, Format};
use crate::domain::question::QuestionKind;
use crate::domain::registration::RegistrationStatus;
use crate::domain::session::Speaker;

pub fn local(at: DateTime<Utc>, tz: Tz) -> DateTime<FixedOffset> {
    at.with_timezone(&tz).fixed_offset()
}

pub fn local_opt(at: Option<DateTime<Utc>>, tz: Tz) -> Option<DateTime<FixedOffset>> {
    at.map(|t| local(t, tz))
}

#[derive(Serialize, ToSchema)]
pub struct ConferenceView {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub timezone: String,
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    pub format: Format,
    pub venue: Option<String>,
    pub online_url: Option<String>,
    pub recording_url: Option<String>,
    pub capacity: Option<i32>,
    pub registration_opens_at: Option<DateTime<FixedOffset>>,
    pub registration_closes_at: Option<DateTime<FixedOffset>>,
    pub status: ConferenceStatus,
    pub require_email_confirmation: bool,
    pub require_approval: bool,
    pub confirmation_hold_minutes: i32,
    pub reminder_minutes: Vec<i32>,
    /// The choices under "You are".
    pub categories: Vec<String>,
    pub in_person_capacity: Option<i32>,
    pub online_capacity: Option<i32>,
    pub language: crate::domain::language::Language,
    /// Sites allowed to frame `/c/{slug}/embed`.
    pub embed_origins: Vec<String>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl From<&ConferenceRow> for ConferenceView {
    fn from(c: &ConferenceRow) -> Self {
        let tz = c.tz();
        ConferenceView {
            id: c.id,
            slug: c.slug.clone(),
            title: c.title.clone(),
            description: c.description.clone(),
            timezone: c.timezone.name().to_owned(),
            starts_at: local(c.starts_at, tz),
            ends_at: local(c.ends_at, tz),
            format: c.format,
            venue: c.venue.clone(),
            online_url: c.online_url.clone(),
            recording_url: c.recording_url.clone(),
            capacity: c.capacity,
            registration_opens_at: local_opt(c.registration_opens_at, tz),
            registration_closes_at: local_opt(c.registration_closes_at, tz),
            status: c.status,
            require_email_confirmation: c.require_email_confirmation,
            require_approval: c.require_approval,
            confirmation_hold_minutes: c.confirmation_hold_minutes,
            reminder_minutes: c.reminder_minutes.clone(),
            categories: c.categories.clone(),
            in_person_capacity: c.in_person_capacity,
            online_capacity: c.online_capacity,
            language: c.language,
            embed_origins: c.embed_origins.clone(),
            created_at: local(c.created_at, tz),
            updated_at: local(c.updated_at, tz),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SessionView {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    pub location: Option<String>,
    pub capacity: Option<i32>,
    pub speakers: Vec<Speaker>,
    /// Free seats, on public views only; null when unlimited.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i64>)]
    pub seats_left: Option<Option<i64>>,
}

impl SessionView {
    pub fn new(s: &SessionWithSpeakers, tz: Tz) -> Self {
        let row = &s.session;
        SessionView {
            id: row.id,
            conference_id: row.conference_id,
            title: row.title.clone(),
            description: row.description.clone(),
            starts_at: local(row.starts_at, tz),
            ends_at: local(row.ends_at, tz),
            location: row.location.clone(),
            capacity: row.capacity,
            speakers: s.speakers.clone(),
            seats_left: None,
        }
    }
}

/// A published conference as the public sees it: never its join link.
#[derive(Serialize, ToSchema)]
pub struct PublicConferenceView {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub timezone: String,
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    pub format: Format,
    pub venue: Option<String>,
    pub recording_url: Option<String>,
    pub capacity: Option<i32>,
    pub seats_left: Option<i64>,
    /// Hybrid conferences: places left in the room and online (null: unlimited).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modes: Option<ModesLeft>,
    pub registration_opens_at: Option<DateTime<FixedOffset>>,
    pub registration_closes_at: Option<DateTime<FixedOffset>>,
    pub registration_open: bool,
    pub status: ConferenceStatus,
    pub sessions: Vec<SessionView>,
    /// The questions of the registration form, in order.
    pub questions: Vec<QuestionView>,
}

#[derive(Serialize, ToSchema)]
pub struct ModesLeft {
    pub in_person: Option<i64>,
    pub online: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionView {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub label: String,
    pub kind: QuestionKind,
    pub required: bool,
    /// Choices offered now.
    pub choices: Vec<String>,
    /// Choices no longer offered that old answers may still name.
    pub retired_choices: Vec<String>,
    pub help_text: String,
    pub position: i32,
    /// Off the form (deleted after people answered it), still in exports.
    pub retired: bool,
}

impl From<&QuestionRow> for QuestionView {
    fn from(q: &QuestionRow) -> Self {
        QuestionView {
            id: q.id,
            conference_id: q.conference_id,
            label: q.label.clone(),
            kind: q.kind,
            required: q.required,
            choices: q.choices.clone(),
            retired_choices: q.retired_choices.clone(),
            help_text: q.help_text.clone(),
            position: q.position,
            retired: q.retired,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationView {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub email: String,
    pub name: String,
    pub organization: Option<String>,
    pub category: Option<String>,
    pub status: RegistrationStatus,
    pub sessions: Vec<Uuid>,
    /// Answers to the conference's questions, by question id.
    #[schema(value_type = Object)]
    pub answers: serde_json::Map<String, serde_json::Value>,
    pub created_at: DateTime<FixedOffset>,
    pub cancelled_at: Option<DateTime<FixedOffset>>,
    pub attended: bool,
    pub checked_in_at: Option<DateTime<FixedOffset>>,
    /// When the registrant agreed to the processing of their data.
    pub consent_at: DateTime<FixedOffset>,
    pub erased: bool,
    /// When an organizer approved or declined the application.
    pub decided_at: Option<DateTime<FixedOffset>>,
    /// The organizer's reason, for a declined application.
    pub decline_reason: Option<String>,
    /// Added by an organizer, confirmed whatever the capacity.
    pub walk_in: bool,
    pub attendance_mode: crate::domain::registration::AttendanceMode,
    /// Every mail to this person is in it.
    pub language: crate::domain::language::Language,
}

impl RegistrationView {
    pub fn new(r: &Registration, tz: Tz) -> Self {
        let row = &r.row;
        RegistrationView {
            id: row.id,
            conference_id: row.conference_id,
            email: row.email.clone(),
            name: row.name.clone(),
            organization: row.organization.clone(),
            category: row.category.clone(),
            status: row.status,
            sessions: r.sessions.clone(),
            answers: row.answers.as_object().cloned().unwrap_or_default(),
            created_at: local(row.created_at, tz),
            cancelled_at: local_opt(row.cancelled_at, tz),
            attended: row.attended,
            checked_in_at: local_opt(row.checked_in_at, tz),
            consent_at: local(row.consent_at, tz),
            erased: row.erased_at.is_some(),
            decided_at: local_opt(row.decided_at, tz),
            decline_reason: row.decline_reason.clone(),
            walk_in: row.walk_in,
            attendance_mode: row.attendance_mode,
            language: row.language,
        }
    }
}

/// What the holder of a manage link sees: the registration, the conference it
/// is for, and the join link only while confirmed.
#[derive(Serialize, ToSchema)]
pub struct OwnRegistrationView {
    #[serde(flatten)]
    pub registration: RegistrationView,
    pub conference: OwnConferenceSummary,
    pub online_url: Option<String>,
    pub manage_url: String,
}

#[derive(Serialize, ToSchema)]
pub struct OwnConferenceSummary {
    pub slug: String,
    pub title: String,
    pub timezone: String,
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    pub format: Format,
    pub venue: Option<String>,
    pub status: ConferenceStatus,
}

impl From<&ConferenceRow> for OwnConferenceSummary {
    fn from(c: &ConferenceRow) -> Self {
        let tz = c.tz();
        OwnConferenceSummary {
            slug: c.slug.clone(),
            title: c.title.clone(),
            timezone: c.timezone.name().to_owned(),
            starts_at: local(c.starts_at, tz),
            ends_at: local(c.ends_at, tz),
            format: c.format,
            venue: c.venue.clone(),
            status: c.status,
        }
    }
}

/// The `data` of a webhook delivery: the registration, or else the
/// conference, as the API shows it to the organizer.
pub fn webhook_data(c: &ConferenceRow, r: Option<&Registration>) -> serde_json::Value {
    let value = match r {
        Some(r) => serde_json::to_value(RegistrationView::new(r, c.tz())),
        None => serde_json::to_value(ConferenceView::from(c)),
    };
    value.unwrap_or(serde_json::Value::Null)
}
