//! Co-organizers of a conference, and the one access check of every
//! organizer route: who may do what with which conference.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::conferences::ConferenceRow;
use super::schema::{conferences, members, organizers, questions, sessions};
use super::sql::lower;
use super::{Conn, DbPool};
use crate::domain::mail::MailKind;
use crate::domain::role::Role;
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = members, check_for_backend(diesel::pg::Pg))]
pub struct MemberRow {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub email: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
}

async fn role_of(
    conn: &mut Conn,
    organizer_id: Uuid,
    conference: &ConferenceRow,
) -> Result<Option<Role>, AppError> {
    if conference.organizer_id == organizer_id {
        return Ok(Some(Role::Owner));
    }
    Ok(members::table
        .filter(members::conference_id.eq(conference.id))
        .filter(
            lower(members::email).eq_any(
                organizers::table
                    .filter(organizers::id.eq(organizer_id))
                    .select(lower(organizers::email)),
            ),
        )
        .select(members::role)
        .first(conn)
        .await
        .optional()?)
}

/// The conference and the organizer's role in it; `None` when they are not
/// on its team. (Whether the role allows an action is `app::access`'s call.)
pub async fn role_in(
    pool: &DbPool,
    organizer_id: Uuid,
    conference_id: Uuid,
) -> Result<Option<(ConferenceRow, Role)>, AppError> {
    let mut conn = pool.get().await?;
    let conference: ConferenceRow = conferences::table
        .find(conference_id)
        .select(ConferenceRow::as_select())
        .first(&mut conn)
        .await?;
    let role = role_of(&mut conn, organizer_id, &conference).await?;
    Ok(role.map(|role| (conference, role)))
}

/// The conference a session belongs to (for routes addressed by session).
pub async fn conference_of_session(pool: &DbPool, session_id: Uuid) -> Result<Uuid, AppError> {
    let mut conn = pool.get().await?;
    Ok(sessions::table
        .find(session_id)
        .select(sessions::conference_id)
        .first(&mut conn)
        .await?)
}

/// The conference a question belongs to (for routes addressed by question).
pub async fn conference_of_question(pool: &DbPool, question_id: Uuid) -> Result<Uuid, AppError> {
    let mut conn = pool.get().await?;
    Ok(questions::table
        .find(question_id)
        .select(questions::conference_id)
        .first(&mut conn)
        .await?)
}

pub async fn conference_of_message(pool: &DbPool, message_id: Uuid) -> Result<Uuid, AppError> {
    use super::schema::messages;
    let mut conn = pool.get().await?;
    Ok(messages::table
        .find(message_id)
        .select(messages::conference_id)
        .first(&mut conn)
        .await?)
}

/// Conferences the organizer owns or is on the team of, with their role.
pub async fn reachable(
    pool: &DbPool,
    organizer_id: Uuid,
) -> Result<Vec<(ConferenceRow, Role)>, AppError> {
    let mut conn = pool.get().await?;
    let member_of: Vec<(Uuid, Role)> = members::table
        .filter(
            lower(members::email).eq_any(
                organizers::table
                    .filter(organizers::id.eq(organizer_id))
                    .select(lower(organizers::email)),
            ),
        )
        .select((members::conference_id, members::role))
        .load(&mut conn)
        .await?;
    let ids: Vec<Uuid> = member_of.iter().map(|(id, _)| *id).collect();
    let rows: Vec<ConferenceRow> = conferences::table
        .filter(
            conferences::organizer_id
                .eq(organizer_id)
                .or(conferences::id.eq_any(&ids)),
        )
        .order((conferences::starts_at.asc(), conferences::id.asc()))
        .select(ConferenceRow::as_select())
        .load(&mut conn)
        .await?;
    rows.into_iter()
        .map(|c| {
            let role = if c.organizer_id == organizer_id {
                Some(Role::Owner)
            } else {
                member_of
                    .iter()
                    .find(|(id, _)| *id == c.id)
                    .map(|(_, r)| *r)
            };
            role.map(|role| (c, role))
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| AppError::Internal("a reachable conference without a role".into()))
}

/// Adds a member and owes them the invitation mail (made of `invitation`),
/// in one transaction.
pub async fn add(
    pool: &DbPool,
    conference_id: Uuid,
    email: &str,
    role: Role,
    invitation: serde_json::Value,
) -> Result<MemberRow, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let member: MemberRow = diesel::insert_into(members::table)
            .values((
                members::id.eq(Uuid::now_v7()),
                members::conference_id.eq(conference_id),
                members::email.eq(email),
                members::role.eq(role.as_str()),
            ))
            .returning(MemberRow::as_returning())
            .get_result(conn)
            .await?;
        super::outbox::enqueue_to(
            conn,
            Some(conference_id),
            email,
            MailKind::MemberInvitation,
            invitation,
        )
        .await?;
        Ok(member)
    })
    .await
}

pub async fn list(pool: &DbPool, conference_id: Uuid) -> Result<Vec<MemberRow>, AppError> {
    let mut conn = pool.get().await?;
    Ok(members::table
        .filter(members::conference_id.eq(conference_id))
        .order(members::created_at)
        .select(MemberRow::as_select())
        .load(&mut conn)
        .await?)
}

/// The owner's address, listed first on the team.
pub async fn owner_email(pool: &DbPool, organizer_id: Uuid) -> Result<String, AppError> {
    let mut conn = pool.get().await?;
    Ok(organizers::table
        .find(organizer_id)
        .select(organizers::email)
        .first(&mut conn)
        .await?)
}

pub async fn remove(pool: &DbPool, conference_id: Uuid, member_id: Uuid) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    let removed = diesel::delete(
        members::table
            .filter(members::id.eq(member_id))
            .filter(members::conference_id.eq(conference_id)),
    )
    .execute(&mut conn)
    .await?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Gives a member another role; 404 when they are not on this team.
pub async fn set_role(
    pool: &DbPool,
    conference_id: Uuid,
    member_id: Uuid,
    role: Role,
) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    let changed = diesel::update(
        members::table
            .filter(members::id.eq(member_id))
            .filter(members::conference_id.eq(conference_id)),
    )
    .set(members::role.eq(role.as_str()))
    .execute(&mut conn)
    .await?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}
