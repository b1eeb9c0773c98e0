//! Bulk rows for `convene demo`: registrations in given states, as if they had
//! come in over weeks.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::DbPool;
use super::schema::{registration_sessions, registrations};
use crate::domain::registration::RegistrationStatus;
use crate::error::AppError;

pub struct DemoRegistration {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub organization: String,
    pub category: String,
    pub status: RegistrationStatus,
    pub sessions: Vec<Uuid>,
    pub manage_hash: Vec<u8>,
    pub join_hash: Vec<u8>,
    /// When they signed up (and gave consent).
    pub registered_at: chrono::DateTime<chrono::Utc>,
}

pub async fn insert_registrations(
    pool: &DbPool,
    conference_id: Uuid,
    rows: &[DemoRegistration],
) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        // The demo's conferences are not hybrid: the format is the mode.
        let format: crate::domain::conference::Format = super::schema::conferences::table
            .find(conference_id)
            .select(super::schema::conferences::format)
            .first(conn)
            .await?;
        let mode = match format {
            crate::domain::conference::Format::Online => "online",
            _ => "in_person",
        };
        for r in rows {
            let cancelled = r.status == RegistrationStatus::Cancelled;
            diesel::insert_into(registrations::table)
                .values((
                    registrations::id.eq(r.id),
                    registrations::conference_id.eq(conference_id),
                    registrations::email.eq(&r.email),
                    registrations::name.eq(&r.name),
                    registrations::organization.eq(&r.organization),
                    registrations::category.eq(&r.category),
                    registrations::status.eq(r.status.as_str()),
                    registrations::manage_token_hash.eq(&r.manage_hash),
                    registrations::join_token_hash.eq(&r.join_hash),
                    registrations::consent_at.eq(r.registered_at),
                    registrations::created_at.eq(r.registered_at),
                    registrations::updated_at.eq(r.registered_at),
                    registrations::attendance_mode.eq(mode),
                    // A few days later, for those who cancelled.
                    registrations::cancelled_at
                        .eq(cancelled.then(|| r.registered_at + chrono::Duration::days(3))),
                ))
                .execute(conn)
                .await?;
            let chosen: Vec<_> = r
                .sessions
                .iter()
                .map(|s| {
                    (
                        registration_sessions::registration_id.eq(r.id),
                        registration_sessions::session_id.eq(*s),
                    )
                })
                .collect();
            diesel::insert_into(registration_sessions::table)
                .values(chosen)
                .execute(conn)
                .await?;
        }
        Ok(())
    })
    .await
}

/// The demo's past conference sent its recording mail long ago: mark it so,
/// or the worker would send it now.
pub async fn recording_mailed(
    pool: &DbPool,
    conference_id: Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), AppError> {
    use super::schema::conferences;
    let mut conn = pool.get().await?;
    diesel::update(conferences::table.find(conference_id))
        .set(conferences::recording_mailed_at.eq(at))
        .execute(&mut conn)
        .await?;
    Ok(())
}
