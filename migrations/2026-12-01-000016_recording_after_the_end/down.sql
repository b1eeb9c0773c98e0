ALTER TABLE conferences DROP COLUMN recording_mailed_at;
