-- Tracked join links: when a confirmed registrant first and last followed
-- their personal link, and how often.
ALTER TABLE registrations
    ADD COLUMN joined_first_at timestamptz,
    ADD COLUMN joined_last_at  timestamptz,
    ADD COLUMN join_count      integer NOT NULL DEFAULT 0 CHECK (join_count >= 0);
