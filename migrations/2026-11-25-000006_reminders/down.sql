ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording'));
DROP TABLE reminder_runs;
ALTER TABLE conferences DROP COLUMN reminder_minutes;
