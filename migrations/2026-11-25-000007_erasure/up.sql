-- Erasure (by an organizer, or automatically some time after the conference):
-- personal fields are overwritten, the row stays so every count stays true.
ALTER TABLE registrations ADD COLUMN erased_at timestamptz;
