ALTER TABLE questions DROP CONSTRAINT questions_choices_no_null;
ALTER TABLE conferences DROP CONSTRAINT conferences_reminder_minutes_no_null;
ALTER TABLE check_ins DROP COLUMN id;
DELETE FROM outbox WHERE registration_id IS NULL OR conference_id IS NULL;
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder', 'confirm_email'));
ALTER TABLE outbox DROP CONSTRAINT outbox_mail_has_a_recipient;
ALTER TABLE outbox ALTER COLUMN conference_id SET NOT NULL;
ALTER TABLE outbox ALTER COLUMN registration_id SET NOT NULL;
ALTER TABLE outbox DROP COLUMN payload;
ALTER TABLE outbox DROP COLUMN recipient;
ALTER TABLE outbox DROP COLUMN channel;
