#!/usr/bin/env bash
# Public sign-ups per second and latency against a release build, on a fresh
# database that is dropped afterwards. Options: CLIENTS (64), DURATION (20 s),
# CAPACITY (100000; "unlimited" for none), PORT (18080).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${CLIENTS:-64}
seconds=${DURATION:-20}
capacity=${CAPACITY:-100000}
port=${PORT:-18080}
db="convene_bench_$$"
server="postgres://postgres@127.0.0.1:5432"

cargo build --release --quiet
cargo bench --bench signup --no-run --quiet 2>/dev/null || cargo bench --bench signup --no-run

DATABASE_URL="$server/$db" BIND="127.0.0.1:$port" RUST_LOG=warn RATE_LIMIT_PER_MINUTE=0 OUTBOX_WORKER=off \
  DATABASE_POOL_SIZE=${POOL:-16} target/release/convene serve &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F)"
cargo bench --quiet --bench signup -- --url "http://127.0.0.1:$port" \
  --clients "$clients" --seconds "$seconds" --capacity "$capacity"
