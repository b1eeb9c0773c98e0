-- Approval of applicants, and messages from the organizers to a chosen part
-- of the audience.

ALTER TABLE conferences ADD COLUMN require_approval boolean NOT NULL DEFAULT false;
ALTER TABLE conferences ADD CONSTRAINT conferences_one_gate_check
    CHECK (NOT (require_approval AND require_email_confirmation));

-- awaiting_approval holds no place; declined is not active: the address may
-- apply again, which makes a new registration.
ALTER TABLE registrations DROP CONSTRAINT registrations_status_check;
ALTER TABLE registrations ADD CONSTRAINT registrations_status_check
    CHECK (status IN ('confirmed', 'waitlisted', 'pending', 'cancelled',
                      'awaiting_approval', 'declined'));
ALTER TABLE registrations ADD COLUMN decided_at timestamptz;
ALTER TABLE registrations ADD COLUMN decline_reason text
    CHECK (length(decline_reason) <= 2000);
DROP INDEX registrations_active_email_key;
CREATE UNIQUE INDEX registrations_active_email_key
    ON registrations (conference_id, lower(email)) WHERE status NOT IN ('cancelled', 'declined');
CREATE INDEX registrations_applications_idx
    ON registrations (conference_id, seq) WHERE status = 'awaiting_approval';

CREATE TABLE messages (
    id              uuid PRIMARY KEY,
    conference_id   uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    subject         text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
    -- Who gets it: {status?, session?, attended?, mode?, question?, answer?}.
    audience        jsonb NOT NULL DEFAULT '{}',
    reply_to        text NOT NULL,
    send_at         timestamptz NOT NULL,
    status          text NOT NULL CHECK (status IN ('scheduled', 'sending', 'cancelled')),
    -- Counted when the message is written, and again when a scheduled one starts.
    recipients      integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      uuid REFERENCES organizers (id) ON DELETE SET NULL,
    idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    started_at      timestamptz
);
CREATE INDEX messages_conference_idx ON messages (conference_id, created_at DESC);
CREATE INDEX messages_due_idx ON messages (send_at) WHERE status = 'scheduled';
CREATE UNIQUE INDEX messages_idempotency_key
    ON messages (conference_id, created_by, idempotency_key) WHERE idempotency_key IS NOT NULL;

ALTER TABLE outbox ADD COLUMN message_id uuid REFERENCES messages (id) ON DELETE CASCADE;
CREATE INDEX outbox_message_idx ON outbox (message_id) WHERE message_id IS NOT NULL;
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder', 'confirm_email',
                    'member_invitation', 'manage_link', 'application_received', 'declined',
                    'message'));
ALTER TABLE outbox ADD CONSTRAINT outbox_message_kind_check
    CHECK ((kind = 'message') = (message_id IS NOT NULL));

-- A sign-up of a conference that approves its applicants claims no place.
DROP FUNCTION register(uuid, uuid, text, text, text, text, uuid[], bytea, bytea, timestamptz, uuid, jsonb, integer, bytea);
CREATE FUNCTION register(
    registration uuid, conference uuid, address text, full_name text, org text, cat text,
    chosen uuid[], manage_hash bytea, join_hash bytea, consent timestamptz, mail_id uuid,
    given jsonb DEFAULT '{}', hold_minutes integer DEFAULT NULL, confirm_hash bytea DEFAULT NULL,
    approval boolean DEFAULT false
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    new_status text;
BEGIN
    IF approval THEN
        new_status := 'awaiting_approval';
    ELSE
        new_status := claim_status(registration, conference, chosen);
    END IF;
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
                            WHEN 'awaiting_approval' THEN 'application_received'
                            ELSE 'confirmation' END, 0);
    RETURN new_status;
END
$$;

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
                    CASE WHEN c.require_email_confirmation THEN confirm_hash END,
                    c.require_approval);
END
$$;
