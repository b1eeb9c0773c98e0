-- One public sign-up, as convene runs it (src/db/registrations.rs `sign_up`;
-- bench/pgbench/capture.sh prints the statements of the current build):
-- four round trips in one transaction.
--   BEGIN                      diesel's transaction manager, simple protocol
--   the conference by slug     with its shared capacity lock and whether it
--                              asks questions, prepared (src/db/seats.rs
--                              `find_public_locked`)
--   SELECT register(...)       claims a seat, writes the registration and its
--                              outbox row (the latest migration defining it)
--   COMMIT
-- The conference asks no questions and no email confirmation, like the load
-- generator's, so no other statement runs. The service passes NULL for
-- register's trailing hold_minutes and confirm_hash then; here they keep
-- those defaults, so the script also runs against a schema before them.
-- Variables, set with -D by bench/signup.sh: slug, conference (its id),
-- draft ('draft'), no ('f'), one (1), n (0). Emails are c{client}-{n}@example.org
-- like the load generator's; ids are time-ordered like the service's UUIDv7
-- (a 48-bit millisecond prefix), the link hashes 32 bytes like its HMAC-SHA256
-- hashes. The service computes ids and hashes in Rust; here they are
-- expressions in the call, a few microseconds of server CPU.
\set n :n + 1
BEGIN;
SELECT "conferences"."id", "conferences"."organizer_id", "conferences"."slug", "conferences"."title", "conferences"."description", "conferences"."timezone", "conferences"."starts_at", "conferences"."ends_at", "conferences"."format", "conferences"."venue", "conferences"."online_url", "conferences"."recording_url", "conferences"."capacity", "conferences"."registration_opens_at", "conferences"."registration_closes_at", "conferences"."status", "conferences"."require_email_confirmation", "conferences"."confirmation_hold_minutes", "conferences"."created_at", "conferences"."updated_at", "conferences"."reminder_minutes", capacity_lock_shared("conferences"."id"), EXISTS (SELECT "questions"."id", "questions"."conference_id", "questions"."label", "questions"."kind", "questions"."required", "questions"."choices", "questions"."retired_choices", "questions"."help_text", "questions"."position", "questions"."retired", "questions"."created_at", "questions"."updated_at" FROM "questions" WHERE (("questions"."conference_id" = "conferences"."id") AND ("questions"."retired" = :no))) FROM "conferences" WHERE (("conferences"."slug" = :slug) AND ("conferences"."status" != :draft)) LIMIT :one;
SELECT register(encode(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 'hex')::uuid, :conference, 'c' || :client_id || '-' || :n || '@example.org', 'Bench Person', NULL, NULL, '{}', sha256(('manage c' || :client_id || '-' || :n)::bytea), sha256(('join c' || :client_id || '-' || :n)::bytea), now(), encode(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 'hex')::uuid, '{}');
COMMIT;
