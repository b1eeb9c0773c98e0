-- The choices the form offers under "You are", per conference; a sign-up
-- names one of them or none ('bad_category' otherwise).
ALTER TABLE conferences ADD COLUMN categories text[] NOT NULL
    DEFAULT ARRAY['researcher', 'policy maker', 'practitioner', 'civil society', 'other'];
ALTER TABLE conferences ADD CONSTRAINT conferences_categories_no_null
    CHECK (array_position(categories, NULL) IS NULL);

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
    IF cat IS NOT NULL AND NOT (cat = ANY (c.categories)) THEN
        RETURN 'bad_category';
    END IF;
    RETURN register(registration, c.id, address, full_name, org, cat, chosen, manage_hash,
                    join_hash, at, mail_id, given,
                    CASE WHEN c.require_email_confirmation THEN c.confirmation_hold_minutes END,
                    CASE WHEN c.require_email_confirmation THEN confirm_hash END,
                    c.require_approval);
END
$$;
