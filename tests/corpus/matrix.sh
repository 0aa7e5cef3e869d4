#!/usr/bin/env bash
# Migrates every corpus database (loaded by tests/corpus/load.sh) with `barge copy` in every direction
# among SQLite, PostgreSQL and MariaDB, and checks each result:
#   tests/corpus/matrix.sh BARGE CORPUS_DIR ENVFILE WORKDIR [NAME...]
# For an entry native to engine E, with A and B the other two engines:
#   hop 1: E -> A, E -> B                         (from the loaded native database)
#   hop 2: A -> B, B -> A, A -> E, B -> E         (from the hop-1 results, into fresh databases)
# so all six directions run on every entry (a hop-1 copy that fails skips its hop-2 copies). Each copy runs with --verify (row counts and per-column
# content checksums) and --save-profile; then `barge verify PROFILE` runs on the result, and the
# primary keys, foreign keys and indexes of source and target are compared (names folded to lower
# case; MariaDB's implicit indexes for foreign keys are not counted).
# Server databases are named cx_NAME_<n> (dropped first); SQLite results go to WORKDIR. Logs, reports
# and schema summaries: WORKDIR/NAME/. Prints one line per copy (ok, rc=N, verify-rc=N or
# schema-diff(pk,fk,ix,t): what differs) and a total; exits 1 if any copy failed.
# Note: barge's verify compares contents only for tables with a primary key; others by count only. Needs: mariadb, psql, sqlite3.
set -uo pipefail

if (($# < 4)); then
  echo "usage: $0 BARGE CORPUS_DIR ENVFILE WORKDIR [NAME...]" >&2
  exit 2
fi
barge=$1 dir=$2 envfile=$3 work=$4
shift 4
mkdir -p "$work"
work=$(cd "$work" && pwd -P)
env_get() { sed -n "s/^$1=//p" "$envfile"; }
PW=$(env_get BARGE_TEST_PASSWORD)
MY_PORT=$(env_get BARGE_TEST_MYSQL_PORT)
PG_PORT=$(env_get BARGE_TEST_PG_PORT)
export PGPASSWORD=$PW MYSQL_PWD=$PW
my() { mariadb --no-defaults --protocol=tcp -h127.0.0.1 -P"$MY_PORT" -ubarge "$@"; }
pg() { psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U barge "$@"; }

names=("$@")
if ((${#names[@]} == 0)); then
  for f in "$dir"/*.expect; do names+=("$(basename "$f" .expect)"); done
fi

# A location is ENGINE:WHERE, WHERE a database name or an SQLite file.
url() {
  case ${1%%:*} in
    sqlite) echo "sqlite://${1#*:}" ;;
    postgresql) echo "postgresql://barge@127.0.0.1:$PG_PORT/${1#*:}" ;;
    mariadb) echo "mysql://barge@127.0.0.1:$MY_PORT/${1#*:}" ;;
  esac
}
fresh() { # LOCATION: make it empty
  local w=${1#*:}
  case ${1%%:*} in
    sqlite) rm -f "$w" ;;
    postgresql) pg -d postgres -c "DROP DATABASE IF EXISTS \"$w\"" -c "CREATE DATABASE \"$w\"" >/dev/null 2>&1 ;;
    mariadb) my -e "DROP DATABASE IF EXISTS \`$w\`; CREATE DATABASE \`$w\`" ;;
  esac
}

# Schema summary, one sorted line per fact, names in lower case:
#   T table | PK table cols | FK table (cols) -> reftable (refcols) | IX table [unique] cols
summary() {
  local w=${1#*:}
  case ${1%%:*} in
    sqlite)
      sqlite3 -separator ' ' "$w" "
        SELECT 'T', m.name FROM sqlite_master m WHERE m.type='table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\';
        SELECT 'PK', m.name, (SELECT group_concat(name, ',') FROM
                                (SELECT c.name FROM pragma_table_info(m.name) c WHERE c.pk > 0 ORDER BY c.pk))
          FROM sqlite_master m WHERE m.type='table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
          AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.pk > 0);
        SELECT 'FK', m.name, '(' || group_concat(f.\"from\", ',') || ') ->', f.\"table\",
               '(' || group_concat(coalesce(f.\"to\", '?'), ',') || ')'
          FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type='table' GROUP BY m.name, f.id;
        SELECT 'IX', m.name, CASE WHEN i.\"unique\" THEN 'unique' ELSE '' END,
               (SELECT group_concat(coalesce(x.name, '<expr>'), ',') FROM pragma_index_info(i.name) x)
          FROM sqlite_master m, pragma_index_list(m.name) i WHERE m.type='table' AND i.origin != 'pk';"
      ;;
    postgresql)
      pg -d "$w" -At -F ' ' -c "
        SELECT 'T', c.relname FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace
          WHERE n.nspname='public' AND c.relkind IN ('r','p');
        SELECT 'PK', t.relname, string_agg(a.attname, ',' ORDER BY k.ord)
          FROM pg_constraint x JOIN pg_class t ON t.oid=x.conrelid JOIN pg_namespace n ON n.oid=t.relnamespace
          CROSS JOIN unnest(x.conkey) WITH ORDINALITY k(att, ord) JOIN pg_attribute a ON a.attrelid=t.oid AND a.attnum=k.att
          WHERE x.contype='p' AND n.nspname='public' GROUP BY t.relname, x.oid;
        SELECT 'FK', t.relname,
               '(' || (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(x.conkey) WITH ORDINALITY k(att, ord)
                       JOIN pg_attribute a ON a.attrelid=x.conrelid AND a.attnum=k.att) || ') ->', r.relname,
               '(' || (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(x.confkey) WITH ORDINALITY k(att, ord)
                       JOIN pg_attribute a ON a.attrelid=x.confrelid AND a.attnum=k.att) || ')'
          FROM pg_constraint x JOIN pg_class t ON t.oid=x.conrelid JOIN pg_class r ON r.oid=x.confrelid
          JOIN pg_namespace n ON n.oid=t.relnamespace WHERE x.contype='f' AND n.nspname='public';
        SELECT 'IX', t.relname, CASE WHEN i.indisunique THEN 'unique' ELSE '' END,
               (SELECT string_agg(CASE WHEN k.att = 0 THEN '<expr>' ELSE a.attname END, ',' ORDER BY k.ord)
                  FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(att, ord)
                  LEFT JOIN pg_attribute a ON a.attrelid=t.oid AND a.attnum=k.att)
          FROM pg_index i JOIN pg_class t ON t.oid=i.indrelid JOIN pg_namespace n ON n.oid=t.relnamespace
          WHERE n.nspname='public' AND NOT i.indisprimary;"
      ;;
    mariadb)
      my -N -B "$w" -e "
        SELECT 'T', table_name FROM information_schema.tables WHERE table_schema=DATABASE() AND table_type='BASE TABLE';
        SELECT 'PK', table_name, group_concat(column_name ORDER BY seq_in_index SEPARATOR ',')
          FROM information_schema.statistics WHERE table_schema=DATABASE() AND index_name='PRIMARY' GROUP BY table_name;
        SELECT 'FK', k.table_name, concat('(', group_concat(k.column_name ORDER BY k.ordinal_position SEPARATOR ','), ') ->'),
               k.referenced_table_name, concat('(', group_concat(k.referenced_column_name ORDER BY k.ordinal_position SEPARATOR ','), ')')
          FROM information_schema.key_column_usage k WHERE k.table_schema=DATABASE() AND k.referenced_table_name IS NOT NULL
          GROUP BY k.table_name, k.constraint_name, k.referenced_table_name;
        SELECT 'IX', s.table_name, IF(min(s.non_unique)=0, 'unique', ''), group_concat(s.column_name ORDER BY s.seq_in_index SEPARATOR ',')
          FROM information_schema.statistics s WHERE s.table_schema=DATABASE() AND s.index_name != 'PRIMARY'
          GROUP BY s.table_name, s.index_name;" | tr '\t' ' '
      ;;
  esac | sed 's/  */ /g; s/ $//' | tr '[:upper:]' '[:lower:]' | LC_ALL=C sort |
    # A plain index on exactly a foreign key's columns is left out on every engine: MariaDB makes one
    # for each foreign key that has none, and copying it elsewhere is harmless.
    awk '{ line[NR] = $0 }
         $1 == "fk" { c = $0; sub(/^fk /, "", c); sub(/ -> .*/, "", c); fk[c] = 1 }
         END { for (i = 1; i <= NR; i++) { $0 = line[i]
                 if ($1 == "ix" && $3 != "unique") { k = $0; sub(/^ix /, "", k); n = split(k, p, " ")
                   t = p[1]; for (j = 2; j < n; j++) t = t " " p[j]
                   if ((t " (" p[n] ")") in fk) continue }
                 print } }'
}

declare -A result
n=0 failed=0
copy() { # NAME FROM TO LABEL
  local name=$1 from=$2 to=$3 label=$4 log rc status
  local d=$work/$name
  mkdir -p "$d"
  n=$((n + 1))
  log=$d/$label.log
  fresh "$to"
  local start=$SECONDS
  (cd "$d" && "$barge" copy "$(url "$from")" "$(url "$to")" --verify --quiet --report "$d/$label.json" \
    --rejects "$d" --save-profile "$d/$label.profile" </dev/null >"$log" 2>&1)
  rc=$?
  status="rc=$rc"
  if ((rc == 0)); then
    # the profile's own verify
    (cd "$d" && "$barge" verify "$d/$label.profile" </dev/null >"$d/$label.verify.log" 2>&1) || status="verify-rc=$?"
    summary "$from" >"$d/$label.from.schema" 2>&1
    summary "$to" >"$d/$label.to.schema" 2>&1
    local missing extra
    missing=$(comm -23 "$d/$label.from.schema" "$d/$label.to.schema")
    extra=$(comm -13 "$d/$label.from.schema" "$d/$label.to.schema")
    if [[ -n $missing || -n $extra ]]; then
      { echo "in source, not in target:"; echo "$missing"; echo "in target, not in source:"; echo "$extra"; } >"$d/$label.schema.diff"
      local kinds
      kinds=$( { echo "$missing"; echo "$extra"; } | awk 'NF {print $1}' | sort -u | paste -sd, -)
      [[ $status == rc=0 ]] && status="schema-diff($kinds)" || status="$status schema-diff($kinds)"
    fi
    [[ $status == rc=0 ]] && status=ok
  else
    failed=$((failed + 1))
  fi
  result[$name,$label]=$status
  printf '%-10s %-22s %-28s %4ss  %s\n' "$name" "$label" "${to#*:}" "$((SECONDS - start))" "$status"
  [[ $status == ok ]]
}

engines="sqlite postgresql mariadb"
short() { case $1 in sqlite) echo sqlite ;; postgresql) echo pg ;; mariadb) echo my ;; esac; }
for name in "${names[@]}"; do
  if [[ -f $dir/$name.mariadb.sql ]]; then native=mariadb; src=mariadb:corpus_$name
  elif [[ -f $dir/$name.pg.sql ]]; then native=postgresql; src=postgresql:corpus_$name
  else native=sqlite; mkdir -p "$work/$name"; cp "$dir/$name.sqlite" "$work/$name/source.sqlite"; src=sqlite:$work/$name/source.sqlite
  fi
  loc() { # ENGINE TAG
    case $1 in
      sqlite) echo "sqlite:$work/$name/$2.sqlite" ;;
      *) echo "$1:cx_${name}_$2" ;;
    esac
  }
  others=()
  for e in $engines; do [[ $e == "$native" ]] || others+=("$e"); done
  for a in "${others[@]}"; do
    l="$(short "$native")-$(short "$a")"
    copy "$name" "$src" "$(loc "$a" "$l")" "$l" || true
  done
  for a in "${others[@]}"; do
    la="$(short "$native")-$(short "$a")"
    [[ ${result[$name,$la]} == rc=* ]] && continue
    for b in $engines; do
      [[ $b == "$a" ]] && continue
      l="$la-$(short "$b")"
      copy "$name" "$(loc "$a" "$la")" "$(loc "$b" "$l")" "$l" || true
    done
  done
done

echo
echo "copies: $n; failed: $failed (see $work/NAME/LABEL.log, .json, .schema.diff, .verify.log)"
((failed == 0))
