DROP FUNCTION register(uuid, uuid, text, text, text, text, uuid[], bytea, bytea, timestamptz, uuid, jsonb, integer, bytea);
CREATE FUNCTION register(
    registration uuid, conference uuid, address text, full_name text, org text, cat text,
    chosen uuid[], manage_hash bytea, join_hash bytea, consent timestamptz, mail_id uuid,
    given jsonb DEFAULT '{}'
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    new_status text;
BEGIN
    INSERT INTO registrations (id, conference_id, email, name, organization, category, status,
                               manage_token_hash, join_token_hash, consent_at, answers)
    VALUES (registration, conference, address, full_name, org, cat,
            claim_status(registration, conference, chosen), manage_hash, join_hash, consent, given)
    RETURNING status INTO new_status;
    IF cardinality(chosen) > 0 THEN
        INSERT INTO registration_sessions (registration_id, session_id)
        SELECT registration, unnest(chosen);
    END IF;
    INSERT INTO outbox (id, conference_id, registration_id, kind, invite_sequence)
    VALUES (mail_id, conference, registration,
            CASE WHEN new_status = 'waitlisted' THEN 'waitlisted' ELSE 'confirmation' END, 0);
    RETURN new_status;
END
$$;
DELETE FROM outbox WHERE kind = 'confirm_email';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder'));
DROP INDEX registrations_holds_idx;
ALTER TABLE registrations DROP CONSTRAINT registrations_pending_has_hold,
    DROP COLUMN confirm_token_hash, DROP COLUMN hold_expires_at;
