use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::email::EmailAddress;
use super::text;
use super::validation::ValidationErrors;

pub const MAX_SESSIONS_PER_REGISTRATION: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    Pending,
    Confirmed,
    Waitlisted,
    Cancelled,
    /// Signed up for a conference that approves its applicants; holds no place.
    AwaitingApproval,
    /// The organizer said no; not active, so the address may apply again.
    Declined,
}

impl RegistrationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationStatus::Pending => "pending",
            RegistrationStatus::Confirmed => "confirmed",
            RegistrationStatus::Waitlisted => "waitlisted",
            RegistrationStatus::Cancelled => "cancelled",
            RegistrationStatus::AwaitingApproval => "awaiting_approval",
            RegistrationStatus::Declined => "declined",
        }
    }

    /// Counted as registered, and one per address and conference.
    pub fn is_active(self) -> bool {
        !matches!(
            self,
            RegistrationStatus::Cancelled | RegistrationStatus::Declined
        )
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "pending" => Some(RegistrationStatus::Pending),
            "confirmed" => Some(RegistrationStatus::Confirmed),
            "waitlisted" => Some(RegistrationStatus::Waitlisted),
            "cancelled" => Some(RegistrationStatus::Cancelled),
            "awaiting_approval" => Some(RegistrationStatus::AwaitingApproval),
            "declined" => Some(RegistrationStatus::Declined),
            _ => None,
        }
    }
}

/// How a registrant takes part: in the room or online (chosen on a hybrid
/// conference, the format's otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceMode {
    InPerson,
    Online,
}

impl AttendanceMode {
    pub fn as_str(self) -> &'static str {
        match self {
            AttendanceMode::InPerson => "in_person",
            AttendanceMode::Online => "online",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "in_person" => Some(AttendanceMode::InPerson),
            "online" => Some(AttendanceMode::Online),
            _ => None,
        }
    }
}

/// The public sign-up body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignUpRequest {
    pub email: String,
    pub name: String,
    pub organization: Option<String>,
    pub category: Option<String>,
    #[serde(default)]
    pub sessions: Vec<Uuid>,
    pub consent: Option<bool>,
    /// Answers to the conference's questions, by question id: text, a list of
    /// choices (multiple choice) or true (checkbox).
    #[serde(default)]
    #[schema(value_type = Object)]
    pub answers: serde_json::Map<String, serde_json::Value>,
    /// Required on a hybrid conference; fixed by the format otherwise.
    pub attendance_mode: Option<AttendanceMode>,
    /// Every mail to the registrant is in it (default: the conference's).
    pub language: Option<super::language::Language>,
}

#[derive(Debug, Clone)]
pub struct SignUp {
    pub email: EmailAddress,
    pub name: String,
    pub organization: Option<String>,
    pub category: Option<String>,
    pub sessions: Vec<Uuid>,
    /// As given: checked against the conference's questions when it is found.
    pub answers: serde_json::Map<String, serde_json::Value>,
    pub attendance_mode: Option<AttendanceMode>,
    pub language: Option<super::language::Language>,
}

impl SignUp {
    pub fn parse(request: SignUpRequest) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let email = errors.check("email", EmailAddress::parse(&request.email));
        let name = errors.check("name", text::line(&request.name, 200));
        let organization = errors.check(
            "organization",
            text::optional_line(request.organization.as_deref(), 300),
        );
        let category = errors.check(
            "category",
            text::optional_line(request.category.as_deref(), 100),
        );
        let sessions = errors.check("sessions", session_choice(request.sessions));
        if request.consent != Some(true) {
            errors.add(
                "consent",
                "you must agree that your data is processed for this registration",
            );
        }
        match (email, name, organization, category, sessions) {
            (Some(email), Some(name), Some(organization), Some(category), Some(sessions))
                if errors.is_empty() =>
            {
                Ok(SignUp {
                    email,
                    name,
                    organization,
                    category,
                    sessions,
                    answers: request.answers,
                    attendance_mode: request.attendance_mode,
                    language: request.language,
                })
            }
            _ => Err(errors),
        }
    }
}

/// What a registrant may change through the manage link.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = RegistrationChanges)]
pub struct RegistrationChangesRequest {
    pub name: Option<String>,
    #[schema(value_type = Option<String>)]
    #[serde(default, deserialize_with = "super::patch::nullable")]
    pub organization: Option<Option<String>>,
    /// "You are": researcher, policy maker, …
    #[schema(value_type = Option<String>)]
    #[serde(default, deserialize_with = "super::patch::nullable")]
    pub category: Option<Option<String>>,
    pub sessions: Option<Vec<Uuid>>,
    /// The whole set of answers to the form's current questions.
    #[schema(value_type = Option<Object>)]
    pub answers: Option<serde_json::Map<String, serde_json::Value>>,
    /// Hybrid conferences: move to the other mode (409 when it is full).
    pub attendance_mode: Option<AttendanceMode>,
}

/// Only [`RegistrationChanges::parse`] makes one, so the API and the pages
/// apply the same rules (the sessions' de-duplication and cap among them).
/// `#[non_exhaustive]` would not stop the rest of this crate: a private field does.
#[derive(Debug, Clone)]
#[allow(clippy::manual_non_exhaustive)]
pub struct RegistrationChanges {
    pub name: Option<String>,
    pub organization: Option<Option<String>>,
    pub category: Option<Option<String>>,
    pub sessions: Option<Vec<Uuid>>,
    /// As given: checked against the form when the registration is found.
    pub answers: Option<serde_json::Map<String, serde_json::Value>>,
    pub attendance_mode: Option<AttendanceMode>,
    _parsed: (),
}

impl RegistrationChanges {
    pub fn parse(request: RegistrationChangesRequest) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = request
            .name
            .and_then(|n| errors.check("name", text::line(&n, 200)));
        let organization = request
            .organization
            .and_then(|o| errors.check("organization", text::optional_line(o.as_deref(), 300)));
        let category = request
            .category
            .and_then(|c| errors.check("category", text::optional_line(c.as_deref(), 100)));
        let sessions = request
            .sessions
            .and_then(|s| errors.check("sessions", session_choice(s)));
        errors.into_result(|| RegistrationChanges {
            name,
            organization,
            category,
            sessions,
            answers: request.answers,
            attendance_mode: request.attendance_mode,
            _parsed: (),
        })
    }
}

fn session_choice(mut sessions: Vec<Uuid>) -> Result<Vec<Uuid>, String> {
    sessions.sort();
    sessions.dedup();
    if sessions.len() > MAX_SESSIONS_PER_REGISTRATION {
        return Err(format!("at most {MAX_SESSIONS_PER_REGISTRATION} sessions"));
    }
    Ok(sessions)
}

/// Why a conference does not take sign-ups right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RegistrationClosed {
    #[error("registration has not opened yet")]
    NotYetOpen,
    #[error("registration is closed")]
    Closed,
    #[error("the conference is over")]
    Ended,
    #[error("the conference was cancelled")]
    Cancelled,
    #[error("the conference is not published")]
    NotPublished,
}

impl RegistrationClosed {
    pub const ALL: [RegistrationClosed; 5] = [
        RegistrationClosed::NotYetOpen,
        RegistrationClosed::Closed,
        RegistrationClosed::Ended,
        RegistrationClosed::Cancelled,
        RegistrationClosed::NotPublished,
    ];

    /// The names the database's `registration_closed` function gives them.
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationClosed::NotYetOpen => "not_yet_open",
            RegistrationClosed::Closed => "closed",
            RegistrationClosed::Ended => "ended",
            RegistrationClosed::Cancelled => "cancelled",
            RegistrationClosed::NotPublished => "not_published",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// What a sign-up attempt came to. The window and the sessions are checked
/// by the database (`sign_up_at`); the answers by [`super::question`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignUpOutcome {
    /// Written, with this status.
    Registered(RegistrationStatus),
    /// The conference asks questions (or answers were given): check them
    /// against its form, then try again.
    NeedsForm,
    NoSuchConference,
    /// A chosen session is not one of the conference's.
    ForeignSession,
    /// The category is not one the conference offers.
    UnknownCategory,
    /// A hybrid conference needs the attendance mode.
    NeedsMode,
    /// A mode the conference's format does not have.
    WrongMode,
    Closed(RegistrationClosed),
    /// The address is already registered (the unique index said so; no seat is kept).
    Duplicate,
}

impl SignUpOutcome {
    /// The database's answer: a status, `closed:<reason>`, or one of the others.
    pub fn parse(value: &str) -> Option<Self> {
        if let Some(status) = RegistrationStatus::parse(value) {
            return Some(SignUpOutcome::Registered(status));
        }
        if let Some(reason) = value.strip_prefix("closed:") {
            return RegistrationClosed::parse(reason).map(SignUpOutcome::Closed);
        }
        match value {
            "needs_form" => Some(SignUpOutcome::NeedsForm),
            "not_found" => Some(SignUpOutcome::NoSuchConference),
            "bad_sessions" => Some(SignUpOutcome::ForeignSession),
            "bad_category" => Some(SignUpOutcome::UnknownCategory),
            "needs_mode" => Some(SignUpOutcome::NeedsMode),
            "bad_mode" => Some(SignUpOutcome::WrongMode),
            "duplicate" => Some(SignUpOutcome::Duplicate),
            _ => None,
        }
    }
}

/// Filters of the organizer's registration list (and, later, the export).
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    pub status: Option<RegistrationStatus>,
    pub session: Option<Uuid>,
    pub attended: Option<bool>,
    pub q: Option<String>,
    /// With `answer`: only those whose answer to this question is (or, for
    /// multiple choice, includes) `answer`.
    pub question: Option<Uuid>,
    pub answer: Option<String>,
    /// `in_person` or `online`.
    pub mode: Option<AttendanceMode>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct ListFilter {
    pub status: Option<RegistrationStatus>,
    pub session: Option<Uuid>,
    pub attended: Option<bool>,
    /// Matched against name, email and organization, case-insensitively.
    pub search: Option<String>,
    /// A question and the answer looked for.
    pub answer: Option<(Uuid, String)>,
    pub mode: Option<AttendanceMode>,
    pub limit: i64,
    pub offset: i64,
}

pub const DEFAULT_PAGE: i64 = 100;
pub const MAX_PAGE: i64 = 1000;

impl ListFilter {
    pub fn parse(query: ListQuery) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let search = errors
            .check("q", text::optional_line(query.q.as_deref(), 200))
            .flatten();
        let limit = query.limit.unwrap_or(DEFAULT_PAGE);
        if !(1..=MAX_PAGE).contains(&limit) {
            errors.add("limit", format!("must be between 1 and {MAX_PAGE}"));
        }
        let offset = query.offset.unwrap_or(0);
        if !(0..=10_000_000).contains(&offset) {
            errors.add("offset", "must be between 0 and 10000000");
        }
        let answer = match (query.question, query.answer) {
            (Some(question), Some(answer)) => errors
                .check("answer", text::line(&answer, 200))
                .map(|a| (question, a)),
            (None, None) => None,
            (Some(_), None) => {
                errors.add("answer", "is required with question");
                None
            }
            (None, Some(_)) => {
                errors.add("question", "is required with answer");
                None
            }
        };
        errors.into_result(|| ListFilter {
            status: query.status,
            session: query.session,
            attended: query.attended,
            search,
            answer,
            mode: query.mode,
            limit,
            offset,
        })
    }
}

/// `%`, `_` and `\` typed into a search box mean themselves.
pub fn like_pattern(search: &str) -> String {
    let mut pattern = String::with_capacity(search.len() + 2);
    pattern.push('%');
    for c in search.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_databases_outcomes_are_types() {
        assert_eq!(
            SignUpOutcome::parse("waitlisted"),
            Some(SignUpOutcome::Registered(RegistrationStatus::Waitlisted))
        );
        assert_eq!(
            SignUpOutcome::parse("closed:not_yet_open"),
            Some(SignUpOutcome::Closed(RegistrationClosed::NotYetOpen))
        );
        for reason in RegistrationClosed::ALL {
            assert_eq!(RegistrationClosed::parse(reason.as_str()), Some(reason));
        }
        assert_eq!(SignUpOutcome::parse("closed:later"), None);
        assert_eq!(
            SignUpOutcome::parse("needs_form"),
            Some(SignUpOutcome::NeedsForm)
        );
        assert_eq!(
            SignUpOutcome::parse("duplicate"),
            Some(SignUpOutcome::Duplicate)
        );
        assert_eq!(SignUpOutcome::parse("Confirmed"), None);
    }

    #[test]
    fn sign_up_needs_consent_and_a_valid_address() -> Result<(), Box<dyn std::error::Error>> {
        let request: SignUpRequest = serde_json::from_value(serde_json::json!({
            "email": "nope", "name": "Ana"
        }))?;
        let errors = SignUp::parse(request).unwrap_err();
        let fields: Vec<&String> = errors.fields().map(|(f, _)| f).collect();
        assert_eq!(fields, ["consent", "email"]);
        Ok(())
    }

    #[test]
    fn search_wildcards_are_literal() -> Result<(), Box<dyn std::error::Error>> {
        assert_eq!(like_pattern("50%_a\\"), "%50\\%\\_a\\\\%");
        Ok(())
    }
}
