//! From what is stored to what a mail is made of: the mail module renders
//! what this hands it and reads no rows itself.

use uuid::Uuid;

use crate::db::outbox::{self, MailRows};
use crate::db::{Conn, DbPool};
use crate::email::compose::{MailConference, MailData, MailRegistrant, MailSession};
use crate::error::AppError;

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

/// What the mail about this registration is made of, as it stands now.
pub async fn for_registration(
    conn: &mut Conn,
    registration_id: Uuid,
) -> Result<MailData, AppError> {
    Ok(outbox::load_for(conn, registration_id).await?.into())
}

/// The same, for the holder of a manage link (the invite download).
pub async fn for_manage_token(pool: &DbPool, token_hash: &[u8]) -> Result<MailData, AppError> {
    Ok(
        crate::db::registrations::mail_data_by_token(pool, token_hash)
            .await?
            .into(),
    )
}
