#!/usr/bin/env bash
# Starts the service as the README does (dotnet run, campaign schedule loaded), signs in with curl and times each
# main page and API call: N requests each, sequentially, printing p50 / p95 / max in milliseconds.
# Usage: tests/bench/web-pages.sh [N]   (default 50). Needs curl. Uses a throw-away data folder and port 5090.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-50}"
DATA="$(mktemp -d)"
PORT=5090
URL="http://127.0.0.1:$PORT"
export ASPNETCORE_URLS="$URL" Storage__ConnectionString="Data Source=$DATA/socialscheduler.db" Outbox__Path="$DATA/outbox" \
  Imaging__CacheDirectory="$DATA/cards" DataProtection__KeysPath="$DATA/keys" \
  Auth__BootstrapAdmin__UserName=bench Auth__BootstrapAdmin__Password="bench-password-$RANDOM$RANDOM" Auth__SignInAttemptsPerMinute=1000
dotnet build src/SocialScheduler.Worker -c Release -v q -nologo >/dev/null
dotnet run --project src/SocialScheduler.Worker -c Release --no-build >"$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -fs "$URL/healthz" >/dev/null 2>&1 && break; sleep 0.5; done

JAR="$DATA/cookies"
token() { curl -s -b "$JAR" -c "$JAR" "$URL/login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }
start=$(date +%s%N)
curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "UserName=bench" --data-urlencode "Password=$Auth__BootstrapAdmin__Password" \
  --data-urlencode "__RequestVerificationToken=$(token)" "$URL/login"
echo "sign-in (form GET + POST, password hash check): $(( ($(date +%s%N) - start) / 1000000 )) ms"

measure() {
  local path="$1" times=()
  for _ in $(seq 1 "$N"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$JAR" "$URL$path")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v p="$path" '{ a[NR] = $1 * 1000 } END {
    printf "%-48s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms\n", p, a[int(NR * 0.5)], a[int(NR * 0.95)], a[NR] }'
}
curl -fs -o /dev/null -b "$JAR" "$URL/css/site.css" || { echo "the stylesheet is not served"; exit 1; }
curl -fs -o /dev/null -b "$JAR" "$URL/js/compose.js" || { echo "the compose script is not served"; exit 1; }
echo "$N requests each, one at a time:"
for path in / "/calendar?view=month&date=2026-12-01" "/calendar?view=week&date=2026-12-01" /publications \
  /posts/child-safety-online-now/reports-2021 /compose /gallery /api/publications "/api/text/measure?text=Hello&accounts=outbox" \
  "/api/provenance?format=csv" /preview/reports-2021/en/landscape.png; do
  measure "$path"
done
ps -o rss= -p "$(pgrep -P $SERVICE -n || echo $SERVICE)" | awk '{ printf "service resident memory after the run: %.0f MB\n", $1 / 1024 }'
