#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages when missing, starts a throw-away cluster on 127.0.0.1, creates a
# database and a user for the tests, and appends SOCIALSCHEDULER_TEST_POSTGRES to $PEERS_ENV.
# Idempotent: a cluster this script started earlier (same PGSETUP_DIR) is reused.
set -euo pipefail

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
  echo "Installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(bindir)"
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres

DIR="${PGSETUP_DIR:-/tmp/socialscheduler-postgres}"
DB=socialscheduler_test
USER_NAME=socialscheduler
PASSWORD="${SOCIALSCHEDULER_TEST_POSTGRES_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -f "$DIR/port" ] && as_postgres "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  PORT=$(cat "$DIR/port")
  PASSWORD=$(cat "$DIR/password")
else
  rm -rf "$DIR"; mkdir -p "$DIR"
  chown postgres "$DIR" 2>/dev/null || true
  PORT=55432
  while (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done
  echo "$PORT" >"$DIR/port"; echo "$PASSWORD" >"$DIR/password"; chmod 600 "$DIR/password"
  as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # fsync stays on: the fault tests kill the worker, not the database, but a restart test restarts PostgreSQL.
  as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c max_connections=300" start >/dev/null
  as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD' CREATEDB" \
    -c "CREATE DATABASE $DB OWNER $USER_NAME"
fi

for _ in $(seq 1 60); do
  "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q && break
  sleep 1
done
"$BIN/pg_isready" -h 127.0.0.1 -p "$PORT"

echo "PostgreSQL ready on 127.0.0.1:$PORT (data in $DIR; stop: runuser -u postgres -- $BIN/pg_ctl -D $DIR/data stop)"
if [ -n "${PEERS_ENV:-}" ]; then
  # Quoted: .ci/run sources this file, and an unquoted ';' would end the assignment.
  echo "SOCIALSCHEDULER_TEST_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=$USER_NAME;Password=$PASSWORD;Database=$DB'" >>"$PEERS_ENV"
  echo "SOCIALSCHEDULER_TEST_POSTGRES_DATA=$DIR/data" >>"$PEERS_ENV"
  echo "SOCIALSCHEDULER_TEST_POSTGRES_BIN=$BIN" >>"$PEERS_ENV"
fi
