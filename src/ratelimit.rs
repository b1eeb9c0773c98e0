//! Per-client rate limits on the routes a script would hammer: sign-ups,
//! organizer sign-up and sign-in, and the secret-token routes. Limits are per
//! instance (state in memory), as the design allows.

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use crate::error::AppError;

pub const SIGN_UP: u8 = 1;
pub const AUTH: u8 = 2;
pub const TOKEN: u8 = 3;

type Limiter = RateLimiter<(u8, IpAddr), DefaultKeyedStateStore<(u8, IpAddr)>, DefaultClock>;

pub struct RateLimits {
    limiter: Option<Limiter>,
    clock: DefaultClock,
}

impl RateLimits {
    /// `per_minute` requests per client and group, in bursts of as many; 0 turns limits off.
    pub fn new(per_minute: u32) -> Self {
        RateLimits {
            limiter: NonZeroU32::new(per_minute).map(|n| RateLimiter::keyed(Quota::per_minute(n))),
            clock: DefaultClock::default(),
        }
    }

    pub fn check(&self, group: u8, client: IpAddr) -> Result<(), AppError> {
        let Some(limiter) = &self.limiter else {
            return Ok(());
        };
        limiter.check_key(&(group, client)).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            AppError::TooManyRequests(wait.as_secs().max(1))
        })
    }

    /// Forgets clients that are within their limits again, so the map stays small.
    pub fn forget_idle(&self) {
        if let Some(limiter) = &self.limiter {
            limiter.retain_recent();
        }
    }
}
