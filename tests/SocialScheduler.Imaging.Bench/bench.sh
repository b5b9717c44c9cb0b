#!/usr/bin/env bash
# Renders the whole campaign (6 statistics x 6 locales x 5 sizes = 180 cards) and prints the figures quoted in the
# README: the real `render` verb from a cold process (cards, contact sheet and index.html) and again with nothing
# changed, the same through the renderer alone, cards/s on 1 and 2 threads, CPU per card split into draw and
# encode, and peak memory. `bench.sh png` compares PNG encoders instead; `bench.sh floor` prints the smallest each
# card can be encoded to, by size (the least Accounts:<name>:MaxImageBytes accepted).
set -euo pipefail
cd "$(dirname "$0")/../.."
project=tests/SocialScheduler.Imaging.Bench
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
bench="$project/bin/Release/net10.0/SocialScheduler.Imaging.Bench"
if [ "${1:-}" = png ] || [ "${1:-}" = floor ]; then
  "$bench" "$1" assets
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
dotnet build src/SocialScheduler.Worker -c Release -v quiet -nologo >/dev/null
worker=src/SocialScheduler.Worker/bin/Release/net10.0/SocialScheduler.Worker
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
TIMEFORMAT='  process: %R s wall, %U s user + %S s system CPU'
# Peak memory from GNU time when it is installed; bash's time otherwise.
measure() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '  process: %e s wall, %U s user + %S s system CPU, peak RSS %M KB' "$@"
  else
    time "$@"
  fi
}

echo "== render verb: cold process, empty cache (load $(cut -d' ' -f1-3 /proc/loadavg))"
Imaging__CacheDirectory="$scratch/verb-cache" measure "$worker" render --out "$scratch/out"
echo "== render verb: second process, nothing changed"
Imaging__CacheDirectory="$scratch/verb-cache" measure "$worker" render --out "$scratch/out"
echo "== render --partner all (14 partners x 180 = 2,520 cards): cold process, empty cache (load $(cut -d' ' -f1-3 /proc/loadavg))"
Imaging__CacheDirectory="$scratch/partner-cache" measure "$worker" render --out "$scratch/partners" --partner all
echo "== render --partner all: second process, nothing changed"
Imaging__CacheDirectory="$scratch/partner-cache" measure "$worker" render --out "$scratch/partners" --partner all
echo "== renderer alone: cold process, empty cache, 2 threads"
measure "$bench" run assets "$scratch/cache" 2
echo "== renderer alone: second process, nothing changed (disk cache)"
measure "$bench" run assets "$scratch/cache" 2
echo "== in-process, no cache"
"$bench" measure assets
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
