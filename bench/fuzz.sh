#!/usr/bin/env bash
# API fuzzing: schemathesis (from PyPI, installed into .venv-fuzz on first use)
# generates requests from /api/openapi.json of a running release server and
# checks every answer. Verdict: exit 0 when no check failed.
# Options: MAX_TIME (seconds of fuzzing, default 300), CHECKS (default: all that
# apply to this API), PORT (18090), BIN (a prebuilt convene binary).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18090}
max_time=${MAX_TIME:-300}
checks=${CHECKS:-not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection,unsupported_method}
db="convene_fuzz_$$"
server="postgres://postgres@127.0.0.1:5432"
venv=.venv-fuzz

# Python 3.11's parser trips over one of schemathesis' coverage strategies
# ("AST constructor recursion depth mismatch"): prefer a newer Python if any.
python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in python3.13 python3.12 python3; do
    if "$candidate" -c "import sys" >/dev/null 2>&1; then python=$candidate; break; fi
  done
fi
if [ ! -x "$venv/bin/st" ]; then
  "$python" -m venv "$venv"
  "$venv/bin/pip" install -q 'schemathesis>=4,<5'
fi
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=target/release/convene
fi

log=$(mktemp)
maildir=$(mktemp -d)
DATABASE_URL="$server/$db" BIND="127.0.0.1:$port" RUST_LOG=warn RATE_LIMIT_PER_MINUTE=0 \
  MAIL_DIR="$maildir" "$BIN" serve 2>"$log" &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$maildir"
}
trap cleanup EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/readyz" >/dev/null 2>&1 && break; sleep 0.2; done

# An organizer (its token authorizes the organizer routes) and a published
# conference, so generated requests reach more than the 404 of an empty database.
token=$(curl -fs "$base/api/v1/organizers" -H 'content-type: application/json' \
  -d '{"email":"fuzz@example.org","name":"Fuzz","password":"fuzzing password 1"}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
curl -fs "$base/api/v1/conferences" -H 'content-type: application/json' -H "authorization: Bearer $token" \
  -d '{"title":"Fuzz Conference","slug":"fuzz","timezone":"Europe/Brussels","starts_at":"2099-06-08T10:00:00+02:00","ends_at":"2099-06-08T12:00:00+02:00","format":"online","online_url":"https://meet.example.org/j/1","capacity":5,"status":"published"}' >/dev/null

set +e
"$venv/bin/st" run "$base/api/openapi.json" \
  --checks "$checks" \
  --header "Authorization: Bearer $token" \
  --max-time "$max_time" \
  --workers 4 \
  --continue-on-failure \
  --exclude-path /metrics
verdict=$?
set -e
if grep -q '"request failed"\|request failed' "$log"; then
  echo "server errors logged:"; grep 'request failed' "$log" | head -20
  verdict=1
fi
if [ "$verdict" = 0 ]; then echo "PASS: schemathesis found nothing in ${max_time}s"; else echo "FAIL: see above"; fi
exit "$verdict"
