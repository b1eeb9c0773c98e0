-- Attendance: one row per registrant and place (the conference, or one of its
-- sessions), recording when and how they were first seen.
CREATE TABLE check_ins (
    registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    session_id      uuid REFERENCES sessions (id) ON DELETE CASCADE,
    method          text NOT NULL CHECK (method IN ('manual', 'join_link', 'import')),
    checked_in_at   timestamptz NOT NULL DEFAULT now(),
    -- Checking in twice changes nothing.
    UNIQUE NULLS NOT DISTINCT (registration_id, session_id)
);
CREATE INDEX check_ins_session_idx ON check_ins (session_id) WHERE session_id IS NOT NULL;
