//! Check-ins, by hand, by join link or from a participant report.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::conferences::find;
use super::registrations::{Registration, RegistrationRow};
use super::schema::{check_ins, registration_sessions, registrations};
use super::sql::lower;
use super::{Conn, DbPool};
use crate::domain::attendance::CheckInMethod;
use crate::domain::registration::RegistrationStatus;
use crate::error::AppError;

/// Records that the registrant came (to the conference, or to one session):
/// once, whatever the number of calls, and marks them attended.
pub async fn record(
    conn: &mut Conn,
    registration_id: Uuid,
    session_id: Option<Uuid>,
    method: CheckInMethod,
) -> Result<(), AppError> {
    diesel::insert_into(check_ins::table)
        .values((
            check_ins::registration_id.eq(registration_id),
            check_ins::session_id.eq(session_id),
            check_ins::method.eq(method.as_str()),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    diesel::update(registrations::table.find(registration_id))
        .set((
            registrations::attended.eq(true),
            registrations::checked_in_at.eq(diesel::dsl::sql::<
                diesel::sql_types::Nullable<diesel::sql_types::Timestamptz>,
            >("coalesce(checked_in_at, now())")),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

/// The organizer's check-in of a confirmed registrant.
pub async fn check_in(
    pool: &DbPool,
    conference_id: Uuid,
    registration_id: Uuid,
    session_id: Option<Uuid>,
) -> Result<Registration, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        find(conn, conference_id).await?;
        let row: RegistrationRow = registrations::table
            .filter(registrations::id.eq(registration_id))
            .filter(registrations::conference_id.eq(conference_id))
            .select(RegistrationRow::as_select())
            .for_update()
            .first(conn)
            .await?;
        if row.status != RegistrationStatus::Confirmed {
            return Err(AppError::Conflict(format!(
                "only confirmed registrants can be checked in; this one is {}",
                row.status.as_str()
            )));
        }
        let chosen: Vec<Uuid> = registration_sessions::table
            .filter(registration_sessions::registration_id.eq(row.id))
            .select(registration_sessions::session_id)
            .load(conn)
            .await?;
        if let Some(session) = session_id
            && !chosen.contains(&session)
        {
            return Err(AppError::invalid(
                "session_id",
                "the registrant did not choose this session",
            ));
        }
        record(conn, row.id, session_id, CheckInMethod::Manual).await?;
        let row: RegistrationRow = registrations::table
            .find(row.id)
            .select(RegistrationRow::as_select())
            .first(conn)
            .await?;
        Ok(Registration {
            row,
            sessions: chosen,
        })
    })
    .await
}

pub struct ImportOutcome {
    pub matched: usize,
    pub unmatched: Vec<String>,
}

/// The conference's sessions, for the per-session attendance rules.
pub async fn session_spans(
    conn: &mut Conn,
    conference_id: Uuid,
) -> Result<Vec<crate::domain::attendance::SessionSpan>, AppError> {
    use super::schema::sessions;
    let rows: Vec<(
        Uuid,
        chrono::DateTime<chrono::Utc>,
        chrono::DateTime<chrono::Utc>,
    )> = sessions::table
        .filter(sessions::conference_id.eq(conference_id))
        .select((sessions::id, sessions::starts_at, sessions::ends_at))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, starts_at, ends_at)| crate::domain::attendance::SessionSpan {
                id,
                starts_at,
                ends_at,
            },
        )
        .collect())
}

/// Marks every active registrant whose address is in the report as attended,
/// and, where the report says when they were there, each session their stay
/// overlapped long enough; in one transaction whatever the size of the report.
pub async fn import(
    pool: &DbPool,
    conference_id: Uuid,
    report: &crate::domain::attendance::ParticipantReport,
) -> Result<ImportOutcome, AppError> {
    let attended = &report.attended;
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        find(conn, conference_id).await?;
        let found: Vec<(Uuid, String)> = registrations::table
            .filter(registrations::conference_id.eq(conference_id))
            .filter(registrations::status.ne_all([
                RegistrationStatus::Cancelled.as_str(),
                RegistrationStatus::Declined.as_str(),
            ]))
            .filter(lower(registrations::email).eq_any(attended))
            .select((registrations::id, lower(registrations::email)))
            .load(conn)
            .await?;
        let ids: Vec<Uuid> = found.iter().map(|(id, _)| *id).collect();
        let rows: Vec<_> = ids
            .iter()
            .map(|id| {
                (
                    check_ins::registration_id.eq(*id),
                    check_ins::session_id.eq(None::<Uuid>),
                    check_ins::method.eq(CheckInMethod::Import.as_str()),
                )
            })
            .collect();
        for chunk in rows.chunks(10_000) {
            diesel::insert_into(check_ins::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(conn)
                .await?;
        }
        for chunk in ids.chunks(10_000) {
            diesel::update(registrations::table.filter(registrations::id.eq_any(chunk)))
                .set((
                    registrations::attended.eq(true),
                    registrations::checked_in_at.eq(diesel::dsl::sql::<
                        diesel::sql_types::Nullable<diesel::sql_types::Timestamptz>,
                    >(
                        "coalesce(checked_in_at, now())"
                    )),
                ))
                .execute(conn)
                .await?;
        }
        let conference = find(conn, conference_id).await?;
        let spans = session_spans(conn, conference_id).await?;
        if !spans.is_empty() {
            let by_email: std::collections::HashMap<&str, Uuid> =
                found.iter().map(|(id, e)| (e.as_str(), *id)).collect();
            let mut per_session: Vec<(Uuid, Uuid)> = report
                .stays
                .iter()
                .filter_map(|stay| {
                    let id = by_email.get(stay.email.as_str())?;
                    let (from, to) = stay.interval(conference.tz())?;
                    Some(
                        crate::domain::attendance::sessions_of_stay(from, to, &spans)
                            .into_iter()
                            .map(move |s| (*id, s)),
                    )
                })
                .flatten()
                .collect();
            per_session.sort();
            per_session.dedup();
            let rows: Vec<_> = per_session
                .iter()
                .map(|(id, session)| {
                    (
                        check_ins::registration_id.eq(*id),
                        check_ins::session_id.eq(Some(*session)),
                        check_ins::method.eq(CheckInMethod::Import.as_str()),
                    )
                })
                .collect();
            for chunk in rows.chunks(10_000) {
                diesel::insert_into(check_ins::table)
                    .values(chunk)
                    .on_conflict_do_nothing()
                    .execute(conn)
                    .await?;
            }
        }
        let matched: std::collections::HashSet<&str> =
            found.iter().map(|(_, e)| e.as_str()).collect();
        let unmatched = attended
            .iter()
            .filter(|e| !matched.contains(e.as_str()))
            .cloned()
            .collect();
        Ok(ImportOutcome {
            matched: matched.len(),
            unmatched,
        })
    })
    .await
}
