# shellcheck shell=bash disable=SC2034  # variables set here are read by the scenarios
# Shared by the fault scenarios (sourced, not run): a throwaway PostgreSQL
# cluster, an SMTP server writing a Maildir, convene from the release build,
# the load generator (benches/signup.rs), checks, and clean-up at exit.
#
# A scenario calls `fault_init NAME`, adds failures with `fail "..."` or
# `expect CONDITION "..."`, and ends with `verdict "summary"`. Whatever
# happens, the EXIT trap stops everything this run started (by pid, never by
# name), removes the cluster and the work folder (KEEP=1 keeps the folder),
# and prints the verdict as the very last line: `PASS: ...` or `FAIL: ...`.
#
# Common options (environment): FAULT_PG_PORT (5499) the throwaway cluster's
# port; KEEP=1 keeps the work folder (logs, records, Maildir); RUST_LOG (info).

FAULTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$FAULTS_DIR/../.." && pwd)
PGBIN=/usr/lib/postgresql/15/bin
PY=/usr/bin/python3

FAILURES=()
VERDICT=""
NAME=""
WORK=""
PG_DATA=""
CONVENE_PID=""
SMTP_PID=""
GEN_PID=""

say() { printf '%s %s\n' "$(date +%T)" "$*"; }

fail() {
  FAILURES+=("$1")
  say "failure: $1"
}

# expect "test expression" "message when false": evaluated by bash's [[ ]].
expect() {
  if ! eval "[[ $1 ]]"; then fail "$2"; fi
}

fault_init() {
  NAME=$1
  WORK=$(mktemp -d "/tmp/convene-fault-$NAME.XXXXXX")
  chmod 755 "$WORK"
  trap 'fault_exit $?' EXIT
  trap 'fault_error $LINENO "$BASH_COMMAND"' ERR
  trap 'exit 130' INT TERM
  say "$NAME: work folder $WORK"
}

fault_error() {
  [ -n "$VERDICT" ] && return
  VERDICT="FAIL: $NAME: the script stopped at line $1 ($2)"
}

# Stops what this run started; then the verdict as the last line.
fault_exit() {
  local code=$1
  trap - ERR
  set +e
  for pid in "$GEN_PID" "$CONVENE_PID" "$SMTP_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
    fi
  done
  pg_remove
  if [ -n "$WORK" ] && [ -d "$WORK" ]; then
    if [ "${KEEP:-0}" = 1 ]; then
      echo "work folder kept: $WORK"
    else
      rm -rf "$WORK"
    fi
  fi
  if [ -z "$VERDICT" ]; then
    VERDICT="FAIL: $NAME: the script ended early (exit $code)"
  fi
  echo "$VERDICT"
  case $VERDICT in
    PASS:*) exit 0 ;;
    *) [ "$code" = 0 ] && exit 1 || exit "$code" ;;
  esac
}

# Ends the scenario: PASS when no failure was recorded.
verdict() {
  if [ ${#FAILURES[@]} -eq 0 ]; then
    VERDICT="PASS: $NAME: $1"
    exit 0
  fi
  local joined
  joined=$(printf '%s; ' "${FAILURES[@]}")
  VERDICT="FAIL: $NAME: ${joined%; } ($1)"
  exit 1
}

free_port() {
  $PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

port_open() {
  $PY -c 'import socket,sys; s=socket.socket(); s.settimeout(0.5); sys.exit(s.connect_ex(("127.0.0.1",int(sys.argv[1]))))' "$1"
}

now_ms() { date +%s%3N; }

# --- builds ---------------------------------------------------------------

# The release server and the load generator; GEN is the generator's path.
build() {
  local started=$SECONDS
  say "building (cargo build --release; cargo bench --no-run)"
  (cd "$ROOT" && cargo build --release --quiet)
  GEN=$(cd "$ROOT" && cargo bench --bench signup --no-run --quiet --message-format=json |
    $PY -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == "signup":
        print(m["executable"])' | tail -n 1)
  [ -x "$GEN" ] || { fail "no load generator was built"; verdict "build"; }
  say "built in $((SECONDS - started)) s"
}

# --- the throwaway PostgreSQL cluster ---------------------------------------

pg_init() {
  PG_PORT=${FAULT_PG_PORT:-5499}
  if port_open "$PG_PORT"; then
    fail "port $PG_PORT is in use; set FAULT_PG_PORT to a free one"
    verdict "no cluster"
  fi
  mkdir -p "$WORK/pg"
  chown postgres:postgres "$WORK/pg"
  PG_DATA=$WORK/pg/data
  runuser -u postgres -- "$PGBIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 \
    --no-sync >"$WORK/pg/initdb.log" 2>&1
  pg_start
  PG_URL="postgres://postgres@127.0.0.1:$PG_PORT"
  say "throwaway PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DATA)"
}

pg_start() {
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg" \
    start >/dev/null
}

# pg_stop [fast|immediate|smart]
pg_stop() {
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DATA" -m "${1:-fast}" -w -t 60 stop >/dev/null
}

pg_remove() {
  [ -n "$PG_DATA" ] || return 0
  if [ -f "$PG_DATA/postmaster.pid" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
      kill -KILL "$(head -n 1 "$PG_DATA/postmaster.pid")" 2>/dev/null
  fi
  rm -rf "$WORK/pg"
}

# sql "statement": one value (or rows, `|`-separated) from the scenario's database.
sql() {
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -t -A -v ON_ERROR_STOP=1 "$DB_URL" -c "$1"
}

# --- the SMTP server ------------------------------------------------------------

# Debian's aiosmtpd storing every message in a Maildir, as the tests run it.
smtp_start() {
  SMTP_PORT=${SMTP_PORT:-$(free_port)}
  MAILDIR=$WORK/maildir
  $PY -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR" \
    >>"$WORK/smtp.log" 2>&1 &
  SMTP_PID=$!
  for _ in $(seq 1 100); do
    port_open "$SMTP_PORT" && return 0
    kill -0 "$SMTP_PID" 2>/dev/null || break
    sleep 0.1
  done
  fail "the SMTP server did not start (apt-get install python3-aiosmtpd); see $WORK/smtp.log"
  verdict "no SMTP server"
}

smtp_kill() {
  kill -KILL "$SMTP_PID" 2>/dev/null || true
  wait "$SMTP_PID" 2>/dev/null || true
  SMTP_PID=""
}

maildir_count() {
  find "$MAILDIR/new" "$MAILDIR/cur" -type f 2>/dev/null | wc -l
}

# --- convene --------------------------------------------------------------------

# Starts target/release/convene serve on CONVENE_PORT against DB_URL, with
# the extra VAR=value words of CONVENE_ENV; waits until /readyz answers.
convene_start() {
  CONVENE_PORT=${CONVENE_PORT:-$(free_port)}
  BASE="http://127.0.0.1:$CONVENE_PORT"
  echo "--- start $(date +%T.%N)" >>"$WORK/convene.log"
  env DATABASE_URL="$DB_URL" BIND="127.0.0.1:$CONVENE_PORT" RATE_LIMIT_PER_MINUTE=0 \
    RUST_LOG="${RUST_LOG:-info}" MAIL_DIR="$WORK/mail" "${CONVENE_ENV[@]}" \
    "$ROOT/target/release/convene" serve >>"$WORK/convene.log" 2>&1 &
  CONVENE_PID=$!
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "$BASE/readyz"; then return 0; fi
    kill -0 "$CONVENE_PID" 2>/dev/null || break
    sleep 0.1
  done
  tail -n 20 "$WORK/convene.log"
  fail "convene did not become ready on $BASE"
  verdict "no server"
}

# setup_conference CAPACITY: an organizer and a published conference; sets
# TOKEN, CONFERENCE_ID and SLUG.
setup_conference() {
  local line
  TOKEN="" CONFERENCE_ID="" SLUG=""
  while IFS= read -r line; do
    case $line in
      token=*) TOKEN=${line#token=} ;;
      conference_id=*) CONFERENCE_ID=${line#conference_id=} ;;
      slug=*) SLUG=${line#slug=} ;;
    esac
  done < <("$GEN" --url "$BASE" --setup-only --capacity "$1")
  [ -n "$SLUG" ] || { fail "could not create a conference"; verdict "setup"; }
}

# Waits until the outbox has nothing left to send (or `timeout` seconds).
wait_outbox_drained() {
  local timeout=$1 start unsent report_at=10
  start=$(date +%s)
  while :; do
    unsent=$(sql "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
    if [ "$unsent" = 0 ]; then
      say "outbox drained ($(($(date +%s) - start)) s of waiting)"
      return 0
    fi
    if [ $(($(date +%s) - start)) -ge "$timeout" ]; then
      fail "the outbox still holds $unsent unsent mails after ${timeout} s"
      return 1
    fi
    if [ $(($(date +%s) - start)) -ge "$report_at" ]; then
      say "outbox: $unsent unsent, $(maildir_count) messages received"
      report_at=$((report_at + 20))
    fi
    sleep 1
  done
}

# Waits until the Maildir holds at least `n` messages and stops growing.
wait_maildir_settled() {
  local n=$1 last=-1 count
  for _ in $(seq 1 30); do
    count=$(maildir_count)
    if [ "$count" -ge "$n" ] && [ "$count" = "$last" ]; then return 0; fi
    last=$count
    sleep 1
  done
}

# Every acknowledged (201) sign-up in RECORD must be a registration row.
# Sets ACKED, LOST, DOWNGRADED, UNACKED_ROWS.
check_acknowledged() {
  sql "CREATE TABLE IF NOT EXISTS fault_acked (email text, id text, status text)" >/dev/null
  sql "TRUNCATE fault_acked" >/dev/null
  psql -X -q -v ON_ERROR_STOP=1 "$DB_URL" \
    -c "\\copy fault_acked FROM '$1' WITH (FORMAT text, DELIMITER ' ')" >/dev/null
  ACKED=$(sql "SELECT count(*) FROM fault_acked")
  LOST=$(sql "SELECT count(*) FROM fault_acked a WHERE NOT EXISTS
               (SELECT 1 FROM registrations r WHERE r.id::text = a.id AND r.email = a.email)")
  DOWNGRADED=$(sql "SELECT count(*) FROM fault_acked a JOIN registrations r ON r.id::text = a.id
                     WHERE a.status = 'confirmed' AND r.status <> 'confirmed'")
  UNACKED_ROWS=$(sql "SELECT count(*) FROM registrations r WHERE NOT EXISTS
                       (SELECT 1 FROM fault_acked a WHERE a.id = r.id::text) AND email NOT LIKE 'probe-%'")
  say "acknowledged sign-ups: $ACKED; lost (no row): $LOST; confirmed then not: $DOWNGRADED; rows whose sign-up got no 201 (committed, answer lost): $UNACKED_ROWS"
  expect "$LOST == 0" "$LOST acknowledged sign-ups are not in the database"
  expect "$DOWNGRADED == 0" "$DOWNGRADED sign-ups answered confirmed are not confirmed in the database"
  if [ "$LOST" != 0 ]; then
    sql "SELECT email, id, status FROM fault_acked a WHERE NOT EXISTS
          (SELECT 1 FROM registrations r WHERE r.id::text = a.id) LIMIT 10" | sed 's/^/  lost: /'
  fi
  if [ "$UNACKED_ROWS" != 0 ] && [ -f "$WORK/events.txt" ]; then
    sql "SELECT email FROM registrations r WHERE NOT EXISTS (SELECT 1 FROM fault_acked a WHERE a.id = r.id::text)
          AND email NOT LIKE 'probe-%' LIMIT 5" | while read -r e; do
      echo "  committed, answered: $(grep -F " $e " "$WORK/events.txt" | awk '{print $2" ("$4" ms)"}' | tr '\n' ' ')$e"
    done
  fi
  local orphans
  orphans=$(sql "SELECT count(*) FROM registrations r WHERE NOT EXISTS
                  (SELECT 1 FROM outbox o WHERE o.registration_id = r.id
                      AND o.kind IN ('confirmation', 'waitlisted'))")
  expect "$orphans == 0" "$orphans registrations have no confirmation/waitlisted mail queued"
}

# Counts outcomes in the generator's JSON summary: prints "label=count ...".
outcomes() {
  $PY - "$1" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
print(" ".join(f"{k.replace(' ', '_')}={v}" for k, v in sorted(s["outcomes"].items())) or "none")
EOF
}

# tally SUMMARY_JSON: shell assignments of the generator's outcome counts:
# N201, N503 (problem+json), N5XX_OTHER (other 5xx, or a 503 that is not
# problem+json), NCONN (connection refused/reset, no answer), NTIMEOUT,
# N4XX, NOTHER (anything else), NTOTAL.
tally() {
  $PY - "$1" <<'PYEOF'
import json, sys
o = json.load(open(sys.argv[1]))["outcomes"]
n = dict(N201=0, N503=0, N5XX_OTHER=0, NCONN=0, NTIMEOUT=0, N4XX=0, NOTHER=0)
for k, v in o.items():
    if k in ("confirmed", "waitlisted"):
        n["N201"] += v
    elif k == "http 503":
        n["N503"] += v
    elif k.startswith("http 5"):
        n["N5XX_OTHER"] += v
    elif k.startswith("http 4"):
        n["N4XX"] += v
    elif k == "error timeout":
        n["NTIMEOUT"] += v
    elif k.startswith("error"):
        n["NCONN"] += v
    else:
        n["NOTHER"] += v
n["NTOTAL"] = sum(o.values())
print("\n".join(f"{k}={v}" for k, v in n.items()))
PYEOF
}

# Compares the Maildir with the outbox (check_mail.py) and records failures:
# missing mails, duplicates (by Message-ID and by recipient), unexpected mail.
# Sets registrations, messages, missing, duplicated, extra_same_msgid,
# extra_own_msgid, unexpected, wrong_recipient, several_first, no_first.
check_mailbox() {
  local report result ok
  registrations=0 messages=0 missing=0 duplicated=0 extra_same_msgid=0 extra_own_msgid=0
  unexpected=0 wrong_recipient=0 several_first=0 no_first=0 in_doubt=0
  psql -X -q -t -A -F $'\t' -v ON_ERROR_STOP=1 "$DB_URL" -c \
    "SELECT o.id, o.registration_id, r.email, o.kind, r.status
       FROM outbox o JOIN registrations r ON r.id = o.registration_id" >"$WORK/outbox.tsv"
  # $1 (optional): outbox ids a killed worker held; their second copies are in doubt, not failures.
  report=$($PY "$FAULTS_DIR/check_mail.py" "$MAILDIR" "$WORK/outbox.tsv" ${1:+"$1"}) && ok=1 || ok=0
  echo "$report"
  result=$(tail -n 1 <<<"$report")
  [[ $result == RESULT* ]] || { fail "the Maildir check did not finish"; return 0; }
  eval "${result#RESULT }"
  [ "$ok" = 1 ] && return 0
  [ "$missing" != 0 ] && fail "$missing registrations never got their mail"
  if [ "$duplicated" != 0 ] || [ "$extra_own_msgid" != 0 ]; then
    fail "duplicate mails: $duplicated mails received more than once ($extra_same_msgid extra copies sharing the Message-ID of the first, $extra_own_msgid extra mails with a Message-ID of their own)"
  fi
  if [ "$((unexpected + wrong_recipient + several_first + no_first))" != 0 ]; then
    fail "unexpected mail: $unexpected unknown Message-IDs, $wrong_recipient wrong recipients, $several_first registrations owed two first mails, $no_first owed none"
  fi
  return 0
}

# log_summary LEVELS [N]: convene's log lines of those levels (e.g. 'ERROR|WARN'),
# without colours, time stamps and request spans, counted, most frequent first
# (tracing-actix-web's copy of each failed request's error left out).
log_summary() {
  sed -E 's/\x1b\[[0-9;]*m//g' "$WORK/convene.log" |
    { grep -E "^[0-9TZ:.-]+ +($1) " || true; } | { grep -v 'tracing_actix_web::middleware' || true; } |
    sed -E 's/^[0-9TZ:.-]+ +//; s/HTTP request\{.*\}: //; s/(mail|request_id)=[0-9a-f-]+ ?//g' |
    cut -c1-240 | sort | uniq -c | sort -rn | sed -n "1,${2:-8}p" | sed 's/^ */  /' |
    { grep . || echo "  (none)"; }
}
