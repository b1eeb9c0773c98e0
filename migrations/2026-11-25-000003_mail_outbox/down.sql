DROP TABLE outbox;
DROP TABLE app_secrets;
ALTER TABLE registrations DROP COLUMN join_token_hash;
ALTER TABLE registrations DROP COLUMN invite_sequence;
