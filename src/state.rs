//! What every use case and handler can reach: built once at start, shared by
//! the API, the pages and the use cases below them. It names only modules
//! below the HTTP layer, so any layer may read it without an import cycle.

use lettre::message::Mailbox;

use crate::db::DbPool;
use crate::db::group_commit::SignUps;
use crate::db::questions::FormCache;
use crate::domain::secret::SigningKey;
use crate::proxies::TrustedProxies;
use crate::ratelimit::RateLimits;

pub struct AppState {
    pub pool: DbPool,
    /// Base of every link handed out (`PUBLIC_BASE_URL`).
    pub base_url: String,
    pub body_limit: usize,
    /// Key of the manage and join links.
    pub key: SigningKey,
    /// Sender of mail and ORGANIZER of invites.
    pub mail_from: Mailbox,
    pub limits: RateLimits,
    /// Whose forwarding headers name the client (rate limits, logs).
    pub proxies: TrustedProxies,
    /// Webhook endpoints may be loopback `http` (`WEBHOOK_ALLOW_HTTP`).
    pub webhook_allow_http: bool,
    /// Public sign-ups, written in groups (group commit).
    pub sign_ups: SignUps,
    /// The public conferences' forms, to check answers without a read.
    pub forms: FormCache,
}
