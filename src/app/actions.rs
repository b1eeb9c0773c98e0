//! An organizer's actions on one registration: add a walk-in, change, cancel,
//! promote past the queue, send its mail again, take back a check-in.

use uuid::Uuid;

use super::access::Access;
use crate::db::actions::{self, Addition};
use crate::db::questions;
use crate::db::registrations::{self, Registration, TokenHashes};
use crate::domain::question::validate_answers;
use crate::domain::registration::{RegistrationChanges, RegistrationStatus, SignUp};
use crate::domain::role::Action;
use crate::domain::secret;
use crate::domain::text;
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;
use crate::state::AppState;

async fn access(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<Access, AppError> {
    Access::for_conference(state, organizer, conference_id, Action::ManageRegistration).await
}

pub struct Walk {
    pub sign_up: SignUp,
    /// `Some(Confirmed)`: a place whatever the capacity; other statuses are refused.
    pub status: Option<RegistrationStatus>,
    pub checked_in: bool,
    pub notify: bool,
}

/// Adds someone; with their answers checked against the form when given (a
/// walk-in at the door may have none).
pub async fn add(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    walk: Walk,
) -> Result<(Access, Registration, String), AppError> {
    let access = access(state, organizer, conference_id).await?;
    let force_confirmed = match walk.status {
        None => false,
        Some(RegistrationStatus::Confirmed) => true,
        Some(_) => {
            return Err(AppError::invalid(
                "status",
                "only confirmed may be asked for (a walk-in); leave it out for the usual place or waiting list",
            ));
        }
    };
    if let Some(category) = &walk.sign_up.category
        && !access.conference.categories.contains(category)
    {
        return Err(AppError::invalid(
            "category",
            "is not one of the choices this conference offers",
        ));
    }
    let answers = if walk.sign_up.answers.is_empty() {
        Default::default()
    } else {
        let form = questions::form(&state.pool, access.conference_id()).await?;
        validate_answers(&form, &walk.sign_up.answers)?
    };
    let id = Uuid::now_v7();
    let manage = secret::derive(&state.key, "manage", id);
    let join = secret::derive(&state.key, "join", id);
    let confirm = secret::derive(&state.key, "confirm", id);
    let registration = actions::add(
        &state.pool,
        access.conference_id(),
        &Addition {
            id,
            sign_up: &walk.sign_up,
            answers,
            force_confirmed,
            checked_in: walk.checked_in,
            notify: walk.notify,
            tokens: TokenHashes {
                manage: &manage.hash,
                join: &join.hash,
                confirm: &confirm.hash,
            },
        },
    )
    .await?;
    tracing::info!(registration = %id, walk_in = force_confirmed, "registration added by an organizer");
    let manage_url = format!("{}/r/{}", state.base_url, manage.plain);
    Ok((access, registration, manage_url))
}

pub async fn update(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    id: Uuid,
    changes: RegistrationChanges,
    notify: bool,
) -> Result<(Access, Registration), AppError> {
    let access = access(state, organizer, conference_id).await?;
    let r = registrations::update_by_id(&state.pool, access.conference_id(), id, &changes, notify)
        .await?;
    Ok((access, r))
}

pub async fn cancel(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    id: Uuid,
    reason: Option<&str>,
) -> Result<(Access, Registration), AppError> {
    let access = access(state, organizer, conference_id).await?;
    let mut errors = ValidationErrors::new();
    let reason = errors.check("reason", text::optional_prose(reason, 2000));
    let Some(reason) = reason.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let (r, promoted) =
        registrations::cancel_by_id(&state.pool, access.conference_id(), id, reason.as_deref())
            .await?;
    if !promoted.is_empty() {
        tracing::info!(count = promoted.len(), "promoted from the waitlist");
    }
    Ok((access, r))
}

pub async fn promote(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    id: Uuid,
    force: bool,
) -> Result<(Access, Registration), AppError> {
    let access = access(state, organizer, conference_id).await?;
    let r = actions::promote(&state.pool, access.conference_id(), id, force).await?;
    Ok((access, r))
}

pub async fn resend(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    id: Uuid,
) -> Result<(), AppError> {
    let access = access(state, organizer, conference_id).await?;
    actions::resend(&state.pool, access.conference_id(), id).await
}

pub async fn undo_check_in(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    id: Uuid,
    session_id: Option<Uuid>,
) -> Result<(Access, Registration), AppError> {
    let access = access(state, organizer, conference_id).await?;
    let r = actions::undo_check_in(&state.pool, access.conference_id(), id, session_id).await?;
    Ok((access, r))
}

/// One registration of the conference, for its page in the dashboard.
pub async fn one(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    id: Uuid,
) -> Result<(Access, Registration), AppError> {
    let access = access(state, organizer, conference_id).await?;
    let r = registrations::get(&state.pool, id).await?;
    if r.row.conference_id != access.conference_id() {
        return Err(AppError::NotFound);
    }
    Ok((access, r))
}
