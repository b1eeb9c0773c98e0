-- One public sign-up, as convene runs it (src/db/registrations.rs `sign_up`;
-- bench/pgbench/capture.sh prints the statements of the current build): a
-- sign-up without answers is one statement, `sign_up_at`, in an implicit
-- transaction. It finds the conference by slug, takes its shared capacity
-- lock, checks the registration window, that no questions are asked and the
-- chosen sessions, then calls register(): claims a seat, writes the
-- registration and its outbox row (migrations 000013 and before).
-- Variables, set with -D by bench/signup.sh: slug, conference (its id),
-- draft ('draft'), no ('f'), one (1), n (0). Emails are c{client}-{n}@example.org
-- like the load generator's; ids are time-ordered like the service's UUIDv7
-- (a 48-bit millisecond prefix), the link hashes 32 bytes like its HMAC-SHA256
-- hashes. The service computes ids and hashes in Rust; here they are
-- expressions in the call, a few microseconds of server CPU.
\set n :n + 1
SELECT sign_up_at(:slug, now(), encode(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 'hex')::uuid, 'c' || :client_id || '-' || :n || '@example.org', 'Bench Person', NULL, NULL, '{}', sha256(('manage c' || :client_id || '-' || :n)::bytea), sha256(('join c' || :client_id || '-' || :n)::bytea), sha256(('confirm c' || :client_id || '-' || :n)::bytea), encode(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 'hex')::uuid);
