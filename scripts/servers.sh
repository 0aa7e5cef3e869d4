#!/usr/bin/env bash
# Throwaway PostgreSQL 15 and MariaDB 10.11 servers for integration tests and benchmarks, with all
# state under one directory, on free localhost ports, unsafe-but-fast durability settings.
#   scripts/servers.sh start DIR   start both (no-op if already up), write and print DIR/env
#   scripts/servers.sh stop DIR    stop both, remove their data and DIR/env (idempotent)
#   scripts/servers.sh env DIR     print DIR/env (exit 1 if missing)
#   scripts/servers.sh crash postgresql|mariadb DIR     kill one server without a shutdown (tests)
#   scripts/servers.sh restart postgresql|mariadb DIR   start it again on the same data, port, socket
# As root, the servers run as the `postgres` and `mysql` users (initdb/postgres refuse root); if those
# users cannot reach DIR (or its path is too long for a socket, or has blanks), data and sockets go to a mktemp
# directory under /tmp, recorded in DIR/state so that stop removes it. Logs: DIR/pg.log, DIR/mariadb.log.
# TLS: each start makes a throwaway CA and a server certificate for localhost and 127.0.0.1 (ROOT/tls);
# both servers speak TLS with it and also listen on 127.0.0.2, an address the certificate does not
# name (host-name checks must refuse it). A second CA that signed nothing tests a wrong CA.
set -euo pipefail

PASSWORD=barge-test-pw
PGBIN=/usr/lib/postgresql/15/bin
MARIADBD=/usr/sbin/mariadbd
PG_PORT_BASE=55432
MY_PORT_BASE=53306

die() { echo "servers.sh: $*" >&2; exit 1; }
usage() { die "usage: servers.sh start|stop|env DIR | crash|restart postgresql|mariadb DIR"; }

server=
if [[ ${1:-} == crash || ${1:-} == restart ]] && (($# == 3)); then
  server=$2
  set -- "$1" "$3"
fi
(($# == 2)) || usage
cmd=$1
if [[ $cmd == start ]]; then mkdir -p "$2"; fi
if [[ ! -d $2 ]]; then
  [[ $cmd == stop ]] && exit 0
  die "no $2/env: servers not started"
fi
DIR=$(cd "$2" && pwd -P)
cd /   # the unprivileged server users may not be able to enter the caller's directory

if [[ $(id -u) -eq 0 ]]; then
  as_pg() { runuser -u postgres -- "$@"; }
  as_my() { runuser -u mysql -- "$@"; }
  my_user=(--user=mysql)
else
  as_pg() { "$@"; }
  as_my() { "$@"; }
  my_user=()
fi

# Layout under ROOT (DIR/data, or a mktemp directory named in DIR/state).
set_paths() {
  ROOT=$1
  PG_DATA=$ROOT/pg
  PG_SOCK=$ROOT/pg-run
  MY_DATA=$ROOT/mysql
  MY_RUN=$ROOT/mysql-run
  MY_SOCK=$MY_RUN/mysqld.sock
  MY_PIDFILE=$MY_RUN/mariadbd.pid
  TLS=$ROOT/tls
}
load_state() {
  local root=$DIR/data
  if [[ -f $DIR/state ]]; then root=$(sed -n 's/^ROOT=//p' "$DIR/state"); fi
  # Only ever DIR/data or one of our mktemp directories: stop removes ROOT.
  [[ $root == "$DIR/data" || $root =~ ^/tmp/barge-servers\.[A-Za-z0-9]+$ ]] || root=$DIR/data
  set_paths "$root"
}

port_free() {
  if command -v python3 >/dev/null; then
    # SO_REUSEADDR as the servers do: a port with only TIME_WAIT leftovers counts as free.
    python3 -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null
  else
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 1; fi
  fi
}
free_port() {
  local p
  for ((p = $1; p < $1 + 1000; p++)); do
    if port_free "$p"; then echo "$p"; return 0; fi
  done
  return 1
}

pg_up() { [[ -S $PG_SOCK/.s.PGSQL.$1 ]] && "$PGBIN/pg_isready" -q -h "$PG_SOCK" -p "$1" -t 3; }
my_up() { [[ -S $MY_SOCK ]] && mariadb-admin --no-defaults --socket="$MY_SOCK" --connect-timeout=3 -ubarge -p"$PASSWORD" ping >/dev/null 2>&1; }

# True if PID is alive and its command line names PATH (a stale pid file may name a reused pid).
ours() { [[ -n $1 && -r /proc/$1/cmdline ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$2"; }

do_stop() {
  load_state
  local pid i
  if [[ -f $PG_DATA/postmaster.pid ]]; then
    if ! as_pg "$PGBIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 30 >/dev/null 2>&1; then
      pid=$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
      if ours "$pid" "$PG_DATA"; then kill -9 "$pid" 2>/dev/null || true; fi
    fi
  fi
  if [[ -f $MY_PIDFILE ]]; then
    pid=$(cat "$MY_PIDFILE" 2>/dev/null || true)
    if ours "$pid" "$MY_DATA" && kill -TERM "$pid" 2>/dev/null; then   # SIGTERM is a clean shutdown
      for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$ROOT" "$DIR/data" "$DIR/env" "$DIR/state"
}

# Stops what did start, shows the end of the log, exits with a one-line reason (that names the
# log's first error line, if it has one).
fail() {
  local reason=$1 log=${2:-} first=''
  if [[ -n $log && -f $log ]]; then
    echo "---- last lines of $log ----" >&2
    tail -n 15 "$log" >&2
    echo "----" >&2
    first=$(grep -m1 -E '\[ERROR\]|FATAL:|PANIC:|error:' "$log" | sed -E 's/^.*\[ERROR\] *//; t; s/^.*(FATAL|PANIC): *//; t; s/^.*error: *//' || true)
  fi
  do_stop
  die "$reason${first:+: $first}${log:+ (log: $log)}"
}

# A throwaway CA (valid two days) and a server certificate it signed for CN localhost with the
# subject alternative names localhost and 127.0.0.1; each server gets its own copy of the key, owned
# by its user, because both refuse a key that others can read. other-ca.pem signed nothing.
make_certs() {
  mkdir -p "$TLS"
  local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  {
    openssl req -x509 "${ec[@]}" -days 2 -subj "/CN=Barge throwaway test CA" -keyout "$TLS/ca.key" -out "$TLS/ca.pem" &&
    openssl req -x509 "${ec[@]}" -days 2 -subj "/CN=Barge unrelated CA" -keyout "$TLS/other-ca.key" -out "$TLS/other-ca.pem" &&
    openssl req "${ec[@]}" -subj "/CN=localhost" -keyout "$TLS/server.key" -out "$TLS/server.csr" &&
    printf '%s\n' 'subjectAltName = DNS:localhost, IP:127.0.0.1' 'basicConstraints = CA:FALSE' \
      'keyUsage = digitalSignature, keyEncipherment' 'extendedKeyUsage = serverAuth' >"$TLS/server.ext" &&
    openssl x509 -req -days 2 -in "$TLS/server.csr" -CA "$TLS/ca.pem" -CAkey "$TLS/ca.key" -CAcreateserial \
      -extfile "$TLS/server.ext" -out "$TLS/server.pem"
  } >>"$DIR/pg.log" 2>&1 || fail "openssl could not make the test certificates" "$DIR/pg.log"
  rm -f "$TLS/ca.key" "$TLS/other-ca.key" "$TLS/server.csr" "$TLS/server.ext" "$TLS/ca.srl"
  chmod 755 "$TLS"
  chmod 644 "$TLS/ca.pem" "$TLS/other-ca.pem" "$TLS/server.pem"
  cp "$TLS/server.key" "$TLS/pg-server.key"
  mv "$TLS/server.key" "$TLS/my-server.key"
  chmod 600 "$TLS/pg-server.key" "$TLS/my-server.key"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$TLS/pg-server.key"; chown mysql: "$TLS/my-server.key"; fi
}

# my_launch PORT: starts mariadbd on the data directory and waits until it answers.
my_launch() {
  # setsid + no inherited descriptors: the server must outlive this script and not hold CTest's pipes.
  setsid "$MARIADBD" --no-defaults "${my_user[@]}" --datadir="$MY_DATA" --socket="$MY_SOCK" \
    --port="$1" --bind-address=127.0.0.1,127.0.0.2 --pid-file="$MY_PIDFILE" --local-infile=1 \
    --ssl-cert="$TLS/server.pem" --ssl-key="$TLS/my-server.key" --ssl-ca="$TLS/ca.pem" \
    --innodb-flush-log-at-trx-commit=0 --innodb-buffer-pool-size=256M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-name-resolve \
    </dev/null >>"$DIR/mariadb.log" 2>&1 &
  local my_pid=$! i
  for ((i = 0; i < 600; i++)); do
    if [[ -S $MY_SOCK ]] && mariadb-admin --no-defaults --socket="$MY_SOCK" --connect-timeout=2 -uroot ping >/dev/null 2>&1; then
      break
    fi
    kill -0 "$my_pid" 2>/dev/null || fail "MariaDB exited during startup on port $1" "$DIR/mariadb.log"
    sleep 0.1
  done
  ((i < 600)) || { kill -9 "$my_pid" 2>/dev/null || true; fail "MariaDB did not answer within 60 s" "$DIR/mariadb.log"; }
}

do_start() {
  # Already up? Then only print the environment again.
  if [[ -f $DIR/env ]]; then
    load_state
    local pgp myp
    pgp=$(sed -n 's/^BARGE_TEST_PG_PORT=//p' "$DIR/env")
    myp=$(sed -n 's/^BARGE_TEST_MYSQL_PORT=//p' "$DIR/env")
    if [[ -n $pgp && -n $myp ]] && pg_up "$pgp" && my_up; then
      cat "$DIR/env"
      return 0
    fi
  fi
  do_stop   # stale or half-started state

  [[ -x $PGBIN/initdb ]] || die "PostgreSQL 15 is not installed ($PGBIN/initdb missing): run scripts/install-deps.sh"
  [[ -x $MARIADBD ]] || die "MariaDB is not installed ($MARIADBD missing): run scripts/install-deps.sh"

  # Choose ROOT: DIR/data if the server users can reach it, socket paths fit (108 bytes) and it has no
  # blanks (mariadb-install-db breaks on them), else a mktemp directory in /tmp.
  set_paths "$DIR/data"
  local ok=1
  ((${#PG_SOCK} + 20 < 100 && ${#MY_SOCK} < 100)) || ok=0
  [[ $ROOT != *[[:space:]]* ]] || ok=0
  if ((ok)); then
    mkdir -p "$ROOT/pg-run" "$ROOT/mysql-run"
    chmod 755 "$ROOT"
    if [[ $(id -u) -eq 0 ]]; then
      chown postgres: "$ROOT/pg-run"
      chown mysql: "$ROOT/mysql-run"
      as_pg test -w "$ROOT/pg-run" 2>/dev/null && as_my test -w "$ROOT/mysql-run" 2>/dev/null || ok=0
    fi
    ((ok)) || rm -rf "$ROOT"
  fi
  if ((!ok)); then
    set_paths "$(mktemp -d /tmp/barge-servers.XXXXXX)"
    chmod 755 "$ROOT"
    mkdir -p "$PG_SOCK" "$MY_RUN"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$PG_SOCK"; chown mysql: "$MY_RUN"; fi
  fi
  echo "ROOT=$ROOT" >"$DIR/state"
  mkdir -p "$PG_DATA" "$MY_DATA"
  chmod 700 "$PG_DATA"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$PG_DATA"; chown mysql: "$MY_DATA"; fi
  # Logs are opened here, by the caller, and handed to the servers as stdout/stderr.
  : >"$DIR/pg.log"
  : >"$DIR/mariadb.log"

  make_certs

  # ---- PostgreSQL ----
  local locale=C
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' && locale=C.UTF-8
  local pwfile=$PG_SOCK/pwfile
  echo "$PASSWORD" >"$pwfile"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$pwfile"; fi
  as_pg "$PGBIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale="$locale" --no-sync \
    </dev/null >>"$DIR/pg.log" 2>&1 || fail "PostgreSQL initdb failed" "$DIR/pg.log"
  rm -f "$pwfile"
  echo "host all all 127.0.0.2/32 scram-sha-256" >>"$PG_DATA/pg_hba.conf"
  local pg_port
  pg_port=$(free_port $PG_PORT_BASE) || fail "no free TCP port for PostgreSQL from $PG_PORT_BASE"
  as_pg "$PGBIN/pg_ctl" start -w -t 60 -D "$PG_DATA" -o "-k '$PG_SOCK' -p $pg_port \
-c listen_addresses=127.0.0.1,127.0.0.2 -c ssl=on -c ssl_cert_file='$TLS/server.pem' \
-c ssl_key_file='$TLS/pg-server.key' -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
    </dev/null >>"$DIR/pg.log" 2>&1 || fail "PostgreSQL did not start on port $pg_port" "$DIR/pg.log"
  "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK" -p "$pg_port" -U postgres -d postgres \
    -c "CREATE ROLE barge LOGIN SUPERUSER PASSWORD '$PASSWORD'" \
    -c "CREATE DATABASE barge_test OWNER barge" >>"$DIR/pg.log" 2>&1 \
    || fail "PostgreSQL started but creating role/database barge failed" "$DIR/pg.log"

  # ---- MariaDB ----
  mariadb-install-db --no-defaults "${my_user[@]}" --datadir="$MY_DATA" --auth-root-authentication-method=normal \
    --skip-test-db </dev/null >>"$DIR/mariadb.log" 2>&1 \
    || fail "mariadb-install-db failed" "$DIR/mariadb.log"
  local my_port
  my_port=$(free_port $MY_PORT_BASE) || fail "no free TCP port for MariaDB from $MY_PORT_BASE"
  my_launch "$my_port"
  mariadb --no-defaults --socket="$MY_SOCK" -uroot >>"$DIR/mariadb.log" 2>&1 <<SQL || fail "MariaDB started but creating user/database barge failed" "$DIR/mariadb.log"
DELETE FROM mysql.global_priv WHERE User = '';
FLUSH PRIVILEGES;
CREATE USER 'barge'@'%' IDENTIFIED BY '$PASSWORD';
CREATE USER 'barge'@'localhost' IDENTIFIED BY '$PASSWORD';
GRANT ALL ON *.* TO 'barge'@'%' WITH GRANT OPTION;
GRANT ALL ON *.* TO 'barge'@'localhost' WITH GRANT OPTION;
CREATE DATABASE barge_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SQL

  cat >"$DIR/env.tmp" <<ENV
BARGE_TEST_PG_URL=postgresql://barge:$PASSWORD@127.0.0.1:$pg_port/barge_test
BARGE_TEST_PG_SOCKET=$PG_SOCK
BARGE_TEST_PG_PORT=$pg_port
BARGE_TEST_MYSQL_URL=mysql://barge:$PASSWORD@127.0.0.1:$my_port/barge_test
BARGE_TEST_MYSQL_SOCKET=$MY_SOCK
BARGE_TEST_MYSQL_PORT=$my_port
BARGE_TEST_PASSWORD=$PASSWORD
BARGE_TEST_CA_FILE=$TLS/ca.pem
BARGE_TEST_OTHER_CA_FILE=$TLS/other-ca.pem
BARGE_TEST_UNCERTIFIED_HOST=127.0.0.2
ENV
  mv "$DIR/env.tmp" "$DIR/env"
  cat "$DIR/env"
}

# For tests that break things: a server killed the way a power cut would (no shutdown), and the
# same server started again on its data directory, port and socket.
do_crash() {
  load_state
  case $1 in
    postgresql) as_pg "$PGBIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 >/dev/null ;;
    mariadb) local pid; pid=$(cat "$MY_PIDFILE"); ours "$pid" "$MY_DATA" && kill -9 "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done ;;
    *) die "crash postgresql|mariadb DIR" ;;
  esac
}

do_restart() {
  load_state
  case $1 in
    # pg_ctl restart starts a stopped server with the options of its last start (postmaster.opts).
    postgresql) as_pg "$PGBIN/pg_ctl" restart -D "$PG_DATA" -w -t 60 </dev/null >>"$DIR/pg.log" 2>&1 \
      || fail "PostgreSQL did not start again" "$DIR/pg.log" ;;
    mariadb) my_launch "$(sed -n 's/^BARGE_TEST_MYSQL_PORT=//p' "$DIR/env")" ;;
    *) die "restart postgresql|mariadb DIR" ;;
  esac
}

case $cmd in
  start) do_start ;;
  stop) do_stop ;;
  crash) do_crash "$server" ;;
  restart) do_restart "$server" ;;
  env) [[ -f $DIR/env ]] || die "no $DIR/env: servers not started"; cat "$DIR/env" ;;
  *) usage ;;
esac
