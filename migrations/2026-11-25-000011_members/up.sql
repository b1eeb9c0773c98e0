-- Co-organizers: the owner adds people by email with a role; they act with
-- their own organizer account of that address (one may be made later).
CREATE TABLE members (
    id            uuid PRIMARY KEY,
    conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    email         text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    role          text NOT NULL CHECK (role IN ('manager', 'checkin')),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX members_conference_email_key ON members (conference_id, lower(email));
CREATE INDEX members_email_idx ON members (lower(email));
