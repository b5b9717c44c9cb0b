#!/usr/bin/env bash
# The full fault figures: 50 kill -9 cycles over 500 posts on SQLite and on PostgreSQL, two workers over 2,000 posts,
# a crash after the platform's 2xx, dropped responses, a PostgreSQL restart and a pause of a live run. CI runs shortened versions of the
# same tests. Needs root or a postgres user for the PostgreSQL cluster (.ci/setup-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PEERS_ENV="${PEERS_ENV:-$(mktemp)}"
bash .ci/setup-postgres.sh
set -a; . "$PEERS_ENV"; set +a
export SOCIALSCHEDULER_FAULT_FULL=1
export SOCIALSCHEDULER_FAULT_REPORT="${SOCIALSCHEDULER_FAULT_REPORT:-$(mktemp)}"
: >"$SOCIALSCHEDULER_FAULT_REPORT"
status=0
dotnet test --project tests/SocialScheduler.Jobs.Tests -- --filter-class "*KillFacts" --filter-class "*PauseFacts" || status=$?
echo
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| scenario | posts | lost | duplicated | left in Sending | time (to all published) | final states |"
echo "|---|---|---|---|---|---|---|"
cat "$SOCIALSCHEDULER_FAULT_REPORT"
exit $status
