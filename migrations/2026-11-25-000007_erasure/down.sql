ALTER TABLE registrations DROP COLUMN erased_at;
