-- "Resend my link": a registrant who lost their mail asks for their manage
-- link again by address.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder', 'confirm_email',
                    'member_invitation', 'manage_link'));
