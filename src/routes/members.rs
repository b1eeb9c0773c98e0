//! The team of a conference: the owner adds co-organizers by email with a
//! role; they act with their own organizer account of that address.

use super::problems;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::app;
use crate::app::team::TeamMember;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::extract::{Organizer, StrictJson};
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = NewMember)]
pub struct NewMemberBody {
    email: String,
    /// `manager` or `checkin`.
    role: Role,
}

/// One person of a conference's team.
#[derive(Serialize, ToSchema)]
pub struct MemberView {
    /// The member's id (the owner's organizer id for the owner).
    pub id: Uuid,
    pub conference_id: Uuid,
    pub email: String,
    pub role: Role,
}

impl From<TeamMember> for MemberView {
    fn from(m: TeamMember) -> Self {
        MemberView {
            id: m.id,
            conference_id: m.conference_id,
            email: m.email,
            role: m.role,
        }
    }
}

/// Add a co-organizer (owner only); they are mailed an invitation
/// (`member_invitation`) with the dashboard's link.
#[utoipa::path(
    post,
    path = "/api/v1/conferences/{id}/members",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    request_body = NewMemberBody,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The member", body = MemberView),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Conflict,
        problems::PayloadTooLarge,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn add(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
    StrictJson(body): StrictJson<NewMemberBody>,
) -> Result<HttpResponse, AppError> {
    let member = app::team::add(&state, organizer, *conference_id, &body.email, body.role).await?;
    Ok(HttpResponse::Created().json(MemberView::from(member)))
}

/// The team: the owner first, then the members in the order they were added
/// (owner only).
#[utoipa::path(
    get,
    path = "/api/v1/conferences/{id}/members",
    tag = "conferences",
    params(("id" = Uuid, Path, description = "Conference id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The team", body = Vec<MemberView>),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    conference_id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let team = app::team::list(&state, organizer, *conference_id).await?;
    Ok(HttpResponse::Ok().json(team.into_iter().map(MemberView::from).collect::<Vec<_>>()))
}

/// Take someone off the team (owner only).
#[utoipa::path(
    delete,
    path = "/api/v1/conferences/{id}/members/{member_id}",
    tag = "conferences",
    params(
        ("id" = Uuid, Path, description = "Conference id"),
        ("member_id" = Uuid, Path, description = "Member id")
    ),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed"),
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::Unavailable
    )
)]
pub async fn remove(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, AppError> {
    let (conference_id, member_id) = path.into_inner();
    app::team::remove(&state, organizer, conference_id, member_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = MemberRole)]
pub struct MemberRoleBody {
    /// `manager` or `checkin`.
    role: Role,
}

/// Give a member another role (owner only).
#[utoipa::path(
    patch,
    path = "/api/v1/conferences/{id}/members/{member_id}",
    tag = "conferences",
    params(
        ("id" = Uuid, Path, description = "Conference id"),
        ("member_id" = Uuid, Path, description = "Member id")
    ),
    request_body = MemberRoleBody,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The team, with the new role", body = Vec<MemberView>),
        problems::BadRequest,
        problems::Unauthorized,
        problems::Forbidden,
        problems::NotFound,
        problems::UnsupportedMediaType,
        problems::Unprocessable,
        problems::Unavailable
    )
)]
pub async fn change_role(
    state: web::Data<AppState>,
    Organizer(organizer): Organizer,
    path: web::Path<(Uuid, Uuid)>,
    StrictJson(body): StrictJson<MemberRoleBody>,
) -> Result<HttpResponse, AppError> {
    let (conference_id, member_id) = path.into_inner();
    app::team::change_role(&state, organizer, conference_id, member_id, body.role).await?;
    let team = app::team::list(&state, organizer, conference_id).await?;
    Ok(HttpResponse::Ok().json(team.into_iter().map(MemberView::from).collect::<Vec<_>>()))
}
