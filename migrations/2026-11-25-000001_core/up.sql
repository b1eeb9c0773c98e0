-- The registration core. The database guards the rules that must hold under
-- concurrency; the application checks first only to give friendlier messages.

CREATE TABLE organizers (
    id            uuid PRIMARY KEY,
    email         text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organizers_email_key ON organizers (lower(email));

-- Only a SHA-256 of each bearer token is stored: a leaked table grants nothing.
CREATE TABLE api_tokens (
    token_hash   bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    organizer_id uuid NOT NULL REFERENCES organizers (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_tokens_organizer_idx ON api_tokens (organizer_id);

CREATE TABLE conferences (
    id                         uuid PRIMARY KEY,
    -- An organizer with conferences cannot vanish silently: their attendees' data
    -- must be dealt with deliberately first.
    organizer_id               uuid NOT NULL REFERENCES organizers (id) ON DELETE RESTRICT,
    slug                       text NOT NULL UNIQUE
                               CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    title                      text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description                text NOT NULL DEFAULT '',
    timezone                   text NOT NULL,
    starts_at                  timestamptz NOT NULL,
    ends_at                    timestamptz NOT NULL,
    format                     text NOT NULL CHECK (format IN ('online', 'in_person', 'hybrid')),
    venue                      text,
    online_url                 text,
    recording_url              text,
    capacity                   integer CHECK (capacity >= 0),
    registration_opens_at      timestamptz,
    registration_closes_at     timestamptz,
    status                     text NOT NULL DEFAULT 'draft'
                               CHECK (status IN ('draft', 'published', 'cancelled')),
    require_email_confirmation boolean NOT NULL DEFAULT false,
    confirmation_hold_minutes  integer NOT NULL DEFAULT 30 CHECK (confirmation_hold_minutes > 0),
    created_at                 timestamptz NOT NULL DEFAULT now(),
    updated_at                 timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (registration_opens_at IS NULL OR registration_closes_at IS NULL
           OR registration_closes_at > registration_opens_at)
);
CREATE INDEX conferences_organizer_idx ON conferences (organizer_id, starts_at);

CREATE TABLE sessions (
    id            uuid PRIMARY KEY,
    conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description   text NOT NULL DEFAULT '',
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    location      text,
    capacity      integer CHECK (capacity >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX sessions_conference_idx ON sessions (conference_id, starts_at);

CREATE TABLE speakers (
    id          uuid PRIMARY KEY,
    session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    affiliation text,
    role        text NOT NULL CHECK (role IN ('speaker', 'moderator', 'panelist')),
    UNIQUE (session_id, position)
);

CREATE TABLE registrations (
    id                uuid PRIMARY KEY,
    conference_id     uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    -- Arrival order: the waitlist is served by it.
    seq               bigint GENERATED ALWAYS AS IDENTITY,
    email             text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    organization      text,
    category          text,
    status            text NOT NULL
                      CHECK (status IN ('confirmed', 'waitlisted', 'pending', 'cancelled')),
    manage_token_hash bytea NOT NULL UNIQUE CHECK (length(manage_token_hash) = 32),
    consent_at        timestamptz NOT NULL,
    attended          boolean NOT NULL DEFAULT false,
    checked_in_at     timestamptz,
    created_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    cancelled_at      timestamptz,
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
-- One active registration per address and conference, whatever its case.
CREATE UNIQUE INDEX registrations_active_email_key
    ON registrations (conference_id, lower(email)) WHERE status <> 'cancelled';
CREATE INDEX registrations_conference_seq_idx ON registrations (conference_id, seq);
CREATE INDEX registrations_waitlist_idx
    ON registrations (conference_id, seq) WHERE status = 'waitlisted';

CREATE TABLE registration_sessions (
    registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    session_id      uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    PRIMARY KEY (registration_id, session_id)
);
CREATE INDEX registration_sessions_session_idx ON registration_sessions (session_id);

-- Capacity as rows: one row per seat of a conference (session_id NULL) or of a
-- session. A sign-up claims a free seat with FOR UPDATE SKIP LOCKED, so
-- concurrent sign-ups for one popular conference lock different rows instead of
-- queueing on one counter. A conference or session without capacity has none.
CREATE TABLE seats (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conference_id   uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    session_id      uuid REFERENCES sessions (id) ON DELETE CASCADE,
    scope_id        uuid NOT NULL GENERATED ALWAYS AS (coalesce(session_id, conference_id)) STORED,
    -- Claims take the lowest free number. Only seats_free_idx is ordered by it,
    -- so a claim always walks the index of free seats, never the taken ones.
    seat_no         integer NOT NULL CHECK (seat_no > 0),
    -- Deferred, so a sign-up can claim its seats before its registration row is written.
    registration_id uuid REFERENCES registrations (id) ON DELETE SET NULL
                    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX seats_free_idx ON seats (scope_id, seat_no) WHERE registration_id IS NULL;
CREATE INDEX seats_holder_idx ON seats (registration_id) WHERE registration_id IS NOT NULL;
