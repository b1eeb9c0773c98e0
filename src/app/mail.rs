//! From what is stored to what a mail is made of: the mail module renders
//! what this hands it and reads no rows itself.

use crate::db::outbox::MailRows;
use crate::email::compose::{MailConference, MailData, MailRegistrant, MailSession};

impl From<MailRows> for MailData {
    fn from(rows: MailRows) -> Self {
        let c = rows.conference;
        let r = rows.registration;
        MailData {
            conference: MailConference {
                id: c.id,
                slug: c.slug,
                title: c.title,
                description: c.description,
                timezone: c.timezone.0,
                starts_at: c.starts_at,
                ends_at: c.ends_at,
                format: c.format,
                venue: c.venue,
                online_url: c.online_url,
                recording_url: c.recording_url,
                owner_name: rows.owner.0,
                owner_email: rows.owner.1,
            },
            registrant: MailRegistrant {
                id: r.id,
                name: r.name,
                email: r.email,
                status: r.status,
                attended: r.attended,
                hold_expires_at: r.hold_expires_at,
                decline_reason: r.decline_reason,
                cancel_reason: r.cancel_reason,
                attendance_mode: r.attendance_mode,
                language: r.language,
            },
            sessions: rows
                .sessions
                .into_iter()
                .map(|s| MailSession {
                    id: s.session.id,
                    title: s.session.title,
                    description: s.session.description,
                    starts_at: s.session.starts_at,
                    ends_at: s.session.ends_at,
                    location: s.session.location,
                    speakers: s.speakers,
                })
                .collect(),
        }
    }
}
