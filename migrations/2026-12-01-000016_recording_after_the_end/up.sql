-- The recording mail goes out once: when the conference has ended and its
-- recording link is set (at once when the link is set afterwards). This says
-- it went; changing the link later sends nothing again.
ALTER TABLE conferences ADD COLUMN recording_mailed_at timestamptz;
-- Conferences whose recording was mailed under the old rule (at once).
UPDATE conferences SET recording_mailed_at = updated_at WHERE recording_url IS NOT NULL;
CREATE INDEX conferences_recording_due_idx ON conferences (ends_at)
    WHERE recording_url IS NOT NULL AND recording_mailed_at IS NULL;
