-- Group commit: the sign-ups of a burst are written by one statement, in one
-- transaction (`sign_up_many`), each with its own outcome.
--
-- A duplicate address is an outcome of its own ('duplicate'): the insert
-- asks the unique index itself (ON CONFLICT DO NOTHING on
-- registrations_active_email_key) and gives back the seats it claimed, so
-- one person signing up twice in a batch does not abort the neighbours'
-- sign-ups, and a batch racing another with the same address waits for it
-- and then answers 'duplicate' too. (A look-up before the insert would be a
-- second query whose plan, made while the table is small, may walk every
-- registration of the conference.)
--
-- The form: a sign-up carries the version of the questions its answers were
-- checked against (`questions_version`, bumped by every change to the
-- conference's questions); the database asks for the form again only when
-- that is not the current one, so a conference with questions also takes one
-- statement per sign-up.

ALTER TABLE conferences ADD COLUMN questions_version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION questions_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE conferences SET questions_version = questions_version + 1
     WHERE id = CASE TG_OP WHEN 'DELETE' THEN OLD.conference_id ELSE NEW.conference_id END;
    RETURN NULL;
END
$$;

CREATE TRIGGER questions_version AFTER INSERT OR UPDATE OR DELETE ON questions
    FOR EACH ROW EXECUTE FUNCTION questions_changed();

DROP FUNCTION sign_up_at(text, timestamptz, uuid, text, text, text, text, uuid[], bytea, bytea, bytea, uuid, jsonb, boolean, text, text);
CREATE FUNCTION sign_up_at(
    conference_slug text, at timestamptz, registration uuid, address text, full_name text,
    org text, cat text, chosen uuid[], manage_hash bytea, join_hash bytea, confirm_hash bytea,
    mail_id uuid, given jsonb, form_version bigint, chosen_mode text, chosen_language text
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
    IF form_version IS DISTINCT FROM c.questions_version AND (given <> '{}'::jsonb OR EXISTS (
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
                    c.require_approval, mode,
                    coalesce(chosen_language, c.language));
END
$$;

-- register() of migration 000023, with a duplicate address an outcome.
CREATE OR REPLACE FUNCTION register(
    registration uuid, conference uuid, address text, full_name text, org text, cat text,
    chosen uuid[], manage_hash bytea, join_hash bytea, consent timestamptz, mail_id uuid,
    given jsonb DEFAULT '{}', hold_minutes integer DEFAULT NULL, confirm_hash bytea DEFAULT NULL,
    approval boolean DEFAULT false, mode text DEFAULT NULL, lang text DEFAULT 'en'
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
                               hold_expires_at, confirm_token_hash, attendance_mode, language)
    VALUES (registration, conference, address, full_name, org, cat, new_status,
            manage_hash, join_hash, consent, given,
            CASE WHEN new_status = 'pending'
                 THEN clock_timestamp() + make_interval(mins => hold_minutes) END,
            confirm_hash, mode, lang)
    ON CONFLICT (conference_id, (lower(email))) WHERE status NOT IN ('cancelled', 'declined')
    DO NOTHING;
    IF NOT FOUND THEN
        -- Already registered: the seats this call claimed go back.
        UPDATE seats SET registration_id = NULL WHERE seats.registration_id = registration;
        RETURN 'duplicate';
    END IF;
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

-- Several sign-ups in arrival order, one outcome each (sign_up_at's), in one
-- transaction. `batch` is a JSON array of objects with sign_up_at's
-- arguments: slug, at, id, email, name, organization, category, sessions,
-- manage, join, confirm (hex), mail, answers, form_version, mode, language.
CREATE FUNCTION sign_up_many(batch jsonb) RETURNS text[]
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    item jsonb;
    outcomes text[] := '{}';
BEGIN
    FOR item IN SELECT value FROM jsonb_array_elements(batch) LOOP
        outcomes := outcomes || sign_up_at(
            item->>'slug', (item->>'at')::timestamptz, (item->>'id')::uuid, item->>'email',
            item->>'name', item->>'organization', item->>'category',
            ARRAY(SELECT jsonb_array_elements_text(item->'sessions'))::uuid[],
            decode(item->>'manage', 'hex'), decode(item->>'join', 'hex'),
            decode(item->>'confirm', 'hex'), (item->>'mail')::uuid, item->'answers',
            (item->>'form_version')::bigint, item->>'mode', item->>'language');
    END LOOP;
    RETURN outcomes;
END
$$;
