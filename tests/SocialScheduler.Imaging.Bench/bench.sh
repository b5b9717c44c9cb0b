#!/usr/bin/env bash
# Renders the whole campaign (6 statistics x 6 locales x 5 sizes = 180 cards) and prints the figures quoted in the
# README: cold-process wall time, a second run against the warm disk cache, cards/s on 1 and 2 threads, CPU per
# card split into draw and encode, and peak memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
project=tests/SocialScheduler.Imaging.Bench
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
bench="$project/bin/Release/net10.0/SocialScheduler.Imaging.Bench"
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
TIMEFORMAT='  process: %R s wall, %U s user + %S s system CPU'

echo "== cold process, empty cache, 2 threads"
time "$bench" run assets "$cache" 2
echo "== second process, nothing changed (disk cache)"
time "$bench" run assets "$cache" 2
echo "== in-process, no cache"
"$bench" measure assets
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
