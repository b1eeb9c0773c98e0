-- "Forgot your password?": a link valid for one hour and one use. Only the
-- SHA-256 of the link's secret is stored.
CREATE TABLE password_resets (
    token_hash   bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    organizer_id uuid NOT NULL REFERENCES organizers (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz
);
CREATE INDEX password_resets_organizer_idx ON password_resets (organizer_id);

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder', 'confirm_email',
                    'member_invitation', 'manage_link', 'application_received', 'declined',
                    'message', 'password_reset'));
