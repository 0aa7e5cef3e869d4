#!/usr/bin/env bash
# Lays out the test corpus of public sample databases (issue #11, item 5) in DEST_DIR, each in the
# form its authors wrote it for:
#   NAME.mariadb.sql   MySQL/MariaDB-native: loads with `mariadb DB < NAME.mariadb.sql` (MariaDB 10.11)
#   NAME.pg.sql        PostgreSQL-native: loads with `psql -v ON_ERROR_STOP=1 -1 -d DB -f NAME.pg.sql` (15)
#   NAME.sqlite        SQLite-native database file
#   NAME.expect        one "TABLE ROWS" line per table: the row counts after loading
#     scripts/fetch-corpus.sh DEST_DIR
# tests/corpus/load.sh loads them into the servers of scripts/servers.sh; tests/corpus/README.md says
# what each one is, where it comes from, its licence and what it exercises.
#
# Sources (nothing here was written by the Barge project; all fetched at run time, never committed):
#  * npm alasql@0.1.10 (tarball sha256 pinned below), which ships other people's sample databases under
#    package/test-sql/: sakila (Oracle), world (MySQL docs), the Dell DVD Store 2.1 (ds2), Paul DuBois'
#    sampdb, the dvdrental pg_dump archive, SportsDB and Northwind for SQLite.
#  * Debian 12 packages fetched with `apt-get download` (it runs `apt-get update` once itself, as root
#    or through `sudo -n`, when a download fails for want of package lists): proj-data
#    9.1.1-1 (/usr/share/proj/proj.db) and r-cran-rsqlite 2.2.20-1 (RSQLite/db/datasets.sqlite).
#    What is pinned is the sha256 of the file taken out of the package (the same on every
#    architecture), so a rebuilt .deb with the same payload still passes.
#
# Changes made to the authors' files, all of them, and why (everything else is byte for byte):
#  sakila.mariadb.sql  = sakila-spatial-schema.sql + sakila-spatial-data.sql (Sakila Spatial 0.9).
#    - dropped `DROP SCHEMA IF EXISTS sakila;`, `CREATE SCHEMA sakila;` and every `USE sakila;`, and
#      the `sakila.` qualifiers in the actor_info view: so it loads into any database name.
#  world.mariadb.sql   = test-sql/world/world.sql (a mysqldump of MySQL's world database).
#    - `SET NAMES latin1` -> `SET NAMES utf8mb4`: the copy in the package was re-encoded to UTF-8
#      (e.g. 'São Paulo'), so latin1 would store mojibake. Tables stay CHARSET=latin1, ENGINE=MyISAM.
#  ds2.mariadb.sql     = ds2/mysqlds2/build/mysqlds2_create_db.sql + mysqlds2_create_ind.sql + data.
#    - dropped `DROP DATABASE IF EXISTS DS2; CREATE DATABASE DS2; USE DS2;` (any database name).
#    - `TYPE=InnoDB|MyISAM` -> `ENGINE=...` (TYPE= was removed in MySQL 5.5 / MariaDB 5.5).
#    - the authors load the CSV files under ds2/data_files with LOAD DATA LOCAL INFILE; here each CSV
#      row becomes an INSERT row (same values; empty fields stay '' as LOAD DATA stores them), so no
#      local-infile is needed. TRIMMED: only the orders/orderlines/cust_hist of DS2_MONTHS below (the
#      full twelve months add 157k rows); customers, products and inventory are complete.
#    - left out mysqlds2_create_trigger2.sql (marked "Doesn't work yet!!!" by its authors) and the
#      stored procedures (mysqlds2_create_sp.sql).
#  sampdb.mariadb.sql  = sampdb/init_all_tables.sql with its `source` lines expanded in order, plus
#    full-text/apothegm.sql.
#    - apothegm's `LOAD DATA LOCAL INFILE 'apothegm.txt'` becomes INSERTs of that file's rows.
#  dvdrental.pg.sql    = `pg_restore --no-owner --no-privileges` of test-sql/pg/dvdrental.zip's
#    dvdrental.tar (a pg_dump 9.2 archive of the PostgreSQL-tutorial port of Sakila/Pagila).
#    - `CREATE SCHEMA public;` -> `CREATE SCHEMA IF NOT EXISTS public;` (public exists in a new DB).
#    - dropped the `\restrict KEY` / `\unrestrict KEY` lines newer pg_restore adds with a random key
#      (keeps the file reproducible and loadable by older psql).
#  sportsdb.pg.sql     = sportsdb_sample_postgresql_20080304.sql from test-sql/pg/sportsdb_sample_postgresql.zip,
#    unchanged.
#  northwind.sqlite    = test-sql/northwind/Northwind.sql (the SQLite 3 Northwind by Valon Hoti,
#    FKs by Len Boyette) run through sqlite3 unchanged. Its SELECT statements only print.
#    Note: its Products table declares FOREIGN KEY (ProductID) REFERENCES Categories (CategoryID)
#    (the authors' mistake for CategoryID): 69 rows violate it. Kept as found.
#  proj.sqlite         = proj.db of Debian's proj-data 9.1.1-1, unchanged.
#  rdatasets.sqlite    = datasets.sqlite of Debian's r-cran-rsqlite 2.2.20-1, unchanged.
#
# Idempotent: does nothing when DEST_DIR/.corpus.stamp records this script's sha256 and the sha256
# of every output, and they still match. Needs: npm, node, apt-get, dpkg-deb, unzip, tar, sqlite3,
# pg_restore (postgresql-client), sha256sum.
set -euo pipefail

ALASQL_PKG=alasql@0.1.10
ALASQL_TGZ=alasql-0.1.10.tgz
ALASQL_SHA256=f00d56242ffc5a89120fe191e1b41297bb974480b53952ceaf73e650b069b068
PROJ_DEB=proj-data=9.1.1-1
PROJ_FILE=usr/share/proj/proj.db
PROJ_SHA256=2cba929271a6c281f5a56805139e4601328e711dfd6e233fcb234c5209b59995
RSQLITE_DEB=r-cran-rsqlite=2.2.20-1
RSQLITE_FILE=usr/lib/R/site-library/RSQLite/db/datasets.sqlite
RSQLITE_SHA256=a9f771f719f5d16f76bd11861b8403922ed2c7a44cac5c4b0b7dcb2c50ea92ca
DS2_MONTHS="jan feb mar"

# name and native form of every entry, in load order
CORPUS="sakila:mariadb world:mariadb ds2:mariadb sampdb:mariadb dvdrental:pg sportsdb:pg
northwind:sqlite proj:sqlite rdatasets:sqlite"

die() { echo "fetch-corpus: $*" >&2; exit 1; }
if (($# != 1)); then
  echo "usage: $0 DEST_DIR" >&2
  exit 2
fi
for tool in npm node apt-get dpkg-deb unzip tar sqlite3 pg_restore sha256sum; do
  command -v "$tool" >/dev/null || die "'$tool' is missing (run scripts/install-deps.sh; Debian: apt-get install npm unzip sqlite3 postgresql-client-15)"
done

dest=$1
mkdir -p "$dest"
dest=$(cd "$dest" && pwd -P)
stamp=$dest/.corpus.stamp
self_sha=$(sha256sum <"${BASH_SOURCE[0]}" | cut -d' ' -f1)

outputs() {
  local e name kind
  for e in $CORPUS; do
    name=${e%%:*} kind=${e#*:}
    echo "$name.$kind$([[ $kind == sqlite ]] || echo .sql)"
    echo "$name.expect"
  done
}
stamp_text() {
  echo "script $self_sha"
  local f
  for f in $(outputs); do echo "$(sha256sum <"$dest/$f" | cut -d' ' -f1) $f"; done
}
if [[ -f $stamp ]] && [[ "$(stamp_text 2>/dev/null)" == "$(cat "$stamp")" ]]; then
  echo "fetch-corpus: $dest is up to date"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check_sha() { # FILE WANT
  local got
  got=$(sha256sum <"$1" | cut -d' ' -f1)
  [[ $got == "$2" ]] || die "sha256 mismatch for $(basename "$1"): got $got, want $2"
}

# --- sources --------------------------------------------------------------------------------------
(cd "$tmp" && npm pack "$ALASQL_PKG" --silent >/dev/null 2>"$tmp/npm.log") || { cat "$tmp/npm.log" >&2; exit 1; }
check_sha "$tmp/$ALASQL_TGZ" "$ALASQL_SHA256"
T=package/test-sql
tar -xzf "$tmp/$ALASQL_TGZ" -C "$tmp" "$T/sakila" "$T/world/world.sql" "$T/northwind/Northwind.sql" \
  "$T/pg/ds21.tar.gz" "$T/pg/ds21_mysql.tar.gz" "$T/pg/dvdrental.zip" "$T/pg/sportsdb_sample_postgresql.zip" \
  "$T/sample/sampdb.zip"
A=$tmp/$T
mkdir -p "$tmp/x"
tar -xzf "$A/pg/ds21.tar.gz" -C "$tmp/x" ds2/data_files/cust ds2/data_files/prod ds2/data_files/orders
tar -xzf "$A/pg/ds21_mysql.tar.gz" -C "$tmp/x" ds2/mysqlds2/build
unzip -q -o "$A/pg/dvdrental.zip" -d "$tmp/x"
unzip -q -o "$A/pg/sportsdb_sample_postgresql.zip" -d "$tmp/x"
unzip -q -o "$A/sample/sampdb.zip" -d "$tmp/x"
X=$tmp/x

# `apt-get download` needs the package lists; a fresh machine (or container) may have none, or stale
# ones. So when a download fails, `apt-get update` runs once (as root, else through `sudo -n`) and the
# download is tried again; if that fails too, this script fails with apt's output.
apt_updated=0
apt_download() { # DIR PKG=VER
  (cd "$1" && apt-get download "$2" >>"$1/apt.log" 2>&1)
}
deb_file() { # PKG=VER FILE_IN_PKG SHA256 OUT
  local d=$tmp/deb.${1%%=*} update=(apt-get update -qq)
  mkdir -p "$d"
  if ! apt_download "$d" "$1"; then
    if ((apt_updated)); then cat "$d/apt.log" >&2; die "apt-get download $1 failed (apt-get update already ran)"; fi
    apt_updated=1
    [[ $(id -u) -eq 0 ]] || update=(sudo -n "${update[@]}")
    echo "fetch-corpus: apt-get download $1 failed; running '${update[*]}' once" >&2
    "${update[@]}" >>"$d/apt.log" 2>&1 || { cat "$d/apt.log" >&2; die "apt-get download $1 failed, and so did '${update[*]}'"; }
    apt_download "$d" "$1" || { cat "$d/apt.log" >&2; die "apt-get download $1 failed, even after apt-get update"; }
  fi
  compgen -G "$d/*.deb" >/dev/null || { cat "$d/apt.log" >&2; die "apt-get download $1 failed: no .deb"; }
  dpkg-deb -x "$d"/*.deb "$d/root"
  check_sha "$d/root/$2" "$3"
  cp "$d/root/$2" "$4"
}

# CSV (comma, optional "..." quoting, as LOAD DATA ... FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY
# '"' reads it) or TSV (LOAD DATA defaults: tab, backslash escapes, \N = NULL) -> INSERT statements of
# at most 500 rows, MySQL string literals.
cat >"$tmp/rows2insert.js" <<'JS'
const fs = require('fs');
const [mode, table, ...files] = process.argv.slice(2);
const lit = (v) => v === null ? 'NULL' : "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";
const unesc = (v) => v === '\\N' ? null : v.replace(/\\(.)/g, (m, c) => ({ n: '\n', t: '\t', r: '\r', 0: '\0' })[c] ?? c);
const out = [];
let rows = [];
const flush = () => { if (rows.length) out.push(`INSERT INTO ${table} VALUES\n${rows.join(',\n')};\n`); rows = []; };
for (const f of files) {
  for (const line of fs.readFileSync(f, 'latin1').split(/\r?\n/)) {
    if (line === '') continue;
    let vals = [];
    if (mode === 'tsv') vals = line.split('\t').map(unesc);
    else for (let i = 0; i <= line.length;) {
      if (line[i] === '"') { const j = line.indexOf('"', i + 1); vals.push(line.slice(i + 1, j)); i = j + 2; }
      else { let j = line.indexOf(',', i); if (j < 0) j = line.length; vals.push(line.slice(i, j)); i = j + 1; }
    }
    rows.push('(' + vals.map(lit).join(',') + ')');
    if (rows.length === 500) flush();
  }
}
flush();
fs.writeSync(1, Buffer.from(out.join(''), 'latin1'));
JS
rows2insert() { node "$tmp/rows2insert.js" "$@"; }

# --- build each entry into $tmp/out ---------------------------------------------------------------
O=$tmp/out
mkdir -p "$O"

# sakila
{
  sed -e '/^DROP SCHEMA IF EXISTS sakila;/d' -e '/^CREATE SCHEMA sakila;/d' -e '/^USE sakila;/d' \
    -e 's/\bsakila\.//g' "$A/sakila/sakila-spatial-schema.sql"
  sed -e '/^USE sakila;/d' "$A/sakila/sakila-spatial-data.sql"
} >"$O/sakila.mariadb.sql"
cat >"$O/sakila.expect" <<'EOF'
actor 200
address 603
category 16
city 600
country 109
customer 599
film 1000
film_actor 5462
film_category 1000
film_text 1000
inventory 4581
language 6
payment 16049
rental 16044
staff 2
store 2
EOF

# world
sed -e 's|^/\*!40101 SET NAMES latin1 \*/;|/*!40101 SET NAMES utf8mb4 */;|' "$A/world/world.sql" >"$O/world.mariadb.sql"
grep -q 'SET NAMES utf8mb4' "$O/world.mariadb.sql" || die "world.sql: SET NAMES line not found"
cat >"$O/world.expect" <<'EOF'
City 4079
Country 239
CountryLanguage 984
EOF

# ds2
B=$X/ds2/mysqlds2/build
{
  echo "-- Dell DVD Store 2.1, MySQL version: mysqlds2_create_db.sql + mysqlds2_create_ind.sql + the"
  echo "-- ds2/data_files CSVs as INSERTs (orders of: $DS2_MONTHS). Assembled by scripts/fetch-corpus.sh."
  sed -e '/^DROP DATABASE IF EXISTS DS2;/d' -e '/^CREATE DATABASE DS2;/d' -e '/^USE DS2;/d' \
    -e 's/^\( *\)TYPE=\(InnoDB\|MyISAM\)/\1ENGINE=\2/' "$B/mysqlds2_create_db.sql"
  echo "SET UNIQUE_CHECKS=0;"
  echo "SET FOREIGN_KEY_CHECKS=0;"
  D=$X/ds2/data_files
  rows2insert csv CUSTOMERS "$D/cust/us_cust.csv" "$D/cust/row_cust.csv"
  rows2insert csv PRODUCTS "$D/prod/prod.csv"
  rows2insert csv INVENTORY "$D/prod/inv.csv"
  for m in $DS2_MONTHS; do rows2insert csv ORDERS "$D/orders/${m}_orders.csv"; done
  for m in $DS2_MONTHS; do rows2insert csv ORDERLINES "$D/orders/${m}_orderlines.csv"; done
  for m in $DS2_MONTHS; do rows2insert csv CUST_HIST "$D/orders/${m}_cust_hist.csv"; done
  echo "SET UNIQUE_CHECKS=1;"
  echo "SET FOREIGN_KEY_CHECKS=1;"
  sed -e '/^USE DS2;/d' "$B/mysqlds2_create_ind.sql"
} >"$O/ds2.mariadb.sql"
grep -q '^ *TYPE=' "$O/ds2.mariadb.sql" && die "ds2: TYPE= left"
orders=0 lines=0
for m in $DS2_MONTHS; do
  orders=$((orders + $(wc -l <"$X/ds2/data_files/orders/${m}_orders.csv")))
  lines=$((lines + $(wc -l <"$X/ds2/data_files/orders/${m}_orderlines.csv")))
done
cat >"$O/ds2.expect" <<EOF
CATEGORIES 16
CUSTOMERS 20000
CUST_HIST $lines
INVENTORY 10000
ORDERLINES $lines
ORDERS $orders
PRODUCTS 10000
REORDER 0
EOF

# sampdb
S=$X/sampdb
{
  echo "-- sampdb (Paul DuBois, \"MySQL\" 5th ed.): init_all_tables.sql with its source lines expanded,"
  echo "-- then full-text/apothegm.sql with its LOAD DATA as INSERTs. Assembled by scripts/fetch-corpus.sh."
  while IFS= read -r line; do
    if [[ $line =~ ^source\ ([a-z_]+\.sql)\;$ ]]; then cat "$S/${BASH_REMATCH[1]}"; else printf '%s\n' "$line"; fi
  done <"$S/init_all_tables.sql"
  while IFS= read -r line; do
    if [[ $line == "LOAD DATA LOCAL INFILE 'apothegm.txt' INTO TABLE apothegm;" ]]; then
      rows2insert tsv apothegm "$S/full-text/apothegm.txt"
    else printf '%s\n' "$line"; fi
  done <"$S/full-text/apothegm.sql"
} >"$O/sampdb.mariadb.sql"
grep -qE '^(source|LOAD DATA)' "$O/sampdb.mariadb.sql" && die "sampdb: unexpanded source/LOAD DATA left"
cat >"$O/sampdb.expect" <<'EOF'
absence 6
apothegm 10
grade_event 6
member 102
president 43
score 173
student 31
EOF

# dvdrental
pg_restore --no-owner --no-privileges -f "$tmp/dvdrental.raw.sql" "$X/dvdrental.tar"
sed -e 's/^CREATE SCHEMA public;$/CREATE SCHEMA IF NOT EXISTS public;/' -e '/^\\\(un\)\?restrict /d' \
  "$tmp/dvdrental.raw.sql" >"$O/dvdrental.pg.sql"
cat >"$O/dvdrental.expect" <<'EOF'
actor 200
address 603
category 16
city 600
country 109
customer 599
film 1000
film_actor 5462
film_category 1000
inventory 4581
language 6
payment 14596
rental 16044
staff 2
store 2
EOF

# sportsdb
cp "$X/sportsdb_sample_postgresql_20080304.sql" "$O/sportsdb.pg.sql"
# Expected rows: the dump has one single-row INSERT per line; every CREATE TABLE'd table is listed.
awk '/^CREATE TABLE /{n[$3] += 0} /^INSERT INTO /{n[$3]++} END {for (t in n) print t, n[t]}' "$O/sportsdb.pg.sql" |
  LC_ALL=C sort >"$O/sportsdb.expect"
[[ $(wc -l <"$O/sportsdb.expect") == 107 && $(awk '{s += $NF} END {print s}' "$O/sportsdb.expect") == 79138 ]] ||
  die "sportsdb: unexpected tables/rows"

# northwind (SQLite)
sqlite3 -bail "$O/northwind.sqlite" <"$A/northwind/Northwind.sql" >/dev/null
cat >"$O/northwind.expect" <<'EOF'
Categories 8
CustomerCustomerDemo 0
CustomerDemographics 0
Customers 93
EmployeeTerritories 49
Employees 9
Order Details 2155
Orders 830
Products 77
Regions 4
Shippers 3
Suppliers 29
Territories 53
EOF

# proj, rdatasets (SQLite, from Debian)
deb_file "$PROJ_DEB" "$PROJ_FILE" "$PROJ_SHA256" "$O/proj.sqlite"
deb_file "$RSQLITE_DEB" "$RSQLITE_FILE" "$RSQLITE_SHA256" "$O/rdatasets.sqlite"
for n in proj rdatasets; do
  sqlite3 "$O/$n.sqlite" "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name" |
    while IFS= read -r t; do echo "$t $(sqlite3 "$O/$n.sqlite" "SELECT count(*) FROM \"$t\"" </dev/null)"; done >"$O/$n.expect"
done
[[ $(wc -l <"$O/proj.expect") == 35 && $(awk '{s += $NF} END {print s}' "$O/proj.expect") == 70265 ]] ||
  die "proj.sqlite: unexpected tables/rows"
[[ $(wc -l <"$O/rdatasets.expect") == 42 && $(awk '{s += $NF} END {print s}' "$O/rdatasets.expect") == 4680 ]] ||
  die "rdatasets.sqlite: unexpected tables/rows"

# SQLite files: check the counts and integrity now (the SQL dumps are checked by tests/corpus/load.sh).
for n in northwind proj rdatasets; do
  while read -r line; do
    t=${line% *} want=${line##* }
    have=$(sqlite3 "$O/$n.sqlite" "SELECT count(*) FROM \"$t\"")
    [[ $have == "$want" ]] || die "$n.sqlite: $t has $have rows, expected $want"
  done <"$O/$n.expect"
  [[ $(sqlite3 "$O/$n.sqlite" "PRAGMA integrity_check") == ok ]] || die "$n.sqlite: integrity_check failed"
done

# --- install --------------------------------------------------------------------------------------
for f in $(outputs); do mv -f "$O/$f" "$dest/$f"; done
stamp_text >"$stamp"
echo "fetch-corpus: built $(outputs | grep -vc expect) databases in $dest"
