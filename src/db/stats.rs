use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbPool;
use super::conferences::find;
use super::schema::{check_ins, registration_sessions, registrations, sessions};
use crate::domain::registration::AttendanceMode;
use crate::domain::registration::RegistrationStatus;
use crate::domain::stats::{ConferenceStats, Counts, ModeStats, Modes, SessionStats, StatusCount};
use crate::error::AppError;

diesel::allow_columns_to_appear_in_same_group_by_clause!(
    registration_sessions::session_id,
    registrations::status,
    registrations::attended,
    registrations::attendance_mode,
);

fn to_counts(rows: Vec<(String, bool, i64)>) -> Vec<StatusCount> {
    rows.into_iter()
        .filter_map(|(status, attended, count)| {
            RegistrationStatus::parse(&status).map(|status| StatusCount {
                status,
                attended,
                count,
            })
        })
        .collect()
}

pub async fn for_conference(
    pool: &DbPool,
    conference_id: Uuid,
) -> Result<ConferenceStats, AppError> {
    let mut conn = pool.get().await?;
    let conference = find(&mut conn, conference_id).await?;
    let rows: Vec<(String, bool, i64)> = registrations::table
        .filter(registrations::conference_id.eq(conference_id))
        .group_by((registrations::status, registrations::attended))
        .select((
            registrations::status,
            registrations::attended,
            diesel::dsl::count_star(),
        ))
        .load(&mut conn)
        .await?;
    let counts = Counts::from_rows(&to_counts(rows));

    let session_rows: Vec<(Uuid, String, Option<i32>)> = sessions::table
        .filter(sessions::conference_id.eq(conference_id))
        .order((sessions::starts_at.asc(), sessions::id.asc()))
        .select((sessions::id, sessions::title, sessions::capacity))
        .load(&mut conn)
        .await?;
    let per_session: Vec<(Uuid, String, bool, i64)> = registration_sessions::table
        .inner_join(registrations::table)
        .filter(registrations::conference_id.eq(conference_id))
        .group_by((
            registration_sessions::session_id,
            registrations::status,
            registrations::attended,
        ))
        .select((
            registration_sessions::session_id,
            registrations::status,
            registrations::attended,
            diesel::dsl::count_star(),
        ))
        .load(&mut conn)
        .await?;
    let session_ids: Vec<Uuid> = session_rows.iter().map(|(id, ..)| *id).collect();
    let session_check_ins: Vec<(Option<Uuid>, i64)> = check_ins::table
        .filter(check_ins::session_id.eq_any(&session_ids))
        .group_by(check_ins::session_id)
        .select((check_ins::session_id, diesel::dsl::count_star()))
        .load(&mut conn)
        .await?;
    let sessions = session_rows
        .into_iter()
        .map(|(id, title, capacity)| {
            let rows: Vec<(String, bool, i64)> = per_session
                .iter()
                .filter(|(s, ..)| *s == id)
                .map(|(_, status, attended, n)| (status.clone(), *attended, *n))
                .collect();
            let c = Counts::from_rows(&to_counts(rows));
            SessionStats {
                id,
                title,
                capacity,
                registered: c.registered,
                confirmed: c.confirmed,
                waitlisted: c.waitlisted,
                // Checked in to this session, by any means.
                attended: session_check_ins
                    .iter()
                    .find(|(s, _)| *s == Some(id))
                    .map(|(_, n)| *n)
                    .unwrap_or(0),
            }
        })
        .collect();
    let modes = if conference.format == crate::domain::conference::Format::Hybrid {
        let per_mode: Vec<(String, String, bool, i64)> = registrations::table
            .filter(registrations::conference_id.eq(conference_id))
            .group_by((
                registrations::attendance_mode,
                registrations::status,
                registrations::attended,
            ))
            .select((
                registrations::attendance_mode,
                registrations::status,
                registrations::attended,
                diesel::dsl::count_star(),
            ))
            .load(&mut conn)
            .await?;
        let of = |mode: AttendanceMode, capacity: Option<i32>| {
            let rows: Vec<(String, bool, i64)> = per_mode
                .iter()
                .filter(|(m, ..)| m == mode.as_str())
                .map(|(_, s, a, n)| (s.clone(), *a, *n))
                .collect();
            ModeStats::from_rows(capacity, &to_counts(rows))
        };
        Some(Modes {
            in_person: of(AttendanceMode::InPerson, conference.in_person_capacity),
            online: of(AttendanceMode::Online, conference.online_capacity),
        })
    } else {
        None
    };
    Ok(ConferenceStats {
        counts,
        capacity: conference.capacity,
        sessions,
        modes,
    })
}
