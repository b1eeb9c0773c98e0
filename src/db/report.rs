//! The figures of the event report, counted from the rows.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbPool;
use crate::domain::report::Share;
use crate::error::AppError;

/// Active statuses, as the stats count them.
const ACTIVE: &str = "('confirmed', 'waitlisted', 'pending', 'awaiting_approval')";

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = Nullable<Text>)]
    label: Option<String>,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

async fn shares(
    pool: &DbPool,
    sql: &str,
    conference_id: Uuid,
    extra: Option<&str>,
) -> Result<Vec<Share>, AppError> {
    let mut conn = pool.get().await?;
    let rows: Vec<Row> = match extra {
        None => {
            diesel::sql_query(sql)
                .bind::<SqlUuid, _>(conference_id)
                .load(&mut conn)
                .await?
        }
        Some(e) => {
            diesel::sql_query(sql)
                .bind::<SqlUuid, _>(conference_id)
                .bind::<Text, _>(e)
                .load(&mut conn)
                .await?
        }
    };
    Ok(rows
        .into_iter()
        .map(|r| Share {
            label: r.label.unwrap_or_else(|| "(not given)".into()),
            count: r.n,
        })
        .collect())
}

pub async fn by_category(pool: &DbPool, conference_id: Uuid) -> Result<Vec<Share>, AppError> {
    shares(
        pool,
        &format!(
            "SELECT nullif(trim(category), '') AS label, count(*) AS n FROM registrations \
              WHERE conference_id = $1 AND status IN {ACTIVE} GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        conference_id,
        None,
    )
    .await
}

pub async fn by_organisation(pool: &DbPool, conference_id: Uuid) -> Result<Vec<Share>, AppError> {
    shares(
        pool,
        &format!(
            "SELECT nullif(trim(organization), '') AS label, count(*) AS n FROM registrations \
              WHERE conference_id = $1 AND status IN {ACTIVE} GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        conference_id,
        None,
    )
    .await
}

/// By the answer (a country code) to the question `question_id`.
pub async fn by_answer(
    pool: &DbPool,
    conference_id: Uuid,
    question_id: Uuid,
) -> Result<Vec<Share>, AppError> {
    shares(
        pool,
        &format!(
            "SELECT nullif(answers ->> $2, '') AS label, count(*) AS n FROM registrations \
              WHERE conference_id = $1 AND status IN {ACTIVE} GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        conference_id,
        Some(&question_id.to_string()),
    )
    .await
}

/// Confirmed registrants of each session with no attendance record of it.
pub async fn session_no_shows(
    pool: &DbPool,
    conference_id: Uuid,
) -> Result<Vec<(Uuid, i64)>, AppError> {
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = SqlUuid)]
        id: Uuid,
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let mut conn = pool.get().await?;
    let rows: Vec<N> = diesel::sql_query(
        "SELECT s.id, count(r.id) AS n FROM sessions s \
           LEFT JOIN registration_sessions rs ON rs.session_id = s.id \
           LEFT JOIN registrations r ON r.id = rs.registration_id AND r.status = 'confirmed' \
                AND NOT EXISTS (SELECT 1 FROM check_ins c WHERE c.registration_id = r.id AND c.session_id = s.id) \
          WHERE s.conference_id = $1 GROUP BY s.id",
    )
    .bind::<SqlUuid, _>(conference_id)
    .load(&mut conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.n)).collect())
}

/// When each registration was made, with its status now, oldest first.
pub async fn sign_up_times(
    pool: &DbPool,
    conference_id: Uuid,
) -> Result<Vec<(DateTime<Utc>, String)>, AppError> {
    #[derive(QueryableByName)]
    struct T {
        #[diesel(sql_type = Timestamptz)]
        at: DateTime<Utc>,
        #[diesel(sql_type = Text)]
        status: String,
    }
    let mut conn = pool.get().await?;
    let rows: Vec<T> = diesel::sql_query(
        "SELECT created_at AS at, status FROM registrations WHERE conference_id = $1 ORDER BY created_at",
    )
    .bind::<SqlUuid, _>(conference_id)
    .load(&mut conn)
    .await?;
    Ok(rows.into_iter().map(|t| (t.at, t.status)).collect())
}
