-- Reminders before a conference: how long before its start (in minutes), per
-- conference, and which of them went out. The primary key of reminder_runs is
-- what makes a reminder go out once, whatever the number of instances.
ALTER TABLE conferences
    ADD COLUMN reminder_minutes integer[] NOT NULL DEFAULT '{1440,60}'
    CHECK (cardinality(reminder_minutes) <= 5 AND 0 < ALL (reminder_minutes));

CREATE TABLE reminder_runs (
    conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    minutes       integer NOT NULL,
    ran_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (conference_id, minutes)
);

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder'));
