-- Hybrid places: a hybrid conference has in-person and online places, each
-- with its own capacity and waiting list (the total capacity, when set,
-- still holds). Each mode's seats are a scope of their own: `mode_scope`
-- names it (the conference's in_person_scope or online_scope), so claims,
-- the free-seat index and the sweep work on modes as on sessions.

ALTER TABLE conferences ADD COLUMN in_person_capacity integer CHECK (in_person_capacity >= 0);
ALTER TABLE conferences ADD COLUMN online_capacity integer CHECK (online_capacity >= 0);
ALTER TABLE conferences ADD COLUMN in_person_scope uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE conferences ADD COLUMN online_scope uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE conferences ADD CONSTRAINT conferences_mode_capacity_hybrid_check
    CHECK (format = 'hybrid' OR (in_person_capacity IS NULL AND online_capacity IS NULL));

ALTER TABLE registrations ADD COLUMN attendance_mode text;
UPDATE registrations r SET attendance_mode = CASE c.format WHEN 'online' THEN 'online' ELSE 'in_person' END
  FROM conferences c WHERE c.id = r.conference_id;
ALTER TABLE registrations ALTER COLUMN attendance_mode SET NOT NULL;
ALTER TABLE registrations ADD CONSTRAINT registrations_attendance_mode_check
    CHECK (attendance_mode IN ('in_person', 'online'));
CREATE INDEX registrations_waitlist_mode_idx
    ON registrations (conference_id, attendance_mode, seq) WHERE status = 'waitlisted';

ALTER TABLE seats ADD COLUMN mode_scope uuid;
ALTER TABLE seats DROP COLUMN scope_id;
ALTER TABLE seats ADD COLUMN scope_id uuid NOT NULL
    GENERATED ALWAYS AS (coalesce(session_id, mode_scope, conference_id)) STORED;
CREATE INDEX seats_free_idx ON seats (scope_id, seat_no) WHERE registration_id IS NULL;

-- Claims one free seat in every limited scope the registration needs: the
-- conference, its mode's places, and each chosen session with a capacity.
CREATE FUNCTION claim_seats(registration uuid, conference uuid, with_conference boolean, chosen uuid[], mode text)
RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    need record;
    seat bigint;
    start integer;
BEGIN
    FOR need IN
        SELECT c.id AS scope, c.capacity AS cap FROM conferences c
         WHERE with_conference AND c.id = conference AND c.capacity IS NOT NULL
        UNION ALL
        SELECT CASE mode WHEN 'in_person' THEN c.in_person_scope ELSE c.online_scope END,
               CASE mode WHEN 'in_person' THEN c.in_person_capacity ELSE c.online_capacity END
          FROM conferences c
         WHERE with_conference AND c.id = conference AND mode IS NOT NULL
           AND (CASE mode WHEN 'in_person' THEN c.in_person_capacity ELSE c.online_capacity END) IS NOT NULL
        UNION ALL
        SELECT s.id, s.capacity FROM sessions s
         WHERE s.conference_id = conference AND s.id = ANY(chosen) AND s.capacity IS NOT NULL
    LOOP
        start := 1 + floor(random() * need.cap)::integer;
        SELECT s.id INTO seat FROM seats s
         WHERE s.scope_id = need.scope AND s.registration_id IS NULL AND s.seat_no >= start
         ORDER BY s.seat_no LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF NOT FOUND THEN
            SELECT s.id INTO seat FROM seats s
             WHERE s.scope_id = need.scope AND s.registration_id IS NULL AND s.seat_no < start
             ORDER BY s.seat_no LIMIT 1 FOR UPDATE SKIP LOCKED;
        END IF;
        IF NOT FOUND THEN
            -- All or nothing: give back what this call took in earlier scopes.
            UPDATE seats SET registration_id = NULL WHERE seats.registration_id = registration;
            RETURN false;
        END IF;
        UPDATE seats SET registration_id = registration WHERE id = seat;
    END LOOP;
    RETURN true;
END
$$;

-- The same for a registration that exists: its own mode.
CREATE OR REPLACE FUNCTION claim_seats(registration uuid, conference uuid, with_conference boolean, chosen uuid[])
RETURNS boolean
LANGUAGE sql VOLATILE AS $$
    SELECT claim_seats(registration, conference, with_conference, chosen,
                       (SELECT r.attendance_mode FROM registrations r WHERE r.id = registration))
$$;

CREATE FUNCTION claim_status(registration uuid, conference uuid, chosen uuid[], mode text) RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT CASE WHEN claim_seats(registration, conference, true, chosen, mode)
                THEN 'confirmed' ELSE 'waitlisted' END
$$;

DROP FUNCTION sign_up_at(text, timestamptz, uuid, text, text, text, text, uuid[], bytea, bytea, bytea, uuid, jsonb, boolean);
DROP FUNCTION register(uuid, uuid, text, text, text, text, uuid[], bytea, bytea, timestamptz, uuid, jsonb, integer, bytea, boolean);
CREATE FUNCTION register(
    registration uuid, conference uuid, address text, full_name text, org text, cat text,
    chosen uuid[], manage_hash bytea, join_hash bytea, consent timestamptz, mail_id uuid,
    given jsonb DEFAULT '{}', hold_minutes integer DEFAULT NULL, confirm_hash bytea DEFAULT NULL,
    approval boolean DEFAULT false, mode text DEFAULT NULL
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    new_status text;
BEGIN
    IF approval THEN
        new_status := 'awaiting_approval';
    ELSE
        new_status := claim_status(registration, conference, chosen, mode);
    END IF;
    IF hold_minutes IS NOT NULL AND new_status = 'confirmed' THEN
        new_status := 'pending';
    END IF;
    INSERT INTO registrations (id, conference_id, email, name, organization, category, status,
                               manage_token_hash, join_token_hash, consent_at, answers,
                               hold_expires_at, confirm_token_hash, attendance_mode)
    VALUES (registration, conference, address, full_name, org, cat, new_status,
            manage_hash, join_hash, consent, given,
            CASE WHEN new_status = 'pending'
                 THEN clock_timestamp() + make_interval(mins => hold_minutes) END,
            confirm_hash, mode);
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


CREATE FUNCTION sign_up_at(
    conference_slug text, at timestamptz, registration uuid, address text, full_name text,
    org text, cat text, chosen uuid[], manage_hash bytea, join_hash bytea, confirm_hash bytea,
    mail_id uuid, given jsonb, form_checked boolean, chosen_mode text
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    c conferences%ROWTYPE;
    closed text;
    mode text;
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
    IF cat IS NOT NULL AND NOT (cat = ANY (c.categories)) THEN
        RETURN 'bad_category';
    END IF;
    -- The mode: chosen on a hybrid conference, the format's otherwise.
    IF c.format = 'hybrid' THEN
        IF chosen_mode IS NULL THEN
            RETURN 'needs_mode';
        END IF;
        mode := chosen_mode;
    ELSE
        IF chosen_mode IS NOT NULL AND chosen_mode <> c.format THEN
            RETURN 'bad_mode';
        END IF;
        mode := c.format;
    END IF;
    RETURN register(registration, c.id, address, full_name, org, cat, chosen, manage_hash,
                    join_hash, at, mail_id, given,
                    CASE WHEN c.require_email_confirmation THEN c.confirmation_hold_minutes END,
                    CASE WHEN c.require_email_confirmation THEN confirm_hash END,
                    c.require_approval, mode);
END
$$;
