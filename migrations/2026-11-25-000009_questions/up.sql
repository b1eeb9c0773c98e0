-- Custom registration questions. Answers live on the registration as
-- {question_id: value}; the value is what the registrant gave (text, a list of
-- choices, true), so relabelling or retiring never rewrites an answer.
CREATE TABLE questions (
    id              uuid PRIMARY KEY,
    conference_id   uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    label           text NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
    kind            text NOT NULL CHECK (kind IN ('short_text', 'long_text', 'single_choice',
                                                  'multiple_choice', 'checkbox', 'country')),
    required        boolean NOT NULL DEFAULT false,
    -- Offered choices, in order; retired ones are no longer offered but still
    -- name old answers.
    choices         text[] NOT NULL DEFAULT '{}',
    retired_choices text[] NOT NULL DEFAULT '{}',
    help_text       text NOT NULL DEFAULT '',
    position        integer NOT NULL DEFAULT 0,
    -- A deleted question that has answers is retired instead: off the form,
    -- still in the exports.
    retired         boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX questions_conference_idx ON questions (conference_id, position);

ALTER TABLE registrations ADD COLUMN answers jsonb NOT NULL DEFAULT '{}'
    CHECK (jsonb_typeof(answers) = 'object');

-- register() takes the answers too (last, with a default, so callers that ask
-- no questions need not pass them).
DROP FUNCTION register(uuid, uuid, text, text, text, text, uuid[], bytea, bytea, timestamptz, uuid);
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
