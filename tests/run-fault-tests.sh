#!/usr/bin/env bash
# The full fault figures: 200 kill -9 cycles over 2,000 posts on SQLite and on PostgreSQL, two workers over 2,000
# posts, two workers with one killed 50 times, one of two workers killed halfway and not restarted (150 posts x 2
# locales due at once), PostgreSQL stopped and started 20 times mid-run, the SQLite disk filled mid-run and freed
# (needs root to mount a tmpfs; skipped with the reason otherwise), a crash after the platform's 2xx, dropped
# responses and a pause of a live run. It takes about an hour; CI runs shortened versions of the same tests.
#   --scale S   shrink every full figure by S (0 < S <= 1), e.g. --scale 0.05 to prove the scenarios on a busy machine
# Needs root or a postgres user for the PostgreSQL cluster (.ci/setup-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=1
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    *) echo "usage: $0 [--scale S]" >&2; exit 2 ;;
  esac
done
export PEERS_ENV="${PEERS_ENV:-$(mktemp)}"
bash .ci/setup-postgres.sh
set -a; . "$PEERS_ENV"; set +a
export SOCIALSCHEDULER_FAULT_FULL=1
export SOCIALSCHEDULER_FAULT_SCALE="$scale"
export SOCIALSCHEDULER_FAULT_REPORT="${SOCIALSCHEDULER_FAULT_REPORT:-$(mktemp)}"
: >"$SOCIALSCHEDULER_FAULT_REPORT"
status=0
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
dotnet test --project tests/SocialScheduler.Jobs.Tests -- --filter-class "*KillFacts" --filter-class "*PauseFacts" \
  --filter-class "*DeadHolderFacts" --filter-class "*DiskFullFacts" || status=$?
echo
echo "scale $scale; load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "| scenario | posts | lost | duplicated | left in Sending | time (to all published) | final states |"
echo "|---|---|---|---|---|---|---|"
cat "$SOCIALSCHEDULER_FAULT_REPORT"
exit $status
