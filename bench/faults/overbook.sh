#!/usr/bin/env bash
# Fault scenario 4: overbooking. A conference with CAPACITY seats (100) gets
# SIGNUPS concurrent sign-ups (1,000, all released at once), ROUNDS times
# (10), each round on a fresh conference.
#
# Checks after each round that every sign-up answered 201, that exactly
# CAPACITY were answered confirmed and the rest waitlisted, and that the
# organizer's stats (GET /api/v1/conferences/{id}/stats) and the database rows
# agree: CAPACITY confirmed, SIGNUPS - CAPACITY waitlisted, every seat held by
# one confirmed registration, no confirmed registration without a seat, never
# more confirmed than the capacity.
#
# Runs its own throwaway PostgreSQL cluster (FAULT_PG_PORT, default 5499,
# removed at exit) and target/release/convene serve on a free port with the
# outbox worker off (so no waitlist sweep runs: the counts are the sign-ups'
# own). One command: bench/faults/overbook.sh
#
# Options (environment):
#   ROUNDS (10)            rounds, each on a fresh conference
#   CAPACITY (100)         seats of each conference
#   SIGNUPS (1000)         sign-ups per round
#   CONCURRENCY (SIGNUPS)  clients sending them; all start together
#   OUTBOX_WORKER (off)    passed to convene ("on": mail and waitlist sweeps run too)
#   FAULT_PG_PORT (5499), KEEP (0), RUST_LOG (info): see lib.sh
set -Eeuo pipefail
source "$(dirname "$0")/lib.sh"
fault_init overbook

rounds=${ROUNDS:-10}
capacity=${CAPACITY:-100}
signups=${SIGNUPS:-1000}
concurrency=${CONCURRENCY:-$signups}
waitlisted_expected=$((signups > capacity ? signups - capacity : 0))
confirmed_expected=$((signups < capacity ? signups : capacity))
# 1,000 connections at once on each side.
ulimit -n 65536 2>/dev/null || true

build
pg_init
DB_URL=$PG_URL/convene
CONVENE_ENV=("OUTBOX_WORKER=${OUTBOX_WORKER:-off}")
convene_start
say "convene pid $CONVENE_PID on $BASE; $rounds rounds of $signups sign-ups ($concurrency at once) for $capacity seats"

printf '%-5s %-9s %-22s %-22s %-22s %-14s %-8s %s\n' round 201s "answers conf/wait" "stats conf/wait/reg" "rows conf/wait/all" "seats held" time "p50/p99"
bad_rounds=0
total_time=0
for round in $(seq 1 "$rounds"); do
  setup_conference "$capacity"
  rec=$WORK/round$round.acked
  "$GEN" --url "$BASE" --slug "$SLUG" --total "$signups" --concurrency "$concurrency" --timeout 60 \
    --prefix "round$round" --record "$rec" --json "$WORK/round$round.json" >"$WORK/round$round.log" 2>&1 ||
    fail "round $round: the load generator failed (see $WORK/round$round.log)"
  touch "$rec"
  eval "$(tally "$WORK/round$round.json")"
  read -r a_conf a_wait elapsed p50 p99 < <($PY - "$WORK/round$round.json" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
o = s["outcomes"]
print(o.get("confirmed", 0), o.get("waitlisted", 0), f'{s["elapsed_s"]:.2f}', f'{s["p50_ms"]:.0f}', f'{s["p99_ms"]:.0f}')
EOF
  )
  stats=$(curl -fs -H "authorization: Bearer $TOKEN" "$BASE/api/v1/conferences/$CONFERENCE_ID/stats" || echo '{}')
  read -r s_conf s_wait s_reg s_cap < <($PY -c 'import json,sys
s = json.loads(sys.argv[1])
print(s.get("confirmed", "?"), s.get("waitlisted", "?"), s.get("registered", "?"), s.get("capacity", "?"))' "$stats")
  IFS='|' read -r d_conf d_wait d_all < <(sql "SELECT count(*) FILTER (WHERE status = 'confirmed'),
      count(*) FILTER (WHERE status = 'waitlisted'), count(*) FROM registrations WHERE conference_id = '$CONFERENCE_ID'")
  IFS='|' read -r seats held holders bad_holders < <(sql "SELECT count(*), count(s.registration_id),
      count(DISTINCT s.registration_id), count(*) FILTER (WHERE s.registration_id IS NOT NULL AND r.status IS DISTINCT FROM 'confirmed')
      FROM seats s LEFT JOIN registrations r ON r.id = s.registration_id
      WHERE s.conference_id = '$CONFERENCE_ID' AND s.session_id IS NULL")
  seatless=$(sql "SELECT count(*) FROM registrations r WHERE r.conference_id = '$CONFERENCE_ID' AND r.status = 'confirmed'
      AND NOT EXISTS (SELECT 1 FROM seats s WHERE s.registration_id = r.id AND s.session_id IS NULL)")
  printf '%-5s %-9s %-22s %-22s %-22s %-14s %-8s %s\n' "$round" "$N201/$NTOTAL" "$a_conf/$a_wait" \
    "$s_conf/$s_wait/$s_reg" "$d_conf/$d_wait/$d_all" "$held of $seats" "${elapsed}s" "${p50}/${p99} ms"
  before=${#FAILURES[@]}
  expect "$N201 == $signups" "round $round: $N201 of $signups sign-ups answered 201 ($(outcomes "$WORK/round$round.json"))"
  expect "$a_conf == $confirmed_expected && $a_wait == $waitlisted_expected" "round $round: answers said $a_conf confirmed, $a_wait waitlisted"
  expect "$s_conf == $confirmed_expected && $s_wait == $waitlisted_expected && $s_reg == $signups && $s_cap == $capacity" "round $round: stats say $s_conf confirmed, $s_wait waitlisted, $s_reg registered, capacity $s_cap"
  expect "$d_conf == $confirmed_expected && $d_wait == $waitlisted_expected && $d_all == $signups" "round $round: rows are $d_conf confirmed, $d_wait waitlisted of $d_all"
  expect "$d_conf -le $capacity" "round $round: $d_conf confirmed for $capacity seats (overbooked)"
  expect "$seats == $capacity && $held == $confirmed_expected && $holders == $held && $bad_holders == 0 && $seatless == 0" \
    "round $round: seats: $seats rows, $held held by $holders registrations, $bad_holders by non-confirmed ones, $seatless confirmed without a seat"
  check_acknowledged "$rec" >/dev/null # records its own failures
  [ ${#FAILURES[@]} -gt "$before" ] && bad_rounds=$((bad_rounds + 1))
  total_time=$($PY -c "print(f'{$total_time + $elapsed:.2f}')")
done

verdict "$rounds rounds of $signups concurrent sign-ups for $capacity seats: $((rounds - bad_rounds)) exact ($confirmed_expected confirmed, $waitlisted_expected waitlisted in answers, stats and rows), $bad_rounds not; ${total_time} s of sign-ups in all"
