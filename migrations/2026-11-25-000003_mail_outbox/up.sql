-- Mail goes through a durable outbox: every change that owes someone a mail
-- writes its row in the same transaction; workers claim rows with SKIP LOCKED.

-- Raised on every change a registrant's calendar must follow (SEQUENCE).
ALTER TABLE registrations ADD COLUMN invite_sequence integer NOT NULL DEFAULT 0;
-- The personal join link's secret, stored as a hash like the manage link's.
ALTER TABLE registrations ADD COLUMN join_token_hash bytea UNIQUE CHECK (length(join_token_hash) = 32);

-- Keys the service makes for itself when none is configured (SECRET_KEY),
-- shared by every instance through the database.
CREATE TABLE app_secrets (
    name       text PRIMARY KEY,
    value      bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE outbox (
    -- Also the Message-ID's unique part: a resend after a crash carries the
    -- same Message-ID, and mail systems drop the copy.
    id              uuid PRIMARY KEY,
    conference_id   uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated',
                                                  'cancelled', 'conference_cancelled', 'recording')),
    -- The invite SEQUENCE this mail carries, fixed when the change happened.
    invite_sequence integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    -- When a worker may (next) take it; a claim moves it into the future as a
    -- lease, so a worker that dies mid-send leaves it to another after the lease.
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    attempts        integer NOT NULL DEFAULT 0,
    last_error      text,
    sent_at         timestamptz,
    -- Given up: a permanent SMTP refusal, or too many attempts.
    failed_at       timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_registration_idx ON outbox (registration_id);
