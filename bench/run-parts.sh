#!/usr/bin/env bash
# Issue #19's local and MariaDB goals, each Barge command against its peer in pairs (A B A B ...),
# every run after an untimed reset (table dropped; on MariaDB, InnoDB's purge of the old table
# waited for), wall time and peak memory from /usr/bin/time; the ratio is the median of the pairs'.
#   CSV -> MariaDB     barge, one stream / barge, 4 parts at --jobs 2   vs LOAD DATA LOCAL INFILE
#   CSV -> SQLite      barge (LF and CRLF files)                         vs sqlite3 .import
#   SQLite -> SQLite   barge                                             vs ATTACH + INSERT ... SELECT
# Usage: bench/run-parts.sh [ROWS] [PAIRS]     (defaults: 1000000 rows, 5 pairs); prints Markdown rows.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
pairs=${2:-5}
scripts/install-deps.sh --bench >/dev/null
scripts/build.sh >/dev/null
barge=$PWD/build/bin/barge
work=$PWD/bench/work/parts
data=$PWD/bench/data
servers=$PWD/bench/work/servers
mkdir -p "$work" "$data"

db=$data/bench-$rows.db
csvdir=$data/bench-$rows
csv=$csvdir/bench.csv
crlf=$data/bench-$rows-crlf.csv
[[ -f $db ]] || python3 bench/generate.py "$db" "$rows"
[[ -f $csv ]] || "$barge" copy "sqlite://$db" "csv://$csvdir/" --quiet >/dev/null
# The same file with CRLF line ends: every LF outside quotes becomes CRLF (quoted newlines stay LF,
# as spreadsheet exports write them). A quote toggles the state: a doubled one toggles it twice.
[[ -f $crlf ]] || python3 - "$csv" "$crlf" <<'EOF'
import sys
parts = open(sys.argv[1], "rb").read().split(b'"')
for i in range(0, len(parts), 2):
    parts[i] = parts[i].replace(b"\n", b"\r\n")
open(sys.argv[2], "wb").write(b'"'.join(parts))
EOF

trap 'scripts/servers.sh stop "$servers" >/dev/null 2>&1 || true' EXIT
scripts/servers.sh start "$servers" >/dev/null
# shellcheck disable=SC1091
source "$servers/env"
my=$BARGE_TEST_MYSQL_URL
mysql_cli=(mariadb --local-infile=1 -h 127.0.0.1 -P "$BARGE_TEST_MYSQL_PORT" -u barge "-p$BARGE_TEST_PASSWORD" barge_test)
my_reset() { "${mysql_cli[@]}" -e "DROP TABLE IF EXISTS bench; SET GLOBAL innodb_max_purge_lag_wait = 0" >/dev/null; }
my_create() {
  my_reset
  "${mysql_cli[@]}" -e "CREATE TABLE bench (id bigint, name longtext, amount double, qty bigint,
    created datetime(6), note longtext) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" >/dev/null
}
cat >"$work/load.sql" <<EOF
LOAD DATA LOCAL INFILE '$csv' INTO TABLE bench
  CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY ''
  LINES TERMINATED BY '\n' IGNORE 1 LINES (id, name, @amount, @qty, @created, @note)
  SET amount = NULLIF(@amount, ''), qty = NULLIF(@qty, ''), created = NULLIF(@created, ''), note = @note;
EOF
load_data="${mysql_cli[*]} < $work/load.sql"
out_reset() { rm -f "$work/out.db" "$work"/*.rejects.csv; }
echo "ATTACH '$db' AS src; CREATE TABLE bench AS SELECT * FROM src.bench WHERE 0;
INSERT INTO bench SELECT * FROM src.bench;" >"$work/attach.sql"
attach_copy="sqlite3 $work/out.db < $work/attach.sql"

# timed FILE PREPARE COMMAND: PREPARE untimed, then the shell command COMMAND (Barge's and the
# peers' alike through bash -c); appends "wall peak_kb" to FILE.
timed() {
  local file=$1 prepare=$2 command=$3
  $prepare
  /usr/bin/time -f "%e %M" -o "$work/time.txt" bash -c "$command" >"$work/out.txt" 2>&1 || {
    cat "$work/out.txt" >&2; echo "failed: $command" >&2; exit 1; }
  cat "$work/time.txt" >>"$file"
}
# compare NAME PREP_A "A..." PREP_B "B...": PAIRS pairs, then a Markdown row of medians.
compare() {
  local name=$1 prep_a=$2 a=$3 prep_b=$4 b=$5
  rm -f "$work/a.txt" "$work/b.txt"
  for ((i = 0; i <= pairs; i++)); do # the first pair warms caches and is not counted
    timed "$work/a.txt" "$prep_a" "$a"
    timed "$work/b.txt" "$prep_b" "$b"
  done
  python3 - "$name" "$work/a.txt" "$work/b.txt" <<'EOF'
import statistics, sys
name, a, b = sys.argv[1], [l.split() for l in open(sys.argv[2])][1:], [l.split() for l in open(sys.argv[3])][1:]
wa, wb = [float(x[0]) for x in a], [float(x[0]) for x in b]
ratios = [x / y for x, y in zip(wa, wb)]
print(f"| {name} | {statistics.median(wa):.2f} s | {statistics.median(wb):.2f} s | "
      f"**{statistics.median(ratios):.2f}x** ({min(ratios):.2f}..{max(ratios):.2f}) | "
      f"{max(int(x[1]) for x in a) // 1024} MiB |")
EOF
}

echo "| work | Barge (median) | peer (median) | Barge/peer, median of pairs (min..max) | Barge peak memory |"
echo "| --- | --- | --- | --- | --- |"
compare "CSV -> MariaDB, one stream" my_reset "$barge copy csv://$csv $my --mode replace --quiet" my_create "$load_data"
compare "CSV -> MariaDB, 4 parts, --jobs 2" my_reset \
  "$barge copy csv://$csv $my --mode replace --quiet --jobs 2 --ranges $((rows / 4))" my_create "$load_data"
compare "CSV (LF) -> SQLite" out_reset "$barge copy csv://$csv sqlite://$work/out.db --quiet" out_reset "sqlite3 $work/out.db '.import --csv $csv bench'"
compare "CSV (CRLF) -> SQLite" out_reset "$barge copy csv://$crlf sqlite://$work/out.db --table bench-$rows-crlf=bench --quiet" \
  out_reset "sqlite3 $work/out.db '.import --csv $crlf bench'"
compare "SQLite -> SQLite" out_reset "$barge copy sqlite://$db sqlite://$work/out.db --quiet" out_reset "$attach_copy"
