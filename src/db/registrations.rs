use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use crate::domain::language::Language;

use super::conferences::{ConferenceRow, find};
use super::schema::{registration_sessions, registrations, sessions};
use super::sql::sessions_belong;
use super::{Conn, DbPool, outbox, seats};
use crate::domain::mail::MailKind;
use crate::domain::question::{answer_filter, revised_answers};
use crate::domain::registration::AttendanceMode;
use crate::domain::registration::{
    ListFilter, RegistrationChanges, RegistrationStatus, like_pattern,
};
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = registrations, check_for_backend(diesel::pg::Pg))]
pub struct RegistrationRow {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub seq: i64,
    pub email: String,
    pub name: String,
    pub organization: Option<String>,
    pub category: Option<String>,
    pub status: RegistrationStatus,
    pub consent_at: DateTime<Utc>,
    pub attended: bool,
    pub checked_in_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub invite_sequence: i32,
    pub erased_at: Option<DateTime<Utc>>,
    pub answers: serde_json::Value,
    /// Until when a pending registration holds its place.
    pub hold_expires_at: Option<DateTime<Utc>>,
    /// When an organizer approved or declined the application.
    pub decided_at: Option<DateTime<Utc>>,
    pub decline_reason: Option<String>,
    /// Added by an organizer at the door: may hold a place beyond the capacity.
    pub walk_in: bool,
    /// Why an organizer cancelled it, when they said.
    pub cancel_reason: Option<String>,
    pub attendance_mode: crate::domain::registration::AttendanceMode,
    pub language: crate::domain::language::Language,
}

/// A registration with the sessions it chose.
#[derive(Debug, Clone)]
pub struct Registration {
    pub row: RegistrationRow,
    pub sessions: Vec<Uuid>,
}

/// Hashes of the registration's link secrets; the links themselves are never stored.
pub struct TokenHashes<'a> {
    pub manage: &'a [u8],
    pub join: &'a [u8],
    /// Stored only where the conference asks for email confirmation.
    pub confirm: &'a [u8],
}

pub struct SignedUp {
    pub id: Uuid,
    pub status: RegistrationStatus,
}

async fn check_sessions_belong(
    conn: &mut Conn,
    conference_id: Uuid,
    chosen: &[Uuid],
) -> Result<(), AppError> {
    let belong: bool = diesel::select(sessions_belong(conference_id, chosen))
        .get_result(conn)
        .await?;
    if !belong {
        return Err(AppError::invalid(
            "sessions",
            "contains a session that is not part of this conference",
        ));
    }
    Ok(())
}

async fn write_sessions(
    conn: &mut Conn,
    registration_id: Uuid,
    chosen: &[Uuid],
) -> Result<(), AppError> {
    if chosen.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = chosen
        .iter()
        .map(|s| {
            (
                registration_sessions::registration_id.eq(registration_id),
                registration_sessions::session_id.eq(*s),
            )
        })
        .collect();
    diesel::insert_into(registration_sessions::table)
        .values(rows)
        .execute(conn)
        .await?;
    Ok(())
}

async fn sessions_of(conn: &mut Conn, ids: &[Uuid]) -> Result<Vec<(Uuid, Uuid)>, AppError> {
    Ok(registration_sessions::table
        .inner_join(sessions::table)
        .filter(registration_sessions::registration_id.eq_any(ids))
        .order(sessions::starts_at.asc())
        .select((
            registration_sessions::registration_id,
            registration_sessions::session_id,
        ))
        .load(conn)
        .await?)
}

pub(super) async fn with_sessions(
    conn: &mut Conn,
    rows: Vec<RegistrationRow>,
) -> Result<Vec<Registration>, AppError> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let chosen = sessions_of(conn, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let sessions = chosen
                .iter()
                .filter(|(r, _)| *r == row.id)
                .map(|(_, s)| *s)
                .collect();
            Registration { row, sessions }
        })
        .collect())
}

/// A registration found by the hash of its manage token, with its conference.
pub async fn by_token(
    pool: &DbPool,
    token_hash: &[u8],
) -> Result<(Registration, ConferenceRow), AppError> {
    let mut conn = pool.get().await?;
    let row = find_by_token(&mut conn, token_hash, false).await?;
    load_with_conference(&mut conn, row).await
}

/// Owes the active registration of `email` for the public conference `slug`
/// its manage link again; whether there is one is not told.
pub async fn resend_manage_link(pool: &DbPool, slug: &str, email: &str) -> Result<bool, AppError> {
    use super::schema::conferences;
    let mut conn = pool.get().await?;
    let conference = super::conferences::find_public(&mut conn, slug).await?;
    let active = [
        RegistrationStatus::Confirmed,
        RegistrationStatus::Waitlisted,
        RegistrationStatus::Pending,
        RegistrationStatus::AwaitingApproval,
    ]
    .map(RegistrationStatus::as_str);
    let found: Option<Uuid> = registrations::table
        .inner_join(conferences::table)
        .filter(registrations::conference_id.eq(conference.id))
        .filter(super::sql::lower(registrations::email).eq(email.to_lowercase()))
        .filter(registrations::status.eq_any(active))
        .filter(registrations::erased_at.is_null())
        .select(registrations::id)
        .first(&mut conn)
        .await
        .optional()?;
    match found {
        Some(id) => {
            outbox::enqueue(&mut conn, id, MailKind::ManageLink).await?;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// How many wait for a place of the conference, those signed up before
/// `before_seq` only when given (a waitlisted registrant's place in line).
pub async fn waiting(
    pool: &DbPool,
    conference_id: Uuid,
    before_seq: Option<i64>,
) -> Result<i64, AppError> {
    let mut conn = pool.get().await?;
    let mut query = registrations::table
        .filter(registrations::conference_id.eq(conference_id))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted.as_str()))
        .into_boxed();
    if let Some(seq) = before_seq {
        query = query.filter(registrations::seq.lt(seq));
    }
    Ok(query.count().get_result(&mut conn).await?)
}

/// A registration by id, with its sessions.
pub async fn get(pool: &DbPool, id: Uuid) -> Result<Registration, AppError> {
    let mut conn = pool.get().await?;
    let row: RegistrationRow = registrations::table
        .find(id)
        .select(RegistrationRow::as_select())
        .first(&mut conn)
        .await?;
    let mut found = with_sessions(&mut conn, vec![row]).await?;
    found.pop().ok_or(AppError::NotFound)
}

async fn find_by_token(
    conn: &mut Conn,
    token_hash: &[u8],
    lock: bool,
) -> Result<RegistrationRow, AppError> {
    let query = registrations::table
        .filter(registrations::manage_token_hash.eq(token_hash))
        .select(RegistrationRow::as_select());
    Ok(if lock {
        query.for_update().first(conn).await?
    } else {
        query.first(conn).await?
    })
}

async fn load_with_conference(
    conn: &mut Conn,
    row: RegistrationRow,
) -> Result<(Registration, ConferenceRow), AppError> {
    use super::schema::conferences;
    let conference: ConferenceRow = conferences::table
        .find(row.conference_id)
        .select(ConferenceRow::as_select())
        .first(conn)
        .await?;
    let mut regs = with_sessions(conn, vec![row]).await?;
    let registration = regs.pop().ok_or(AppError::NotFound)?;
    Ok((registration, conference))
}

/// The registrant's own change: name, organization, and sessions. A confirmed
/// registrant needs a seat in each newly chosen limited session; seats of
/// sessions given up go to the waitlist.
pub async fn update_by_token(
    pool: &DbPool,
    token_hash: &[u8],
    changes: &RegistrationChanges,
) -> Result<(Registration, ConferenceRow), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let row = find_by_token(conn, token_hash, true).await?;
        apply_changes(conn, &row, changes, true).await?;
        let row = find_by_token(conn, token_hash, false).await?;
        load_with_conference(conn, row).await
    })
    .await
}

/// The same change by an organizer, of a registration of `conference_id`;
/// `notify: false` sends no `updated` mail.
pub async fn update_by_id(
    pool: &DbPool,
    conference_id: Uuid,
    id: Uuid,
    changes: &RegistrationChanges,
    notify: bool,
) -> Result<Registration, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let row = find_in(conn, conference_id, id, true).await?;
        apply_changes(conn, &row, changes, notify).await?;
        let row = find_in(conn, conference_id, id, false).await?;
        let mut found = with_sessions(conn, vec![row]).await?;
        found.pop().ok_or(AppError::NotFound)
    })
    .await
}

/// A registration of the conference, locked when `lock`.
pub(super) async fn find_in(
    conn: &mut Conn,
    conference_id: Uuid,
    id: Uuid,
    lock: bool,
) -> Result<RegistrationRow, AppError> {
    let query = registrations::table
        .filter(registrations::id.eq(id))
        .filter(registrations::conference_id.eq(conference_id))
        .select(RegistrationRow::as_select());
    Ok(if lock {
        query.for_update().first(conn).await?
    } else {
        query.first(conn).await?
    })
}

async fn apply_changes(
    conn: &mut Conn,
    row: &RegistrationRow,
    changes: &RegistrationChanges,
    notify: bool,
) -> Result<(), AppError> {
    if row.status == RegistrationStatus::Cancelled {
        return Err(AppError::Conflict(
            "this registration was cancelled; sign up again instead".into(),
        ));
    }
    if row.status == RegistrationStatus::Declined {
        return Err(AppError::Conflict(
            "this application was declined; you may apply again instead".into(),
        ));
    }
    if let Some(name) = &changes.name {
        diesel::update(registrations::table.find(row.id))
            .set(registrations::name.eq(name))
            .execute(conn)
            .await?;
    }
    if let Some(organization) = &changes.organization {
        diesel::update(registrations::table.find(row.id))
            .set(registrations::organization.eq(organization.as_deref()))
            .execute(conn)
            .await?;
    }
    if let Some(category) = &changes.category {
        diesel::update(registrations::table.find(row.id))
            .set(registrations::category.eq(category.as_deref()))
            .execute(conn)
            .await?;
    }
    if let Some(wanted) = &changes.sessions {
        change_sessions(conn, row, wanted).await?;
    }
    if let Some(mode) = changes.attendance_mode
        && mode != row.attendance_mode
    {
        change_mode(conn, row, mode).await?;
    }
    if let Some(given) = &changes.answers {
        let form: Vec<_> = super::questions::all_for(conn, row.conference_id)
            .await?
            .iter()
            .map(super::questions::QuestionRow::question)
            .collect();
        let answers = revised_answers(&form, given, &row.answers)?;
        diesel::update(registrations::table.find(row.id))
            .set(registrations::answers.eq(serde_json::Value::Object(answers)))
            .execute(conn)
            .await?;
    }
    if notify
        && (changes.name.is_some()
            || changes.organization.is_some()
            || changes.category.is_some()
            || changes.sessions.is_some()
            || changes
                .attendance_mode
                .is_some_and(|m| m != row.attendance_mode))
    {
        outbox::enqueue(conn, row.id, MailKind::Updated).await?;
    }
    diesel::update(registrations::table.find(row.id))
        .set(registrations::updated_at.eq(diesel::dsl::now))
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves a registration of a hybrid conference to the other mode: a place
/// held moves only into a free place of the new mode (409 otherwise, nothing
/// changed), and the place left behind goes to that mode's waiting list; a
/// waitlisted registrant joins the end of the new mode's waiting list (or a
/// free place there).
async fn change_mode(
    conn: &mut Conn,
    row: &RegistrationRow,
    mode: AttendanceMode,
) -> Result<(), AppError> {
    use super::schema::conferences;
    let conference = super::conferences::find(conn, row.conference_id).await?;
    if conference.format != crate::domain::conference::Format::Hybrid {
        return Err(AppError::invalid(
            "attendance_mode",
            "only a hybrid conference has two ways to take part",
        ));
    }
    seats::lock_shared(conn, row.conference_id).await?;
    let scope = |m: AttendanceMode| match m {
        AttendanceMode::InPerson => (conference.in_person_scope, conference.in_person_capacity),
        AttendanceMode::Online => (conference.online_scope, conference.online_capacity),
    };
    let (new_scope, new_capacity) = scope(mode);
    let (old_scope, _) = scope(row.attendance_mode);
    let holds_place = matches!(
        row.status,
        RegistrationStatus::Confirmed | RegistrationStatus::Pending
    );
    if holds_place {
        if !seats::claim_mode_seat(conn, row.id, new_scope, new_capacity).await? {
            return Err(AppError::Conflict(
                match mode {
                    AttendanceMode::InPerson => {
                        "the in-person places are full; your registration was not changed"
                    }
                    AttendanceMode::Online => {
                        "the online places are full; your registration was not changed"
                    }
                }
                .into(),
            ));
        }
        seats::release_mode_seat(conn, row.id, old_scope).await?;
        diesel::update(registrations::table.find(row.id))
            .set(registrations::attendance_mode.eq(mode.as_str()))
            .execute(conn)
            .await?;
    } else {
        // A waitlisted registrant goes to the end of the new mode's queue.
        diesel::sql_query(if row.status == RegistrationStatus::Waitlisted {
            "UPDATE registrations SET attendance_mode = $2, seq = DEFAULT WHERE id = $1"
        } else {
            "UPDATE registrations SET attendance_mode = $2 WHERE id = $1"
        })
        .bind::<diesel::sql_types::Uuid, _>(row.id)
        .bind::<diesel::sql_types::Text, _>(mode.as_str())
        .execute(conn)
        .await?;
    }
    let capacity: Option<i32> = conferences::table
        .find(row.conference_id)
        .select(conferences::capacity)
        .first(conn)
        .await?;
    seats::promote_waitlist(conn, row.conference_id, capacity.is_some()).await?;
    Ok(())
}

async fn change_sessions(
    conn: &mut Conn,
    row: &RegistrationRow,
    wanted: &[Uuid],
) -> Result<(), AppError> {
    use super::schema::conferences;
    check_sessions_belong(conn, row.conference_id, wanted).await?;
    let current: Vec<Uuid> = registration_sessions::table
        .filter(registration_sessions::registration_id.eq(row.id))
        .select(registration_sessions::session_id)
        .load(conn)
        .await?;
    let added: Vec<Uuid> = wanted
        .iter()
        .filter(|s| !current.contains(s))
        .copied()
        .collect();
    let dropped: Vec<Uuid> = current
        .iter()
        .filter(|s| !wanted.contains(s))
        .copied()
        .collect();
    if added.is_empty() && dropped.is_empty() {
        return Ok(());
    }
    seats::lock_shared(conn, row.conference_id).await?;
    let holds_place = matches!(
        row.status,
        RegistrationStatus::Confirmed | RegistrationStatus::Pending
    );
    if holds_place {
        if !seats::claim(conn, row.id, row.conference_id, false, &added).await? {
            return Err(AppError::Conflict(
                "a session you chose is full; your registration was not changed".into(),
            ));
        }
        seats::release_sessions(conn, row.id, &dropped).await?;
    }
    diesel::delete(
        registration_sessions::table
            .filter(registration_sessions::registration_id.eq(row.id))
            .filter(registration_sessions::session_id.eq_any(&dropped)),
    )
    .execute(conn)
    .await?;
    write_sessions(conn, row.id, &added).await?;
    let capacity: Option<i32> = conferences::table
        .find(row.conference_id)
        .select(conferences::capacity)
        .first(conn)
        .await?;
    seats::promote_waitlist(conn, row.conference_id, capacity.is_some()).await?;
    Ok(())
}

/// Cancels the registration, frees its seats and promotes the first waitlisted
/// people who now fit, all in one transaction. Cancelling twice is harmless.
pub async fn cancel_by_token(
    pool: &DbPool,
    token_hash: &[u8],
) -> Result<(Registration, ConferenceRow, Vec<Uuid>), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let row = find_by_token(conn, token_hash, true).await?;
        let promoted = cancel_row(conn, &row, None).await?;
        let row = find_by_token(conn, token_hash, false).await?;
        let (registration, conference) = load_with_conference(conn, row).await?;
        Ok((registration, conference, promoted))
    })
    .await
}

/// The same by an organizer, with a reason the mail tells.
pub async fn cancel_by_id(
    pool: &DbPool,
    conference_id: Uuid,
    id: Uuid,
    reason: Option<&str>,
) -> Result<(Registration, Vec<Uuid>), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let row = find_in(conn, conference_id, id, true).await?;
        let promoted = cancel_row(conn, &row, reason).await?;
        let row = find_in(conn, conference_id, id, false).await?;
        let mut found = with_sessions(conn, vec![row]).await?;
        Ok((found.pop().ok_or(AppError::NotFound)?, promoted))
    })
    .await
}

async fn cancel_row(
    conn: &mut Conn,
    row: &RegistrationRow,
    reason: Option<&str>,
) -> Result<Vec<Uuid>, AppError> {
    // A declined application stays declined: there is nothing to withdraw.
    if !row.status.is_active() {
        return Ok(Vec::new());
    }
    seats::lock_shared(conn, row.conference_id).await?;
    diesel::update(registrations::table.find(row.id))
        .set((
            registrations::status.eq(RegistrationStatus::Cancelled.as_str()),
            registrations::cancelled_at.eq(diesel::dsl::now),
            registrations::cancel_reason.eq(reason),
            registrations::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await?;
    seats::release_all(conn, row.id).await?;
    // Only a confirmed place was in the registrant's calendar: the others'
    // cancellation takes nothing out of it.
    let had_invite = row.status == RegistrationStatus::Confirmed;
    outbox::enqueue_with(
        conn,
        row.id,
        MailKind::Cancelled,
        serde_json::json!({"had_invite": had_invite}),
    )
    .await?;
    let (_, conference) = load_with_conference(conn, row.clone()).await?;
    seats::promote_waitlist(conn, row.conference_id, conference.capacity.is_some()).await
}

/// What following a confirmation link did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    /// The place is confirmed now (a confirmation mail with the invite follows).
    Confirmed,
    AlreadyConfirmed,
    /// The hold ran out, or the registration was cancelled.
    Expired,
    /// On the waiting list: there is no place to confirm yet.
    Waitlisted,
}

/// Follows a confirmation (double opt-in) link.
pub async fn confirm_by_token(
    pool: &DbPool,
    confirm_hash: &[u8],
    now: DateTime<Utc>,
) -> Result<(Confirmation, ConferenceRow, Language), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let row: RegistrationRow = registrations::table
            .filter(registrations::confirm_token_hash.eq(confirm_hash))
            .select(RegistrationRow::as_select())
            .for_update()
            .first(conn)
            .await?;
        let outcome = match row.status {
            RegistrationStatus::Confirmed => Confirmation::AlreadyConfirmed,
            RegistrationStatus::Cancelled
            | RegistrationStatus::Declined
            | RegistrationStatus::AwaitingApproval => Confirmation::Expired,
            RegistrationStatus::Waitlisted => Confirmation::Waitlisted,
            RegistrationStatus::Pending if row.hold_expires_at.is_some_and(|t| t <= now) => {
                // The sweep has not come by yet: the hold is over all the same.
                expire(conn, &[(row.id, row.conference_id)]).await?;
                Confirmation::Expired
            }
            RegistrationStatus::Pending => {
                diesel::update(registrations::table.find(row.id))
                    .set((
                        registrations::status.eq(RegistrationStatus::Confirmed.as_str()),
                        registrations::hold_expires_at.eq(None::<DateTime<Utc>>),
                        registrations::updated_at.eq(diesel::dsl::now),
                    ))
                    .execute(conn)
                    .await?;
                outbox::enqueue(conn, row.id, MailKind::Confirmation).await?;
                Confirmation::Confirmed
            }
        };
        let language = row.language;
        let (_, conference) = load_with_conference(conn, row).await?;
        Ok((outcome, conference, language))
    })
    .await
}

/// Cancels pending registrations whose hold ran out and gives their places
/// to the waitlist. Returns how many expired.
pub async fn expire_holds(pool: &DbPool, now: DateTime<Utc>) -> Result<usize, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let due: Vec<(Uuid, Uuid)> = registrations::table
            .filter(registrations::status.eq(RegistrationStatus::Pending.as_str()))
            .filter(registrations::hold_expires_at.le(now))
            .order(registrations::hold_expires_at.asc())
            .limit(200)
            .select((registrations::id, registrations::conference_id))
            .for_update()
            .skip_locked()
            .load(conn)
            .await?;
        expire(conn, &due).await?;
        Ok(due.len())
    })
    .await
}

/// Cancels these pending registrations (id, conference), frees their seats
/// and lets each conference's waitlist move up.
async fn expire(conn: &mut Conn, due: &[(Uuid, Uuid)]) -> Result<(), AppError> {
    let mut conferences: Vec<Uuid> = due.iter().map(|(_, c)| *c).collect();
    conferences.sort();
    conferences.dedup();
    for conference_id in &conferences {
        seats::lock_shared(conn, *conference_id).await?;
    }
    for (id, _) in due {
        diesel::update(registrations::table.find(*id))
            .set((
                registrations::status.eq(RegistrationStatus::Cancelled.as_str()),
                registrations::cancelled_at.eq(diesel::dsl::now),
                registrations::hold_expires_at.eq(None::<DateTime<Utc>>),
                registrations::updated_at.eq(diesel::dsl::now),
            ))
            .execute(conn)
            .await?;
        seats::release_all(conn, *id).await?;
    }
    for conference_id in conferences {
        let capacity: Option<i32> = super::schema::conferences::table
            .find(conference_id)
            .select(super::schema::conferences::capacity)
            .first(conn)
            .await?;
        seats::promote_waitlist(conn, conference_id, capacity.is_some()).await?;
    }
    Ok(())
}

/// The organizer's list: filtered, oldest first, one page.
pub async fn list(
    pool: &DbPool,
    conference_id: Uuid,
    filter: &ListFilter,
) -> Result<Vec<Registration>, AppError> {
    let mut conn = pool.get().await?;
    find(&mut conn, conference_id).await?;
    let page = Page::Offset {
        offset: filter.offset,
        limit: filter.limit,
    };
    filtered_page(&mut conn, conference_id, filter, page).await
}

/// Which slice of a filtered list to read.
#[derive(Debug, Clone, Copy)]
pub enum Page {
    Offset {
        offset: i64,
        limit: i64,
    },
    /// Keyset paging for long reads (exports): the rows after `seq`.
    After {
        seq: i64,
        limit: i64,
    },
}

/// One page of the list with the organizer's filters, oldest first.
pub async fn filtered_page(
    conn: &mut Conn,
    conference_id: Uuid,
    filter: &ListFilter,
    page: Page,
) -> Result<Vec<Registration>, AppError> {
    let mut query = registrations::table
        .filter(registrations::conference_id.eq(conference_id))
        .select(RegistrationRow::as_select())
        .order(registrations::seq.asc())
        .into_boxed();
    query = match page {
        Page::Offset { offset, limit } => query.offset(offset).limit(limit),
        Page::After { seq, limit } => query.filter(registrations::seq.gt(seq)).limit(limit),
    };
    if let Some(status) = filter.status {
        query = query.filter(registrations::status.eq(status.as_str()));
    }
    if let Some(attended) = filter.attended {
        query = query.filter(registrations::attended.eq(attended));
    }
    if let Some(mode) = filter.mode {
        query = query.filter(registrations::attendance_mode.eq(mode.as_str()));
    }
    if let Some(session) = filter.session {
        query = query.filter(
            registrations::id.eq_any(
                registration_sessions::table
                    .filter(registration_sessions::session_id.eq(session))
                    .select(registration_sessions::registration_id),
            ),
        );
    }
    if let Some((question_id, answer)) = &filter.answer {
        let form: Vec<_> = super::questions::all_for(conn, conference_id)
            .await?
            .iter()
            .map(super::questions::QuestionRow::question)
            .collect();
        let document = answer_filter(&form, *question_id, answer)?;
        query = query.filter(registrations::answers.contains(document));
    }
    if let Some(search) = &filter.search {
        let pattern = like_pattern(search);
        query = query.filter(
            registrations::name
                .ilike(pattern.clone())
                .or(registrations::email.ilike(pattern.clone()))
                .or(registrations::organization.ilike(pattern)),
        );
    }
    let rows = query.load(conn).await?;
    with_sessions(conn, rows).await
}

/// What an invite is made from, for the holder of a manage link.
pub async fn mail_data_by_token(
    pool: &DbPool,
    token_hash: &[u8],
) -> Result<outbox::MailRows, AppError> {
    let mut conn = pool.get().await?;
    let row = find_by_token(&mut conn, token_hash, false).await?;
    outbox::load_for(&mut conn, row.id).await
}

/// Where a join link leads, if anywhere.
pub enum JoinOutcome {
    /// Recorded: send the registrant on to this address.
    Redirect(String),
    /// The registration holds no confirmed place (waitlisted, pending, cancelled).
    NotConfirmed,
    /// Confirmed, but the conference has no online link (yet).
    NoLink,
}

/// Follows a personal join link: a confirmed registrant's join is recorded
/// (first and last time, count; it marks them attended) before the redirect.
pub async fn follow_join_link(pool: &DbPool, join_hash: &[u8]) -> Result<JoinOutcome, AppError> {
    use super::schema::conferences;
    let mut conn = pool.get().await?;
    let (id, conference_id, status, online_url): (Uuid, Uuid, String, Option<String>) =
        registrations::table
            .inner_join(conferences::table)
            .filter(registrations::join_token_hash.eq(join_hash))
            .select((
                registrations::id,
                registrations::conference_id,
                registrations::status,
                conferences::online_url,
            ))
            .first(&mut conn)
            .await?;
    if RegistrationStatus::parse(&status) != Some(RegistrationStatus::Confirmed) {
        return Ok(JoinOutcome::NotConfirmed);
    }
    let Some(url) = online_url else {
        return Ok(JoinOutcome::NoLink);
    };
    conn.transaction(async |conn| {
        diesel::update(registrations::table.find(id))
            .set((
                registrations::joined_first_at.eq(diesel::dsl::sql::<
                    diesel::sql_types::Nullable<diesel::sql_types::Timestamptz>,
                >(
                    "coalesce(joined_first_at, now())"
                )),
                registrations::joined_last_at.eq(Some(Utc::now())),
                registrations::join_count.eq(registrations::join_count + 1),
            ))
            .execute(conn)
            .await?;
        super::attendance::record(
            conn,
            id,
            None,
            crate::domain::attendance::CheckInMethod::JoinLink,
        )
        .await?;
        // The join also counts for the session it is for.
        let spans = super::attendance::session_spans(conn, conference_id).await?;
        for session in crate::domain::attendance::sessions_of_join(Utc::now(), &spans) {
            super::attendance::record(
                conn,
                id,
                Some(session),
                crate::domain::attendance::CheckInMethod::JoinLink,
            )
            .await?;
        }
        Ok::<_, AppError>(())
    })
    .await?;
    Ok(JoinOutcome::Redirect(url))
}
