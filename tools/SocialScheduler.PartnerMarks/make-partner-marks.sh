#!/usr/bin/env bash
# Draws the placeholder logo of every partner under assets/partners (or of the partners named) from its partner.json;
# a partner's own logo is never overwritten. Rerun after changing a partner's short name or plate colours.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run --project tools/SocialScheduler.PartnerMarks -v quiet -- assets "$@"
