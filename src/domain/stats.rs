//! Attendance figures, computed from counts of rows so they always agree with
//! the registration list.

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::registration::RegistrationStatus;

/// How many registrations share a status and an attendance mark.
#[derive(Debug, Clone, Copy)]
pub struct StatusCount {
    pub status: RegistrationStatus,
    pub attended: bool,
    pub count: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct Counts {
    /// Active registrations: confirmed + waitlisted + pending + awaiting_approval.
    pub registered: i64,
    pub confirmed: i64,
    pub waitlisted: i64,
    pub pending: i64,
    pub awaiting_approval: i64,
    pub declined: i64,
    pub cancelled: i64,
    /// Marked attended by any means.
    pub attended: i64,
    /// Confirmed and not marked attended.
    pub no_shows: i64,
    /// attended / confirmed, or null before anyone is confirmed.
    pub attendance_rate: Option<f64>,
}

impl Counts {
    pub fn from_rows(rows: &[StatusCount]) -> Self {
        let mut c = Counts::default();
        for row in rows {
            match row.status {
                RegistrationStatus::Confirmed => {
                    c.confirmed += row.count;
                    if !row.attended {
                        c.no_shows += row.count;
                    }
                }
                RegistrationStatus::Waitlisted => c.waitlisted += row.count,
                RegistrationStatus::Pending => c.pending += row.count,
                RegistrationStatus::Cancelled => c.cancelled += row.count,
                RegistrationStatus::AwaitingApproval => c.awaiting_approval += row.count,
                RegistrationStatus::Declined => c.declined += row.count,
            }
            if row.attended {
                c.attended += row.count;
            }
        }
        c.registered = c.confirmed + c.waitlisted + c.pending + c.awaiting_approval;
        c.attendance_rate = (c.confirmed > 0).then(|| {
            ((c.confirmed - c.no_shows) as f64 / c.confirmed as f64 * 1000.0).round() / 1000.0
        });
        c
    }
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SessionStats {
    pub id: Uuid,
    pub title: String,
    pub capacity: Option<i32>,
    pub registered: i64,
    pub confirmed: i64,
    pub waitlisted: i64,
    pub attended: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConferenceStats {
    #[serde(flatten)]
    pub counts: Counts,
    pub capacity: Option<i32>,
    pub sessions: Vec<SessionStats>,
    /// Hybrid conferences only: the places of each mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modes: Option<Modes>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Modes {
    pub in_person: ModeStats,
    pub online: ModeStats,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ModeStats {
    pub capacity: Option<i32>,
    pub confirmed: i64,
    pub waitlisted: i64,
    pub attended: i64,
}

impl ModeStats {
    pub fn from_rows(capacity: Option<i32>, rows: &[StatusCount]) -> Self {
        let c = Counts::from_rows(rows);
        ModeStats {
            capacity,
            confirmed: c.confirmed,
            waitlisted: c.waitlisted,
            attended: c.attended,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RegistrationStatus::*;

    #[test]
    fn counts_follow_the_contract() {
        let rows = [
            StatusCount {
                status: Confirmed,
                attended: true,
                count: 3,
            },
            StatusCount {
                status: Confirmed,
                attended: false,
                count: 1,
            },
            StatusCount {
                status: Waitlisted,
                attended: false,
                count: 2,
            },
            StatusCount {
                status: Cancelled,
                attended: false,
                count: 5,
            },
            StatusCount {
                status: Pending,
                attended: false,
                count: 1,
            },
            StatusCount {
                status: AwaitingApproval,
                attended: false,
                count: 2,
            },
            StatusCount {
                status: Declined,
                attended: false,
                count: 4,
            },
        ];
        let c = Counts::from_rows(&rows);
        assert_eq!(c.registered, 9);
        assert_eq!(c.awaiting_approval, 2);
        assert_eq!(c.declined, 4);
        assert_eq!(c.confirmed, 4);
        assert_eq!(c.attended, 3);
        assert_eq!(c.no_shows, 1);
        assert_eq!(c.cancelled, 5);
        assert_eq!(c.attendance_rate, Some(0.75));
    }

    #[test]
    fn no_rate_without_confirmed_people() {
        assert_eq!(Counts::from_rows(&[]).attendance_rate, None);
    }
}
