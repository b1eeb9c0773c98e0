//! Capacity as rows. Each seat of a conference or session is a row; a sign-up
//! claims one per limited scope with `FOR UPDATE SKIP LOCKED`, so concurrent
//! sign-ups for one popular conference each lock a different row instead of
//! queueing on one counter.
//!
//! Every transaction that claims or frees seats holds the conference's shared
//! capacity lock; resizing a scope takes it exclusively, so a capacity change
//! never races a claim (and a conference switching from unlimited to limited
//! cannot let a sign-up slip through without a seat).

use diesel::prelude::*;
use diesel::sql_types::{Array, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::Conn;
use super::schema::{registration_sessions, registrations, seats, sessions};
use super::sql::{pg_advisory_xact_lock, pg_advisory_xact_lock_shared};
use crate::domain::registration::RegistrationStatus;
use crate::error::AppError;

const CAPACITY_LOCK_CLASS: i32 = 0x436f_6e76;

fn lock_key(conference_id: Uuid) -> i32 {
    let b = conference_id.as_bytes();
    i32::from_be_bytes([b[12], b[13], b[14], b[15]])
}

pub async fn lock_shared(conn: &mut Conn, conference_id: Uuid) -> Result<(), AppError> {
    diesel::select(pg_advisory_xact_lock_shared(
        CAPACITY_LOCK_CLASS,
        lock_key(conference_id),
    ))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn lock_exclusive(conn: &mut Conn, conference_id: Uuid) -> Result<(), AppError> {
    diesel::select(pg_advisory_xact_lock(
        CAPACITY_LOCK_CLASS,
        lock_key(conference_id),
    ))
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(QueryableByName)]
struct Claimed {
    #[diesel(sql_type = SqlUuid)]
    #[allow(dead_code)]
    scope_id: Uuid,
}

/// Claims one free seat in each scope for the registration. All or nothing:
/// when a scope is full, the seats claimed in the others are given back and
/// `false` is returned.
pub async fn claim_all(
    conn: &mut Conn,
    registration_id: Uuid,
    scopes: &[Uuid],
) -> Result<bool, AppError> {
    if scopes.is_empty() {
        return Ok(true);
    }
    let claimed: Vec<Claimed> = diesel::sql_query(
        "UPDATE seats SET registration_id = $1 \
         WHERE id IN (SELECT f.id FROM unnest($2::uuid[]) AS w(scope) \
             CROSS JOIN LATERAL (SELECT s.id FROM seats s \
                 WHERE s.scope_id = w.scope AND s.registration_id IS NULL \
                 ORDER BY s.id LIMIT 1 FOR UPDATE SKIP LOCKED) f) \
         RETURNING scope_id",
    )
    .bind::<SqlUuid, _>(registration_id)
    .bind::<Array<SqlUuid>, _>(scopes)
    .load(conn)
    .await?;
    if claimed.len() == scopes.len() {
        return Ok(true);
    }
    if !claimed.is_empty() {
        release_all(conn, registration_id).await?;
    }
    Ok(false)
}

/// Frees every seat the registration holds. The freed rows stay locked by this
/// transaction until it ends, so a promotion in the same transaction gets them
/// before any concurrent sign-up can.
pub async fn release_all(conn: &mut Conn, registration_id: Uuid) -> Result<(), AppError> {
    diesel::update(seats::table.filter(seats::registration_id.eq(registration_id)))
        .set(seats::registration_id.eq(None::<Uuid>))
        .execute(conn)
        .await?;
    Ok(())
}

/// Frees the seats the registration holds in the given sessions.
pub async fn release_sessions(
    conn: &mut Conn,
    registration_id: Uuid,
    session_ids: &[Uuid],
) -> Result<(), AppError> {
    if session_ids.is_empty() {
        return Ok(());
    }
    diesel::update(
        seats::table
            .filter(seats::registration_id.eq(registration_id))
            .filter(seats::session_id.eq_any(session_ids)),
    )
    .set(seats::registration_id.eq(None::<Uuid>))
    .execute(conn)
    .await?;
    Ok(())
}

/// The scopes a registration needs a seat in: the conference when it has a
/// capacity, and each chosen session that has one.
pub async fn scopes_needed(
    conn: &mut Conn,
    conference_id: Uuid,
    conference_limited: bool,
    session_ids: &[Uuid],
) -> Result<Vec<Uuid>, AppError> {
    let mut scopes = Vec::with_capacity(session_ids.len() + 1);
    if conference_limited {
        scopes.push(conference_id);
    }
    if !session_ids.is_empty() {
        let limited: Vec<Uuid> = sessions::table
            .filter(sessions::id.eq_any(session_ids))
            .filter(sessions::capacity.is_not_null())
            .select(sessions::id)
            .load(conn)
            .await?;
        scopes.extend(limited);
    }
    Ok(scopes)
}

/// Gives freed seats to waitlisted registrations in order of arrival: each one
/// that now fits (a seat in the conference and in every chosen limited session)
/// is confirmed. Returns the promoted registrations, who are owed a mail.
pub async fn promote_waitlist(
    conn: &mut Conn,
    conference_id: Uuid,
    conference_limited: bool,
) -> Result<Vec<Uuid>, AppError> {
    // Bounded so one cancellation never turns into a long transaction; a
    // background sweep picks up anything left.
    const CANDIDATES: i64 = 50;
    let candidates: Vec<Uuid> = registrations::table
        .filter(registrations::conference_id.eq(conference_id))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted.as_str()))
        .order(registrations::seq.asc())
        .limit(CANDIDATES)
        .select(registrations::id)
        .for_update()
        .skip_locked()
        .load(conn)
        .await?;
    let mut promoted = Vec::new();
    for candidate in candidates {
        let chosen: Vec<Uuid> = registration_sessions::table
            .filter(registration_sessions::registration_id.eq(candidate))
            .select(registration_sessions::session_id)
            .load(conn)
            .await?;
        let scopes = scopes_needed(conn, conference_id, conference_limited, &chosen).await?;
        if claim_all(conn, candidate, &scopes).await? {
            diesel::update(registrations::table.find(candidate))
                .set((
                    registrations::status.eq(RegistrationStatus::Confirmed.as_str()),
                    registrations::updated_at.eq(diesel::dsl::now),
                ))
                .execute(conn)
                .await?;
            promoted.push(candidate);
        } else if conference_limited && free_seats(conn, conference_id).await? == 0 {
            break;
        }
    }
    Ok(promoted)
}

pub async fn free_seats(conn: &mut Conn, scope_id: Uuid) -> Result<i64, AppError> {
    Ok(seats::table
        .filter(seats::scope_id.eq(scope_id))
        .filter(seats::registration_id.is_null())
        .count()
        .get_result(conn)
        .await?)
}

/// Free seats per scope, for showing "seats left".
pub async fn free_seats_by_scope(
    conn: &mut Conn,
    conference_id: Uuid,
) -> Result<Vec<(Uuid, i64)>, AppError> {
    Ok(seats::table
        .filter(seats::conference_id.eq(conference_id))
        .filter(seats::registration_id.is_null())
        .group_by(seats::scope_id)
        .select((seats::scope_id, diesel::dsl::count_star()))
        .load(conn)
        .await?)
}

/// Makes a scope hold exactly `capacity` seats (or none when unlimited). The
/// caller holds the exclusive capacity lock. Seats are given to the
/// registrations that already hold a place, oldest first; lowering a capacity
/// below the number of confirmed people is refused.
pub async fn resize(
    conn: &mut Conn,
    conference_id: Uuid,
    session_id: Option<Uuid>,
    capacity: Option<i32>,
    holders: &[Uuid],
) -> Result<(), AppError> {
    let scope_id = session_id.unwrap_or(conference_id);
    let Some(capacity) = capacity else {
        diesel::delete(seats::table.filter(seats::scope_id.eq(scope_id)))
            .execute(conn)
            .await?;
        return Ok(());
    };
    let capacity = i64::from(capacity);
    let total: i64 = seats::table
        .filter(seats::scope_id.eq(scope_id))
        .count()
        .get_result(conn)
        .await?;
    if total == 0 {
        // From unlimited to limited: everyone with a place keeps it.
        if holders.len() as i64 > capacity {
            return Err(AppError::Conflict(format!(
                "{} people already hold a place; the capacity cannot be lower",
                holders.len()
            )));
        }
        insert_seats(
            conn,
            conference_id,
            session_id,
            holders.iter().copied().map(Some),
        )
        .await?;
        let free = capacity - holders.len() as i64;
        insert_seats(conn, conference_id, session_id, (0..free).map(|_| None)).await?;
    } else if capacity > total {
        insert_seats(
            conn,
            conference_id,
            session_id,
            (0..capacity - total).map(|_| None),
        )
        .await?;
    } else if capacity < total {
        let surplus = total - capacity;
        let free: Vec<i64> = seats::table
            .filter(seats::scope_id.eq(scope_id))
            .filter(seats::registration_id.is_null())
            .order(seats::id.desc())
            .limit(surplus)
            .select(seats::id)
            .load(conn)
            .await?;
        if (free.len() as i64) < surplus {
            return Err(AppError::Conflict(format!(
                "{} people already hold a place; the capacity cannot be lower",
                total - free.len() as i64
            )));
        }
        diesel::delete(seats::table.filter(seats::id.eq_any(&free)))
            .execute(conn)
            .await?;
    }
    Ok(())
}

async fn insert_seats(
    conn: &mut Conn,
    conference_id: Uuid,
    session_id: Option<Uuid>,
    holders: impl Iterator<Item = Option<Uuid>>,
) -> Result<(), AppError> {
    let rows: Vec<_> = holders
        .map(|holder| {
            (
                seats::conference_id.eq(conference_id),
                seats::session_id.eq(session_id),
                seats::registration_id.eq(holder),
            )
        })
        .collect();
    // PostgreSQL takes at most 65535 bind parameters per statement.
    for chunk in rows.chunks(10_000) {
        diesel::insert_into(seats::table)
            .values(chunk)
            .execute(conn)
            .await?;
    }
    Ok(())
}
