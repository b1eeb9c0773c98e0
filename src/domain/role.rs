//! Who may do what with a conference: its owner and the co-organizers the
//! owner added, each with a role.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Owner,
    /// Everything but cancelling the conference and managing the team.
    Manager,
    /// Sees names and checks people in; no exports, no answers, no changes.
    Checkin,
}

/// What an organizer route does to a conference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read the conference, its sessions and counts.
    View,
    /// Read the questions of the registration form (what check-in does not need).
    ViewForm,
    /// Change the conference, its sessions, questions; import attendance.
    Edit,
    /// Cancel the conference (what stands for deleting it: its registrants are told).
    Cancel,
    /// The registration list (names, emails, statuses).
    ListAttendees,
    /// Answers to the custom questions.
    SeeAnswers,
    CheckIn,
    Export,
    /// Erase a registrant's personal data.
    Erase,
    ManageTeam,
    /// Write to registrants.
    Message,
    /// Approve or decline applications.
    Decide,
    /// Add, change, cancel or promote one registration, send its mail again,
    /// take back its check-in.
    ManageRegistration,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Manager => "manager",
            Role::Checkin => "checkin",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Role::Owner, Role::Manager, Role::Checkin]
            .into_iter()
            .find(|r| r.as_str() == value)
    }

    pub fn allows(self, action: Action) -> bool {
        match self {
            Role::Owner => true,
            Role::Manager => !matches!(action, Action::Cancel | Action::ManageTeam),
            Role::Checkin => matches!(
                action,
                Action::View | Action::ListAttendees | Action::CheckIn
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_roles_allow_what_they_say() {
        use Action::*;
        let all = [
            View,
            ViewForm,
            Edit,
            Cancel,
            ListAttendees,
            SeeAnswers,
            CheckIn,
            Export,
            Erase,
            ManageTeam,
            Message,
            Decide,
            ManageRegistration,
        ];
        assert!(all.iter().all(|a| Role::Owner.allows(*a)));
        let manager: Vec<_> = all.iter().filter(|a| !Role::Manager.allows(**a)).collect();
        assert_eq!(manager, [&Cancel, &ManageTeam]);
        let checkin: Vec<_> = all.iter().filter(|a| Role::Checkin.allows(**a)).collect();
        assert_eq!(checkin, [&View, &ListAttendees, &CheckIn]);
    }
}
