#!/usr/bin/env bash
# Fault scenario 3: the SMTP server down for a minute while people sign up.
#
# Checks that sign-ups keep answering 201 throughout (every answer of the
# load is a 201, sign-ups succeed while the SMTP server is down, and none
# waits longer than MAX_LATENCY_MS then: mail is not on the sign-up's path),
# that nothing is delivered while the server is down and the mail waits in
# the outbox, and that after it is back and the outbox has drained every
# registration's confirmation/waitlisted mail is in the Maildir exactly once
# (by recipient and by Message-ID; missing and duplicates reported apart).
#
# Runs its own throwaway PostgreSQL cluster (FAULT_PG_PORT, default 5499),
# Debian's aiosmtpd (python3-aiosmtpd) writing a Maildir (killed for the
# outage, started again on the same port and Maildir), and
# target/release/convene serve with its default retry settings, all on free
# ports, stopped at exit. One command: bench/faults/smtp-down.sh
#
# Options (environment):
#   SMTP_DOWN_SECONDS (60) how long the SMTP server is down
#   BEFORE_SECONDS (5)     load before the outage
#   AFTER_SECONDS (10)     load after the SMTP server is back
#   CLIENTS (4)            concurrent clients of the load
#   RATE (20)              sign-ups per second over all clients
#   CAPACITY (500)         the conference's capacity: the rest is waitlisted
#   MAX_LATENCY_MS (2000)  slowest sign-up answer allowed during the outage
#   DRAIN_TIMEOUT (300)    longest wait for the outbox to drain after the load
#                          (retries back off from OUTBOX_RETRY_BASE_MS, 10 s,
#                          doubling: the last ones go out up to ~80 s late)
#   OUTBOX_RETRY_BASE_MS   passed to convene when set
#   FAULT_PG_PORT (5499), KEEP (0), RUST_LOG (info): see lib.sh
set -Eeuo pipefail
source "$(dirname "$0")/lib.sh"
fault_init smtp-down

down=${SMTP_DOWN_SECONDS:-60}
before=${BEFORE_SECONDS:-5}
after=${AFTER_SECONDS:-10}
clients=${CLIENTS:-4}
rate=${RATE:-20}
capacity=${CAPACITY:-500}
max_latency=${MAX_LATENCY_MS:-2000}
drain_timeout=${DRAIN_TIMEOUT:-300}
load_seconds=$((before + down + after))

build
pg_init
smtp_start
DB_URL=$PG_URL/convene
CONVENE_ENV=("SMTP_URL=smtp://127.0.0.1:$SMTP_PORT")
[ -n "${OUTBOX_RETRY_BASE_MS:-}" ] && CONVENE_ENV+=("OUTBOX_RETRY_BASE_MS=$OUTBOX_RETRY_BASE_MS")
convene_start
setup_conference "$capacity"
say "convene pid $CONVENE_PID on $BASE, SMTP on port $SMTP_PORT, conference $SLUG (capacity $capacity)"

say "load: $clients clients, $rate sign-ups/s for $load_seconds s; SMTP down from $before s for $down s"
"$GEN" --url "$BASE" --slug "$SLUG" --clients "$clients" --seconds "$load_seconds" --rate "$rate" \
  --timeout 30 --record "$WORK/acked.txt" --events "$WORK/events.txt" --json "$WORK/summary.json" \
  >"$WORK/generator.log" 2>&1 &
GEN_PID=$!
sleep "$before"

smtp_kill
t_down=$(now_ms)
received_at_down=$(maildir_count)
say "SMTP server killed; $received_at_down mails received so far"
max_backlog=0
while [ $(($(now_ms) - t_down)) -lt $((down * 1000)) ]; do
  backlog=$(sql "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
  [ "$backlog" -gt "$max_backlog" ] && max_backlog=$backlog
  left=$((down * 1000 - ($(now_ms) - t_down)))
  if [ "$left" -gt 5000 ]; then sleep 5; else sleep "$((left / 1000)).$(printf '%03d' $((left % 1000)))"; fi
  say "SMTP down for $((($(now_ms) - t_down) / 1000)) s: outbox backlog $backlog"
done
received_while_down=$(($(maildir_count) - received_at_down))
smtp_start
t_up=$(now_ms)
say "SMTP server back on port $SMTP_PORT after $(((t_up - t_down) / 1000)) s; $received_while_down mails arrived while it was down"

if ! wait "$GEN_PID"; then fail "the load generator failed (see $WORK/generator.log)"; fi
GEN_PID=""
cat "$WORK/generator.log"
eval "$(tally "$WORK/summary.json")"
eval "$($PY "$FAULTS_DIR/windows.py" "$WORK/events.txt" "$t_down" "$t_up")"
ok_during=$((${N_during_confirmed:-0} + ${N_during_waitlisted:-0}))
say "answers: $NTOTAL, of which 201 $N201 ($ok_during while SMTP was down; p99 there ${P99_DURING_MS} ms, max ${MAX_LATENCY_DURING_MS} ms; p99 before ${P99_BEFORE_MS} ms)"
expect "$N201 == $NTOTAL" "$((NTOTAL - N201)) sign-ups did not answer 201"
expect "$ok_during -gt 0" "no sign-up succeeded while the SMTP server was down"
expect "$MAX_LATENCY_DURING_MS -le $max_latency" "a sign-up took ${MAX_LATENCY_DURING_MS} ms while SMTP was down (limit ${max_latency} ms)"
expect "$received_while_down == 0" "$received_while_down mails arrived while the SMTP server was supposed to be down"
expect "$max_backlog -gt 0" "no mail waited in the outbox during the outage"

check_acknowledged "$WORK/acked.txt"

wait_outbox_drained "$drain_timeout" || true
drained_after=$((($(now_ms) - t_up) / 1000))
failed=$(sql "SELECT count(*) FROM outbox WHERE failed_at IS NOT NULL")
retried=$(sql "SELECT count(*) FROM outbox WHERE attempts > 1")
sent=$(sql "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL")
wait_maildir_settled "$sent"
say "outbox: $sent sent, $failed given up, $retried needed more than one attempt; drained ${drained_after} s after SMTP came back"
expect "$failed == 0" "$failed mails were given up (failed_at set)"
expect "$retried -gt 0" "no mail was retried: the outage did not delay any mail"
if [ "$failed" != 0 ]; then
  sql "SELECT kind, attempts, last_error FROM outbox WHERE failed_at IS NOT NULL LIMIT 5" | sed 's/^/  /'
fi

say "convene's errors and warnings (count, message):"
log_summary 'ERROR|WARN' 6
check_mailbox

verdict "SMTP down $(((t_up - t_down) / 1000)) s; sign-ups: $N201 of $NTOTAL answered 201 ($ok_during during the outage, max ${MAX_LATENCY_DURING_MS} ms); backlog peaked at $max_backlog; $retried mails retried, outbox drained ${drained_after} s after SMTP was back; $registrations registrations, $messages mails: $missing missing, $duplicated duplicated ($extra_same_msgid same Message-ID, $extra_own_msgid own)"
