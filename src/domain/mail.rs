//! Which mail a change owes, what it carries, and how failed sends are retried.

use std::time::Duration;

use super::conference::{ConferenceData, ConferenceStatus};
use super::registration::RegistrationStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    Confirmation,
    Waitlisted,
    Promoted,
    Updated,
    Cancelled,
    ConferenceCancelled,
    Recording,
    Reminder,
    /// Asks a registrant holding a place to confirm their address (double opt-in).
    ConfirmEmail,
    /// Tells someone they were added to a conference's team (to an address,
    /// not a registrant).
    MemberInvitation,
    /// The manage link again, asked for by the registrant's address.
    ManageLink,
    /// A sign-up now waits for the organizer's decision.
    ApplicationReceived,
    /// The organizer said no (with their reason, when they gave one).
    Declined,
    /// An organizer's message to part of the audience (its row names it).
    Message,
    /// A link to set a new password (to an organizer's address).
    PasswordReset,
}

impl MailKind {
    pub const ALL: [MailKind; 15] = [
        MailKind::Confirmation,
        MailKind::Waitlisted,
        MailKind::Promoted,
        MailKind::Updated,
        MailKind::Cancelled,
        MailKind::ConferenceCancelled,
        MailKind::Recording,
        MailKind::Reminder,
        MailKind::ConfirmEmail,
        MailKind::MemberInvitation,
        MailKind::ManageLink,
        MailKind::ApplicationReceived,
        MailKind::Declined,
        MailKind::Message,
        MailKind::PasswordReset,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::Confirmation => "confirmation",
            MailKind::Waitlisted => "waitlisted",
            MailKind::Promoted => "promoted",
            MailKind::Updated => "updated",
            MailKind::Cancelled => "cancelled",
            MailKind::ConferenceCancelled => "conference_cancelled",
            MailKind::Recording => "recording",
            MailKind::Reminder => "reminder",
            MailKind::ConfirmEmail => "confirm_email",
            MailKind::MemberInvitation => "member_invitation",
            MailKind::ManageLink => "manage_link",
            MailKind::ApplicationReceived => "application_received",
            MailKind::Declined => "declined",
            MailKind::Message => "message",
            MailKind::PasswordReset => "password_reset",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// Whether this mail changes what the registrant's calendar holds (and so
    /// raises the invite's SEQUENCE).
    pub fn changes_invite(self) -> bool {
        !matches!(
            self,
            MailKind::Confirmation
                | MailKind::Waitlisted
                | MailKind::Recording
                | MailKind::Reminder
                | MailKind::ConfirmEmail
                | MailKind::MemberInvitation
                | MailKind::ManageLink
                | MailKind::ApplicationReceived
                | MailKind::Declined
                | MailKind::Message
                | MailKind::PasswordReset
        )
    }

    /// The calendar method of the invite this mail carries, if any: only people
    /// who hold a place get an event in their calendar, and a cancellation
    /// takes it out again.
    pub fn invite_method(self, status: RegistrationStatus) -> Option<InviteMethod> {
        match self {
            MailKind::Confirmation | MailKind::Promoted | MailKind::Updated
                if status == RegistrationStatus::Confirmed =>
            {
                Some(InviteMethod::Request)
            }
            MailKind::Cancelled | MailKind::ConferenceCancelled => Some(InviteMethod::Cancel),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteMethod {
    Request,
    Cancel,
    Publish,
}

impl InviteMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            InviteMethod::Request => "REQUEST",
            InviteMethod::Cancel => "CANCEL",
            InviteMethod::Publish => "PUBLISH",
        }
    }
}

/// The mail a change of a conference owes every active registrant at once: a
/// cancellation (and nothing else), an updated invite when its time, place,
/// link or title moved while published. (The recording waits for the end of
/// the conference: `db::reminders::queue_recordings`.)
pub fn owed_for_change(before: &ConferenceData, after: &ConferenceData) -> Vec<MailKind> {
    let cancelled = ConferenceStatus::Cancelled;
    if after.status == cancelled && before.status != cancelled {
        return vec![MailKind::ConferenceCancelled];
    }
    let mut owed = Vec::new();
    let moved = before.starts_at != after.starts_at
        || before.ends_at != after.ends_at
        || before.venue != after.venue
        || before.online_url != after.online_url
        || before.format != after.format
        || before.title != after.title;
    if moved && after.status == ConferenceStatus::Published {
        owed.push(MailKind::Updated);
    }
    owed
}

/// Attempts after which a mail is given up (about two days with the default base).
pub const MAX_ATTEMPTS: i32 = 25;

/// Exponential backoff: `base`, 2×, 4×… capped at an hour.
pub fn retry_delay(base: Duration, attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 20) as u32 - 1;
    base.saturating_mul(2u32.saturating_pow(exponent))
        .min(Duration::from_secs(3600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_owes_what_registrants_must_know() -> Result<(), Box<dyn std::error::Error>> {
        let published: crate::domain::conference::ConferenceChanges =
            serde_json::from_value(serde_json::json!({
                "title": "Launch", "timezone": "Europe/Brussels",
                "starts_at": "2099-06-08T10:00:00+02:00", "ends_at": "2099-06-08T12:00:00+02:00",
                "format": "online", "status": "published"
            }))?;
        let before = ConferenceData::create(published).map_err(|e| format!("{e:?}"))?;
        let change = |json: serde_json::Value| -> Result<ConferenceData, String> {
            before
                .apply(serde_json::from_value(json).map_err(|e| e.to_string())?)
                .map_err(|e| format!("{e:?}"))
        };
        assert_eq!(owed_for_change(&before, &before), []);
        let moved = change(serde_json::json!({"starts_at": "2099-06-08T11:00:00+02:00"}))?;
        assert_eq!(owed_for_change(&before, &moved), [MailKind::Updated]);
        let cancelled = change(serde_json::json!({"status": "cancelled", "title": "Other"}))?;
        assert_eq!(
            owed_for_change(&before, &cancelled),
            [MailKind::ConferenceCancelled]
        );
        // The recording waits for the end of the conference, whenever it is set.
        let recorded = change(serde_json::json!({"recording_url": "https://v.example/1"}))?;
        assert_eq!(owed_for_change(&before, &recorded), []);
        // A draft that moves tells nobody: nobody has its invite yet.
        let mut draft = before.clone();
        draft.status = ConferenceStatus::Draft;
        let mut later = draft.clone();
        later.starts_at += chrono::Duration::hours(1);
        assert_eq!(owed_for_change(&draft, &later), []);
        Ok(())
    }

    #[test]
    fn kinds_round_trip() {
        for kind in MailKind::ALL {
            assert_eq!(MailKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn invites_go_to_people_with_a_place() {
        use RegistrationStatus::*;
        assert_eq!(
            MailKind::Confirmation.invite_method(Confirmed),
            Some(InviteMethod::Request)
        );
        assert_eq!(MailKind::Waitlisted.invite_method(Waitlisted), None);
        assert_eq!(MailKind::Updated.invite_method(Waitlisted), None);
        assert_eq!(
            MailKind::Cancelled.invite_method(Cancelled),
            Some(InviteMethod::Cancel)
        );
        assert_eq!(MailKind::Recording.invite_method(Confirmed), None);
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let base = Duration::from_secs(10);
        assert_eq!(retry_delay(base, 1), Duration::from_secs(10));
        assert_eq!(retry_delay(base, 2), Duration::from_secs(20));
        assert_eq!(retry_delay(base, 4), Duration::from_secs(80));
        assert_eq!(retry_delay(base, 30), Duration::from_secs(3600));
    }
}
