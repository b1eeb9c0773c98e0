#!/usr/bin/env bash
# API fuzzing: schemathesis (from PyPI, installed into .venv-fuzz on first use)
# generates requests from /api/openapi.json of a running release server and
# checks every answer. Verdict: exit 0 when no check failed.
# Options: MAX_TIME (seconds of fuzzing, default 300), CHECKS (default: all that
# apply to this API), PORT (18090), BIN (a prebuilt convene binary), POOL (40:
# resources made for each DELETE to use up). Arguments are handed to `st run`
# (e.g. --report har --report-har-path /tmp/fuzz.har).
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
  # pyenv's shims answer only for the selected version: try its installs too.
  for candidate in python3.13 python3.12 "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 python3; do
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
config=$(mktemp --suffix=.toml)
# WEBHOOK_ALLOW_HTTP: the fixture webhook points at a loopback http URL.
DATABASE_URL="$server/$db" BIND="127.0.0.1:$port" RUST_LOG=warn RATE_LIMIT_PER_MINUTE=0 \
  MAIL_DIR="$maildir" WEBHOOK_ALLOW_HTTP=true "$BIN" serve 2>"$log" &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$maildir" "$config" "$config.openapi"
}
trap cleanup EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/readyz" >/dev/null 2>&1 && break; sleep 0.2; done

# Fixtures, so that generated requests reach real resources rather than the 404
# of an empty database: every operation with a path parameter gets a real id
# (or token) through bench/fuzz/schemathesis.toml.in. What an operation uses up
# (DELETE, cancel, erase, approve, decline) has a fixture of its own.
token=$(curl -fsS "$base/api/v1/organizers" -H 'content-type: application/json' \
  -d '{"email":"fuzz@example.org","name":"Fuzz","password":"fuzzing password 1"}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# api METHOD PATH [JSON]: the organizer's request; its answer on stdout, and
# the whole run stops on an HTTP error.
api() {
  local args=(-fsS -X "$1" "$base$2" -H "authorization: Bearer $token")
  if [ $# -ge 3 ]; then args+=(-H 'content-type: application/json' --data "$3"); fi
  curl "${args[@]}"
}
# field NAME: that field of the JSON object on stdin.
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
declare -A ids
fixture() { [ -n "$2" ] || { echo "fixture $1: none created" >&2; exit 1; }; ids[$1]=$2; }
conference() { # SLUG EXTRA_JSON_FIELDS: a published online conference's id
  api POST /api/v1/conferences "{\"title\":\"Fuzz $1\",\"slug\":\"$1\",\"timezone\":\"Europe/Brussels\",
    \"starts_at\":\"2099-06-08T10:00:00+02:00\",\"ends_at\":\"2099-06-08T12:00:00+02:00\",\"format\":\"online\",
    \"online_url\":\"https://meet.example.org/j/1\",\"status\":\"published\",$2}" | field id
}
sign_up() { # SLUG NAME: "registration-id manage-token" of a public sign-up
  curl -fsS "$base/api/v1/public/conferences/$1/registrations" -H 'content-type: application/json' \
    -d "{\"email\":\"$2@example.org\",\"name\":\"Fuzz $2\",\"category\":\"researcher\",\"consent\":true}" |
    python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["id"], r["manage_url"].rsplit("/",1)[1])'
}

# The conference nearly every operation works on: room for the eight confirmed
# fixtures and a few generated sign-ups; later sign-ups wait.
conf=$(conference fuzz '"capacity":12,"categories":["researcher","practitioner","other"]')
fixture CONF "$conf"
fixture SLUG fuzz
# Before the sign-ups, so that their deliveries exist.
fixture WEBHOOK "$(api POST "/api/v1/conferences/$conf/webhooks" \
  '{"url":"http://127.0.0.1:9/hook","events":["registration.created"]}' | field id)"
session='"starts_at":"2099-06-08T10:00:00+02:00","ends_at":"2099-06-08T11:00:00+02:00","capacity":10'
fixture SESSION "$(api POST "/api/v1/conferences/$conf/sessions" "{\"title\":\"Opening\",$session}" | field id)"
fixture QUESTION "$(api POST "/api/v1/conferences/$conf/questions" \
  '{"label":"Diet","kind":"single_choice","choices":["none","vegetarian","vegan"],"required":false}' | field id)"
fixture MEMBER "$(api POST "/api/v1/conferences/$conf/members" '{"email":"manager@example.org","role":"manager"}' | field id)"
# A DELETE takes its resource away for good (the next one answers 404), so each
# DELETE draws from a pool of its own (a schemathesis dictionary). The pools
# belong to a conference of their own: no DELETE of a member can take the one
# PATCH works on, and the main conference's form and deliveries stay small.
pool=${POOL:-40}
several() { # NAME COMMAND...: a TOML array of the ids COMMAND N prints, N in 1..pool
  local name=$1 list="" n id
  shift
  for n in $(seq 1 "$pool"); do
    id=$("$@" "$n")
    [ -n "$id" ] || { echo "fixture $name: none created" >&2; exit 1; }
    list+="${list:+, }\"$id\""
  done
  ids[$name]="[$list]"
}
spare=$(conference fuzz-spare '"capacity":50')
fixture CONF_SPARE "$spare"
new_webhook() { api POST "/api/v1/conferences/$spare/webhooks" \
  "{\"url\":\"http://127.0.0.1:9/spare/$1\",\"events\":[\"registration.cancelled\"]}" | field id; }
new_session() { api POST "/api/v1/conferences/$spare/sessions" "{\"title\":\"Workshop $1\",$session}" | field id; }
new_question() { api POST "/api/v1/conferences/$spare/questions" \
  "{\"label\":\"Comment $1\",\"kind\":\"long_text\",\"required\":false}" | field id; }
new_member() { api POST "/api/v1/conferences/$spare/members" \
  "{\"email\":\"checkin$1@example.org\",\"role\":\"checkin\"}" | field id; }
several WEBHOOKS_DEL new_webhook
several SESSIONS_DEL new_session
several QUESTIONS_DEL new_question
several MEMBERS_DEL new_member
for who in patch cancel resend checkin erase; do
  read -r rid _ < <(sign_up fuzz "$who")
  fixture "REG_${who^^}" "$rid"
done
read -r _ manage < <(sign_up fuzz manage); fixture TOKEN "$manage"
read -r _ manage < <(sign_up fuzz leaving); fixture TOKEN_CANCEL "$manage"
read -r _ _ < <(sign_up fuzz joining)
fixture MESSAGE "$(api POST "/api/v1/conferences/$conf/messages" \
  '{"subject":"Welcome","body":"Hello {name}, see you at {conference}."}' | field id)"
fixture MESSAGE_DEL "$(api POST "/api/v1/conferences/$conf/messages" \
  '{"subject":"Reminder","body":"Tomorrow: {conference}.","send_at":"2099-06-01T10:00:00+02:00"}' | field id)"
# Applications wait for a decision.
approval=$(conference fuzz-approval '"require_approval":true')
fixture CONF_APPROVAL "$approval"
read -r rid _ < <(sign_up fuzz-approval approve); fixture REG_APPROVE "$rid"
read -r rid _ < <(sign_up fuzz-approval decline); fixture REG_DECLINE "$rid"
# One place: the second sign-up waits, to be promoted.
wait_conf=$(conference fuzz-waitlist '"capacity":1')
fixture CONF_WAIT "$wait_conf"
sign_up fuzz-waitlist first >/dev/null
read -r rid _ < <(sign_up fuzz-waitlist waiting); fixture REG_PROMOTE "$rid"
# PATCH may change any field, the slug and the status too: a conference of its own.
fixture CONF_PATCH "$(conference fuzz-patch '"capacity":50')"
# The join link (/j/{token}) is only mailed: read it from the confirmation mail.
join=""
for _ in $(seq 1 100); do
  join=$(python3 - "$maildir" <<'EOF'
import email, email.policy, pathlib, re, sys
for path in pathlib.Path(sys.argv[1]).glob("*.eml"):
    mail = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    if "joining@example.org" not in str(mail["to"]):
        continue
    for part in mail.walk():
        if part.get_content_type() == "text/plain":
            found = re.search(r"/j/([A-Za-z0-9_-]+)", part.get_content())
            if found:
                print(found.group(1))
                sys.exit()
EOF
)
  [ -n "$join" ] && break
  sleep 0.2
done
[ -n "$join" ] || { echo "no join link mailed to joining@example.org" >&2; exit 1; }
fixture JOIN "$join"

# The configuration with the real ids; it must name every operation with a
# path parameter (a new route needs its fixture in the template).
curl -fsS "$base/api/openapi.json" >"$config.openapi"
fixtures=()
for key in "${!ids[@]}"; do fixtures+=("$key=${ids[$key]}"); done
"$venv/bin/python" - bench/fuzz/schemathesis.toml.in "$config" "$config.openapi" "${fixtures[@]}" <<'EOF'
import json, string, sys, tomllib
template, out, document, *fixtures = sys.argv[1:]
ids = dict(fixture.split("=", 1) for fixture in fixtures)
text = string.Template(open(template).read()).substitute(ids)
open(out, "w").write(text)
named = {op["include-name"] for op in tomllib.loads(text).get("operations", [])}
missing = [f"{method.upper()} {path}"
           for path, item in json.load(open(document))["paths"].items() if "{" in path
           for method in item if method in {"get", "put", "post", "delete", "patch"}
           and f"{method.upper()} {path}" not in named]
if missing:
    sys.exit("bench/fuzz/schemathesis.toml.in names no fixture for: " + ", ".join(missing))
EOF
rm -f "$config.openapi"

set +e
"$venv/bin/st" --config-file "$config" run "$base/api/openapi.json" \
  --checks "$checks" \
  --header "Authorization: Bearer $token" \
  --max-time "$max_time" \
  --workers 4 \
  --continue-on-failure \
  --exclude-path /metrics \
  "$@"
verdict=$?
set -e
if grep -q '"request failed"\|request failed' "$log"; then
  echo "server errors logged:"; grep 'request failed' "$log" | head -20
  verdict=1
fi
if [ "$verdict" = 0 ]; then echo "PASS: schemathesis found nothing in ${max_time}s"; else echo "FAIL: see above"; fi
exit "$verdict"
