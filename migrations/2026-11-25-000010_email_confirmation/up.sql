-- Double opt-in: where a conference asks for it, a sign-up that gets a place
-- is 'pending' and holds it until the link in its mail is followed, or until
-- the hold expires and the place goes to the waitlist.
ALTER TABLE registrations
    ADD COLUMN hold_expires_at timestamptz,
    ADD COLUMN confirm_token_hash bytea UNIQUE
        CHECK (confirm_token_hash IS NULL OR length(confirm_token_hash) = 32),
    ADD CONSTRAINT registrations_pending_has_hold
        CHECK (status <> 'pending' OR hold_expires_at IS NOT NULL);
CREATE INDEX registrations_holds_idx ON registrations (hold_expires_at) WHERE status = 'pending';

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder', 'confirm_email'));

DROP FUNCTION register(uuid, uuid, text, text, text, text, uuid[], bytea, bytea, timestamptz, uuid, jsonb);
-- `hold_minutes` is NULL unless the conference asks for email confirmation.
CREATE FUNCTION register(
    registration uuid, conference uuid, address text, full_name text, org text, cat text,
    chosen uuid[], manage_hash bytea, join_hash bytea, consent timestamptz, mail_id uuid,
    given jsonb DEFAULT '{}', hold_minutes integer DEFAULT NULL, confirm_hash bytea DEFAULT NULL
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    new_status text := claim_status(registration, conference, chosen);
BEGIN
    IF hold_minutes IS NOT NULL AND new_status = 'confirmed' THEN
        new_status := 'pending';
    END IF;
    INSERT INTO registrations (id, conference_id, email, name, organization, category, status,
                               manage_token_hash, join_token_hash, consent_at, answers,
                               hold_expires_at, confirm_token_hash)
    VALUES (registration, conference, address, full_name, org, cat, new_status,
            manage_hash, join_hash, consent, given,
            CASE WHEN new_status = 'pending'
                 THEN clock_timestamp() + make_interval(mins => hold_minutes) END,
            confirm_hash);
    IF cardinality(chosen) > 0 THEN
        INSERT INTO registration_sessions (registration_id, session_id)
        SELECT registration, unnest(chosen);
    END IF;
    INSERT INTO outbox (id, conference_id, registration_id, kind, invite_sequence)
    VALUES (mail_id, conference, registration,
            CASE new_status WHEN 'waitlisted' THEN 'waitlisted'
                            WHEN 'pending' THEN 'confirm_email'
                            ELSE 'confirmation' END, 0);
    RETURN new_status;
END
$$;
