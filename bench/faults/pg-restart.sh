#!/usr/bin/env bash
# Fault scenario 1: PostgreSQL restarted in the middle of a sign-up load.
#
# Checks that while the database is away convene answers 503 problem+json
# (never another 5xx, never a refused connection, never no answer), that it
# recovers by itself (the same process, not restarted) within RECOVER_SECONDS
# of the database's return, and that no acknowledged sign-up is lost: every
# email that got a 201 is a registration row afterwards (with its mail queued).
# Reports the counts of 201 / 503 / other answers before, during and after.
#
# Runs its own throwaway PostgreSQL cluster (initdb into a temp folder, port
# FAULT_PG_PORT, default 5499, removed at exit) and target/release/convene
# serve on a free port (RATE_LIMIT_PER_MINUTE=0, outbox worker on, writing
# .eml files into the work folder). One command: bench/faults/pg-restart.sh
#
# Options (environment):
#   CLIENTS (16)          concurrent clients of the load
#   LOAD_SECONDS (30)     length of the load
#   DOWN_AT (10)          seconds into the load when PostgreSQL is stopped
#   PG_DOWN_SECONDS (5)   how long it stays stopped before it is started again
#   PG_STOP_MODE (fast)   pg_ctl stop mode: fast (a clean restart) or
#                         immediate (a crash: WAL recovery at start)
#   RECOVER_SECONDS (10)  longest wait after PostgreSQL is back for sign-ups to
#                         succeed again, and for the last 503
#   CAPACITY (100000)     the conference's capacity ("unlimited": none)
#   FAULT_PG_PORT (5499), KEEP (0), RUST_LOG (info): see lib.sh
set -Eeuo pipefail
source "$(dirname "$0")/lib.sh"
fault_init pg-restart

clients=${CLIENTS:-16}
load_seconds=${LOAD_SECONDS:-30}
down_at=${DOWN_AT:-10}
down_seconds=${PG_DOWN_SECONDS:-5}
stop_mode=${PG_STOP_MODE:-fast}
recover=${RECOVER_SECONDS:-10}
capacity=${CAPACITY:-100000}
if [ $((down_at + down_seconds + recover)) -gt "$load_seconds" ]; then
  fail "LOAD_SECONDS ($load_seconds) must cover DOWN_AT + PG_DOWN_SECONDS + RECOVER_SECONDS"
  verdict "bad options"
fi

build
pg_init
DB_URL=$PG_URL/convene
CONVENE_ENV=()
convene_start
pid_before=$CONVENE_PID
setup_conference "$capacity"
say "convene pid $pid_before on $BASE, conference $SLUG (capacity $capacity)"

say "load: $clients clients for $load_seconds s; PostgreSQL stops at $down_at s for $down_seconds s ($stop_mode)"
"$GEN" --url "$BASE" --slug "$SLUG" --clients "$clients" --seconds "$load_seconds" --timeout 30 \
  --record "$WORK/acked.txt" --events "$WORK/events.txt" --json "$WORK/summary.json" \
  >"$WORK/generator.log" 2>&1 &
GEN_PID=$!
sleep "$down_at"

t_down=$(now_ms)
say "stopping PostgreSQL (pg_ctl stop -m $stop_mode)"
pg_stop "$stop_mode"
sleep 1
ready_down=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz" || true)
probe=$(curl -s -D "$WORK/probe.headers" -o "$WORK/probe.json" -w '%{http_code} %{content_type}' \
  -H 'content-type: application/json' \
  -d '{"email":"probe-down@example.org","name":"Probe","consent":true}' \
  "$BASE/api/v1/public/conferences/$SLUG/registrations" || true)
retry_after=$(grep -i '^retry-after:' "$WORK/probe.headers" | tr -d '\r' | cut -d' ' -f2 || true)
say "while down: /readyz $ready_down; a sign-up: $probe (Retry-After: ${retry_after:-none}) $(head -c 200 "$WORK/probe.json")"
sleep $((down_seconds > 1 ? down_seconds - 1 : 0))
say "starting PostgreSQL"
pg_start
t_up=$(now_ms)
say "PostgreSQL back after $(((t_up - t_down) / 1000)).$(((t_up - t_down) % 1000 / 100)) s"

if ! wait "$GEN_PID"; then fail "the load generator failed (see $WORK/generator.log)"; fi
GEN_PID=""
cat "$WORK/generator.log"

# The same process must have served throughout.
expect "$CONVENE_PID == $pid_before" "convene was restarted"
kill -0 "$pid_before" 2>/dev/null || fail "convene (pid $pid_before) is no longer running"
ready_after=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz" || true)
final=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
  -d '{"email":"probe-after@example.org","name":"Probe","consent":true}' \
  "$BASE/api/v1/public/conferences/$SLUG/registrations" || true)
say "after the load: /readyz $ready_after; a sign-up: $final"

eval "$(tally "$WORK/summary.json")"
say "answers: 201 $N201, 503 $N503, other $((NTOTAL - N201 - N503)) (other 5xx $N5XX_OTHER, no connection $NCONN, timeouts $NTIMEOUT, 4xx $N4XX, else $NOTHER); total $NTOTAL"
eval "$($PY "$FAULTS_DIR/windows.py" "$WORK/events.txt" "$t_down" "$t_up")"
during_503=${N_during_http_503:-0}
if [ "$LAST_503_AFTER_MS" = -1 ]; then last_503="no 503 after it"; else last_503="the last 503 ${LAST_503_AFTER_MS} ms after it"; fi
say "first 201 ${FIRST_OK_AFTER_MS} ms after PostgreSQL was back; $last_503"

expect "$N201 -gt 0" "no sign-up succeeded at all"
expect "$during_503 -gt 0" "no 503 answer while the database was away"
expect "$N5XX_OTHER == 0" "$N5XX_OTHER answers were another 5xx than a problem+json 503"
expect "$NCONN == 0" "$NCONN requests got no answer (connection refused or reset)"
expect "$NTIMEOUT == 0" "$NTIMEOUT requests got no answer within 30 s"
expect "$((N4XX + NOTHER)) == 0" "$((N4XX + NOTHER)) answers were neither 201 nor 503"
expect "$ready_down != 200" "/readyz answered 200 while the database was away"
expect "${probe%% *} == 503" "a sign-up while the database was away answered ${probe}, not 503"
expect "$FIRST_OK_AFTER_MS -ge 0 && $FIRST_OK_AFTER_MS -le $((recover * 1000))" \
  "sign-ups did not succeed again within ${recover} s of the database's return (first 201 after ${FIRST_OK_AFTER_MS} ms)"
expect "$LAST_503_AFTER_MS -le $((recover * 1000))" \
  "503 answers went on ${LAST_503_AFTER_MS} ms after the database was back"
expect "$ready_after == 200" "/readyz answered $ready_after after the load"
expect "$final == 201" "a sign-up after the load answered $final"
say "convene's errors (count, message):"
log_summary ERROR
say "convene's warnings (count, message):"
log_summary WARN 6

check_acknowledged "$WORK/acked.txt"

verdict "201 $N201, 503 $N503 ($during_503 while PostgreSQL was away), other $((NTOTAL - N201 - N503)); PostgreSQL away $(((t_up - t_down) / 1000)) s ($stop_mode), first 201 ${FIRST_OK_AFTER_MS} ms after its return, same convene process; $ACKED acknowledged sign-ups, $LOST lost"
