#!/usr/bin/env bash
# Seconds from `convene` (already built, release) to /readyz 200 on its own
# PostgreSQL: the first start (initdb, migrations) and a later start of the
# same folder, RUNS times each; prints every run and the medians.
# Usage: bench/first-start.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bin=target/release/convene
[ -x "$bin" ] || cargo build --release
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
unset DATABASE_URL PG_BIN

ready_after() {  # DATA_DIR: sets $elapsed (seconds until /readyz answers 200) and $pid
  local dir=$1 start
  start=$(date +%s.%N)
  DATA_DIR="$dir" BIND=127.0.0.1:$port RUST_LOG=warn "$bin" >"$dir.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "convene stopped: $(tail -3 "$dir.log")" >&2; exit 1; }
    sleep 0.02
  done
  elapsed=$(echo "$(date +%s.%N) - $start" | bc)
}
stop() { kill -TERM "$pid"; wait "$pid" || true; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

firsts=(); laters=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/convene-start-XXXX)
  rmdir "$dir"
  ready_after "$dir"; f=$elapsed; stop
  ready_after "$dir"; l=$elapsed; stop
  printf 'run %d: first start %.2f s, later start %.2f s\n' "$i" "$f" "$l"
  firsts+=("$f"); laters+=("$l")
  rm -rf "$dir" "$dir.log"
done
printf 'median of %d: first start %.2f s, later start %.2f s\n' "$runs" \
  "$(printf '%s\n' "${firsts[@]}" | median)" "$(printf '%s\n' "${laters[@]}" | median)"
