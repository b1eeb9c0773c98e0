//! What a registrant does with their private links: see, change or cancel
//! the registration, download the invite and their data, confirm the
//! address, follow the join link. A link that cannot be a token is not found.

use chrono::Utc;

use crate::db::conferences::ConferenceRow;
use crate::db::privacy::{self, CheckInRecord, MailRecord};
use crate::db::registrations::{self, Confirmation, JoinOutcome, Registration};
use crate::domain::mail::InviteMethod;
use crate::domain::registration::{RegistrationChanges, RegistrationStatus};
use crate::domain::secret;
use crate::email::compose::{self, Links, MailData};
use crate::error::AppError;
use crate::state::AppState;

fn token_hash(token: &str) -> Result<Vec<u8>, AppError> {
    if secret::looks_valid(token) {
        Ok(secret::hash(token))
    } else {
        Err(AppError::NotFound)
    }
}

pub async fn view(
    state: &AppState,
    token: &str,
) -> Result<(Registration, ConferenceRow), AppError> {
    registrations::by_token(&state.pool, &token_hash(token)?).await
}

/// Name, organisation, sessions (a confirmed registrant needs a seat in each
/// new limited one) and answers; the registrant is told with an updated invite.
pub async fn update(
    state: &AppState,
    token: &str,
    changes: &RegistrationChanges,
) -> Result<(Registration, ConferenceRow), AppError> {
    registrations::update_by_token(&state.pool, &token_hash(token)?, changes).await
}

/// Cancels (twice is harmless); the freed places go to the waitlist at once.
pub async fn cancel(
    state: &AppState,
    token: &str,
) -> Result<(Registration, ConferenceRow), AppError> {
    let (registration, conference, promoted) =
        registrations::cancel_by_token(&state.pool, &token_hash(token)?).await?;
    if !promoted.is_empty() {
        tracing::info!(count = promoted.len(), "promoted from the waitlist");
    }
    Ok((registration, conference))
}

/// The invite as it stands: a REQUEST while confirmed, a CANCEL once cancelled.
pub async fn invite(state: &AppState, token: &str) -> Result<(InviteMethod, String), AppError> {
    let rows = registrations::mail_data_by_token(&state.pool, &token_hash(token)?).await?;
    let sequence = rows.registration.invite_sequence;
    let data = MailData::from(rows);
    let method = match data.registrant.status {
        RegistrationStatus::Confirmed => InviteMethod::Request,
        RegistrationStatus::Cancelled => InviteMethod::Cancel,
        RegistrationStatus::Pending => {
            return Err(AppError::Conflict(
                "confirm your email address first: the invitation comes with your confirmed place"
                    .into(),
            ));
        }
        RegistrationStatus::Waitlisted => {
            return Err(AppError::Conflict(
                "you are on the waiting list: the invitation comes with your place".into(),
            ));
        }
        RegistrationStatus::AwaitingApproval => {
            return Err(AppError::Conflict(
                "your application awaits the organizers' decision: the invitation comes with your place"
                    .into(),
            ));
        }
        RegistrationStatus::Declined => {
            return Err(AppError::Conflict(
                "your application was declined: there is no invitation".into(),
            ));
        }
    };
    let links = Links {
        base_url: &state.base_url,
        key: &state.key,
    };
    let ics = compose::invite(
        &data,
        &links,
        method,
        sequence,
        &state.mail_from,
        Utc::now(),
    );
    Ok((method, ics))
}

/// Everything kept about the registrant (GDPR access).
pub struct PersonalData {
    pub registration: Registration,
    pub conference: ConferenceRow,
    pub check_ins: Vec<CheckInRecord>,
    pub mails: Vec<MailRecord>,
}

pub async fn personal_data(state: &AppState, token: &str) -> Result<PersonalData, AppError> {
    let (registration, conference) = view(state, token).await?;
    let (check_ins, mails) = privacy::records(&state.pool, registration.row.id).await?;
    Ok(PersonalData {
        registration,
        conference,
        check_ins,
        mails,
    })
}

/// Follows the double opt-in link of the confirmation mail.
pub async fn confirm(
    state: &AppState,
    token: &str,
) -> Result<
    (
        Confirmation,
        ConferenceRow,
        crate::domain::language::Language,
    ),
    AppError,
> {
    registrations::confirm_by_token(&state.pool, &token_hash(token)?, Utc::now()).await
}

/// Follows the personal join link: a confirmed registrant's join is recorded
/// before the redirect.
pub async fn join(state: &AppState, token: &str) -> Result<JoinOutcome, AppError> {
    registrations::follow_join_link(&state.pool, &token_hash(token)?).await
}

/// "Resend my link": mails the manage link to the address when it holds an
/// active registration of the conference; the caller answers the same either
/// way, so nobody learns who is registered.
pub async fn resend_link(state: &AppState, slug: &str, email: &str) -> Result<(), AppError> {
    let email = crate::domain::email::EmailAddress::parse(email)
        .map_err(|e| AppError::invalid("email", e))?;
    let sent = registrations::resend_manage_link(&state.pool, slug, email.as_str()).await?;
    tracing::info!(
        email = %crate::telemetry::mask_email(email.as_str()),
        sent,
        "manage link asked for"
    );
    Ok(())
}

/// A waitlisted registrant's place in line (1 is next), in sign-up order.
pub async fn waitlist_position(
    state: &AppState,
    registration: &Registration,
) -> Result<Option<i64>, AppError> {
    if registration.row.status != RegistrationStatus::Waitlisted {
        return Ok(None);
    }
    let ahead = registrations::waiting(
        &state.pool,
        registration.row.conference_id,
        Some(registration.row.seq),
    )
    .await?;
    Ok(Some(ahead + 1))
}

/// Whether anyone waits for a place the registrant would free by cancelling.
pub async fn frees_a_place_for_someone(
    state: &AppState,
    registration: &Registration,
) -> Result<bool, AppError> {
    let holds = matches!(
        registration.row.status,
        RegistrationStatus::Confirmed | RegistrationStatus::Pending
    );
    Ok(holds
        && registrations::waiting(&state.pool, registration.row.conference_id, None).await? > 0)
}

/// The join link to show a registrant, when they are entitled to one.
pub fn join_url(
    state: &AppState,
    registration: &Registration,
    conference: &ConferenceRow,
) -> Option<String> {
    Links {
        base_url: &state.base_url,
        key: &state.key,
    }
    .join_url_if_entitled(
        registration.row.id,
        registration.row.status,
        registration.row.attendance_mode,
        conference.online_url.is_some(),
    )
}
