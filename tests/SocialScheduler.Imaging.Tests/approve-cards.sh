#!/usr/bin/env bash
# Re-renders the golden cards and writes them as the new baselines. Look at the images in actual/ (or the
# baselines' git diff) before committing: this is the only way baselines change.
set -euo pipefail
cd "$(dirname "$0")/../.."
IMAGING_APPROVE=1 dotnet test --project tests/SocialScheduler.Imaging.Tests -- --filter-class "*GoldenCardFacts"
git status --short tests/SocialScheduler.Imaging.Tests/Baselines
