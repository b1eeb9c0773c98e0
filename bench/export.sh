#!/usr/bin/env bash
# Export of 100,000 registrations as CSV and XLSX through the API, against
# `psql \copy` of the same rows as the floor: wall time and the server's peak
# memory (its resident set, reset before each export). ROWS sets the count.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-100000}
port=${PORT:-18081}
db="convene_exportbench_$$"
server="postgres://postgres@127.0.0.1:5432"
out=$(mktemp -d)

cargo build --release --quiet
DATABASE_URL="$server/$db" BIND="127.0.0.1:$port" RUST_LOG=warn OUTBOX_WORKER=off target/release/convene serve &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap cleanup EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done

api="http://127.0.0.1:$port/api/v1"
token=$(curl -fs "$api/organizers" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","name":"Bench","password":"bench password 123"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
cid=$(curl -fs "$api/conferences" -H "authorization: Bearer $token" -H 'content-type: application/json' \
  -d '{"title":"Export bench","timezone":"Europe/Brussels","starts_at":"2099-06-08T10:00:00+02:00","ends_at":"2099-06-08T12:00:00+02:00","format":"online","status":"published"}' \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
sid=$(curl -fs "$api/conferences/$cid/sessions" -H "authorization: Bearer $token" -H 'content-type: application/json' \
  -d '{"title":"Panel one","starts_at":"2099-06-08T10:00:00+02:00","ends_at":"2099-06-08T11:00:00+02:00"}' \
  | sed 's/.*"id":"\([^"]*\)","conference_id.*/\1/')
psql -q "$server/$db" <<SQL
INSERT INTO registrations (id, conference_id, email, name, organization, category, status, manage_token_hash, consent_at, attended)
SELECT gen_random_uuid(), '$cid', 'person' || g || '@example.org', 'Person ' || g, 'Organisation ' || (g % 500),
       'researcher', CASE WHEN g % 10 = 0 THEN 'waitlisted' ELSE 'confirmed' END,
       sha256(g::text::bytea), now(), g % 3 = 0
  FROM generate_series(1, $rows) g;
INSERT INTO registration_sessions SELECT id, '$sid' FROM registrations WHERE seq % 2 = 0;
ANALYZE;
SQL

now() { date +%s.%N; }
peak_kib() { awk '/VmHWM/{print $2}' "/proc/$pid/status"; }
reset_peak() { echo 5 > "/proc/$pid/clear_refs"; }
measure() { # format
  reset_peak
  local t0 t1 size
  t0=$(now)
  curl -fs -o "$out/export.$1" -H "authorization: Bearer $token" "$api/conferences/$cid/export?format=$1"
  t1=$(now)
  size=$(stat -c %s "$out/export.$1")
  printf '| %s | %.2f s | %s MiB | %s KiB |\n' "$1" "$(awk "BEGIN{print $t1 - $t0}")" "$((size / 1048576))" "$(peak_kib)"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F); $rows registrations"
echo "server resident set after start-up: $(awk '/VmRSS/{print $2}' /proc/$pid/status) KiB"
echo "| export | time | size | server peak RSS |"
echo "| --- | --- | --- | --- |"
measure csv
measure csv
measure xlsx
measure json
t0=$(now)
psql -q "$server/$db" -c "\\copy (SELECT r.id, r.name, r.email, r.organization, r.category, r.status, (SELECT string_agg(s.title, '; ') FROM registration_sessions rs JOIN sessions s ON s.id = rs.session_id WHERE rs.registration_id = r.id), r.created_at, r.checked_in_at, r.attended FROM registrations r WHERE r.conference_id = '$cid' ORDER BY r.seq) TO '$out/copy.csv' CSV HEADER"
t1=$(now)
printf '| psql \\copy (floor) | %.2f s | %s MiB | - |\n' "$(awk "BEGIN{print $t1 - $t0}")" "$(( $(stat -c %s "$out/copy.csv") / 1048576 ))"
