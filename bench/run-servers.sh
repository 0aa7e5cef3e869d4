#!/usr/bin/env bash
# Times Barge against the tools people use for server migrations, on the same 1M-row x 6-column
# table, in one run on throwaway servers (scripts/servers.sh), and writes bench/RESULTS-servers.md:
#   SQLite -> PostgreSQL     pgloader              MariaDB -> PostgreSQL   pgloader
#   CSV -> PostgreSQL        psql \copy            CSV -> MariaDB          LOAD DATA LOCAL INFILE
#   SQLite -> MariaDB        (Barge only, for the record)
# Each Barge run creates its table (--mode replace); each peer loads into a fresh table too.
# Usage: bench/run-servers.sh [ROWS] [REPEATS]      (defaults: 1000000 rows, best of 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
repeats=${2:-3}
scripts/install-deps.sh --bench
scripts/build.sh >/dev/null
barge=$PWD/build/bin/barge
work=$PWD/bench/work
data=$PWD/bench/data
servers=$work/servers
mkdir -p "$work" "$data"

db=$data/bench-$rows.db
csvdir=$data/bench-$rows
csv=$csvdir/bench.csv
[[ -f $db ]] || python3 bench/generate.py "$db" "$rows"
[[ -f $csv ]] || "$barge" copy "sqlite://$db" "csv://$csvdir/" --quiet >/dev/null

trap 'scripts/servers.sh stop "$servers" >/dev/null 2>&1 || true' EXIT
scripts/servers.sh start "$servers" >/dev/null
# shellcheck disable=SC1091
source "$servers/env"
pg=$BARGE_TEST_PG_URL
my=$BARGE_TEST_MYSQL_URL
pgloader_pg=${pg/postgresql:/pgsql:}
psql_pg=(psql -X -q -v ON_ERROR_STOP=1 "$pg")
mysql_cli=(mariadb --local-infile=1 -h 127.0.0.1 -P "$BARGE_TEST_MYSQL_PORT" -u barge "-p$BARGE_TEST_PASSWORD")

pg_reset() { "${psql_pg[@]}" -c "DROP TABLE IF EXISTS bench CASCADE" >/dev/null; }
# After a DROP, InnoDB purges the old table's pages in the background for seconds; the next load
# would share the server with that. Each run, Barge's or the peer's, starts once purge is done.
my_reset() { "${mysql_cli[@]}" barge_test -e "DROP TABLE IF EXISTS bench; SET GLOBAL innodb_max_purge_lag_wait = 0" >/dev/null; }
pg_create() {
  pg_reset
  "${psql_pg[@]}" -c "CREATE TABLE bench (id bigint PRIMARY KEY, name text NOT NULL, amount double precision,
    qty bigint, created timestamp, note text)" >/dev/null
}
my_create() {
  my_reset
  "${mysql_cli[@]}" barge_test -e "CREATE TABLE bench (id bigint PRIMARY KEY, name text NOT NULL, amount double,
    qty bigint, created datetime, note text) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" >/dev/null
}

# best_of NAME PREPARE COMMAND...: runs PREPARE (untimed), then the command once; keeps NAME's
# fastest wall time and largest peak RSS over all its runs. Each round below runs Barge and its
# peer one after the other, so that a server slowing down or speeding up over the benchmark (its
# caches, InnoDB's background work) weighs on both alike.
# shellcheck source=bench/common.sh
source bench/common.sh
none() { :; }

pg_count() { "${psql_pg[@]}" -At -c "SELECT count(*) || ' rows, sum(amount) ' || sum(amount) FROM bench"; }
my_count() { "${mysql_cli[@]}" barge_test -N -e "SELECT CONCAT(count(*), ' rows, sum(amount) ', sum(amount)) FROM bench"; }
load_data_sql="LOAD DATA LOCAL INFILE '$csv' INTO TABLE bench
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY ''
  LINES TERMINATED BY '\n' IGNORE 1 LINES (id, name, @amount, @qty, @created, @note)
  SET amount = NULLIF(@amount, ''), qty = NULLIF(@qty, ''), created = NULLIF(@created, ''), note = @note"

# SQLite -> MariaDB first: it is also the source of MariaDB -> PostgreSQL.
for ((round = 0; round < repeats; round++)); do
  best_of barge_sqlite_my my_reset "$barge" copy "sqlite://$db" "$my" --mode replace --quiet
done
barge_sqlite_my_check=$(my_count)
for ((round = 0; round < repeats; round++)); do
  # SQLite -> PostgreSQL
  best_of barge_sqlite_pg pg_reset "$barge" copy "sqlite://$db" "$pg" --mode replace --quiet
  barge_sqlite_pg_check=$(pg_count)
  best_of pgloader_sqlite_pg pg_reset pgloader --quiet "sqlite://$db" "$pgloader_pg"
  pgloader_sqlite_pg_check=$(pg_count)
  # MariaDB -> PostgreSQL
  best_of barge_my_pg pg_reset "$barge" copy "$my" "$pg" --mode replace --quiet
  barge_my_pg_check=$(pg_count)
  best_of pgloader_my_pg pg_reset pgloader --quiet "${my/mysql:/mysql:}" "$pgloader_pg"
  pgloader_my_pg_check=$(pg_count)
  # CSV -> PostgreSQL
  best_of barge_csv_pg pg_reset "$barge" copy "csv://$csv" "$pg" --mode replace --quiet
  barge_csv_pg_check=$(pg_count)
  best_of psql_copy pg_create "${psql_pg[@]}" -c "\\copy bench FROM '$csv' WITH (FORMAT csv, HEADER true)"
  psql_copy_check=$(pg_count)
done
# CSV -> MariaDB, last: it replaces the table MariaDB -> PostgreSQL reads.
for ((round = 0; round < repeats; round++)); do
  best_of barge_csv_my my_reset "$barge" copy "csv://$csv" "$my" --mode replace --quiet
  barge_csv_my_check=$(my_count)
  best_of load_data my_create "${mysql_cli[@]}" barge_test -e "$load_data_sql"
  load_data_check=$(my_count)
done

# Memory must stay flat in rows: SQLite -> PostgreSQL at twice the rows.
large=$((rows * 2))
[[ -f $data/bench-$large.db ]] || python3 bench/generate.py "$data/bench-$large.db" "$large"
for ((round = 0; round < repeats; round++)); do
  best_of barge_sqlite_pg_double pg_reset "$barge" copy "sqlite://$data/bench-$large.db" "$pg" --mode replace --quiet
done

source_check=$(sqlite3 "$db" "SELECT count(*) || ' rows, sum(amount) ' || sum(amount) FROM bench")
row() { # work barge-key peer-name peer-key goal
  echo "| $1 | ${seconds[$2]} s | $3 | ${seconds[$4]} s | $(ratio "${seconds[$2]}" "${seconds[$4]}")x (<= $5) | ${memory[$2]} MB |"
}
{
  echo "# Benchmark results: PostgreSQL and MariaDB"
  echo
  echo "Generated by \`bench/run-servers.sh $rows $repeats\` on $(date -u +%Y-%m-%d), $(nproc) cores,"
  echo "PostgreSQL $("${psql_pg[@]}" -At -c 'SHOW server_version'), MariaDB $("${mysql_cli[@]}" -N -e 'SELECT version()'),"
  echo "$(pgloader --version | head -1), Barge $("$barge" --version | cut -d' ' -f2). Throwaway servers from"
  echo "\`scripts/servers.sh\` (fsync off on both, the same for Barge and the peers). Best of $repeats runs, wall time; each round runs Barge and its peer back to back."
  echo "Table: $rows rows x 6 columns, as in RESULTS.md."
  echo
  echo "| work | Barge | peer | peer time | ratio (goal) | Barge peak memory |"
  echo "| --- | --- | --- | --- | --- | --- |"
  row "SQLite -> PostgreSQL" barge_sqlite_pg "pgloader" pgloader_sqlite_pg "0.5x"
  row "MariaDB -> PostgreSQL" barge_my_pg "pgloader" pgloader_my_pg "0.5x"
  row "CSV -> PostgreSQL" barge_csv_pg "psql \`\\copy\`" psql_copy "1.2x"
  row "CSV -> MariaDB" barge_csv_my "\`LOAD DATA LOCAL INFILE\`" load_data "1.2x"
  echo "| SQLite -> MariaDB | ${seconds[barge_sqlite_my]} s | | | | ${memory[barge_sqlite_my]} MB |"
  echo "| SQLite -> PostgreSQL, $large rows | ${seconds[barge_sqlite_pg_double]} s | | | | ${memory[barge_sqlite_pg_double]} MB |"
  echo
  echo "The peers load into a table created beforehand (not timed) for \`\\copy\` and \`LOAD DATA\`; pgloader"
  echo "and Barge create theirs. Barge's times include creating the table, its key and its indexes."
  echo
  echo "## What each run left in the target"
  echo
  echo '```'
  echo "source (SQLite)            $source_check"
  echo "Barge SQLite -> PostgreSQL $barge_sqlite_pg_check"
  echo "pgloader SQLite -> PG      $pgloader_sqlite_pg_check"
  echo "Barge SQLite -> MariaDB    $barge_sqlite_my_check"
  echo "Barge MariaDB -> PG        $barge_my_pg_check"
  echo "pgloader MariaDB -> PG     $pgloader_my_pg_check"
  echo "Barge CSV -> PostgreSQL    $barge_csv_pg_check"
  echo "psql \\copy                 $psql_copy_check"
  echo "Barge CSV -> MariaDB       $barge_csv_my_check"
  echo "LOAD DATA LOCAL INFILE     $load_data_check"
  echo '```'
} >bench/RESULTS-servers.md
cat bench/RESULTS-servers.md
