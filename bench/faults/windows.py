#!/usr/bin/python3
"""Splits the load generator's answers into before / during / after a fault.

usage: windows.py EVENTS_FILE FAULT_START_MS FAULT_END_MS

EVENTS_FILE: `unix_ms outcome email latency_ms` per answer (the generator's
--events), stamped when the answer (or the error) came. Prints a report to
stderr and shell assignments to stdout, for `eval`:

  N_<window>_<outcome>   answers of that outcome in the window (before, during, after)
  FIRST_OK_AFTER_MS      ms from the fault's end to the first 201 (-1: none)
  LAST_503_AFTER_MS      ms from the fault's end to the last 503 (-1: none)
  MAX_LATENCY_DURING_MS  slowest answer that came during the fault
  P99_DURING_MS, P99_BEFORE_MS
"""

import collections
import re
import sys


def p(values, q):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(len(values) * q + 0.999999) - 1))]


def main():
    path, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    counts = {w: collections.Counter() for w in ("before", "during", "after")}
    latency = {w: [] for w in counts}
    first_ok_after = None
    last_503_after = None
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 4:
                continue
            t, outcome, _, ms = int(parts[0]), parts[1], parts[2], float(parts[3])
            w = "before" if t < start else "during" if t <= end else "after"
            counts[w][outcome] += 1
            latency[w].append(ms)
            if w == "after":
                if outcome in ("confirmed", "waitlisted") and first_ok_after is None:
                    first_ok_after = t - end
                if outcome.startswith("http_503"):
                    last_503_after = max(last_503_after or 0, t - end)
    for w in counts:
        desc = ", ".join(f"{k} {v}" for k, v in sorted(counts[w].items())) or "no answers"
        print(f"  {w:6} the fault: {desc}; p99 {p(latency[w], 0.99):.0f} ms, "
              f"max {max(latency[w], default=0):.0f} ms", file=sys.stderr)
    for w, c in counts.items():
        for k, v in c.items():
            print(f"N_{w}_{re.sub(r'[^A-Za-z0-9]', '_', k)}={v}")
    print(f"FIRST_OK_AFTER_MS={first_ok_after if first_ok_after is not None else -1}")
    print(f"LAST_503_AFTER_MS={last_503_after if last_503_after is not None else -1}")
    print(f"MAX_LATENCY_DURING_MS={max(latency['during'], default=0):.0f}")
    print(f"P99_DURING_MS={p(latency['during'], 0.99):.0f}")
    print(f"P99_BEFORE_MS={p(latency['before'], 0.99):.0f}")


if __name__ == "__main__":
    main()
