#!/usr/bin/env bash
# Mail delivery rate of the outbox worker to a local SMTP server, by SMTP
# pool size. Needs Debian's python3-aiosmtpd. MAILS (2000) sets the count.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F)"
RUST_LOG=error cargo bench --quiet --bench mail -- --mails "${MAILS:-2000}"
