ALTER TABLE registrations DROP COLUMN join_count, DROP COLUMN joined_last_at, DROP COLUMN joined_first_at;
