DELETE FROM outbox WHERE kind = 'password_reset';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('confirmation', 'waitlisted', 'promoted', 'updated', 'cancelled',
                    'conference_cancelled', 'recording', 'reminder', 'confirm_email',
                    'member_invitation', 'manage_link', 'application_received', 'declined',
                    'message'));
DROP TABLE password_resets;
