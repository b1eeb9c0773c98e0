#!/usr/bin/env bash
# Public sign-ups per second and latency (p50/p99/p99.9) against a release
# build, at each client count of CLIENTS, each on a fresh database dropped
# afterwards; then, in the same run and at the same client count, the floor:
# pgbench running the statement convene sends (sign_up_many) with one sign-up
# per commit (bench/pgbench/signup.sql), and the ceiling of group commit: the
# same statement with 16 sign-ups per commit from 2 clients
# (bench/pgbench/signup-batch.sql), each against another fresh database whose
# conference (and questions) the load generator made through the API.
# At each client count convene runs first, then pgbench, so the two stand
# close in time on a machine that is doing other work. Prints the load
# generator's and pgbench's own output, then one table.
#
# Options: CLIENTS ("16 64 256"), DURATION (20 s per measurement),
# CAPACITY (100000; "unlimited" for none), QUESTIONS (0; up to 3 custom
# questions the conference asks and every sign-up answers), WORKER (off; "on"
# runs the outbox worker beside, writing the mail to files in a temporary
# MAIL_DIR as it does without SMTP), PORT (18080), POOL (the server's
# DATABASE_POOL_SIZE, 16 like the service's default), PGBENCH (1; 0 skips the
# floor), PGBENCH_THREADS (2), PGBENCH_MAX_CLIENTS (the free connections of
# the cluster less 10, so tests running beside keep some: pgbench needs one
# connection per client, and max_connections may be below the largest count).
# Needs pgbench (Debian's postgresql-15) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
clients_list=${CLIENTS:-16 64 256}
seconds=${DURATION:-20}
capacity=${CAPACITY:-100000}
questions=${QUESTIONS:-0}
worker=${WORKER:-off}
port=${PORT:-18080}
pool=${POOL:-16}
run_pgbench=${PGBENCH:-1}
pgbench_threads=${PGBENCH_THREADS:-2}
server="postgres://postgres@127.0.0.1:5432"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pid=
dbs=()

cargo build --release --quiet
# The load generator is run as a binary, not through `cargo bench`, so a
# change to the sources during the run cannot rebuild it halfway.
loadgen=$(cargo bench --bench signup --no-run --message-format=json 2>/dev/null |
  grep '"name":"signup"' | grep -o '"executable":"[^"]*"' | cut -d'"' -f4 | tail -1)
[ -x "$loadgen" ] || { echo "no load generator binary (cargo bench --bench signup --no-run)" >&2; exit 1; }
# Copies, so that a build running beside (the work tree is shared) cannot
# swap either binary between one measurement and the next.
cp target/release/convene "$tmp/convene"
cp "$loadgen" "$tmp/$(basename "$loadgen")"
loadgen="$tmp/$(basename "$loadgen")"

cleanup() {
  stop_server
  for db in "${dbs[@]}"; do
    psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

start_server() { # database log
  dbs+=("$1")
  DATABASE_URL="$server/$1" BIND="127.0.0.1:$port" RUST_LOG=warn RATE_LIMIT_PER_MINUTE=0 OUTBOX_WORKER=$worker \
    MAIL_DIR="$tmp/mail" DATABASE_POOL_SIZE=$pool "$tmp/convene" serve >"$2" 2>&1 &
  pid=$!
  for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "the server did not start:" >&2
  cat "$2" >&2
  exit 1
}
stop_server() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
  fi
}
drop_db() {
  psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
}
sql() { psql -X -At "$server/$1" -c "$2"; }
# WAL of the previous measurement is flushed to the data files before the next
# starts, so each begins from the same state (and pays its own full-page writes).
checkpoint() { sql postgres "CHECKPOINT" >/dev/null; }
field() { # file pattern: the number after the pattern
  sed -n "s/^$2 *\([0-9.]*\).*/\1/p" "$1" | head -1
}
show_server_log() { # log
  if [ -s "$1" ]; then
    echo "  server log: $(wc -l <"$1") lines, the first ones:"
    head -5 "$1" | sed 's/^/    /'
  fi
}
status_counts() { # database
  sql "$1" "SELECT coalesce(string_agg(status || ' ' || n, ', ' ORDER BY status), 'none')
              FROM (SELECT status, count(*) n FROM registrations GROUP BY status) s"
}

cpu=$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -1)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $cpu;" \
  "PostgreSQL $(sql postgres "SHOW server_version" | cut -d' ' -f1) on 127.0.0.1; $(date -u '+%F %H:%M UTC')"
echo "postgres: $(sql postgres "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings
  WHERE name IN ('max_connections', 'shared_buffers', 'synchronous_commit', 'fsync', 'wal_level', 'autovacuum', 'full_page_writes')")"
echo "server: convene serve (release), DATABASE_POOL_SIZE=$pool, OUTBOX_WORKER=$worker, RATE_LIMIT_PER_MINUTE=0;" \
  "load generator $(basename "$loadgen") (2 threads), same machine"
echo "each measurement: $seconds s on a fresh database, conference capacity $capacity, $questions questions answered"
max_connections=$(sql postgres "SHOW max_connections")

rows=()
for n in $clients_list; do
  echo
  echo "== $n clients: convene"
  db="convene_bench_$$_$n"
  start_server "$db" "$tmp/server-$n.log"
  checkpoint
  "$loadgen" --url "http://127.0.0.1:$port" --clients "$n" --seconds "$seconds" --capacity "$capacity" \
    --questions "$questions" | tee "$tmp/convene-$n.out" | sed 's/^/  /'
  echo "  registrations in the database: $(status_counts "$db")"
  stop_server
  show_server_log "$tmp/server-$n.log"
  drop_db "$db"
  rate=$(field "$tmp/convene-$n.out" "throughput:")
  p50=$(field "$tmp/convene-$n.out" "p50:")
  p99=$(field "$tmp/convene-$n.out" "p99:")
  p999=$(field "$tmp/convene-$n.out" "p99.9:")

  tps=- lat=- pgp99=- ratio=- mark= batch=-
  if [ "$run_pgbench" != 0 ]; then
    echo "== $n clients: pgbench floor (bench/pgbench/signup.sql, then signup-batch.sql)"
    db="convene_pgbench_$$_$n"
    # The conference (and its questions) is made by the service itself, seats
    # and all, then the server stops: pgbench alone talks to the database.
    start_server "$db" "$tmp/server-pgbench-$n.log"
    eval "$("$loadgen" --url "http://127.0.0.1:$port" --setup-only --capacity "$capacity" --questions "$questions")"
    cid=$conference_id
    version=$(sql "$db" "SELECT questions_version FROM conferences WHERE id = '$cid'")
    stop_server
    free=$(sql postgres "SELECT current_setting('max_connections')::int - count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")
    limit=${PGBENCH_MAX_CLIENTS:-$((free - 10))}
    c=$n
    if [ "$c" -gt "$limit" ]; then
      c=$limit
      mark="*"
      echo "  pgbench with $c clients, not $n: max_connections is $max_connections and $((max_connections - free)) are in use"
    fi
    checkpoint
    mkdir -p "$tmp/pgbench-$n"
    pgbench -n -M prepared -c "$c" -j "$(( pgbench_threads < c ? pgbench_threads : c ))" -T "$seconds" -r \
      -l --log-prefix="$tmp/pgbench-$n/log" \
      -D slug="$slug" -D answers="$answers" -D version="$version" \
      -f bench/pgbench/signup.sql "$server/$db" >"$tmp/pgbench-$n.out" 2>&1 || { cat "$tmp/pgbench-$n.out"; exit 1; }
    # The long statement texts are cut; the per-statement latencies stay.
    grep -v '^pgbench (\|^transaction type\|^scaling factor' "$tmp/pgbench-$n.out" | cut -c1-110 | sed 's/^/  /'
    echo "  registrations in the database: $(status_counts "$db")"
    drop_db "$db"
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$tmp/pgbench-$n.out")
    lat=$(sed -n 's/^latency average = \([0-9.]*\).*/\1/p' "$tmp/pgbench-$n.out")
    # Per-transaction log: the third field is the latency in microseconds.
    pgp99=$(cat "$tmp/pgbench-$n"/log* | awk '{print $3}' | sort -n |
      awk '{v[NR] = $1} END {if (NR) {i = int(NR * 0.99); if (i < NR * 0.99) i++; printf "%.1f", v[i] / 1000}}')
    ratio=$(awk -v a="$rate" -v b="$tps" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}')
    tps=$(printf '%.0f' "$tps")$mark
    # The ceiling of group commit: 16 sign-ups per statement and commit, from
    # as many clients as convene has writers (SIGN_UP_WRITERS, 2).
    db="convene_pgbatch_$$_$n"
    start_server "$db" "$tmp/server-pgbatch-$n.log"
    eval "$("$loadgen" --url "http://127.0.0.1:$port" --setup-only --capacity "$capacity" --questions "$questions")"
    version=$(sql "$db" "SELECT questions_version FROM conferences WHERE id = '$conference_id'")
    stop_server
    checkpoint
    pgbench -n -M prepared -c 2 -j 2 -T "$seconds" \
      -D slug="$slug" -D answers="$answers" -D version="$version" \
      -f bench/pgbench/signup-batch.sql "$server/$db" >"$tmp/pgbatch-$n.out" 2>&1 || { cat "$tmp/pgbatch-$n.out"; exit 1; }
    echo "  batches of 16, 2 clients: $(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$tmp/pgbatch-$n.out") tps;" \
      "registrations in the database: $(status_counts "$db")"
    drop_db "$db"
    batch=$(awk -v t="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$tmp/pgbatch-$n.out")" 'BEGIN {printf "%.0f", t * 16}')
    lat="$lat ms"
    pgp99="$pgp99 ms"
  fi
  rows+=("| $n | $rate | $p50 ms | $p99 ms | $p999 ms | $tps | $lat | $pgp99 | $ratio | $batch |")
done

echo
echo "| clients | convene sign-ups/s | p50 | p99 | p99.9 | pgbench tps (1 per commit) | pgbench latency avg | pgbench p99 | convene/pgbench | pgbench sign-ups/s, 16 per commit |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
if printf '%s\n' "${rows[@]}" | grep -q '\*'; then
  echo "* pgbench ran with fewer clients (see above): it needs one connection per client."
fi
echo "convene's server holds at most $pool database connections (POOL) whatever the client count, so it never"
echo "runs more than $pool sign-up transactions at once; pgbench runs one per client. Past $pool clients, compare"
echo "convene with pgbench at $pool clients too: there the database sees as many transactions at once as under convene."
