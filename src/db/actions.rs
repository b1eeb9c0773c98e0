//! What an organizer does to one registration beyond the registrant's own
//! changes: add someone (a walk-in), promote past the queue, send its mail
//! again, take back a check-in.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::registrations::{Registration, RegistrationRow, TokenHashes, find_in, with_sessions};
use super::schema::{check_ins, registration_sessions, registrations};
use super::{DbPool, attendance, outbox, seats};
use crate::domain::attendance::CheckInMethod;
use crate::domain::conference::Format;
use crate::domain::mail::MailKind;
use crate::domain::registration::{AttendanceMode, RegistrationStatus, SignUp};
use crate::error::AppError;

/// Someone an organizer adds.
pub struct Addition<'a> {
    pub id: Uuid,
    pub sign_up: &'a SignUp,
    /// Answers already checked against the form.
    pub answers: serde_json::Map<String, serde_json::Value>,
    /// `confirmed` whatever the capacity (a walk-in), else the usual claim.
    pub force_confirmed: bool,
    pub checked_in: bool,
    pub notify: bool,
    pub tokens: TokenHashes<'a>,
}

/// Adds a registration outside the public form: no registration window, no
/// approval, no email confirmation. A walk-in takes a free place when there
/// is one and is confirmed without one when there is none.
pub async fn add(
    pool: &DbPool,
    conference_id: Uuid,
    a: &Addition<'_>,
) -> Result<Registration, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        seats::lock_shared(conn, conference_id).await?;
        let belong: bool = diesel::select(super::sql::sessions_belong(
            conference_id,
            &a.sign_up.sessions,
        ))
        .get_result(conn)
        .await?;
        if !belong {
            return Err(AppError::invalid(
                "sessions",
                "contains a session that is not part of this conference",
            ));
        }
        let conference = super::conferences::find(conn, conference_id).await?;
        let mode = match (conference.format, a.sign_up.attendance_mode) {
            (Format::Hybrid, Some(m)) => m,
            (Format::Hybrid, None) => {
                return Err(AppError::invalid(
                    "attendance_mode",
                    "choose in person or online: this conference is hybrid",
                ));
            }
            (Format::Online, None | Some(AttendanceMode::Online)) => AttendanceMode::Online,
            (Format::InPerson, None | Some(AttendanceMode::InPerson)) => AttendanceMode::InPerson,
            _ => {
                return Err(AppError::invalid(
                    "attendance_mode",
                    "is not how this conference takes place",
                ));
            }
        };
        let claimed: bool = diesel::select(super::sql::claim_seats_as(
            a.id,
            conference_id,
            true,
            &a.sign_up.sessions,
            mode.as_str(),
        ))
        .get_result(conn)
        .await?;
        let status = if claimed || a.force_confirmed {
            RegistrationStatus::Confirmed
        } else {
            RegistrationStatus::Waitlisted
        };
        diesel::insert_into(registrations::table)
            .values((
                registrations::id.eq(a.id),
                registrations::conference_id.eq(conference_id),
                registrations::email.eq(a.sign_up.email.as_str()),
                registrations::name.eq(&a.sign_up.name),
                registrations::organization.eq(a.sign_up.organization.as_deref()),
                registrations::category.eq(a.sign_up.category.as_deref()),
                registrations::status.eq(status.as_str()),
                registrations::manage_token_hash.eq(a.tokens.manage),
                registrations::join_token_hash.eq(a.tokens.join),
                registrations::consent_at.eq(diesel::dsl::now),
                registrations::answers.eq(serde_json::Value::Object(a.answers.clone())),
                registrations::walk_in.eq(a.force_confirmed),
                registrations::attendance_mode.eq(mode.as_str()),
                registrations::language.eq(a
                    .sign_up
                    .language
                    .unwrap_or(conference.language)
                    .as_str()),
            ))
            .execute(conn)
            .await
            .map_err(|e| match e {
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) => AppError::Conflict("this address is already registered".into()),
                other => other.into(),
            })?;
        if !a.sign_up.sessions.is_empty() {
            let rows: Vec<_> = a
                .sign_up
                .sessions
                .iter()
                .map(|s| {
                    (
                        registration_sessions::registration_id.eq(a.id),
                        registration_sessions::session_id.eq(*s),
                    )
                })
                .collect();
            diesel::insert_into(registration_sessions::table)
                .values(rows)
                .execute(conn)
                .await?;
        }
        if a.checked_in && status == RegistrationStatus::Confirmed {
            attendance::record(conn, a.id, None, CheckInMethod::Manual).await?;
        }
        if a.notify {
            let kind = if status == RegistrationStatus::Confirmed {
                MailKind::Confirmation
            } else {
                MailKind::Waitlisted
            };
            outbox::enqueue(conn, a.id, kind).await?;
        }
        load(conn, conference_id, a.id).await
    })
    .await
}

async fn load(
    conn: &mut super::Conn,
    conference_id: Uuid,
    id: Uuid,
) -> Result<Registration, AppError> {
    let row = find_in(conn, conference_id, id, false).await?;
    let mut found = with_sessions(conn, vec![row]).await?;
    found.pop().ok_or(AppError::NotFound)
}

/// Confirms a waitlisted registrant ahead of the queue: with a free place,
/// or, with `force`, beyond the capacity; otherwise 409 and nothing changes.
pub async fn promote(
    pool: &DbPool,
    conference_id: Uuid,
    id: Uuid,
    force: bool,
) -> Result<Registration, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        seats::lock_shared(conn, conference_id).await?;
        let row: RegistrationRow = find_in(conn, conference_id, id, true).await?;
        if row.status != RegistrationStatus::Waitlisted {
            return Err(AppError::Conflict(format!(
                "only a waitlisted registrant can be promoted; this one is {}",
                row.status.as_str()
            )));
        }
        let chosen: Vec<Uuid> = registration_sessions::table
            .filter(registration_sessions::registration_id.eq(id))
            .select(registration_sessions::session_id)
            .load(conn)
            .await?;
        if !seats::claim(conn, id, conference_id, true, &chosen).await? && !force {
            return Err(AppError::Conflict(
                "no place is free; promote with force to go beyond the capacity".into(),
            ));
        }
        diesel::update(registrations::table.find(id))
            .set((
                registrations::status.eq(RegistrationStatus::Confirmed.as_str()),
                registrations::updated_at.eq(diesel::dsl::now),
            ))
            .execute(conn)
            .await?;
        outbox::enqueue(conn, id, MailKind::Promoted).await?;
        load(conn, conference_id, id).await
    })
    .await
}

/// The mail of the registration's current state again, with its current invite.
pub async fn resend(pool: &DbPool, conference_id: Uuid, id: Uuid) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let row = find_in(conn, conference_id, id, false).await?;
        if row.erased_at.is_some() {
            return Err(AppError::Conflict(
                "this registrant's data was erased: there is no one to write to".into(),
            ));
        }
        let kind = match row.status {
            RegistrationStatus::Confirmed => MailKind::Confirmation,
            RegistrationStatus::Waitlisted => MailKind::Waitlisted,
            RegistrationStatus::Pending => MailKind::ConfirmEmail,
            RegistrationStatus::Cancelled => MailKind::Cancelled,
            RegistrationStatus::AwaitingApproval => MailKind::ApplicationReceived,
            RegistrationStatus::Declined => MailKind::Declined,
        };
        outbox::enqueue(conn, id, kind).await
    })
    .await
}

/// Takes back the attendance record of the conference (`session_id: None`)
/// or of one session; `attended` stays true while another record remains.
pub async fn undo_check_in(
    pool: &DbPool,
    conference_id: Uuid,
    id: Uuid,
    session_id: Option<Uuid>,
) -> Result<Registration, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        find_in(conn, conference_id, id, true).await?;
        let records = check_ins::table.filter(check_ins::registration_id.eq(id));
        let removed = match session_id {
            Some(s) => {
                diesel::delete(records.filter(check_ins::session_id.eq(s)))
                    .execute(conn)
                    .await?
            }
            None => {
                diesel::delete(records.filter(check_ins::session_id.is_null()))
                    .execute(conn)
                    .await?
            }
        };
        if removed == 0 {
            return Err(AppError::Conflict(
                "there is no such check-in to take back".into(),
            ));
        }
        diesel::sql_query(
            "UPDATE registrations r SET \
               attended = EXISTS (SELECT 1 FROM check_ins c WHERE c.registration_id = r.id), \
               checked_in_at = (SELECT min(c.checked_in_at) FROM check_ins c WHERE c.registration_id = r.id), \
               updated_at = now() \
             WHERE r.id = $1",
        )
        .bind::<diesel::sql_types::Uuid, _>(id)
        .execute(conn)
        .await?;
        load(conn, conference_id, id).await
    })
    .await
}
