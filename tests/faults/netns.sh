#!/usr/bin/env bash
# Two network namespaces for tests/cli/tst_faults.cpp, joined by one veth link that the test can cut:
#   barge-ft-srv  10.213.0.1/24  its own PostgreSQL 15 (port 5432) and MariaDB (port 3306)
#   barge-ft-cli  10.213.0.2/24  where the test runs barge (ip netns exec barge-ft-cli barge ...)
# Nothing else is routed: traffic stays between the two. The test reaches the servers itself through
# their Unix sockets, which no network cut touches. Root only.
#   netns.sh up DIR     remove what an earlier run left, make both namespaces, start both servers;
#                       prints KEY=VALUE lines (sockets, addresses, ports)
#   netns.sh cut        takes the server's end of the link down: packets vanish, nothing is refused
#   netns.sh heal       brings it up again; returns once PostgreSQL answers across it
#   netns.sh down DIR   stops the servers, deletes the namespaces and the data (idempotent)
# Data and sockets live in a mktemp directory under /tmp (the server users must reach it), named
# in DIR/root. Logs: that directory's pg-run/postgres.log and mysql-run/mariadb.log.
set -euo pipefail

PASSWORD=barge-test-pw
PGBIN=/usr/lib/postgresql/15/bin
SRV=barge-ft-srv
CLI=barge-ft-cli
SRV_IF=barge-ft-s
CLI_IF=barge-ft-c
SRV_ADDR=10.213.0.1
CLI_ADDR=10.213.0.2

die() { echo "netns.sh: $*" >&2; exit 1; }
(($(id -u) == 0)) || die "needs root (network namespaces, servers run as postgres and mysql)"

# Every namespace and data directory an earlier run left behind, with whatever still runs in them.
remove_stale() {
  local ns pid
  for ns in $(ip netns list | awk '{print $1}' | grep '^barge-ft-' || true); do
    for pid in $(ip netns pids "$ns" 2>/dev/null || true); do kill -9 "$pid" 2>/dev/null || true; done
    ip netns del "$ns" 2>/dev/null || true
  done
  rm -rf /tmp/barge-ft.??????
}

paths() {
  ROOT=$1
  PG_DATA=$ROOT/pg
  PG_RUN=$ROOT/pg-run
  MY_DATA=$ROOT/mysql
  MY_RUN=$ROOT/mysql-run
}

show_log() { [[ -f $1 ]] && { echo "---- $1 ----"; tail -n 20 "$1"; } >&2 || true; }

make_link() {
  ip netns add "$SRV"
  ip netns add "$CLI"
  ip link add "$SRV_IF" netns "$SRV" type veth peer name "$CLI_IF" netns "$CLI"
  ip -n "$SRV" addr add "$SRV_ADDR/24" dev "$SRV_IF"
  ip -n "$CLI" addr add "$CLI_ADDR/24" dev "$CLI_IF"
  local ns
  for ns in "$SRV" "$CLI"; do ip -n "$ns" link set lo up; done
  ip -n "$SRV" link set "$SRV_IF" up
  ip -n "$CLI" link set "$CLI_IF" up
}

start_postgres() {
  mkdir -p "$PG_DATA" "$PG_RUN"
  chown postgres: "$PG_DATA" "$PG_RUN"
  chmod 700 "$PG_DATA"
  echo "$PASSWORD" >"$PG_RUN/pwfile"
  chown postgres: "$PG_RUN/pwfile"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$PG_RUN/pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C --no-sync >"$PG_RUN/initdb.log" 2>&1 \
    || { show_log "$PG_RUN/initdb.log"; die "initdb failed"; }
  rm -f "$PG_RUN/pwfile"
  echo "host all all $CLI_ADDR/32 scram-sha-256" >>"$PG_DATA/pg_hba.conf"
  ip netns exec "$SRV" runuser -u postgres -- "$PGBIN/pg_ctl" start -w -t 60 -D "$PG_DATA" -l "$PG_RUN/postgres.log" \
    -o "-k '$PG_RUN' -p 5432 -c listen_addresses=$SRV_ADDR -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
    </dev/null >/dev/null 2>&1 || { show_log "$PG_RUN/postgres.log"; die "PostgreSQL did not start in $SRV"; }
  "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_RUN" -p 5432 -U postgres -d postgres \
    -c "CREATE ROLE barge LOGIN SUPERUSER PASSWORD '$PASSWORD'" -c "CREATE DATABASE barge_test OWNER barge" \
    >>"$PG_RUN/postgres.log" 2>&1 || { show_log "$PG_RUN/postgres.log"; die "cannot create role/database barge"; }
}

start_mariadb() {
  mkdir -p "$MY_DATA" "$MY_RUN"
  chown mysql: "$MY_DATA" "$MY_RUN"
  local log=$MY_RUN/mariadb.log i
  mariadb-install-db --no-defaults --user=mysql --datadir="$MY_DATA" --auth-root-authentication-method=normal \
    --skip-test-db </dev/null >"$log" 2>&1 || { show_log "$log"; die "mariadb-install-db failed"; }
  # setsid, no inherited descriptors: the server must not hold the test's pipes.
  ip netns exec "$SRV" setsid /usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$MY_DATA" \
    --socket="$MY_RUN/mysqld.sock" --port=3306 --bind-address="$SRV_ADDR" --pid-file="$MY_RUN/mariadbd.pid" \
    --innodb-flush-log-at-trx-commit=0 --innodb-buffer-pool-size=128M --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci </dev/null >>"$log" 2>&1 &
  for ((i = 0; i < 600; i++)); do
    mariadb-admin --no-defaults --socket="$MY_RUN/mysqld.sock" --connect-timeout=2 -uroot ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  ((i < 600)) || { show_log "$log"; die "MariaDB did not answer within 60 s"; }
  mariadb --no-defaults --socket="$MY_RUN/mysqld.sock" -uroot >>"$log" 2>&1 <<SQL || { show_log "$log"; die "cannot create user barge"; }
DELETE FROM mysql.global_priv WHERE User = '';
FLUSH PRIVILEGES;
CREATE USER 'barge'@'%' IDENTIFIED BY '$PASSWORD';
CREATE USER 'barge'@'localhost' IDENTIFIED BY '$PASSWORD';
GRANT ALL ON *.* TO 'barge'@'%';
GRANT ALL ON *.* TO 'barge'@'localhost';
CREATE DATABASE barge_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SQL
}

do_up() {
  mkdir -p "$1"
  remove_stale
  paths "$(mktemp -d /tmp/barge-ft.XXXXXX)"
  chmod 755 "$ROOT"
  echo "$ROOT" >"$1/root"
  make_link
  start_postgres
  start_mariadb
  cat <<ENV
PG_SOCKET=$PG_RUN
MYSQL_SOCKET=$MY_RUN/mysqld.sock
SERVER_ADDRESS=$SRV_ADDR
CLIENT_NAMESPACE=$CLI
ENV
}

# Up again, and back only once PostgreSQL answers across it: the neighbour entries the cut left
# failed would otherwise answer the next connection with "No route to host" for a moment.
do_heal() {
  ip -n "$SRV" link set "$SRV_IF" up
  ip -n "$SRV" neigh flush all
  ip -n "$CLI" neigh flush all
  local i
  for ((i = 0; i < 100; i++)); do
    ip netns exec "$CLI" timeout 1 bash -c "exec 3<>/dev/tcp/$SRV_ADDR/5432" 2>/dev/null && return 0
    sleep 0.1
  done
  die "the link did not come back within 10 s"
}

do_down() {
  if [[ -f $1/root ]]; then
    paths "$(cat "$1/root")"
    [[ -f $PG_DATA/postmaster.pid ]] && runuser -u postgres -- "$PGBIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 \
      >/dev/null 2>&1 || true
    rm -f "$1/root"
  fi
  remove_stale # MariaDB and anything else still in the namespaces
}

case ${1:-} in
  up) (($# == 2)) || die "usage: netns.sh up DIR"; do_up "$2" ;;
  down) (($# == 2)) || die "usage: netns.sh down DIR"; do_down "$2" ;;
  cut) ip -n "$SRV" link set "$SRV_IF" down ;;
  heal) do_heal ;;
  *) die "usage: netns.sh up DIR | cut | heal | down DIR" ;;
esac
