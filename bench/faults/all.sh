#!/usr/bin/env bash
# Runs the fault scenarios one after the other and prints a verdict table:
# scenario, PASS/FAIL, duration, and the scenario's last line (its verdict).
# Each scenario's full output is kept in a log folder (printed at the end).
# Exits 0 only when every scenario passed.
#
# usage: bench/faults/all.sh [scenario ...]   (default: pg-restart sigkill smtp-down overbook)
# Options (environment): passed through to every scenario (see each script's
# header), e.g. SMTP_DOWN_SECONDS=20 bench/faults/all.sh; LOG_DIR (a new
# folder under /tmp) where the logs go.
set -euo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(pg-restart sigkill smtp-down overbook)
logs=${LOG_DIR:-$(mktemp -d /tmp/convene-faults.XXXXXX)}
mkdir -p "$logs"

# Build once up front, so the times below are the scenarios' own (each
# scenario still builds, which is then a no-op unless the sources changed).
echo "=== build ($(date +%T))"
build_start=$(date +%s)
if ! (cd "$dir/../.." && cargo build --release --quiet && cargo bench --bench signup --no-run --quiet); then
  echo "FAIL: the build failed, no scenario ran"
  exit 1
fi
echo "built in $(($(date +%s) - build_start)) s"

names=() verdicts=() times=() lines=()
for s in "${scenarios[@]}"; do
  script=$dir/$s.sh
  [ -x "$script" ] || script=$dir/${s%.sh}.sh
  echo "=== $s ($(date +%T))"
  start=$(date +%s)
  if "$script" 2>&1 | tee "$logs/$s.log"; then code=0; else code=${PIPESTATUS[0]}; fi
  last=$(grep -E '^(PASS|FAIL):' "$logs/$s.log" | tail -n 1 || true)
  [ -n "$last" ] || last="FAIL: $s: no verdict (exit $code)"
  names+=("$s")
  if [ "$code" = 0 ] && [[ $last == PASS:* ]]; then verdicts+=(PASS); else verdicts+=(FAIL); fi
  times+=("$(($(date +%s) - start)) s")
  lines+=("${last#*: }")
done

echo
printf '%-12s %-7s %-8s %s\n' scenario verdict time detail
failed=0
for i in "${!names[@]}"; do
  printf '%-12s %-7s %-8s %s\n' "${names[$i]}" "${verdicts[$i]}" "${times[$i]}" "${lines[$i]#"${names[$i]}": }"
  [ "${verdicts[$i]}" = PASS ] || failed=$((failed + 1))
done
echo "logs: $logs"
if [ "$failed" = 0 ]; then
  echo "PASS: all ${#names[@]} fault scenarios passed"
else
  echo "FAIL: $failed of ${#names[@]} fault scenarios failed"
  exit 1
fi
