//! The team of a conference: the owner adds co-organizers by email with a
//! role; they act with their own organizer account of that address.

use uuid::Uuid;

use super::access::Access;
use crate::db::members::{self, MemberRow};
use crate::db::organizers;
use crate::display;
use crate::domain::email::EmailAddress;
use crate::domain::role::{Action, Role};
use crate::domain::validation::ValidationErrors;
use crate::error::AppError;
use crate::state::AppState;

/// One person of the team as it is shown.
pub struct TeamMember {
    /// The member's id (the owner's organizer id for the owner).
    pub id: Uuid,
    pub conference_id: Uuid,
    pub email: String,
    pub role: Role,
}

impl From<MemberRow> for TeamMember {
    fn from(m: MemberRow) -> Self {
        TeamMember {
            id: m.id,
            conference_id: m.conference_id,
            email: m.email,
            role: m.role,
        }
    }
}

pub async fn add(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    email: &str,
    role: Role,
) -> Result<TeamMember, AppError> {
    let access =
        Access::for_conference(state, organizer, conference_id, Action::ManageTeam).await?;
    let mut errors = ValidationErrors::new();
    let email = errors.check("email", EmailAddress::parse(email));
    if role == Role::Owner {
        errors.add(
            "role",
            "a conference has one owner: add a manager or a check-in member",
        );
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Err(errors.into());
    };
    let owner = members::owner_email(&state.pool, access.conference.organizer_id).await?;
    if owner.eq_ignore_ascii_case(email.as_str()) {
        return Err(AppError::Conflict("this is the owner's own address".into()));
    }
    let invitation = invitation(state, organizer, &access, email.as_str(), role).await?;
    let member = members::add(
        &state.pool,
        access.conference_id(),
        email.as_str(),
        role,
        invitation,
    )
    .await?;
    tracing::info!(
        conference = %access.conference_id(),
        role = role.as_str(),
        email = %crate::telemetry::mask_email(email.as_str()),
        "team member added"
    );
    Ok(member.into())
}

/// What the `member_invitation` mail says: who invited, to which
/// conference, in which role, and where to sign in.
async fn invitation(
    state: &AppState,
    inviter: Uuid,
    access: &Access,
    email: &str,
    role: Role,
) -> Result<serde_json::Value, AppError> {
    let inviter = organizers::find(&state.pool, inviter).await?;
    let has_account = organizers::find_by_email(&state.pool, email)
        .await?
        .is_some();
    let c = &access.conference;
    Ok(serde_json::json!({
        "conference": {
            "title": c.title,
            "when": display::when(c.starts_at, c.ends_at, c.tz(), c.language),
            "page_url": format!("{}/c/{}", state.base_url, c.slug),
        },
        "inviter": {"name": inviter.name, "email": inviter.email},
        "email": email,
        // Nothing is known of the invitee's language but the conference's.
        "lang": c.language,
        "role": role.as_str(),
        "admin_url": format!("{}/admin", state.base_url),
        "has_account": has_account,
    }))
}

/// The owner first, then the members in the order they were added.
pub async fn list(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
) -> Result<Vec<TeamMember>, AppError> {
    let access =
        Access::for_conference(state, organizer, conference_id, Action::ManageTeam).await?;
    let mut team = vec![TeamMember {
        id: access.conference.organizer_id,
        conference_id: access.conference_id(),
        email: members::owner_email(&state.pool, access.conference.organizer_id).await?,
        role: Role::Owner,
    }];
    team.extend(
        members::list(&state.pool, access.conference_id())
            .await?
            .into_iter()
            .map(TeamMember::from),
    );
    Ok(team)
}

pub async fn remove(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    member_id: Uuid,
) -> Result<(), AppError> {
    let access =
        Access::for_conference(state, organizer, conference_id, Action::ManageTeam).await?;
    members::remove(&state.pool, access.conference_id(), member_id).await
}

/// Gives a member another role (owner only; the owner's own role stays).
pub async fn change_role(
    state: &AppState,
    organizer: Uuid,
    conference_id: Uuid,
    member_id: Uuid,
    role: Role,
) -> Result<(), AppError> {
    let access =
        Access::for_conference(state, organizer, conference_id, Action::ManageTeam).await?;
    if role == Role::Owner {
        return Err(AppError::invalid(
            "role",
            "a conference has one owner: choose manager or check-in",
        ));
    }
    members::set_role(&state.pool, access.conference_id(), member_id, role).await
}
