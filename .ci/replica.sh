#!/usr/bin/env bash
# A private streaming replica of the PostgreSQL server on 127.0.0.1:5432, for the replica read path
# test (test/api/replica-read.test.ts). Made the way an operator makes one: pg_basebackup -R from the
# running primary, then started as a hot standby on a free port of 127.0.0.1. The primary is not
# restarted and none of its databases is touched; only a `replication` line is added to its
# pg_hba.conf when missing (reloaded with pg_reload_conf()).
#
#   eval "$(bash .ci/replica.sh start)"   # prints: export TEST_REPLICA_URL=… MOTCUA_REPLICA_DIR=…
#   bash .ci/replica.sh stop              # stops it and removes its folder ($MOTCUA_REPLICA_DIR)
#
# A physical replica copies the whole cluster, so every database the tests create on the primary
# (one per test file, cloned from a template) appears on the replica once its creation is replayed.
set -euo pipefail

PRIMARY_HOST=127.0.0.1
PRIMARY_PORT=5432
VERSION="${PG_VERSION:-$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)}"
BIN="/usr/lib/postgresql/${VERSION}/bin"

# The server refuses to run as root: run its programs as the postgres user.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  [ -x "$BIN/pg_basebackup" ] || { echo "replica: no PostgreSQL binaries in $BIN" >&2; exit 1; }
  psql_primary() { psql -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -d postgres -qAtX -c "$1"; }

  # Replication connections match only `replication` lines of pg_hba.conf, never `all`.
  local hba
  hba="$(psql_primary 'SHOW hba_file')"
  if ! psql_primary "SELECT 1 FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND address = '127.0.0.1' AND auth_method = 'trust'" | grep -q 1; then
    echo "host replication all 127.0.0.1/32 trust  # motcua CI: the streaming replica test (.ci/replica.sh)" >>"$hba"
    psql_primary 'SELECT pg_reload_conf()' >/dev/null
    sleep 1
  fi

  local dir port
  dir="$(mktemp -d /tmp/motcua-replica.XXXXXX)"
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  port="$(node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

  # -R writes standby.signal and primary_conninfo; -X stream copies the WAL made during the copy.
  as_postgres "$BIN/pg_basebackup" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -D "$dir/data" -R -X stream -c fast >&2

  # Debian keeps the configuration outside the data folder, so the copy has none: write the
  # replica's own. A hot standby needs these limits at least as high as the primary's.
  local limits=""
  for setting in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
    limits+="$setting = $(psql_primary "SHOW $setting")"$'\n'
  done
  as_postgres tee "$dir/data/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
hot_standby = on
shared_buffers = 32MB
fsync = off
log_min_messages = warning
$limits
EOF
  as_postgres tee "$dir/data/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all all 127.0.0.1/32 trust
EOF
  as_postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/replica.log" -w -t 60 start >&2

  local ok=""
  for _ in $(seq 1 30); do
    if [ "$(psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAtX -c 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ]; then ok=1; break; fi
    sleep 1
  done
  if [ -z "$ok" ]; then
    echo "replica: the standby on port $port did not come up in recovery; its log:" >&2
    cat "$dir/replica.log" >&2 || true
    MOTCUA_REPLICA_DIR="$dir" stop
    exit 1
  fi
  echo "replica: hot standby of $PRIMARY_HOST:$PRIMARY_PORT streaming on 127.0.0.1:$port ($dir)" >&2
  echo "export TEST_REPLICA_URL=postgres://postgres@127.0.0.1:$port/test MOTCUA_REPLICA_DIR=$dir"
}

stop() {
  local dir="${MOTCUA_REPLICA_DIR:-}"
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  case "$dir" in /tmp/motcua-replica.*) ;; *) echo "replica: refusing to remove $dir" >&2; return 1 ;; esac
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_postgres "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
