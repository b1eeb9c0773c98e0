#!/usr/bin/env bash
# Fault scenario 2: the convene process killed with SIGKILL during a sign-up
# load (outbox worker on, mail going to a real SMTP server), then restarted.
#
# Checks that every acknowledged (201) sign-up is in the database, and that
# once the outbox has drained (mails the killed worker had claimed come back
# after their lease, 10 s, which a live worker renews every 3 s) every registration's confirmation/waitlisted
# mail is in the SMTP server's Maildir: counted by recipient and by
# Message-ID, with missing and duplicated mails reported apart, and for
# duplicates whether they share a Message-ID (the same outbox row sent twice)
# or not. Refused connections while the server is down are expected and only
# counted.
#
# Delivery is at least once. A mail whose final "." reached the SMTP server
# just before the kill is accepted by the server whatever happens to convene
# next, yet convene never learnt so: after the lease it is sent again, with
# the same Message-ID. No SMTP client can tell the two cases apart (the
# server commits on the ".", and nothing in SMTP lets a client ask later), so
# such a second copy, of a mail the killed worker held, is reported as "in
# doubt" and does not fail the run. A missing mail, a copy of any other mail,
# a third copy or a copy with its own Message-ID fails it. STRICT=1 fails on
# in-doubt copies too.
#
# Runs its own throwaway PostgreSQL cluster (FAULT_PG_PORT, default 5499),
# Debian's aiosmtpd (python3-aiosmtpd) writing a Maildir, and
# target/release/convene serve, all on free ports, stopped at exit.
# One command: bench/faults/sigkill.sh
#
# Options (environment):
#   CLIENTS (8)           concurrent clients of the load
#   RATE (100)            sign-ups per second over all clients (mail keeps up)
#   LOAD_SECONDS (20)     length of the load
#   KILL_AT (8)           seconds into the load when convene gets SIGKILL
#   RESTART_AFTER (1)     seconds before it is started again (same port)
#   CAPACITY (500)        the conference's capacity: the rest is waitlisted
#   DRAIN_TIMEOUT (300)   longest wait for the outbox to drain after the load
#   STRICT (0)            1: a second copy of an in-doubt mail fails the run too
#   SMTP_POOL_SIZE        passed to convene (its default: 8)
#   FAULT_PG_PORT (5499), KEEP (0), RUST_LOG (info): see lib.sh
set -Eeuo pipefail
source "$(dirname "$0")/lib.sh"
fault_init sigkill

clients=${CLIENTS:-8}
rate=${RATE:-100}
load_seconds=${LOAD_SECONDS:-20}
kill_at=${KILL_AT:-8}
restart_after=${RESTART_AFTER:-1}
capacity=${CAPACITY:-500}
drain_timeout=${DRAIN_TIMEOUT:-300}

build
pg_init
smtp_start
DB_URL=$PG_URL/convene
CONVENE_ENV=("SMTP_URL=smtp://127.0.0.1:$SMTP_PORT")
[ -n "${SMTP_POOL_SIZE:-}" ] && CONVENE_ENV+=("SMTP_POOL_SIZE=$SMTP_POOL_SIZE")
convene_start
setup_conference "$capacity"
say "convene pid $CONVENE_PID on $BASE, SMTP on port $SMTP_PORT, conference $SLUG (capacity $capacity)"

say "load: $clients clients, $rate sign-ups/s for $load_seconds s; SIGKILL at $kill_at s"
"$GEN" --url "$BASE" --slug "$SLUG" --clients "$clients" --seconds "$load_seconds" --rate "$rate" \
  --timeout 30 --record "$WORK/acked.txt" --events "$WORK/events.txt" --json "$WORK/summary.json" \
  >"$WORK/generator.log" 2>&1 &
GEN_PID=$!
sleep "$kill_at"

sent_before=$(sql "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL")
t_kill=$(now_ms)
kill -KILL "$CONVENE_PID"
wait "$CONVENE_PID" 2>/dev/null || true
killed_pid=$CONVENE_PID
CONVENE_PID=""
# Claimed and not recorded: leased (SMTP is up, so no mail waits for a retry).
sql "SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND attempts > 0 AND next_attempt_at > now()" >"$WORK/in_flight.txt"
leased=$(grep -c . "$WORK/in_flight.txt" || true)
say "killed convene (pid $killed_pid) with SIGKILL; $sent_before mails were recorded sent, $leased were claimed by its worker and not recorded (their lease: 10 s)"
sleep "$restart_after"
convene_start
t_up=$(now_ms)
say "convene restarted (pid $CONVENE_PID) after $(((t_up - t_kill) / 100))00 ms"

if ! wait "$GEN_PID"; then fail "the load generator failed (see $WORK/generator.log)"; fi
GEN_PID=""
cat "$WORK/generator.log"
eval "$(tally "$WORK/summary.json")"
eval "$($PY "$FAULTS_DIR/windows.py" "$WORK/events.txt" "$t_kill" "$t_up")"
say "answers: 201 $N201, no connection $NCONN, timeouts $NTIMEOUT, 503 $N503, other 5xx $N5XX_OTHER, 4xx $N4XX; first 201 ${FIRST_OK_AFTER_MS} ms after the restart was ready"
expect "$N201 -gt 0" "no sign-up succeeded"
expect "$N5XX_OTHER == 0" "$N5XX_OTHER answers were 5xx other than a problem+json 503"
expect "$((${N_after_confirmed:-0} + ${N_after_waitlisted:-0})) -gt 0" "no sign-up succeeded after the restart"

check_acknowledged "$WORK/acked.txt"

wait_outbox_drained "$drain_timeout" || true
drained_after=$((($(now_ms) - t_kill) / 1000))
failed=$(sql "SELECT count(*) FROM outbox WHERE failed_at IS NOT NULL")
retried=$(sql "SELECT count(*) FROM outbox WHERE attempts > 1")
sent=$(sql "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL")
wait_maildir_settled "$sent"
# When the last of the killed worker's mails was recorded sent: how long a
# dead worker's lease kept them back.
held_sent_after=-
if [ "$leased" -gt 0 ]; then
  ids=$(sed "s/.*/'&'/" "$WORK/in_flight.txt" | paste -sd,)
  held_sent_after=$(sql "SELECT round(extract(epoch FROM max(sent_at)) - $t_kill / 1000.0, 1) FROM outbox WHERE id IN ($ids)")
fi
say "outbox: $sent sent, $failed given up, $retried sent after more than one claim; drained ${drained_after} s after the kill; the killed worker's $leased mails were all sent ${held_sent_after} s after the kill"
expect "$failed == 0" "$failed mails were given up (failed_at set)"

say "convene's errors and warnings (count, message):"
log_summary 'ERROR|WARN' 6
check_mailbox "$WORK/in_flight.txt"
if [ "${STRICT:-0}" = 1 ] && [ "$in_doubt" != 0 ]; then
  fail "STRICT: $in_doubt mails in doubt at the kill were received twice"
fi
if [ "$duplicated" != 0 ] || [ "$in_doubt" != 0 ]; then
  say "outbox rows claimed more than once (the killed worker's lease ran out), first 10:"
  sql "SELECT id, kind, attempts, created_at::time(0), sent_at::time(0) FROM outbox
        WHERE attempts > 1 ORDER BY created_at LIMIT 10" | sed 's/^/  /'
fi

verdict "201 $N201 (no connection $NCONN while killed), $ACKED acknowledged, $LOST lost; $registrations registrations, $messages mails received: $missing missing, $duplicated duplicated beyond doubt, $in_doubt in doubt received twice ($extra_same_msgid extra copies with the same Message-ID, $extra_own_msgid with their own); $leased mails were leased by the killed worker and sent again ${held_sent_after} s after the kill, outbox drained ${drained_after} s after the kill"
