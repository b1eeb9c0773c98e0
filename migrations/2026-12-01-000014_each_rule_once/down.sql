DROP FUNCTION sign_up_at(text, timestamptz, uuid, text, text, text, text, uuid[], bytea, bytea, bytea, uuid, jsonb, boolean);
DROP FUNCTION sessions_belong(uuid, uuid[]);
DROP FUNCTION registration_closed(uuid, timestamptz);
DROP FUNCTION registration_closed(conferences, timestamptz);

-- A public sign-up that needs no answers checked in Rust, in one statement:
-- one round trip and an implicit transaction, instead of BEGIN, the
-- conference read, register() and COMMIT. The backends had spent half their
-- time idle in transaction, waiting for the service's next statement.
-- Returns the new status, or why nothing was written: 'not_found',
-- 'closed:<reason>' (the reasons of the service's registration window),
-- 'bad_sessions', or 'needs_form' when the conference asks questions (the
-- caller then takes the path that validates answers).
CREATE FUNCTION sign_up_at(
    conference_slug text, at timestamptz, registration uuid, address text, full_name text,
    org text, cat text, chosen uuid[], manage_hash bytea, join_hash bytea, confirm_hash bytea,
    mail_id uuid
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    c conferences%ROWTYPE;
BEGIN
    SELECT * INTO c FROM conferences WHERE slug = conference_slug AND status <> 'draft';
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    PERFORM capacity_lock_shared(c.id);
    IF c.status = 'cancelled' THEN RETURN 'closed:cancelled'; END IF;
    IF c.registration_opens_at IS NOT NULL AND at < c.registration_opens_at THEN
        RETURN 'closed:not_yet_open';
    END IF;
    IF c.registration_closes_at IS NOT NULL AND at >= c.registration_closes_at THEN
        RETURN 'closed:closed';
    END IF;
    IF at >= c.ends_at THEN RETURN 'closed:ended'; END IF;
    IF EXISTS (SELECT 1 FROM questions q WHERE q.conference_id = c.id AND NOT q.retired) THEN
        RETURN 'needs_form';
    END IF;
    IF cardinality(chosen) > 0 AND (SELECT count(*) FROM sessions s
                                     WHERE s.conference_id = c.id AND s.id = ANY(chosen))
                                   <> cardinality(chosen) THEN
        RETURN 'bad_sessions';
    END IF;
    RETURN register(registration, c.id, address, full_name, org, cat, chosen, manage_hash,
                    join_hash, at, mail_id, '{}',
                    CASE WHEN c.require_email_confirmation THEN c.confirmation_hold_minutes END,
                    CASE WHEN c.require_email_confirmation THEN confirm_hash END);
END
$$;
