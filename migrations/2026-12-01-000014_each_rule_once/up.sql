-- Each sign-up rule lives once, here: the registration window and "the chosen
-- sessions belong to the conference" are SQL functions that the one-statement
-- sign-up, the sign-up with answers and the pages all use. Rust checks only
-- what needs the form (the answers) and decodes the outcome into a type.

-- Why a conference takes no sign-ups at `at`, or NULL while it does. Without
-- an explicit closing time, sign-ups are taken until the conference ends
-- (late joiners of a webinar still register).
CREATE FUNCTION registration_closed(c conferences, at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN c.status = 'cancelled' THEN 'cancelled'
        WHEN c.status = 'draft' THEN 'not_published'
        WHEN c.registration_opens_at IS NOT NULL AND at < c.registration_opens_at THEN 'not_yet_open'
        WHEN c.registration_closes_at IS NOT NULL AND at >= c.registration_closes_at THEN 'closed'
        WHEN at >= c.ends_at THEN 'ended'
    END
$$;

-- The same for a conference by id (NULL for none), for the pages.
CREATE FUNCTION registration_closed(conference uuid, at timestamptz) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT registration_closed(c, at) FROM conferences c WHERE c.id = conference
$$;

-- Whether every chosen session is one of the conference's.
CREATE FUNCTION sessions_belong(conference uuid, chosen uuid[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT cardinality(chosen) = 0
        OR (SELECT count(*) FROM sessions s WHERE s.conference_id = conference AND s.id = ANY(chosen))
           = cardinality(chosen)
$$;

DROP FUNCTION sign_up_at(text, timestamptz, uuid, text, text, text, text, uuid[], bytea, bytea, bytea, uuid);

-- A whole public sign-up in one statement. Returns the new status, or why
-- nothing was written: 'not_found', 'closed:<reason>' (registration_closed),
-- 'bad_sessions', or 'needs_form' when the conference asks questions (or
-- answers were given) and `form_checked` is false: the caller then checks the
-- answers against the form and calls again with `form_checked`.
CREATE FUNCTION sign_up_at(
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
