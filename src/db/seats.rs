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
use diesel::sql_types::{Array, BigInt, Nullable, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::Conn;
use super::conferences::ConferenceRow;
use super::schema::{conferences, questions, registration_sessions, registrations, seats};
use super::sql::{capacity_lock_exclusive, capacity_lock_shared, claim_seats};
use crate::domain::conference::ConferenceStatus;
use crate::domain::registration::RegistrationStatus;
use crate::error::AppError;

pub async fn lock_shared(conn: &mut Conn, conference_id: Uuid) -> Result<(), AppError> {
    diesel::select(capacity_lock_shared(conference_id))
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn lock_exclusive(conn: &mut Conn, conference_id: Uuid) -> Result<(), AppError> {
    diesel::select(capacity_lock_exclusive(conference_id))
        .execute(conn)
        .await?;
    Ok(())
}

/// A published (or cancelled) conference found by slug, with its shared
/// capacity lock taken in the same round trip. The row may predate a capacity
/// change that committed while we waited for the lock: that is why the seat
/// claim (`claim_seats`, called by `register`) reads the capacities again, in
/// a statement of its own.
/// Also says whether the conference asks questions, so a sign-up loads its
/// form only then, without another round trip when it does not.
pub async fn find_public_locked(
    conn: &mut Conn,
    slug: &str,
) -> Result<(ConferenceRow, bool), AppError> {
    let (row, _locked, asks): (ConferenceRow, bool, bool) = conferences::table
        .filter(conferences::slug.eq(slug))
        .filter(conferences::status.ne(ConferenceStatus::Draft.as_str()))
        .select((
            ConferenceRow::as_select(),
            capacity_lock_shared(conferences::id),
            diesel::dsl::exists(
                questions::table
                    .filter(questions::conference_id.eq(conferences::id))
                    .filter(questions::retired.eq(false)),
            ),
        ))
        .first(conn)
        .await?;
    Ok((row, asks))
}

/// Claims one free seat for the registration in every limited scope it needs:
/// the conference (when `with_conference` and it has a capacity) and each of
/// `session_ids` that has one. All or nothing: `false`, with nothing held,
/// when a scope is full. The work is the `claim_seats` SQL function (see its
/// migration): run after the capacity lock is held, it reads current
/// capacities, and takes the first free seat from a random seat number on
/// (wrapping around) through the partial index of free seats, so concurrent
/// claims rarely meet, nor wade through entries of seats taken since the last
/// vacuum.
pub async fn claim(
    conn: &mut Conn,
    registration_id: Uuid,
    conference_id: Uuid,
    with_conference: bool,
    session_ids: &[Uuid],
) -> Result<bool, AppError> {
    Ok(diesel::select(claim_seats(
        registration_id,
        conference_id,
        with_conference,
        session_ids,
    ))
    .get_result(conn)
    .await?)
}

/// Claims a free seat among the places of one mode (`scope`) for a
/// registration that holds its other places already; `false` when that mode
/// is full. An unlimited mode (`capacity: None`) needs no seat.
pub async fn claim_mode_seat(
    conn: &mut Conn,
    registration_id: Uuid,
    scope: Uuid,
    capacity: Option<i32>,
) -> Result<bool, AppError> {
    if capacity.is_none() {
        return Ok(true);
    }
    let taken = diesel::sql_query(
        "UPDATE seats SET registration_id = $1 WHERE id = ( \
           SELECT id FROM seats WHERE scope_id = $2 AND registration_id IS NULL \
            ORDER BY seat_no LIMIT 1 FOR UPDATE SKIP LOCKED)",
    )
    .bind::<SqlUuid, _>(registration_id)
    .bind::<SqlUuid, _>(scope)
    .execute(conn)
    .await?;
    Ok(taken == 1)
}

/// Frees the seat the registration holds among one mode's places.
pub async fn release_mode_seat(
    conn: &mut Conn,
    registration_id: Uuid,
    scope: Uuid,
) -> Result<(), AppError> {
    diesel::update(
        seats::table
            .filter(seats::registration_id.eq(registration_id))
            .filter(seats::mode_scope.eq(scope)),
    )
    .set(seats::registration_id.eq(None::<Uuid>))
    .execute(conn)
    .await?;
    Ok(())
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

/// Gives freed seats to waitlisted registrations in order of arrival: each one
/// that now fits (a seat in the conference and in every chosen limited session)
/// is confirmed. Returns the promoted registrations, who are owed a mail.
pub async fn promote_waitlist(
    conn: &mut Conn,
    conference_id: Uuid,
    conference_limited: bool,
) -> Result<Vec<Uuid>, AppError> {
    // Bounded so one cancellation never turns into a long transaction;
    // `sweep_waitlists` picks up anything left.
    const CANDIDATES: i64 = 50;
    // Where addresses must be confirmed, a freed place is held for the next
    // person like a new sign-up's, until they follow the link in their mail.
    let (confirm, hold_minutes): (bool, i32) = conferences::table
        .find(conference_id)
        .select((
            conferences::require_email_confirmation,
            conferences::confirmation_hold_minutes,
        ))
        .first(conn)
        .await?;
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
        if claim(conn, candidate, conference_id, true, &chosen).await? {
            let (status, hold, mail) = if confirm {
                (
                    RegistrationStatus::Pending,
                    Some(chrono::Utc::now() + chrono::Duration::minutes(hold_minutes.into())),
                    crate::domain::mail::MailKind::ConfirmEmail,
                )
            } else {
                (
                    RegistrationStatus::Confirmed,
                    None,
                    crate::domain::mail::MailKind::Promoted,
                )
            };
            diesel::update(registrations::table.find(candidate))
                .set((
                    registrations::status.eq(status.as_str()),
                    registrations::hold_expires_at.eq(hold),
                    registrations::updated_at.eq(diesel::dsl::now),
                ))
                .execute(conn)
                .await?;
            super::outbox::enqueue(conn, candidate, mail).await?;
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
    resize_scope(conn, conference_id, session_id, None, capacity, holders).await
}

/// The same for the places of one attendance mode of a hybrid conference
/// (`mode_scope`: the conference's in_person_scope or online_scope).
pub async fn resize_mode(
    conn: &mut Conn,
    conference_id: Uuid,
    mode_scope: Uuid,
    capacity: Option<i32>,
    holders: &[Uuid],
) -> Result<(), AppError> {
    resize_scope(
        conn,
        conference_id,
        None,
        Some(mode_scope),
        capacity,
        holders,
    )
    .await
}

async fn resize_scope(
    conn: &mut Conn,
    conference_id: Uuid,
    session_id: Option<Uuid>,
    mode_scope: Option<Uuid>,
    capacity: Option<i32>,
    holders: &[Uuid],
) -> Result<(), AppError> {
    let scope_id = session_id.or(mode_scope).unwrap_or(conference_id);
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
        diesel::sql_query(
            "INSERT INTO seats (conference_id, session_id, mode_scope, seat_no, registration_id) \
             SELECT $1, $2, $4, n, h FROM unnest($3::uuid[]) WITH ORDINALITY AS t(h, n)",
        )
        .bind::<SqlUuid, _>(conference_id)
        .bind::<Nullable<SqlUuid>, _>(session_id)
        .bind::<Array<SqlUuid>, _>(holders)
        .bind::<Nullable<SqlUuid>, _>(mode_scope)
        .execute(conn)
        .await?;
        add_free_seats(
            conn,
            conference_id,
            session_id,
            mode_scope,
            capacity - holders.len() as i64,
        )
        .await?;
    } else if capacity > total {
        add_free_seats(
            conn,
            conference_id,
            session_id,
            mode_scope,
            capacity - total,
        )
        .await?;
    } else if capacity < total {
        let surplus = total - capacity;
        let free: Vec<i64> = seats::table
            .filter(seats::scope_id.eq(scope_id))
            .filter(seats::registration_id.is_null())
            .order(seats::seat_no.desc())
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

/// Appends `count` free seats to a scope, numbered after its last one.
async fn add_free_seats(
    conn: &mut Conn,
    conference_id: Uuid,
    session_id: Option<Uuid>,
    mode_scope: Option<Uuid>,
    count: i64,
) -> Result<(), AppError> {
    if count <= 0 {
        return Ok(());
    }
    diesel::sql_query(
        "INSERT INTO seats (conference_id, session_id, mode_scope, seat_no) \
         SELECT $1, $2, $4, last.n + g FROM generate_series(1, $3) AS g, \
             (SELECT coalesce(max(seat_no), 0) AS n FROM seats \
               WHERE scope_id = coalesce($2, $4, $1)) AS last",
    )
    .bind::<SqlUuid, _>(conference_id)
    .bind::<Nullable<SqlUuid>, _>(session_id)
    .bind::<BigInt, _>(count)
    .bind::<Nullable<SqlUuid>, _>(mode_scope)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(QueryableByName)]
struct ConferenceWithWaitlist {
    #[diesel(sql_type = SqlUuid)]
    conference_id: Uuid,
}

/// Promotes waitlisted people wherever a seat is free: after a cancellation
/// that had more candidates than it looked at, or a sign-up that saw every free
/// seat locked by a transaction that then rolled back. Run by the workers.
pub async fn sweep_waitlists(pool: &super::DbPool) -> Result<usize, AppError> {
    use diesel_async::AsyncConnection;
    let mut conn = pool.get().await?;
    let found: Vec<ConferenceWithWaitlist> = diesel::sql_query(
        "SELECT DISTINCT r.conference_id FROM registrations r \
          WHERE r.status = 'waitlisted' \
            AND EXISTS (SELECT 1 FROM seats s WHERE s.conference_id = r.conference_id AND s.session_id IS NULL AND s.registration_id IS NULL)",
    )
    .load(&mut conn)
    .await?;
    let mut promoted = 0;
    for c in found {
        promoted += conn
            .transaction(async |conn| {
                lock_shared(conn, c.conference_id).await?;
                let capacity: Option<i32> = conferences::table
                    .find(c.conference_id)
                    .select(conferences::capacity)
                    .first(conn)
                    .await?;
                Ok::<usize, AppError>(
                    promote_waitlist(conn, c.conference_id, capacity.is_some())
                        .await?
                        .len(),
                )
            })
            .await?;
    }
    Ok(promoted)
}
