#!/usr/bin/env bash
# A message to 10,000 registrants: the time of the POST that queues it, and
# the delivery rate of its mails to a local SMTP server. Needs Debian's
# python3-aiosmtpd. RECIPIENTS (10000) and RUNS (5) set the size.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F)"
RUST_LOG=error cargo bench --quiet --bench messages -- --recipients "${RECIPIENTS:-10000}" --runs "${RUNS:-5}"
