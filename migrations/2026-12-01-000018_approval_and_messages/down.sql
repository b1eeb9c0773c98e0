CREATE OR REPLACE FUNCTION sign_up_at(
    conference_slug text, at timestamptz, registration uuid, address text, full_name text,
    org text, cat text, chosen uuid[], manage_hash bytea, join_hash bytea, confirm_hash bytea,
    mail_id uuid, given jsonb, form_checked boolean
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    c conferences%ROWTYPE;
    closed text;
BEGIN
    SELECT * INTO c FROM conferences WHERE slug = conference_slug AND status <> 'draft';
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    PERFORM capacity_lock_shared(c.id);
    closed := registration_closed(c, at);
    IF closed IS NOT NULL THEN
        RETURN 'closed:' || closed;
    END IF;
    IF NOT form_checked AND (given <> '{}'::jsonb OR EXISTS (
            SELECT 1 FROM questions q WHERE q.conference_id = c.id AND NOT q.retired)) THEN
        RETURN 'needs_form';
    END IF;
    IF NOT sessions_belong(c.id, chosen) THEN
        RETURN 'bad_sessions';
    END IF;
    RETURN register(registration, c.id, address, full_name, org, cat, chosen, manage_hash,
                    join_hash, at, mail_id, given,
                    CASE WHEN c.require_email_confirmation THEN c.confirmation_hold_minutes END,
                    CASE WHEN c.require_email_confirmation THEN confirm_hash END);
END
$$;
DROP FUNCTION register(uuid, uuid, text, text, text, text, uuid[], bytea, bytea, timestamptz, uuid, jsonb, integer, bytea, boolean);
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
ALTER TABLE outbox DROP CONSTRAINT outbox_message_kind_check;
DELETE FROM outbox WHERE kind IN ('application_received', 'declined', 'message');
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder', 'confirm_email',
                    'member_invitation', 'manage_link'));
ALTER TABLE outbox DROP COLUMN message_id;
DROP TABLE messages;
DROP INDEX registrations_applications_idx;
DROP INDEX registrations_active_email_key;
UPDATE registrations SET status = 'cancelled', cancelled_at = coalesce(decided_at, now())
 WHERE status IN ('awaiting_approval', 'declined');
CREATE UNIQUE INDEX registrations_active_email_key
    ON registrations (conference_id, lower(email)) WHERE status <> 'cancelled';
ALTER TABLE registrations DROP COLUMN decline_reason;
ALTER TABLE registrations DROP COLUMN decided_at;
ALTER TABLE registrations DROP CONSTRAINT registrations_status_check;
ALTER TABLE registrations ADD CONSTRAINT registrations_status_check
    CHECK (status IN ('confirmed', 'waitlisted', 'pending', 'cancelled'));
ALTER TABLE conferences DROP CONSTRAINT conferences_one_gate_check;
ALTER TABLE conferences DROP COLUMN require_approval;
