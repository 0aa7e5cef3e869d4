#!/usr/bin/env bash
# Migrates every corpus database (loaded by tests/corpus/load.sh) with `barge copy` in every direction
# among SQLite, PostgreSQL and MariaDB, and checks each result:
#   tests/corpus/matrix.sh BARGE CORPUS_DIR ENVFILE WORKDIR [NAME...]
# For an entry native to engine E, with A and B the other two engines:
#   hop 1: E -> A, E -> B                         (from the loaded native database)
#   hop 2: A -> B, B -> A, A -> E, B -> E         (from the hop-1 results, into fresh databases)
#   same engine: E -> E                           (from the native database into a fresh one)
# so all six cross-engine directions and the same-engine copy run on every entry (a hop-1 copy that
# fails leaves its two hop-2 copies not run, and counted as such). Each copy runs with --verify (row
# counts and per-column content checksums) and --save-profile; then `barge verify PROFILE` runs on the
# result, and the primary keys, foreign keys and indexes of source and target are compared (names
# folded to lower case; MariaDB's implicit indexes for foreign keys are not counted). A same-engine
# copy on a server must also give back the source's DDL (see ddl below): MariaDB's SHOW CREATE TABLE,
# PostgreSQL's pg_dump --schema-only, table by table, but for the differences in the allow-list.
# Server databases are named cx_NAME_<label> (dropped first); SQLite results go to WORKDIR. Logs,
# reports, schema summaries and DDL: WORKDIR/NAME/. Prints one line per copy (ok, rc=N with barge's
# reason, verify-rc=N, schema-diff(pk,fk,ix,t), ddl-diff(objects) with the first differing lines),
# then "N passed, M failed"; a copy passes only when it is ok. Exits 1 if any copy failed or did
# not run. Deterministic: nothing depends on timing (the seconds shown are for information).
# Note: barge's verify compares contents only for tables with a primary key; others by count only.
# Needs: mariadb, psql, pg_dump (postgresql-client-15), sqlite3.
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
  w=${w%%\?*} # an SQLite source's URL options
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

# --- same-engine copies: the declared DDL, table by table ------------------------------------------
# A copy E -> E keeps declared types (docs/type-mapping.md, "Same engine, same DDL"), so the DDL of
# source and copy must be the same. ddl LOCATION prints one "OBJECT<TAB>LINE" per line of it, grouped
# by object (sorted by name), each line with its leading blanks and trailing comma taken off:
#  MariaDB: SHOW CREATE TABLE of every base table, OBJECT "table NAME"; ` AUTO_INCREMENT=N` and the
#    database's name (as DB) taken out; the index and constraint lines sorted (their order is only
#    the order they were created in), the column lines kept in order.
#  PostgreSQL: pg_dump --schema-only --no-owner --no-privileges, split at its "-- Name: ...; Type: ..."
#    headers: a table's CREATE TABLE, constraints, column defaults and indexes under "table NAME",
#    sequences, types, domains and the like under "KIND NAME"; the `public.` qualifier and the
#    database's name taken out, each ALTER TABLE statement on one line. Not compared, because barge copies tables and not these: functions,
#    procedures, aggregates, views, triggers, rules, the schema itself and its comment.
PG_DUMP=pg_dump
[[ -x /usr/lib/postgresql/15/bin/pg_dump ]] && PG_DUMP=/usr/lib/postgresql/15/bin/pg_dump
ddl() {
  local w=${1#*:} t
  case ${1%%:*} in
    mariadb)
      my -N -B "$w" -e "SELECT table_name FROM information_schema.tables
                          WHERE table_schema=DATABASE() AND table_type='BASE TABLE' ORDER BY table_name" |
        while IFS= read -r t; do
          my -N -B --raw "$w" -e "SHOW CREATE TABLE \`${t//\`/\`\`}\`" </dev/null |
            awk -v t="$t" -v db="$w" 'NR == 1 { sub(/^[^\t]*\t/, "") }
              { sub(/ AUTO_INCREMENT=[0-9]+/, ""); gsub("`" db "`", "DB"); sub(/^ +/, ""); sub(/,$/, "")
                k = $0 ~ /^(PRIMARY KEY|UNIQUE KEY|KEY|FULLTEXT KEY|SPATIAL KEY|CONSTRAINT) / ? "2" : \
                    $0 ~ /^`/ ? sprintf("1%06d", NR) : (NR == 1 ? "0" : "3")
                printf "table %s\t%s\t%s\n", t, k, $0 }' | LC_ALL=C sort -t $'\t' -k2,2 -k3 | cut -f1,3
        done
      ;;
    postgresql)
      "$PG_DUMP" -h 127.0.0.1 -p "$PG_PORT" -U barge --schema-only --no-owner --no-privileges "$w" |
        awk -v db="$w" '
          /^-- Name: .*; Type: .*; Schema: / {
            name = $0; sub(/^-- Name: /, "", name); sub(/; Type: .*/, "", name)
            type = $0; sub(/^.*; Type: /, "", type); sub(/; Schema: .*/, "", type)
            if (type ~ /^(FUNCTION|PROCEDURE|AGGREGATE|VIEW|MATERIALIZED VIEW|TRIGGER|RULE|SCHEMA|EXTENSION)$/ ||
                (type == "COMMENT" && name ~ /^SCHEMA /)) obj = ""
            else if (type ~ /^(TABLE|CONSTRAINT|FK CONSTRAINT|CHECK CONSTRAINT|DEFAULT)$/) { sub(/ .*/, "", name); obj = "table " name }
            else if (type == "INDEX") obj = "index?"
            else if (type == "SEQUENCE OWNED BY") obj = "sequence " name
            else obj = tolower(type) " " name
            next }
          /^--/ || /^ *$/ || /^\\(un)?restrict / || /^SET / || /^SELECT pg_catalog\.set_config/ { next }
          obj == "" { next }
          { line = $0; gsub(/public\./, "", line); gsub("\"" db "\"", "DB", line); sub(/^ +/, "", line); sub(/,$/, "", line)
            # an ALTER TABLE statement (constraints, defaults) on one line, whatever its length
            if (alter != "") { line = alter " " line; alter = "" }
            if (line ~ /^ALTER TABLE / && line !~ /;$/) { alter = line; next }
            o = obj
            if (o == "index?") { o = line; sub(/^.* ON (ONLY )?/, "", o); sub(/ USING .*/, "", o); gsub(/"/, "", o); o = "table " o }
            printf "%s\t%06d\t%s\n", o, NR, line }' | LC_ALL=C sort -t $'\t' -k1,1 -k2,2 | cut -f1,3
      ;;
  esac
}

# Options of an entry's native SQLite source URL. Northwind's SQLite edition holds its accented
# text in windows-1252 (`M\xfcnchen`); without the option those rows are rejected, never changed
# (tst_sqlitequirks tests that).
declare -A source_options=(
  [northwind]='?encoding=windows-1252'
)

# Copies expected to end with rc=1, each ENTRY|PATTERN: the copy counts as passed when every table the
# report calls failed is named by a pattern (an extended regex over the line under that table).
# Northwind declares Products.ProductID REFERENCES Categories, which 69 of its own rows break: the
# foreign key is refused on PostgreSQL and MariaDB (SQLite declares it without checking), the rows
# are all written.
expected_failures=$(grep -v '^#' <<'EXPECT'
northwind|foreign keys not added: .*Products.*(Products_ProductID_fkey|foreign key ProductID: 69 rows of Products without a row in Categories)
EXPECT
)

# Differences between source and target keys and indexes (summary) that the plan announces, each
# ENTRY|SIDE|LINE with SIDE "-" (only in the source) or "+" (only in the target):
schema_allowed=$(grep -v '^#' <<'ALLOW'
# Full-text, spatial and GiST indexes have no equivalent in the other engines ("not created" notes).
sakila|-|ix address location
sakila|-|ix film_text title,description
ds2|-|ix products actor
ds2|-|ix products title
sampdb|-|ix apothegm attribution
sampdb|-|ix apothegm phrase
sampdb|-|ix apothegm phrase,attribution
dvdrental|-|ix film fulltext
# proj.db's usage table holds NULLs in its primary key, which only SQLite allows: a unique index.
proj|-|pk usage auth_name,code
proj|+|ix usage unique auth_name,code
ALLOW
)

# Differences the documentation lists (docs/type-mapping.md, "Same engine, same DDL"), each one line
# ENTRY|SIDE|OBJECT|LINE: SIDE "-" for a line only the source has, "+" for one only the copy has;
# OBJECT "*" for any table. A line matches only exactly; any difference not listed fails the copy.
ddl_allowed=$(grep -v '^#' <<'ALLOW'
# PostgreSQL: only the enums and domains a copied table names are created; no sportsdb table names
# the domain primary_id.
sportsdb|-|domain primary_id|CREATE DOMAIN primary_id AS integer;
ALLOW
)

# ddl_check NAME FROM TO DIR LABEL: compares ddl of FROM and TO; writes LABEL.{from,to}.ddl and, when
# they differ, LABEL.ddl.diff; prints the objects with differences the allow-list does not cover.
ddl_check() {
  local name=$1 from=$2 to=$3 d=$4 label=$5
  ddl "$from" >"$d/$label.from.ddl" 2>&1
  ddl "$to" >"$d/$label.to.ddl" 2>&1
  diff --unchanged-line-format= --old-line-format='-|%L' --new-line-format='+|%L' \
    "$d/$label.from.ddl" "$d/$label.to.ddl" | sed 's/\t/|/' >"$d/$label.ddl.diff"
  if [[ ! -s $d/$label.ddl.diff ]]; then
    rm -f "$d/$label.ddl.diff"
    return 0
  fi
  # SIDE|OBJECT|LINE -> "allowed" or "UNEXPECTED", then the line; prints the unexpected objects
  awk -v name="$name" -v allow="$ddl_allowed" '
    BEGIN { n = split(allow, a, "\n"); for (i = 1; i <= n; i++) ok[a[i]] = 1 }
    { side = substr($0, 1, 1); rest = substr($0, 3); obj = rest; sub(/\|.*/, "", obj); line = substr(rest, length(obj) + 2)
      allowed = (name "|" side "|" obj "|" line) in ok || (name "|" side "|*|" line) in ok
      print (allowed ? "allowed    " : "UNEXPECTED ") $0 > FILENAME ".tmp"
      if (!allowed && !(obj in seen)) { seen[obj] = 1; print (obj ~ /^table / ? 0 : 1) "\t" obj } }' "$d/$label.ddl.diff" |
    LC_ALL=C sort -s -t $'\t' -k1,1 | cut -f2   # tables first
  # the same order in the file: the unexpected lines of tables first, then those of other objects
  awk '{ print (/^UNEXPECTED / ? (/^UNEXPECTED .\|table / ? 0 : 1) : 2) "\t" $0 }' "$d/$label.ddl.diff.tmp" |
    LC_ALL=C sort -s -t $'\t' -k1,1 | cut -f2- >"$d/$label.ddl.diff"
  rm -f "$d/$label.ddl.diff.tmp"
}

# schema_unannounced NAME SIDE: the summary lines on stdin that schema_allowed does not list.
schema_unannounced() {
  awk -v key="$1|$2|" -v allow="$schema_allowed" '
    BEGIN { n = split(allow, a, "\n"); for (i = 1; i <= n; i++) ok[a[i]] = 1 }
    !((key $0) in ok)'
}

# expected_failure NAME LOG: true when the copy's every failed table is one expected_failures names.
expected_failure() {
  local name=$1 log=$2
  awk -v name="$name" -v expect="$expected_failures" '
    BEGIN { n = split(expect, e, "\n"); for (i = 1; i <= n; i++) if (index(e[i], name "|") == 1) pat[++m] = substr(e[i], length(name) + 2) }
    /^[^ ].* failed$/ { failed++; f = 1; next } /^[^ ]/ { f = 0 }
    f && /^    / { for (i = 1; i <= m; i++) if ($0 ~ pat[i]) { matched++; f = 0; break } }
    END { exit !(m > 0 && failed > 0 && matched == failed) }' "$log"
}

declare -A result
n=0 failed=0 skipped=0
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
  if ((rc == 1)) && expected_failure "$name" "$log"; then
    status="ok (expected: $(grep -o 'foreign keys not added' "$log" | head -n 1))"
    result[$name,$label]=$status
    printf '%-10s %-22s %-28s %4ss  %s\n' "$name" "$label" "${to#*:}" "$((SECONDS - start))" "$status"
    return 0
  fi
  if ((rc == 0)); then
    # the profile's own verify
    (cd "$d" && "$barge" verify "$d/$label.profile" </dev/null >"$d/$label.verify.log" 2>&1) || status="verify-rc=$?"
    summary "$from" >"$d/$label.from.schema" 2>&1
    summary "$to" >"$d/$label.to.schema" 2>&1
    local missing extra
    missing=$(comm -23 "$d/$label.from.schema" "$d/$label.to.schema" | schema_unannounced "$name" -)
    extra=$(comm -13 "$d/$label.from.schema" "$d/$label.to.schema" | schema_unannounced "$name" +)
    if [[ -n $missing || -n $extra ]]; then
      { echo "in source, not in target:"; echo "$missing"; echo "in target, not in source:"; echo "$extra"; } >"$d/$label.schema.diff"
      local kinds
      kinds=$( { echo "$missing"; echo "$extra"; } | awk 'NF {print $1}' | sort -u | paste -sd, -)
      [[ $status == rc=0 ]] && status="schema-diff($kinds)" || status="$status schema-diff($kinds)"
    fi
    if [[ ${from%%:*} == "${to%%:*}" && ${from%%:*} != sqlite ]]; then
      local objects
      objects=$(ddl_check "$name" "$from" "$to" "$d" "$label")
      if [[ -n $objects ]]; then
        local count
        count=$(wc -l <<<"$objects")
        objects=$(head -n 5 <<<"$objects" | sed 's/^table //' | paste -sd, -)
        ((count <= 5)) || objects="$objects and $((count - 5)) more"
        [[ $status == rc=0 ]] && status="ddl-diff($objects)" || status="$status ddl-diff($objects)"
      fi
    fi
    [[ $status == rc=0 ]] && status=ok
  fi
  [[ $status == ok ]] || failed=$((failed + 1))
  result[$name,$label]=$status
  printf '%-10s %-22s %-28s %4ss  %s\n' "$name" "$label" "${to#*:}" "$((SECONDS - start))" "$status"
  if [[ $status == rc=* ]]; then # why: the details under the tables that failed, else the log's end
    local why
    why=$(awk '/^[^ ].* failed$/ { f = 1; next } /^[^ ]/ { f = 0 } f && /^    / && !/^    rejected rows:/' "$log")
    [[ -n $why ]] || why=$(awk 'NF' "$log" | tail -n 3)
    head -n 3 <<<"$why" | cut -c1-400 | sed 's/^ */      /'
  fi
  if [[ $status == *ddl-diff* ]]; then # the first differences, "-" only in the source, "+" only in the copy
    grep '^UNEXPECTED' "$d/$label.ddl.diff" | head -n 8 | sed 's/^UNEXPECTED /      /'
    local more
    more=$(($(grep -c '^UNEXPECTED' "$d/$label.ddl.diff") - 8))
    ((more <= 0)) || echo "      ... and $more more lines: $d/$label.ddl.diff"
  fi
  [[ $status == ok ]]
}

engines="sqlite postgresql mariadb"
short() { case $1 in sqlite) echo sqlite ;; postgresql) echo pg ;; mariadb) echo my ;; esac; }
for name in "${names[@]}"; do
  if [[ -f $dir/$name.mariadb.sql ]]; then native=mariadb; src=mariadb:corpus_$name
  elif [[ -f $dir/$name.pg.sql ]]; then native=postgresql; src=postgresql:corpus_$name
  else native=sqlite; mkdir -p "$work/$name"; cp "$dir/$name.sqlite" "$work/$name/source.sqlite"; src=sqlite:$work/$name/source.sqlite${source_options[$name]:-}
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
    for b in $engines; do
      [[ $b == "$a" ]] && continue
      l="$la-$(short "$b")"
      if [[ ${result[$name,$la]} == rc=* ]]; then
        skipped=$((skipped + 1))
        printf '%-10s %-22s %-28s %4s   %s\n' "$name" "$l" - - "not run: $la failed"
        continue
      fi
      copy "$name" "$(loc "$a" "$la")" "$(loc "$b" "$l")" "$l" || true
    done
  done
  # same engine: native -> a fresh database of the same engine
  l="$(short "$native")-$(short "$native")"
  copy "$name" "$src" "$(loc "$native" "$l")" "$l" || true
done

echo
echo "logs, reports, schema summaries and DDL: $work/NAME/LABEL.{log,json,verify.log,schema.diff,ddl.diff}"
((skipped == 0)) || echo "$skipped copies not run (their hop-1 copy failed)"
echo "$((n - failed)) passed, $failed failed"
((failed == 0 && skipped == 0))
