use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::conferences::{find, place_holders};
use super::schema::{conferences, sessions, speakers};
use super::{Conn, DbPool, seats};
use crate::domain::session::{SessionData, Speaker, SpeakerRole};
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sessions, check_for_backend(diesel::pg::Pg))]
pub struct SessionRow {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: Option<String>,
    pub capacity: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = speakers, check_for_backend(diesel::pg::Pg))]
struct SpeakerRow {
    session_id: Uuid,
    name: String,
    affiliation: Option<String>,
    role: SpeakerRole,
}

/// A session with its speakers in their order.
#[derive(Debug, Clone)]
pub struct SessionWithSpeakers {
    pub session: SessionRow,
    pub speakers: Vec<Speaker>,
}

impl SessionWithSpeakers {
    pub fn data(&self) -> SessionData {
        let s = &self.session;
        SessionData {
            title: s.title.clone(),
            description: s.description.clone(),
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            location: s.location.clone(),
            capacity: s.capacity,
            speakers: self.speakers.clone(),
        }
    }
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = sessions, treat_none_as_null = true)]
struct SessionWrite<'a> {
    title: &'a str,
    description: &'a str,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    location: Option<&'a str>,
    capacity: Option<i32>,
}

impl<'a> From<&'a SessionData> for SessionWrite<'a> {
    fn from(d: &'a SessionData) -> Self {
        SessionWrite {
            title: &d.title,
            description: &d.description,
            starts_at: d.starts_at,
            ends_at: d.ends_at,
            location: d.location.as_deref(),
            capacity: d.capacity,
        }
    }
}

pub async fn create(
    pool: &DbPool,
    conference_id: Uuid,
    data: &SessionData,
) -> Result<SessionWithSpeakers, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        find(conn, conference_id).await?;
        let id = Uuid::now_v7();
        let session: SessionRow = diesel::insert_into(sessions::table)
            .values((
                sessions::id.eq(id),
                sessions::conference_id.eq(conference_id),
                SessionWrite::from(data),
            ))
            .returning(SessionRow::as_returning())
            .get_result(conn)
            .await?;
        write_speakers(conn, id, &data.speakers).await?;
        seats::lock_exclusive(conn, conference_id).await?;
        seats::resize(conn, conference_id, Some(id), data.capacity, &[]).await?;
        Ok(SessionWithSpeakers {
            session,
            speakers: data.speakers.clone(),
        })
    })
    .await
}

async fn write_speakers(
    conn: &mut Conn,
    session_id: Uuid,
    list: &[Speaker],
) -> Result<(), AppError> {
    diesel::delete(speakers::table.filter(speakers::session_id.eq(session_id)))
        .execute(conn)
        .await?;
    let rows: Vec<_> = list
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                speakers::id.eq(Uuid::now_v7()),
                speakers::session_id.eq(session_id),
                speakers::position.eq(i as i32),
                speakers::name.eq(&s.name),
                speakers::affiliation.eq(s.affiliation.as_deref()),
                speakers::role.eq(s.role.as_str()),
            )
        })
        .collect();
    if !rows.is_empty() {
        diesel::insert_into(speakers::table)
            .values(rows)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// The sessions of a conference ordered by start, with their speakers.
pub async fn list(
    conn: &mut Conn,
    conference_id: Uuid,
) -> Result<Vec<SessionWithSpeakers>, AppError> {
    let rows: Vec<SessionRow> = sessions::table
        .filter(sessions::conference_id.eq(conference_id))
        .order((sessions::starts_at.asc(), sessions::id.asc()))
        .select(SessionRow::as_select())
        .load(conn)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|s| s.id).collect();
    let all_speakers: Vec<SpeakerRow> = speakers::table
        .filter(speakers::session_id.eq_any(&ids))
        .order((speakers::session_id, speakers::position))
        .select(SpeakerRow::as_select())
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|session| {
            let speakers = all_speakers
                .iter()
                .filter(|s| s.session_id == session.id)
                .map(to_speaker)
                .collect();
            SessionWithSpeakers { session, speakers }
        })
        .collect())
}

fn to_speaker(row: &SpeakerRow) -> Speaker {
    Speaker {
        name: row.name.clone(),
        affiliation: row.affiliation.clone(),
        role: row.role,
    }
}

/// The sessions of a conference with their speakers, in time order.
pub async fn all(pool: &DbPool, conference_id: Uuid) -> Result<Vec<SessionWithSpeakers>, AppError> {
    let mut conn = pool.get().await?;
    list(&mut conn, conference_id).await
}

/// A session of one of this organizer's conferences, locked for a change.
async fn find_session(
    conn: &mut Conn,
    conference_id: Uuid,
    id: Uuid,
) -> Result<SessionWithSpeakers, AppError> {
    let session: SessionRow = sessions::table
        .inner_join(conferences::table)
        .filter(sessions::id.eq(id))
        .filter(sessions::conference_id.eq(conference_id))
        .select(SessionRow::as_select())
        .for_update()
        .first(conn)
        .await?;
    let speakers = speakers::table
        .filter(speakers::session_id.eq(id))
        .order(speakers::position)
        .select(SpeakerRow::as_select())
        .load(conn)
        .await?
        .iter()
        .map(to_speaker)
        .collect();
    Ok(SessionWithSpeakers { session, speakers })
}

pub async fn update(
    pool: &DbPool,
    conference_id: Uuid,
    id: Uuid,
    change: impl FnOnce(&SessionWithSpeakers) -> Result<SessionData, ValidationErrors> + Send,
) -> Result<SessionWithSpeakers, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let current = find_session(conn, conference_id, id).await?;
        let data = change(&current)?;
        let conference_id = current.session.conference_id;
        let resized = data.capacity != current.session.capacity;
        if resized {
            seats::lock_exclusive(conn, conference_id).await?;
            let holders = place_holders(conn, conference_id, Some(id)).await?;
            seats::resize(conn, conference_id, Some(id), data.capacity, &holders).await?;
        }
        let session: SessionRow = diesel::update(sessions::table.find(id))
            .set((
                SessionWrite::from(&data),
                sessions::updated_at.eq(diesel::dsl::now),
            ))
            .returning(SessionRow::as_returning())
            .get_result(conn)
            .await?;
        if data.speakers != current.speakers {
            write_speakers(conn, id, &data.speakers).await?;
        }
        if resized {
            let limited = conference_is_limited(conn, conference_id).await?;
            seats::promote_waitlist(conn, conference_id, limited).await?;
        }
        let before = &current.session;
        if before.starts_at != session.starts_at
            || before.ends_at != session.ends_at
            || before.location != session.location
            || before.title != session.title
        {
            // The session as it was goes with the mail, which says what changed.
            let was = serde_json::json!({"session": {
                "id": id,
                "title": before.title,
                "starts_at": before.starts_at,
                "ends_at": before.ends_at,
                "location": before.location,
            }});
            owe_updates(conn, conference_id, id, was).await?;
        }
        Ok(SessionWithSpeakers {
            session,
            speakers: data.speakers,
        })
    })
    .await
}

/// Deletes a session; its seats and the choices of it go with it, and people
/// waitlisted only because it was full may now move up.
pub async fn delete(pool: &DbPool, conference_id: Uuid, id: Uuid) -> Result<(), AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let current = find_session(conn, conference_id, id).await?;
        let conference_id = current.session.conference_id;
        seats::lock_exclusive(conn, conference_id).await?;
        diesel::delete(sessions::table.find(id))
            .execute(conn)
            .await?;
        let limited = conference_is_limited(conn, conference_id).await?;
        seats::promote_waitlist(conn, conference_id, limited).await?;
        Ok(())
    })
    .await
}

async fn conference_is_limited(conn: &mut Conn, conference_id: Uuid) -> Result<bool, AppError> {
    let capacity: Option<i32> = conferences::table
        .find(conference_id)
        .select(conferences::capacity)
        .first(conn)
        .await?;
    Ok(capacity.is_some())
}

/// Everyone active who chose the session gets an updated invite.
async fn owe_updates(
    conn: &mut Conn,
    conference_id: Uuid,
    session_id: Uuid,
    was: serde_json::Value,
) -> Result<(), AppError> {
    use crate::domain::mail::MailKind;
    use crate::domain::registration::RegistrationStatus::{Confirmed, Pending, Waitlisted};
    super::outbox::enqueue_for_all(
        conn,
        conference_id,
        Some(session_id),
        &[Confirmed, Waitlisted, Pending],
        MailKind::Updated,
        was,
    )
    .await?;
    Ok(())
}

/// A session of one of this organizer's conferences.
pub async fn get(
    pool: &DbPool,
    conference_id: Uuid,
    id: Uuid,
) -> Result<SessionWithSpeakers, AppError> {
    let mut conn = pool.get().await?;
    find_session(&mut conn, conference_id, id).await
}
