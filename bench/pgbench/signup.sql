-- One public sign-up alone, as convene writes it when no other arrives at the
-- same moment (src/db/group_commit.rs; bench/pgbench/capture.sh prints the
-- statements of the current build): one statement, `sign_up_many` with a
-- batch of one, in an implicit transaction. For each item it calls
-- sign_up_at: finds the conference by slug, takes its shared capacity lock,
-- checks the registration window, the questions, the sessions, the category,
-- the mode and that the address is not registered yet, then register():
-- claims a seat, writes the registration and its outbox row (migration
-- 000025 and before).
-- Variables, set with -D by bench/signup.sh: slug, answers (the JSON the load
-- generator answers the conference's questions with, '{}' without) and version
-- (the conference's questions_version the answers were checked against). Emails are
-- c{client}-{n}@example.org like the load generator's; the link hashes are 32
-- bytes like the service's HMAC-SHA256 hashes. The service computes ids and
-- hashes in Rust and sends the batch as one JSON parameter; here the JSON is
-- built by the server, a few microseconds of its CPU.
\set n random(1, 1000000000)
SELECT sign_up_many(jsonb_build_array(jsonb_build_object('slug', :slug::text, 'at', now(), 'id', gen_random_uuid(), 'email', 'c' || :client_id || '-' || :n || '@example.org', 'name', 'Bench Person', 'sessions', '[]'::jsonb, 'manage', encode(sha256(('manage c' || :client_id || '-' || :n)::bytea), 'hex'), 'join', encode(sha256(('join c' || :client_id || '-' || :n)::bytea), 'hex'), 'confirm', encode(sha256(('confirm c' || :client_id || '-' || :n)::bytea), 'hex'), 'mail', gen_random_uuid(), 'answers', :answers::jsonb, 'form_version', :version::bigint)));
