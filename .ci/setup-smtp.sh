#!/usr/bin/env bash
# Installs aiosmtpd from Debian's packages when missing, starts a real SMTP server on 127.0.0.1 that stores each
# message as a .eml file (tests/peers/smtp/store.py), and appends SOCIALSCHEDULER_TEST_SMTP (host:port) and
# SOCIALSCHEDULER_TEST_SMTP_MAILDIR (the folder of received messages) to $PEERS_ENV.
# Idempotent: a server this script started earlier (same SMTPSETUP_DIR) is reused.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's aiosmtpd belongs to Debian's Python, which may not be the first python3 on the PATH.
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
if ! "$PYTHON" -c 'import aiosmtpd' 2>/dev/null; then
  echo "Installing python3-aiosmtpd from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq python3-aiosmtpd >/dev/null
fi

DIR="${SMTPSETUP_DIR:-/tmp/socialscheduler-smtp}"
if [ -f "$DIR/pid" ] && kill -0 "$(cat "$DIR/pid")" 2>/dev/null; then
  PORT=$(cat "$DIR/port")
else
  rm -rf "$DIR"; mkdir -p "$DIR/messages"
  PORT=2525
  while (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done
  echo "$PORT" >"$DIR/port"
  setsid nohup "$PYTHON" tests/peers/smtp/store.py --port "$PORT" --folder "$DIR/messages" >"$DIR/log" 2>&1 < /dev/null &
  echo $! >"$DIR/pid"
fi

for _ in $(seq 1 60); do
  (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break
  sleep 0.5
done
(exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null || { echo "The SMTP server did not start:"; cat "$DIR/log"; exit 1; }

echo "SMTP ready on 127.0.0.1:$PORT (messages in $DIR/messages; stop: kill $(cat "$DIR/pid"))"
if [ -n "${PEERS_ENV:-}" ]; then
  echo "SOCIALSCHEDULER_TEST_SMTP=127.0.0.1:$PORT" >>"$PEERS_ENV"
  echo "SOCIALSCHEDULER_TEST_SMTP_MAILDIR=$DIR/messages" >>"$PEERS_ENV"
fi
