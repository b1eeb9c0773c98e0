//! Custom questions of a conference's registration form.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use uuid::Uuid;

use super::conferences::find;
use super::schema::{conferences, questions, registrations};
use super::{Conn, DbPool};
use crate::domain::conference::ConferenceStatus;
use crate::domain::question::{MAX_QUESTIONS, Question, QuestionData, QuestionKind};
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = questions, check_for_backend(diesel::pg::Pg))]
pub struct QuestionRow {
    pub id: Uuid,
    pub conference_id: Uuid,
    pub label: String,
    pub kind: QuestionKind,
    pub required: bool,
    pub choices: Vec<String>,
    pub retired_choices: Vec<String>,
    pub help_text: String,
    pub position: i32,
    pub retired: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl QuestionRow {
    pub fn question(&self) -> Question {
        Question {
            id: self.id,
            data: QuestionData {
                label: self.label.clone(),
                kind: self.kind,
                required: self.required,
                choices: self.choices.clone(),
                retired_choices: self.retired_choices.clone(),
                help_text: self.help_text.clone(),
                position: self.position,
            },
            retired: self.retired,
        }
    }
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = questions)]
struct QuestionWrite<'a> {
    label: &'a str,
    kind: &'a str,
    required: bool,
    choices: &'a [String],
    retired_choices: &'a [String],
    help_text: &'a str,
    position: i32,
}

impl<'a> From<&'a QuestionData> for QuestionWrite<'a> {
    fn from(d: &'a QuestionData) -> Self {
        QuestionWrite {
            label: &d.label,
            kind: d.kind.as_str(),
            required: d.required,
            choices: &d.choices,
            retired_choices: &d.retired_choices,
            help_text: &d.help_text,
            position: d.position,
        }
    }
}

pub async fn create(
    pool: &DbPool,
    conference_id: Uuid,
    data: &QuestionData,
) -> Result<QuestionRow, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        find(conn, conference_id).await?;
        let count: i64 = questions::table
            .filter(questions::conference_id.eq(conference_id))
            .filter(questions::retired.eq(false))
            .count()
            .get_result(conn)
            .await?;
        if count as usize >= MAX_QUESTIONS {
            return Err(AppError::Conflict(format!(
                "a form has at most {MAX_QUESTIONS} questions"
            )));
        }
        Ok(diesel::insert_into(questions::table)
            .values((
                questions::id.eq(Uuid::now_v7()),
                questions::conference_id.eq(conference_id),
                QuestionWrite::from(data),
            ))
            .returning(QuestionRow::as_returning())
            .get_result(conn)
            .await?)
    })
    .await
}

/// Every question of the conference, retired ones too (they are columns of
/// the exports), in form order.
pub async fn all_for(conn: &mut Conn, conference_id: Uuid) -> Result<Vec<QuestionRow>, AppError> {
    Ok(questions::table
        .filter(questions::conference_id.eq(conference_id))
        .order((questions::position, questions::created_at))
        .select(QuestionRow::as_select())
        .load(conn)
        .await?)
}

/// The questions of a conference found by the caller, retired ones marked.
pub async fn form(pool: &DbPool, conference_id: Uuid) -> Result<Vec<Question>, AppError> {
    Ok(rows(pool, conference_id)
        .await?
        .iter()
        .map(QuestionRow::question)
        .collect())
}

/// The form of the public conference `slug` (retired questions marked),
/// with the version of its questions. The version is read first: a change
/// between the two reads leaves an older version with the newer form, which
/// the sign-up's statement then refuses as not current.
pub async fn public_form(pool: &DbPool, slug: &str) -> Result<(i64, Vec<Question>), AppError> {
    let mut conn = pool.get().await?;
    let (id, version): (Uuid, i64) = conferences::table
        .filter(conferences::slug.eq(slug))
        .filter(conferences::status.ne(ConferenceStatus::Draft.as_str()))
        .select((conferences::id, conferences::questions_version))
        .first(&mut conn)
        .await?;
    let form = all_for(&mut conn, id)
        .await?
        .iter()
        .map(QuestionRow::question)
        .collect();
    Ok((version, form))
}

/// The forms of public conferences as last read, by slug, with their
/// versions: a sign-up checks its answers against the form at hand and says
/// which version it used; the database refuses a version that is not current
/// (`sign_up_at`), and the form is read again.
#[derive(Default)]
pub struct FormCache {
    forms: std::sync::RwLock<std::collections::HashMap<String, VersionedForm>>,
}

/// A form and the `questions_version` it was read at.
pub type VersionedForm = (i64, std::sync::Arc<Vec<Question>>);

/// Past this many conferences the cache starts over: forms are cheap to read again.
const CACHED_FORMS: usize = 1000;

impl FormCache {
    pub fn get(&self, slug: &str) -> Option<VersionedForm> {
        let forms = self.forms.read().unwrap_or_else(|e| e.into_inner());
        forms.get(slug).cloned()
    }

    pub fn put(&self, slug: &str, version: i64, form: std::sync::Arc<Vec<Question>>) {
        let mut forms = self.forms.write().unwrap_or_else(|e| e.into_inner());
        if forms.len() >= CACHED_FORMS && !forms.contains_key(slug) {
            forms.clear();
        }
        forms.insert(slug.to_owned(), (version, form));
    }
}

pub async fn rows(pool: &DbPool, conference_id: Uuid) -> Result<Vec<QuestionRow>, AppError> {
    let mut conn = pool.get().await?;
    all_for(&mut conn, conference_id).await
}

async fn find_question(
    conn: &mut Conn,
    conference_id: Uuid,
    id: Uuid,
) -> Result<QuestionRow, AppError> {
    Ok(questions::table
        .inner_join(conferences::table)
        .filter(questions::id.eq(id))
        .filter(questions::conference_id.eq(conference_id))
        .select(QuestionRow::as_select())
        .first(conn)
        .await?)
}

async fn answered(conn: &mut Conn, question: &QuestionRow) -> Result<bool, AppError> {
    Ok(diesel::select(diesel::dsl::exists(
        registrations::table
            .filter(registrations::conference_id.eq(question.conference_id))
            .filter(registrations::answers.has_key(question.id.to_string())),
    ))
    .get_result(conn)
    .await?)
}

pub async fn update(
    pool: &DbPool,
    conference_id: Uuid,
    id: Uuid,
    change: impl FnOnce(&Question, bool) -> Result<QuestionData, ValidationErrors> + Send,
) -> Result<QuestionRow, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let current = find_question(conn, conference_id, id).await?;
        let is_answered = answered(conn, &current).await?;
        let data = change(&current.question(), is_answered)?;
        Ok(diesel::update(questions::table.find(id))
            .set((
                QuestionWrite::from(&data),
                questions::updated_at.eq(diesel::dsl::now),
            ))
            .returning(QuestionRow::as_returning())
            .get_result(conn)
            .await?)
    })
    .await
}

/// Deletes a question nobody answered; one with answers is retired instead,
/// so the answers stay in the exports. Says which happened.
pub async fn delete(
    pool: &DbPool,
    conference_id: Uuid,
    id: Uuid,
) -> Result<Option<QuestionRow>, AppError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let current = find_question(conn, conference_id, id).await?;
        if answered(conn, &current).await? {
            let row = diesel::update(questions::table.find(id))
                .set((
                    questions::retired.eq(true),
                    questions::updated_at.eq(diesel::dsl::now),
                ))
                .returning(QuestionRow::as_returning())
                .get_result(conn)
                .await?;
            Ok(Some(row))
        } else {
            diesel::delete(questions::table.find(id))
                .execute(conn)
                .await?;
            Ok(None)
        }
    })
    .await
}
