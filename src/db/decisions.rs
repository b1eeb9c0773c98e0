//! The organizer's decisions on applications: approving claims a place in the
//! order of approval (or a place on the waiting list), declining frees the
//! address to apply again.

use diesel::prelude::*;
use diesel::sql_types::{Text, Uuid as SqlUuid};
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::registrations::{Registration, RegistrationRow, with_sessions};
use super::schema::{registration_sessions, registrations};
use super::{DbPool, outbox, seats};
use crate::domain::mail::MailKind;
use crate::domain::registration::RegistrationStatus;
use crate::error::AppError;

/// What to do with each application, in this order: all of it, or nothing.
pub struct Decisions<'a> {
    pub approve: &'a [Uuid],
    pub decline: &'a [Uuid],
    pub reason: Option<&'a str>,
}

/// Carries the decisions out in one transaction. An application that is not
/// one of the conference's, or not awaiting a decision, stops everything with
/// 409 naming it (404 when `single` and it does not exist).
pub async fn decide(
    pool: &DbPool,
    conference_id: Uuid,
    decisions: &Decisions<'_>,
    single: bool,
) -> Result<Vec<Registration>, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        // Decisions on one conference take turns, so the order of approval
        // is one order: of the places claimed, of the waiting list (seq) and
        // of decided_at. They are the organizers' clicks, not a hot path.
        diesel::sql_query("SELECT pg_advisory_xact_lock(1131376247, hashtext($1::text))")
            .bind::<SqlUuid, _>(conference_id)
            .execute(conn)
            .await?;
        seats::lock_shared(conn, conference_id).await?;
        let all: Vec<Uuid> = decisions
            .approve
            .iter()
            .chain(decisions.decline)
            .copied()
            .collect();
        let found: Vec<(Uuid, RegistrationStatus)> = registrations::table
            .filter(registrations::conference_id.eq(conference_id))
            .filter(registrations::id.eq_any(&all))
            .select((registrations::id, registrations::status))
            .for_update()
            .load(conn)
            .await?;
        for id in &all {
            match found.iter().find(|(f, _)| f == id) {
                None if single => return Err(AppError::NotFound),
                None => {
                    return Err(AppError::Conflict(format!(
                        "registration {id} is not one of this conference's"
                    )));
                }
                Some((_, RegistrationStatus::AwaitingApproval)) => {}
                Some((_, status)) => {
                    return Err(AppError::Conflict(format!(
                        "registration {id} is {}, not awaiting approval",
                        status.as_str()
                    )));
                }
            }
        }
        if all.len() != all.iter().collect::<std::collections::HashSet<_>>().len() {
            return Err(AppError::Conflict(
                "a registration appears twice among the decisions".into(),
            ));
        }
        for id in decisions.approve {
            let chosen: Vec<Uuid> = registration_sessions::table
                .filter(registration_sessions::registration_id.eq(id))
                .select(registration_sessions::session_id)
                .load(conn)
                .await?;
            #[derive(QueryableByName)]
            struct Decided {
                #[diesel(sql_type = Text)]
                status: String,
            }
            let decided: Decided = diesel::sql_query(
                "UPDATE registrations SET \
                   status = CASE WHEN claim_seats(id, conference_id, true, $2) \
                                 THEN 'confirmed' ELSE 'waitlisted' END, \
                   seq = DEFAULT, decided_at = clock_timestamp(), updated_at = now() \
                 WHERE id = $1 RETURNING status",
            )
            .bind::<SqlUuid, _>(id)
            .bind::<diesel::sql_types::Array<SqlUuid>, _>(&chosen)
            .get_result(conn)
            .await?;
            let kind = if decided.status == RegistrationStatus::Confirmed.as_str() {
                MailKind::Confirmation
            } else {
                MailKind::Waitlisted
            };
            outbox::enqueue(conn, *id, kind).await?;
        }
        if !decisions.decline.is_empty() {
            diesel::update(
                registrations::table.filter(registrations::id.eq_any(decisions.decline)),
            )
            .set((
                registrations::status.eq(RegistrationStatus::Declined.as_str()),
                registrations::decline_reason.eq(decisions.reason),
                registrations::decided_at.eq(diesel::dsl::now),
                registrations::updated_at.eq(diesel::dsl::now),
            ))
            .execute(conn)
            .await?;
            for id in decisions.decline {
                outbox::enqueue(conn, *id, MailKind::Declined).await?;
            }
        }
        let rows: Vec<RegistrationRow> = registrations::table
            .filter(registrations::id.eq_any(&all))
            .select(RegistrationRow::as_select())
            .load(conn)
            .await?;
        let mut decided = with_sessions(conn, rows).await?;
        decided.sort_by_key(|r| all.iter().position(|id| *id == r.row.id));
        Ok(decided)
    })
    .await
}

/// Applications awaiting a decision, in the order they came in.
pub async fn waiting(pool: &DbPool, conference_id: Uuid) -> Result<Vec<Registration>, AppError> {
    let mut conn = pool.get().await?;
    let rows: Vec<RegistrationRow> = registrations::table
        .filter(registrations::conference_id.eq(conference_id))
        .filter(registrations::status.eq(RegistrationStatus::AwaitingApproval.as_str()))
        .order(registrations::seq.asc())
        .select(RegistrationRow::as_select())
        .load(&mut conn)
        .await?;
    with_sessions(&mut conn, rows).await
}
