#!/usr/bin/env bash
# Loads the corpus built by scripts/fetch-corpus.sh into the throwaway servers of scripts/servers.sh,
# one database per entry named corpus_NAME (dropped and created anew), and checks every table's row
# count against NAME.expect. SQLite entries are files: only their counts are checked.
#   tests/corpus/load.sh CORPUS_DIR ENVFILE [NAME...]     (ENVFILE: the DIR/env servers.sh wrote)
# MySQL-native NAME.mariadb.sql goes into MariaDB, PostgreSQL-native NAME.pg.sql into PostgreSQL (in one
# transaction, ON_ERROR_STOP). Prints one line per entry; exits 1 if any entry failed to load or count.
# Needs: mariadb, psql, sqlite3.
set -euo pipefail

if (($# < 2)); then
  echo "usage: $0 CORPUS_DIR ENVFILE [NAME...]" >&2
  exit 2
fi
dir=$1 envfile=$2
shift 2
[[ -f $envfile ]] || { echo "load.sh: no $envfile (start the servers with scripts/servers.sh start DIR)" >&2; exit 2; }
env_get() { sed -n "s/^$1=//p" "$envfile"; }
PW=$(env_get BARGE_TEST_PASSWORD)
MY_PORT=$(env_get BARGE_TEST_MYSQL_PORT)
PG_PORT=$(env_get BARGE_TEST_PG_PORT)
export PGPASSWORD=$PW
my() { mariadb --no-defaults --protocol=tcp -h127.0.0.1 -P"$MY_PORT" -ubarge -p"$PW" "$@"; }
pg() { psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U barge "$@"; }

names=("$@")
if ((${#names[@]} == 0)); then
  for f in "$dir"/*.expect; do n=$(basename "$f" .expect); names+=("$n"); done
fi

failed=0
for name in "${names[@]}"; do
  db=corpus_$name
  log=$(mktemp)
  start=$SECONDS
  if [[ -f $dir/$name.mariadb.sql ]]; then
    kind=mariadb
    ok=1
    my -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\`" >"$log" 2>&1 &&
      my "$db" <"$dir/$name.mariadb.sql" >>"$log" 2>&1 || ok=0
    count() { my -N -B "$db" -e "SELECT count(*) FROM \`$1\`"; }
  elif [[ -f $dir/$name.pg.sql ]]; then
    kind=postgresql
    ok=1
    pg -d postgres -c "DROP DATABASE IF EXISTS \"$db\"" -c "CREATE DATABASE \"$db\"" >"$log" 2>&1 &&
      pg -v ON_ERROR_STOP=1 -1 -d "$db" -f "$dir/$name.pg.sql" >>"$log" 2>&1 || ok=0
    count() { pg -d "$db" -At -c "SELECT count(*) FROM \"$1\""; }
  elif [[ -f $dir/$name.sqlite ]]; then
    kind=sqlite
    ok=1
    count() { sqlite3 "$dir/$name.sqlite" "SELECT count(*) FROM \"$1\""; }
  else
    echo "FAIL $name: no $name.mariadb.sql, $name.pg.sql or $name.sqlite in $dir"
    failed=1
    continue
  fi
  if ((!ok)); then
    echo "FAIL $name ($kind): loading failed:"
    tail -n 20 "$log" | sed 's/^/    /'
    failed=1
    rm -f "$log"
    continue
  fi
  tables=0 rows=0 bad=()
  while IFS= read -r line; do
    t=${line% *} want=${line##* }
    have=$(count "$t" </dev/null 2>&1) || have="error: $have"
    [[ $have == "$want" ]] || bad+=("$t has $have rows, expected $want")
    tables=$((tables + 1)) rows=$((rows + want))
  done <"$dir/$name.expect"
  if ((${#bad[@]})); then
    echo "FAIL $name ($kind): row counts differ:"
    printf '    %s\n' "${bad[@]}"
    failed=1
  else
    where="database $db"
    [[ $kind == sqlite ]] && where="$name.sqlite"
    echo "ok   $name ($kind, $where): $tables tables, $rows rows, $((SECONDS - start)) s"
  fi
  rm -f "$log"
done
exit $failed
