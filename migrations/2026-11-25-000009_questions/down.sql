DROP FUNCTION register(uuid, uuid, text, text, text, text, uuid[], bytea, bytea, timestamptz, uuid, jsonb);
CREATE FUNCTION register(
    registration uuid, conference uuid, address text, full_name text, org text, cat text,
    chosen uuid[], manage_hash bytea, join_hash bytea, consent timestamptz, mail_id uuid
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    new_status text;
BEGIN
    INSERT INTO registrations (id, conference_id, email, name, organization, category, status,
                               manage_token_hash, join_token_hash, consent_at)
    VALUES (registration, conference, address, full_name, org, cat,
            claim_status(registration, conference, chosen), manage_hash, join_hash, consent)
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
ALTER TABLE registrations DROP COLUMN answers;
DROP TABLE questions;
