//! Messages from the organizers to part of the audience: compose, preview,
//! send now or later, cancel, and the list with what became of the mails.

use chrono::Utc;
use uuid::Uuid;

use super::access::Access;
use crate::db::messages::{self, Created, Message};
use crate::db::{members, outbox, questions, sessions};
use crate::domain::message::{
    self, Audience, MessageDraft, MessageRequest, RenderedMessage, Values,
};
use crate::domain::role::Action;
use crate::domain::validation::ValidationErrors;
use crate::email::compose::{self, Links, MailData};
use crate::error::AppError;
use crate::state::AppState;

/// Checks what only the stored conference can tell: the session and the
/// question are its own, and the mode is one its format has.
async fn check_audience(
    state: &AppState,
    access: &Access,
    audience: &Audience,
) -> Result<(), AppError> {
    let mut errors = ValidationErrors::new();
    if let Some(session) = audience.session {
        match sessions::get(&state.pool, access.conference_id(), session).await {
            Ok(_) => {}
            Err(AppError::NotFound) => {
                errors.add("audience.session", "is not a session of this conference")
            }
            Err(e) => return Err(e),
        }
    }
    if let Some(question) = audience.question {
        let form = questions::form(&state.pool, access.conference_id()).await?;
        if !form.iter().any(|q| q.id == question) {
            errors.add("audience.question", "is not a question of this conference");
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Validation(errors))
    }
}

async fn draft(
    state: &AppState,
    access: &Access,
    request: MessageRequest,
) -> Result<MessageDraft, AppError> {
    let draft = MessageDraft::parse(request, Utc::now())?;
    check_audience(state, access, &draft.audience).await?;
    Ok(draft)
}

/// Writes the message; without `send_at` its mails are queued at once.
pub async fn create(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    request: MessageRequest,
    idempotency_key: Option<&str>,
) -> Result<(Access, Created), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Message).await?;
    let draft = draft(state, &access, request).await?;
    let reply_to = match &draft.reply_to {
        Some(address) => address.as_str().to_owned(),
        None => members::owner_email(&state.pool, access.conference.organizer_id).await?,
    };
    let created = messages::create(
        &state.pool,
        access.conference_id(),
        organizer,
        &draft,
        &reply_to,
        idempotency_key,
    )
    .await?;
    Ok((access, created))
}

pub struct Preview {
    pub recipients: i64,
    pub rendered: RenderedMessage,
}

/// The message as its earliest registered recipient would get it (an example
/// person when the audience is empty), and how many would get it.
pub async fn preview(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    request: MessageRequest,
) -> Result<Preview, AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Message).await?;
    let draft = draft(state, &access, request).await?;
    let recipients =
        messages::count_audience(&state.pool, access.conference_id(), &draft.audience).await?;
    let first =
        messages::first_recipient(&state.pool, access.conference_id(), &draft.audience).await?;
    let values = match first {
        Some(id) => {
            let data = MailData::from(outbox::mail_rows(&state.pool, id).await?);
            let links = Links {
                base_url: &state.base_url,
                key: &state.key,
            };
            compose::message_values(&data, &links)
        }
        None => Values {
            name: "Alex Example".into(),
            conference: access.conference.title.clone(),
            starts: crate::display::moment(
                access.conference.starts_at,
                access.conference.tz(),
                access.conference.language,
            ),
            manage_url: format!("{}/r/example", state.base_url),
            join_url: None,
        },
    };
    let rendered = message::render(&draft.subject, &draft.body, &values)
        .map_err(|e| AppError::Internal(format!("a checked message did not render: {e}")))?;
    Ok(Preview {
        recipients,
        rendered,
    })
}

/// The conference, when the organizer may write to its registrants.
pub async fn access(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<Access, AppError> {
    Access::for_conference(state, organizer, conference_id, Action::Message).await
}

pub async fn list(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<(Access, Vec<Message>), AppError> {
    let access = Access::for_conference(state, organizer, conference_id, Action::Message).await?;
    let list = messages::list(&state.pool, access.conference_id()).await?;
    Ok((access, list))
}

pub async fn get(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
) -> Result<(Access, Message), AppError> {
    let access = Access::for_message(state, organizer, id, Action::Message).await?;
    let message = messages::one(&state.pool, id).await?;
    Ok((access, message))
}

/// Cancels a scheduled message; 409 once it started sending.
pub async fn cancel(
    state: &AppState,
    organizer: Uuid,
    id: Uuid,
) -> Result<(Access, Message), AppError> {
    let access = Access::for_message(state, organizer, id, Action::Message).await?;
    let message = messages::cancel(&state.pool, id).await?;
    Ok((access, message))
}
