-- Sixteen public sign-ups in one statement and one commit: what convene's
-- group commit writes when sign-ups queue behind busy writers
-- (src/db/group_commit.rs). The same statement as signup.sql with a batch of
-- 16; each pgbench transaction counts 16 sign-ups (bench/signup.sh multiplies).
\set n random(1, 1000000000)
SELECT sign_up_many((SELECT jsonb_agg(jsonb_build_object('slug', :slug::text, 'at', now(), 'id', gen_random_uuid(), 'email', 'c' || :client_id || '-' || :n || '-' || i || '@example.org', 'name', 'Bench Person', 'sessions', '[]'::jsonb, 'manage', encode(sha256(('manage c' || :client_id || '-' || :n || '-' || i)::bytea), 'hex'), 'join', encode(sha256(('join c' || :client_id || '-' || :n || '-' || i)::bytea), 'hex'), 'confirm', encode(sha256(('confirm c' || :client_id || '-' || :n || '-' || i)::bytea), 'hex'), 'mail', gen_random_uuid(), 'answers', :answers::jsonb, 'form_version', :version::bigint)) FROM generate_series(1, 16) i));
