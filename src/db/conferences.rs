use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::schema::{conferences, registration_sessions, registrations};
use super::{Conn, DbPool, seats};
use crate::domain::conference::{ConferenceData, ConferenceStatus, Format, Zone};
use crate::domain::registration::{AttendanceMode, RegistrationClosed, RegistrationStatus};
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, QueryableByName, Selectable)]
#[diesel(table_name = conferences, check_for_backend(diesel::pg::Pg))]
pub struct ConferenceRow {
    pub id: Uuid,
    pub organizer_id: Uuid,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub timezone: Zone,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub format: Format,
    pub venue: Option<String>,
    pub online_url: Option<String>,
    pub recording_url: Option<String>,
    pub capacity: Option<i32>,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub status: ConferenceStatus,
    pub require_email_confirmation: bool,
    pub confirmation_hold_minutes: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub reminder_minutes: Vec<i32>,
    pub require_approval: bool,
    pub categories: Vec<String>,
    pub in_person_capacity: Option<i32>,
    pub online_capacity: Option<i32>,
    /// The scopes of the places of each mode (see the seats table).
    pub in_person_scope: Uuid,
    pub online_scope: Uuid,
    pub language: crate::domain::language::Language,
    pub embed_origins: Vec<String>,
}

impl ConferenceRow {
    pub fn tz(&self) -> chrono_tz::Tz {
        self.timezone.0
    }

    /// The stored conference as domain data, to apply changes to.
    pub fn data(&self) -> ConferenceData {
        ConferenceData {
            slug: self.slug.clone(),
            slug_derived: false,
            title: self.title.clone(),
            description: self.description.clone(),
            timezone: self.tz(),
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            format: self.format,
            venue: self.venue.clone(),
            online_url: self.online_url.clone(),
            recording_url: self.recording_url.clone(),
            capacity: self.capacity,
            registration_opens_at: self.registration_opens_at,
            registration_closes_at: self.registration_closes_at,
            status: self.status,
            require_email_confirmation: self.require_email_confirmation,
            require_approval: self.require_approval,
            confirmation_hold_minutes: self.confirmation_hold_minutes,
            reminder_minutes: self.reminder_minutes.clone(),
            categories: self.categories.clone(),
            in_person_capacity: self.in_person_capacity,
            online_capacity: self.online_capacity,
            language: self.language,
            embed_origins: self.embed_origins.clone(),
        }
    }
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = conferences, treat_none_as_null = true)]
struct ConferenceWrite<'a> {
    slug: &'a str,
    title: &'a str,
    description: &'a str,
    timezone: &'a str,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    format: &'a str,
    venue: Option<&'a str>,
    online_url: Option<&'a str>,
    recording_url: Option<&'a str>,
    capacity: Option<i32>,
    registration_opens_at: Option<DateTime<Utc>>,
    registration_closes_at: Option<DateTime<Utc>>,
    status: &'a str,
    require_email_confirmation: bool,
    require_approval: bool,
    confirmation_hold_minutes: i32,
    reminder_minutes: &'a [i32],
    categories: &'a [String],
    in_person_capacity: Option<i32>,
    online_capacity: Option<i32>,
    language: &'a str,
    embed_origins: &'a [String],
}

impl<'a> ConferenceWrite<'a> {
    fn from_data(data: &'a ConferenceData, slug: &'a str) -> Self {
        ConferenceWrite {
            slug,
            title: &data.title,
            description: &data.description,
            timezone: data.timezone.name(),
            starts_at: data.starts_at,
            ends_at: data.ends_at,
            format: data.format.as_str(),
            venue: data.venue.as_deref(),
            online_url: data.online_url.as_deref(),
            recording_url: data.recording_url.as_deref(),
            capacity: data.capacity,
            registration_opens_at: data.registration_opens_at,
            registration_closes_at: data.registration_closes_at,
            status: data.status.as_str(),
            require_email_confirmation: data.require_email_confirmation,
            require_approval: data.require_approval,
            confirmation_hold_minutes: data.confirmation_hold_minutes,
            reminder_minutes: &data.reminder_minutes,
            categories: &data.categories,
            in_person_capacity: data.in_person_capacity,
            online_capacity: data.online_capacity,
            language: data.language.as_str(),
            embed_origins: &data.embed_origins,
        }
    }
}

pub async fn create(
    pool: &DbPool,
    organizer_id: Uuid,
    data: &ConferenceData,
) -> Result<ConferenceRow, AppError> {
    let mut conn = pool.get().await?;
    let slug = if data.slug_derived {
        free_slug(&mut conn, &data.slug).await?
    } else {
        data.slug.clone()
    };
    conn.transaction(async |conn| {
        let id = Uuid::now_v7();
        let row: ConferenceRow = diesel::insert_into(conferences::table)
            .values((
                conferences::id.eq(id),
                conferences::organizer_id.eq(organizer_id),
                ConferenceWrite::from_data(data, &slug),
            ))
            .returning(ConferenceRow::as_returning())
            .get_result(conn)
            .await?;
        seats::resize(conn, id, None, data.capacity, &[]).await?;
        seats::resize_mode(conn, id, row.in_person_scope, data.in_person_capacity, &[]).await?;
        seats::resize_mode(conn, id, row.online_scope, data.online_capacity, &[]).await?;
        Ok(row)
    })
    .await
}

/// `base`, or `base-2`, `base-3`… whichever is not taken yet. A concurrent
/// creation of the same slug still ends in the unique constraint (409).
async fn free_slug(conn: &mut Conn, base: &str) -> Result<String, AppError> {
    let taken: Vec<String> = conferences::table
        .filter(
            conferences::slug
                .eq(base)
                .or(conferences::slug.like(format!("{base}-%"))),
        )
        .select(conferences::slug)
        .load(conn)
        .await?;
    if !taken.iter().any(|s| s == base) {
        return Ok(base.to_owned());
    }
    Ok((2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| format!("{base}-{}", Uuid::new_v4().simple())))
}

/// Why the conference takes no sign-ups at `now` (`None` while it does):
/// the database's rule, the one the sign-up itself applies.
pub async fn registration_closed(
    conn: &mut Conn,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<RegistrationClosed>, AppError> {
    Ok(diesel::select(super::sql::registration_closed_at(id, now))
        .get_result(conn)
        .await?)
}

/// A conference by id. Who may see it is the access check's business
/// (`app::access`), done before.
pub async fn find(conn: &mut Conn, id: Uuid) -> Result<ConferenceRow, AppError> {
    Ok(conferences::table
        .find(id)
        .select(ConferenceRow::as_select())
        .first(conn)
        .await?)
}

/// A conference the public may see: published or cancelled, never a draft.
pub async fn find_public(conn: &mut Conn, slug: &str) -> Result<ConferenceRow, AppError> {
    Ok(conferences::table
        .filter(conferences::slug.eq(slug))
        .filter(conferences::status.ne(ConferenceStatus::Draft.as_str()))
        .select(ConferenceRow::as_select())
        .first(conn)
        .await?)
}

/// Applies `change` to the stored conference inside one transaction; a new
/// capacity resizes its seats and lets the waitlist move up.
pub async fn update(
    pool: &DbPool,
    id: Uuid,
    change: impl FnOnce(&ConferenceRow) -> Result<ConferenceData, ValidationErrors> + Send,
) -> Result<ConferenceRow, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let current: ConferenceRow = conferences::table
            .filter(conferences::id.eq(id))
            .select(ConferenceRow::as_select())
            .for_update()
            .first(conn)
            .await?;
        let data = change(&current)?;
        let modes_changed = data.in_person_capacity != current.in_person_capacity
            || data.online_capacity != current.online_capacity;
        if data.capacity != current.capacity || modes_changed {
            seats::lock_exclusive(conn, id).await?;
        }
        if data.capacity != current.capacity {
            let holders = place_holders(conn, id, None).await?;
            seats::resize(conn, id, None, data.capacity, &holders).await?;
        }
        for (mode, scope, before, after) in [
            (
                AttendanceMode::InPerson,
                current.in_person_scope,
                current.in_person_capacity,
                data.in_person_capacity,
            ),
            (
                AttendanceMode::Online,
                current.online_scope,
                current.online_capacity,
                data.online_capacity,
            ),
        ] {
            if before != after {
                let holders = mode_holders(conn, id, mode).await?;
                seats::resize_mode(conn, id, scope, after, &holders).await?;
            }
        }
        let row: ConferenceRow = diesel::update(conferences::table.find(id))
            .set((
                ConferenceWrite::from_data(&data, &data.slug),
                conferences::updated_at.eq(diesel::dsl::now),
            ))
            .returning(ConferenceRow::as_returning())
            .get_result(conn)
            .await?;
        if data.capacity != current.capacity || modes_changed {
            seats::promote_waitlist(conn, id, data.capacity.is_some()).await?;
        }
        owe_mail_for_change(conn, &current, &row).await?;
        // A recording set (or a conference moved into the past) after the
        // end goes out at once; before it, the worker sends it at the end.
        super::reminders::queue_recordings_in(conn, Some(row.id), Utc::now()).await?;
        Ok(row)
    })
    .await
}

/// Registrations that hold a place (confirmed or pending) in one attendance
/// mode, oldest first.
async fn mode_holders(
    conn: &mut Conn,
    conference_id: Uuid,
    mode: AttendanceMode,
) -> Result<Vec<Uuid>, AppError> {
    let holding = [
        RegistrationStatus::Confirmed.as_str(),
        RegistrationStatus::Pending.as_str(),
    ];
    Ok(registrations::table
        .filter(registrations::conference_id.eq(conference_id))
        .filter(registrations::status.eq_any(holding))
        .filter(registrations::attendance_mode.eq(mode.as_str()))
        .order(registrations::seq.asc())
        .select(registrations::id)
        .load(conn)
        .await?)
}

/// Registrations that hold a place (confirmed or pending) in the conference,
/// or in one session of it, oldest first.
pub async fn place_holders(
    conn: &mut Conn,
    conference_id: Uuid,
    session_id: Option<Uuid>,
) -> Result<Vec<Uuid>, AppError> {
    let holding = [
        RegistrationStatus::Confirmed.as_str(),
        RegistrationStatus::Pending.as_str(),
    ];
    let query = registrations::table
        .filter(registrations::conference_id.eq(conference_id))
        .filter(registrations::status.eq_any(holding))
        .order(registrations::seq.asc())
        .select(registrations::id)
        .into_boxed();
    let query = match session_id {
        Some(session_id) => query.filter(
            registrations::id.eq_any(
                registration_sessions::table
                    .filter(registration_sessions::session_id.eq(session_id))
                    .select(registration_sessions::registration_id),
            ),
        ),
        None => query,
    };
    Ok(query.load(conn).await?)
}

/// A public conference with what its page shows: sessions and free seats.
pub struct PublicConference {
    pub conference: ConferenceRow,
    pub sessions: Vec<super::sessions::SessionWithSpeakers>,
    /// Free seats per limited scope (the conference id or a session id).
    pub free_seats: Vec<(Uuid, i64)>,
    /// Why it takes no sign-ups now (`None` while it does).
    pub registration_closed: Option<RegistrationClosed>,
}

impl PublicConference {
    /// Free seats of a scope; `None` when it has no capacity.
    pub fn seats_left(&self, scope_id: Uuid, capacity: Option<i32>) -> Option<i64> {
        capacity.map(|_| {
            self.free_seats
                .iter()
                .find(|(s, _)| *s == scope_id)
                .map(|(_, n)| *n)
                .unwrap_or(0)
        })
    }
}

pub async fn load_public(pool: &DbPool, slug: &str) -> Result<PublicConference, AppError> {
    let mut conn = pool.get().await?;
    let conference = find_public(&mut conn, slug).await?;
    let sessions = super::sessions::list(&mut conn, conference.id).await?;
    let free_seats = seats::free_seats_by_scope(&mut conn, conference.id).await?;
    let registration_closed = registration_closed(&mut conn, conference.id, Utc::now()).await?;
    Ok(PublicConference {
        conference,
        sessions,
        free_seats,
        registration_closed,
    })
}

const ACTIVE: [RegistrationStatus; 3] = [
    RegistrationStatus::Confirmed,
    RegistrationStatus::Waitlisted,
    RegistrationStatus::Pending,
];

/// Writes the mail a conference change owes its active registrants
/// ([`crate::domain::mail::owed_for_change`] decides which) in the change's
/// transaction.
async fn owe_mail_for_change(
    conn: &mut Conn,
    before: &ConferenceRow,
    after: &ConferenceRow,
) -> Result<(), AppError> {
    // The mail says what changed: it is made later, from the data as it is
    // then, so the conference as it was goes with it.
    let was = serde_json::json!({"before": {
        "title": before.title,
        "starts_at": before.starts_at,
        "ends_at": before.ends_at,
        "venue": before.venue,
        "format": before.format.as_str(),
        "online_url_changed": before.online_url != after.online_url,
    }});
    for kind in crate::domain::mail::owed_for_change(&before.data(), &after.data()) {
        super::outbox::enqueue_for_all(conn, after.id, None, &ACTIVE, kind, was.clone()).await?;
    }
    Ok(())
}

/// A new conference made from `source` in one transaction: `data` (the
/// source's settings with the caller's changes), and the source's active
/// questions, sessions and speakers with every time moved by `offset`. No
/// registrations, members or messages.
pub async fn copy(
    pool: &DbPool,
    source: Uuid,
    organizer_id: Uuid,
    data: &ConferenceData,
    offset: chrono::Duration,
) -> Result<ConferenceRow, AppError> {
    use diesel::sql_types::{Interval, Uuid as SqlUuid};
    let mut conn = pool.get().await?;
    let slug = if data.slug_derived {
        free_slug(&mut conn, &data.slug).await?
    } else {
        data.slug.clone()
    };
    let interval = diesel::data_types::PgInterval::from_microseconds(
        offset.num_microseconds().unwrap_or(i64::MAX),
    );
    conn.transaction(async |conn| {
        let id = Uuid::now_v7();
        let row: ConferenceRow = diesel::insert_into(conferences::table)
            .values((
                conferences::id.eq(id),
                conferences::organizer_id.eq(organizer_id),
                ConferenceWrite::from_data(data, &slug),
            ))
            .returning(ConferenceRow::as_returning())
            .get_result(conn)
            .await?;
        seats::resize(conn, id, None, data.capacity, &[]).await?;
        seats::resize_mode(conn, id, row.in_person_scope, data.in_person_capacity, &[]).await?;
        seats::resize_mode(conn, id, row.online_scope, data.online_capacity, &[]).await?;
        diesel::sql_query(
            "INSERT INTO questions (id, conference_id, label, kind, required, choices, retired_choices, help_text, position) \
             SELECT gen_random_uuid(), $2, label, kind, required, choices, '{}', help_text, position \
               FROM questions WHERE conference_id = $1 AND NOT retired",
        )
        .bind::<SqlUuid, _>(source)
        .bind::<SqlUuid, _>(id)
        .execute(conn)
        .await?;
        diesel::sql_query(
            "WITH src AS (SELECT s.*, gen_random_uuid() AS new_id FROM sessions s WHERE s.conference_id = $1), \
                  made AS (INSERT INTO sessions (id, conference_id, title, description, starts_at, ends_at, location, capacity) \
                           SELECT new_id, $2, title, description, starts_at + $3, ends_at + $3, location, capacity FROM src \
                           RETURNING id) \
             INSERT INTO speakers (id, session_id, position, name, affiliation, role) \
             SELECT gen_random_uuid(), src.new_id, sp.position, sp.name, sp.affiliation, sp.role \
               FROM speakers sp JOIN src ON sp.session_id = src.id",
        )
        .bind::<SqlUuid, _>(source)
        .bind::<SqlUuid, _>(id)
        .bind::<Interval, _>(interval)
        .execute(conn)
        .await?;
        let limited: Vec<(Uuid, Option<i32>)> = super::schema::sessions::table
            .filter(super::schema::sessions::conference_id.eq(id))
            .filter(super::schema::sessions::capacity.is_not_null())
            .select((super::schema::sessions::id, super::schema::sessions::capacity))
            .load(conn)
            .await?;
        for (session, capacity) in limited {
            seats::resize(conn, id, Some(session), capacity, &[]).await?;
        }
        Ok(row)
    })
    .await
}

/// Deletes a draft that nobody registered for; 409 otherwise.
pub async fn delete_draft(pool: &DbPool, id: Uuid) -> Result<(), AppError> {
    use super::schema::registrations;
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let row = find(conn, id).await?;
        if row.status != ConferenceStatus::Draft {
            return Err(AppError::Conflict(
                "only a draft can be deleted; cancel a published conference instead".into(),
            ));
        }
        let registered: i64 = registrations::table
            .filter(registrations::conference_id.eq(id))
            .count()
            .get_result(conn)
            .await?;
        if registered > 0 {
            return Err(AppError::Conflict(
                "people registered for this draft: it cannot be deleted".into(),
            ));
        }
        diesel::delete(conferences::table.find(id))
            .execute(conn)
            .await?;
        Ok(())
    })
    .await
}
