#!/usr/bin/env bash
# Prints the SQL that the current release build runs for one public sign-up,
# to keep bench/pgbench/signup.sql the same transaction: a fresh database with
# log_statement=all (set on that database only), a conference made through the
# API like the load generator's, two sign-ups, and the second one's statements
# read back from PostgreSQL's log (Debian's /var/log/postgresql/, or LOG).
# Options: PORT (18083), CAPACITY (100000; "unlimited"), LOG.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18083}
capacity=${CAPACITY:-100000}
db="convene_capture_$$"
server="postgres://postgres@127.0.0.1:5432"
log=${LOG:-$(ls -t /var/log/postgresql/postgresql-*.log 2>/dev/null | head -1)}
[ -r "$log" ] || { echo "no PostgreSQL log to read: set LOG" >&2; exit 1; }
pid=

cargo build --release --quiet
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

DATABASE_URL="$server/$db" target/release/convene migrate >/dev/null 2>&1
psql -X -q "$server/postgres" -c "ALTER DATABASE $db SET log_statement = 'all'"
DATABASE_URL="$server/$db" BIND="127.0.0.1:$port" RUST_LOG=warn RATE_LIMIT_PER_MINUTE=0 OUTBOX_WORKER=off \
  target/release/convene serve >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
api="http://127.0.0.1:$port/api/v1"
token=$(curl -fs "$api/organizers" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","name":"Bench","password":"bench password 123"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
cap_json=$([ "$capacity" = unlimited ] && echo null || echo "$capacity")
slug=$(curl -fs "$api/conferences" -H "authorization: Bearer $token" -H 'content-type: application/json' \
  -d '{"title":"Popular webinar","timezone":"Europe/Brussels","starts_at":"2099-06-08T10:00:00+02:00",
       "ends_at":"2099-06-08T12:00:00+02:00","format":"online","online_url":"https://meet.example.org/j/1",
       "capacity":'"$cap_json"',"status":"published"}' | sed 's/.*"slug":"\([^"]*\)".*/\1/')
sign_up() {
  curl -fs -o /dev/null "$api/public/conferences/$slug/registrations" -H 'content-type: application/json' \
    -d "{\"email\":\"$1@example.org\",\"name\":\"Bench Person\",\"consent\":true}"
}
sign_up first # prepares the statements on one pooled connection, maybe not the next one's
from=$(($(wc -l <"$log") + 1))
sign_up second
sleep 0.5
psql -X -q "$server/postgres" -c "ALTER DATABASE $db RESET log_statement"
# The lines of this database from the BEGIN before the second registration's
# INSERT to its COMMIT: statements and their parameters.
tail -n +"$from" "$log" | grep -F "@$db " | sed "s/^[^@]*@$db //" | awk '
  /LOG: +statement: BEGIN/ { buf = ""; on = 1 }
  on { buf = buf $0 "\n" }
  on && /LOG: +statement: COMMIT/ { printf "%s", buf; on = 0 }'
