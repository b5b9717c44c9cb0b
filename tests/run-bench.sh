#!/usr/bin/env bash
# Prints the publishing pipeline's figures, SQLite and PostgreSQL side by side, as a Markdown table.
# Options pass through: --jobs N (trivial Hangfire jobs), --posts N (publications), --load N (schedule size).
set -euo pipefail
cd "$(dirname "$0")/.."
export PEERS_ENV="${PEERS_ENV:-$(mktemp)}"
bash .ci/setup-postgres.sh >/dev/null
set -a; . "$PEERS_ENV"; set +a
dotnet build -c Release tests/SocialScheduler.Jobs.FaultHarness -v q -nologo
cd tests/SocialScheduler.Jobs.FaultHarness/bin/Release/net10.0
dotnet SocialScheduler.Jobs.FaultHarness.dll bench --postgres "$SOCIALSCHEDULER_TEST_POSTGRES" "$@"
