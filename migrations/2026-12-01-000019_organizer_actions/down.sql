ALTER TABLE registrations DROP COLUMN cancel_reason;
ALTER TABLE registrations DROP COLUMN walk_in;
