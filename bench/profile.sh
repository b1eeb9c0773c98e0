#!/usr/bin/env bash
# Where a public sign-up's time goes: a release server on a fresh database
# under the sign-up load generator (CLIENTS, 64), sampled for DURATION (15 s)
# with `perf record -a -g` after a warm-up (WARMUP, 3 s). Prints
#   - CPU time by process over the window: convene, the PostgreSQL backends of
#     its database, PostgreSQL's background processes, the load generator,
#     everything else on the machine, idle (from /proc, with perf's share of
#     samples beside it), and per sign-up;
#   - what the backends were doing (pg_stat_activity sampled every 100 ms);
#   - WAL written and flushed per sign-up (pg_stat_wal, cluster-wide);
#   - for convene, the backends and the load generator: the top 30 symbols by
#     self time (what `perf report --no-children --sort symbol` shows, counted
#     per process from `perf script`), the split by DSO, and kernel time by
#     system call. Debian's postgres keeps no symbols for its static
#     functions: their samples show as "[unknown] in postgres".
# Options: CLIENTS, DURATION, WARMUP, CAPACITY (100000; "unlimited"),
# PORT (18082), POOL (the server's DATABASE_POOL_SIZE, 16 like its default),
# FREQ (perf's sampling rate, 999 Hz), KEEP (a directory to keep perf.data in,
# for `perf report -i KEEP/perf.data`).
# Needs perf (Debian's linux-perf), run as root, and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${CLIENTS:-64}
seconds=${DURATION:-15}
warmup=${WARMUP:-3}
capacity=${CAPACITY:-100000}
port=${PORT:-18082}
pool=${POOL:-16}
freq=${FREQ:-999}
db="convene_profile_$$"
server="postgres://postgres@127.0.0.1:5432"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pid= gen= sampler=

cargo build --release --quiet
# The load generator runs as a binary, so nothing is rebuilt during the run.
loadgen=$(cargo bench --bench signup --no-run --message-format=json 2>/dev/null |
  grep '"name":"signup"' | grep -o '"executable":"[^"]*"' | cut -d'"' -f4 | tail -1)
[ -x "$loadgen" ] || { echo "no load generator binary (cargo bench --bench signup --no-run)" >&2; exit 1; }
# Copies, so that a build running beside (the work tree is shared) changes
# neither binary during the run, and perf can still read their symbols.
cp target/release/convene "$tmp/convene"
cp "$loadgen" "$tmp/$(basename "$loadgen")"
loadgen="$tmp/$(basename "$loadgen")"

cleanup() {
  for p in $sampler $gen $pid; do kill "$p" 2>/dev/null || true; done
  for p in $sampler $gen $pid; do wait "$p" 2>/dev/null || true; done
  psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  if [ -n "${KEEP:-}" ] && [ -f "$tmp/perf.data" ]; then mkdir -p "$KEEP" && cp "$tmp/perf.data" "$KEEP/"; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
sql() { psql -X -At "$server/$1" -c "$2"; }

DATABASE_URL="$server/$db" BIND="127.0.0.1:$port" RUST_LOG=warn RATE_LIMIT_PER_MINUTE=0 OUTBOX_WORKER=off \
  DATABASE_POOL_SIZE=$pool "$tmp/convene" serve >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 || { echo "the server did not start:" >&2; cat "$tmp/server.log" >&2; exit 1; }

cpu=$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -1)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $cpu;" \
  "PostgreSQL $(sql postgres "SHOW server_version" | cut -d' ' -f1) on 127.0.0.1; $(date -u '+%F %H:%M UTC')"
echo "profile: $clients clients, DATABASE_POOL_SIZE=$pool, capacity $capacity," \
  "perf record -a -g -F $freq for $seconds s after $warmup s of warm-up"

"$loadgen" --url "http://127.0.0.1:$port" --clients "$clients" --seconds $((warmup + seconds + 2)) \
  --capacity "$capacity" >"$tmp/loadgen.out" 2>&1 &
gen=$!
sleep "$warmup"
backends=$(sql postgres "SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE datname = '$db'")
aux=$(sql postgres "SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE backend_type <> 'client backend'")
aux="$aux,$(ps -o ppid= -p "${backends%%,*}" | tr -d ' ')" # and the postmaster

ticks() { # comma-separated pids: their user + system clock ticks, all threads
  local sum=0 p t
  for p in ${1//,/ }; do
    t=$(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13}')
    sum=$((sum + ${t:-0}))
  done
  echo "$sum"
}
machine() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6}' /proc/stat; } # busy idle
snapshot() { echo "$(ticks "$pid") $(ticks "$backends") $(ticks "$aux") $(ticks "$gen") $(machine)"; }
wal() { sql postgres "SELECT wal_records || ' ' || wal_fpi || ' ' || wal_bytes || ' ' || wal_sync FROM pg_stat_wal"; }
signups() { sql "$db" "SELECT count(*) FROM registrations"; }

echo "SELECT coalesce(wait_event_type || ':' || wait_event, 'on CPU') || ' (' || state || ')'
        FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid() \\watch 0.1" |
  psql -X -At "$server/postgres" >"$tmp/waits.txt" 2>/dev/null &
sampler=$!

s0=$(snapshot) w0=$(wal) r0=$(signups)
perf record -a -g -F "$freq" -o "$tmp/perf.data" -- sleep "$seconds" 2>"$tmp/perf.log" >/dev/null
s1=$(snapshot) w1=$(wal) r1=$(signups)
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
sampler=
wait "$gen" || true
gen_pid=$gen
gen=
n=$((r1 - r0))

echo
echo "== load generator (the whole run, the profiled window included)"
sed 's/^/  /' "$tmp/loadgen.out"
echo "  sign-ups in the profiled window: $n ($(awk -v n="$n" -v s="$seconds" 'BEGIN{printf "%.0f", n / s}')/s)"

# One pass over the samples: process group, DSO and symbol of the leaf frame,
# and for kernel samples the system call in their call chain (kernel chains
# are whole; user-space ones are not, neither binary keeps frame pointers).
# Counted here rather than with `perf report --pid`, which files a symbol
# that several processes share under only one of them.
perf script -i "$tmp/perf.data" -F pid,ip,sym,dso 2>/dev/null | awk -v conv="$pid" -v gen="$gen_pid" \
  -v be="$backends" -v aux="$aux" '
  BEGIN { RS = ""; FS = "\n"; OFS = "\t"
          n = split(be, b, ","); for (i = 1; i <= n; i++) B[b[i]] = 1
          n = split(aux, a, ","); for (i = 1; i <= n; i++) A[a[i]] = 1 }
  { p = $1 + 0
    if (p == conv) g = "convene"; else if (p == gen) g = "loadgen"; else if (p in B) g = "backends"
    else if (p in A) g = "aux"; else if (p == 0) g = "idle"; else g = "other"
    leaf = $2; sub(/^[ \t]*[0-9a-f]+ /, "", leaf); sub(/ \(deleted\)\)$/, ")", leaf)
    dso = leaf; sub(/.* \(/, "", dso); sub(/\)$/, "", dso); sub(/.*\//, "", dso)
    sym = leaf; sub(/ \([^()]*\)$/, "", sym)
    if (sym == "[unknown]") sym = "[unknown] in " dso
    call = "-"
    if (dso == "[kernel.kallsyms]") {
      sym = "[k] " sym; call = "(none: interrupt, scheduler, page fault)"
      for (i = 2; i <= NF; i++) if (match($i, /(__x64_sys|__do_sys|__se_sys)_[a-z0-9_]+/)) {
        call = substr($i, RSTART, RLENGTH); sub(/^(__x64_sys|__do_sys|__se_sys)_/, "", call); break } }
    print g, dso, sym, call }' >"$tmp/samples.tsv"
samples=$(wc -l <"$tmp/samples.tsv")
share() { awk -F'\t' -v k="$1" -v t="$samples" '$1 == k {n++} END {printf "%.1f%%", t ? 100 * n / t : 0}' "$tmp/samples.tsv"; }

echo
echo "== CPU time by process over the $seconds s window ($(nproc) cores; /proc, and perf's $samples samples)"
hz=$(getconf CLK_TCK)
read -r c0 b0 a0 g0 m0 i0 <<<"$s0"
read -r c1 b1 a1 g1 m1 i1 <<<"$s1"
row() { # label ticks perf-group [per-sign-up]
  awk -v l="$1" -v t="$2" -v hz="$hz" -v all=$(( (m1 - m0) + (i1 - i0) )) -v cores="$(nproc)" \
    -v p="$(share "$3")" -v n="$n" -v per="${4:-}" \
    'BEGIN { printf "| %s | %.1f s | %.2f | %.0f%% | %s | %s |\n", l, t / hz, t / all * cores, 100 * t / all, p,
             (per == "" || n == 0 ? "" : sprintf("%.0f us", t / hz * 1e6 / n)) }'
}
echo "| process | CPU time | cores | share of the machine | perf samples | CPU per sign-up |"
echo "| --- | --- | --- | --- | --- | --- |"
row "convene (server)" $((c1 - c0)) convene yes
row "postgres backends of its $(tr ',' '\n' <<<"$backends" | wc -l) connections" $((b1 - b0)) backends yes
row "postgres background (walwriter, checkpointer, ...)" $((a1 - a0)) aux yes
row "load generator" $((g1 - g0)) loadgen yes
other=$(( (m1 - m0) - (c1 - c0) - (b1 - b0) - (a1 - a0) - (g1 - g0) ))
row "everything else (other builds, perf, kernel threads)" $((other < 0 ? 0 : other)) other
row "idle" $((i1 - i0)) idle

echo
echo "== what the backends were doing (pg_stat_activity every 100 ms, $(wc -l <"$tmp/waits.txt") samples)"
sort "$tmp/waits.txt" | uniq -c | sort -rn | head -12 |
  awk -v t="$(wc -l <"$tmp/waits.txt")" '{c = $1; sub(/^ *[0-9]+ /, ""); printf "  %5.1f%%  %s\n", 100 * c / t, $0}'
echo "  (ClientRead while idle in transaction: waiting for convene's next statement; while idle: in the pool;"
echo "   LWLock:WALWrite and IO:WALSync: a COMMIT waiting for the WAL flush, its own or a group's)"

echo
echo "== WAL over the window (pg_stat_wal: the whole cluster)"
read -r wr0 wf0 wb0 ws0 <<<"$w0"
read -r wr1 wf1 wb1 ws1 <<<"$w1"
awk -v n="$n" -v rec=$((wr1 - wr0)) -v fpi=$((wf1 - wf0)) -v bytes=$((wb1 - wb0)) -v s=$((ws1 - ws0)) -v sec="$seconds" \
  'BEGIN { if (n == 0) exit
           printf "  %d sign-ups: %.1f WAL records, %.2f full-page images, %.0f bytes each; %d flushes (%.0f/s), %.1f commits per flush\n",
           n, rec / n, fpi / n, bytes / n, s, s / sec, n / (s > 0 ? s : 1) }'

top() { # group title
  local total
  total=$(awk -F'\t' -v g="$1" '$1 == g' "$tmp/samples.tsv" | wc -l)
  echo
  echo "== $2: top 30 symbols by self time ($total samples; share of its own samples; [k] kernel)"
  [ "$total" -gt 0 ] || return 0
  awk -F'\t' -v g="$1" '$1 == g {print $3}' "$tmp/samples.tsv" | sort | uniq -c | sort -rn | head -30 |
    awk -v t="$total" '{c = $1; sub(/^ *[0-9]+ /, ""); printf "  %5.1f%%  %s\n", 100 * c / t, substr($0, 1, 140)}'
  echo "  by DSO:"
  awk -F'\t' -v g="$1" '$1 == g {print $2}' "$tmp/samples.tsv" | sort | uniq -c | sort -rn | head -6 |
    awk -v t="$total" '{c = $1; sub(/^ *[0-9]+ /, ""); printf "  %5.1f%%  %s\n", 100 * c / t, $0}'
  echo "  kernel samples by system call:"
  awk -F'\t' -v g="$1" '$1 == g && $4 != "-" {print $4}' "$tmp/samples.tsv" | sort | uniq -c | sort -rn | head -6 |
    awk -v t="$total" '{c = $1; sub(/^ *[0-9]+ /, ""); printf "  %5.1f%%  %s\n", 100 * c / t, $0}'
}
top convene "convene"
top backends "postgres backends"
top loadgen "load generator"

if [ -s "$tmp/server.log" ]; then
  echo
  echo "server log: $(wc -l <"$tmp/server.log") lines, the first ones:"
  head -5 "$tmp/server.log"
fi
