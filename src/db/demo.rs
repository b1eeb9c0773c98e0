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
}

pub async fn insert_registrations(
    pool: &DbPool,
    conference_id: Uuid,
    rows: &[DemoRegistration],
) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
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
                    registrations::consent_at.eq(diesel::dsl::now),
                    registrations::cancelled_at.eq(cancelled.then(chrono::Utc::now)),
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
