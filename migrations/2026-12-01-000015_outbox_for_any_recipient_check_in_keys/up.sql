-- The outbox carries more than mail about one registration: mail to any
-- address (an invitation to a conference's team, a password reset, a message
-- to registrants) and, later, other deliveries (webhooks). A row names its
-- channel; a mail names a registration, or an address with what the mail is
-- made of in `payload`.
ALTER TABLE outbox ADD COLUMN channel text NOT NULL DEFAULT 'mail' CHECK (channel IN ('mail'));
ALTER TABLE outbox ADD COLUMN recipient text;
ALTER TABLE outbox ADD COLUMN payload jsonb NOT NULL DEFAULT '{}';
ALTER TABLE outbox ALTER COLUMN registration_id DROP NOT NULL;
-- A password reset concerns no conference.
ALTER TABLE outbox ALTER COLUMN conference_id DROP NOT NULL;
ALTER TABLE outbox ADD CONSTRAINT outbox_mail_has_a_recipient
    CHECK (channel <> 'mail' OR registration_id IS NOT NULL OR recipient IS NOT NULL);
-- The first mail to an address of its own: the invitation to a team.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder', 'confirm_email',
                    'member_invitation'));

-- Attendance records get a key of their own (diesel, and anyone reading the
-- table, needs one; a session's row has a NULL session_id, so the unique
-- pair cannot be it).
ALTER TABLE check_ins ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;

-- Arrays of ours never hold NULL (schema.rs reads their elements as not
-- nullable, through diesel.toml's patch file).
ALTER TABLE conferences ADD CONSTRAINT conferences_reminder_minutes_no_null
    CHECK (array_position(reminder_minutes, NULL) IS NULL);
ALTER TABLE questions ADD CONSTRAINT questions_choices_no_null
    CHECK (array_position(choices, NULL) IS NULL AND array_position(retired_choices, NULL) IS NULL);
