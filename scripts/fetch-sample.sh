#!/usr/bin/env bash
# Builds DEST_DIR/sakila.sqlite, the Sakila sample database (DVD rental store: 16 tables, ~47k rows,
# 22 foreign keys incl. the store <-> staff cycle and an ON DELETE SET NULL) for integration tests/demos.
#   scripts/fetch-sample.sh DEST_DIR
# Source: the npm package alasql@0.1.10 (MIT), which ships Oracle's MySQL "Sakila Spatial" scripts v0.9
# under package/test-sql/sakila/. Sakila itself is (c) Oracle, BSD 3-clause licence (its text is
# reproduced in the schema below; keep it with any copy of the data). The tarball is fetched with `npm
# pack` (no install, no scripts) and checked against a pinned sha256. The MySQL schema is restated in
# SQLite below with the same tables, columns, declared types (ENUM/SET become TEXT + CHECK, GEOMETRY
# becomes BLOB holding MySQL's SRID+WKB bytes), keys, indexes and foreign keys; views, triggers and
# routines are left out. film_text, filled by a MySQL trigger there, is filled from film here. The MySQL
# INSERTs are translated by a small node script (backslash escapes, 0x.. literals, the binary
# staff.picture become SQLite literals/BLOBs).
# Idempotent: does nothing if DEST_DIR/sakila.sqlite has the sha256 this script builds with Debian 12's
# sqlite3 3.40.1 (DB_SHA256), or the one recorded in DEST_DIR/.sakila.sqlite.stamp when it was built.
# Needs: npm, node, sqlite3, tar, sha256sum.
set -euo pipefail

PKG=alasql@0.1.10
TGZ=alasql-0.1.10.tgz
TGZ_SHA256=f00d56242ffc5a89120fe191e1b41297bb974480b53952ceaf73e650b069b068
DATA=package/test-sql/sakila/sakila-spatial-data.sql
NAME=sakila.sqlite
DB_SHA256=35f9558ef5a65aeea8484c83be7d683fdcb615896fe121df3045f7edc809df06
# Rows per table after the build; checked every time the database is built.
EXPECTED="actor=200 address=603 category=16 city=600 country=109 customer=599 film=1000 film_actor=5462
film_category=1000 film_text=1000 inventory=4581 language=6 payment=16049 rental=16044 staff=2 store=2"
EXPECTED_FKS=22

if (($# != 1)); then
  echo "usage: $0 DEST_DIR" >&2
  exit 2
fi
for tool in npm node sqlite3 tar sha256sum; do
  command -v "$tool" >/dev/null || { echo "fetch-sample: '$tool' is missing (Debian: apt-get install npm sqlite3)" >&2; exit 1; }
done

dest=$1
mkdir -p "$dest"
db=$dest/$NAME
stamp=$dest/.$NAME.stamp

if [[ -f $db ]]; then
  have=$(sha256sum <"$db" | cut -d' ' -f1)
  if [[ $have == "$DB_SHA256" || "$(cat "$stamp" 2>/dev/null)" == "$have $TGZ_SHA256" ]]; then
    echo "fetch-sample: $db is up to date"
    exit 0
  fi
fi

tmp=$(mktemp -d)
build=$dest/.$NAME.building.$$
trap 'rm -rf "$tmp" "$build"' EXIT

(cd "$tmp" && npm pack "$PKG" --silent >/dev/null 2>"$tmp/npm.log") || { cat "$tmp/npm.log" >&2; exit 1; }
got=$(sha256sum <"$tmp/$TGZ" | cut -d' ' -f1)
if [[ $got != "$TGZ_SHA256" ]]; then
  echo "fetch-sample: sha256 mismatch for $TGZ: got $got, want $TGZ_SHA256" >&2
  exit 1
fi
tar -xzf "$tmp/$TGZ" -C "$tmp" "$DATA"

cat >"$tmp/schema.sql" <<'SQL'
-- Sakila sample database, restated for SQLite from Oracle's MySQL "Sakila Spatial" schema v0.9.
-- Copyright (c) 2014, Oracle Corporation. All rights reserved.
-- Redistribution and use in source and binary forms, with or without modification, are permitted
-- provided that the following conditions are met:
--  * Redistributions of source code must retain the above copyright notice, this list of conditions
--    and the following disclaimer.
--  * Redistributions in binary form must reproduce the above copyright notice, this list of conditions
--    and the following disclaimer in the documentation and/or other materials provided with the
--    distribution.
--  * Neither the name of MySQL AB nor the names of its contributors may be used to endorse or promote
--    products derived from this software without specific prior written permission.
-- THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR
-- IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
-- FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR
-- CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
-- DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
-- DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER
-- IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT
-- OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

CREATE TABLE actor (
  actor_id SMALLINT UNSIGNED NOT NULL,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(45) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (actor_id)
);
CREATE INDEX idx_actor_last_name ON actor (last_name);

CREATE TABLE address (
  address_id SMALLINT UNSIGNED NOT NULL,
  address VARCHAR(50) NOT NULL,
  address2 VARCHAR(50) DEFAULT NULL,
  district VARCHAR(20) NOT NULL,
  city_id SMALLINT UNSIGNED NOT NULL,
  postal_code VARCHAR(10) DEFAULT NULL,
  phone VARCHAR(20) NOT NULL,
  location BLOB NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (address_id),
  CONSTRAINT fk_address_city FOREIGN KEY (city_id) REFERENCES city (city_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_fk_city_id ON address (city_id);

CREATE TABLE category (
  category_id TINYINT UNSIGNED NOT NULL,
  name VARCHAR(25) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (category_id)
);

CREATE TABLE city (
  city_id SMALLINT UNSIGNED NOT NULL,
  city VARCHAR(50) NOT NULL,
  country_id SMALLINT UNSIGNED NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (city_id),
  CONSTRAINT fk_city_country FOREIGN KEY (country_id) REFERENCES country (country_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_fk_country_id ON city (country_id);

CREATE TABLE country (
  country_id SMALLINT UNSIGNED NOT NULL,
  country VARCHAR(50) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (country_id)
);

CREATE TABLE customer (
  customer_id SMALLINT UNSIGNED NOT NULL,
  store_id TINYINT UNSIGNED NOT NULL,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(45) NOT NULL,
  email VARCHAR(50) DEFAULT NULL,
  address_id SMALLINT UNSIGNED NOT NULL,
  active BOOLEAN NOT NULL DEFAULT 1,
  create_date DATETIME NOT NULL,
  last_update TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (customer_id),
  CONSTRAINT fk_customer_address FOREIGN KEY (address_id) REFERENCES address (address_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_customer_store FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_fk_store_id ON customer (store_id);
CREATE INDEX idx_fk_address_id ON customer (address_id);
CREATE INDEX idx_last_name ON customer (last_name);

CREATE TABLE film (
  film_id SMALLINT UNSIGNED NOT NULL,
  title VARCHAR(255) NOT NULL,
  description TEXT DEFAULT NULL,
  release_year YEAR DEFAULT NULL,
  language_id TINYINT UNSIGNED NOT NULL,
  original_language_id TINYINT UNSIGNED DEFAULT NULL,
  rental_duration TINYINT UNSIGNED NOT NULL DEFAULT 3,
  rental_rate DECIMAL(4,2) NOT NULL DEFAULT 4.99,
  length SMALLINT UNSIGNED DEFAULT NULL,
  replacement_cost DECIMAL(5,2) NOT NULL DEFAULT 19.99,
  rating TEXT DEFAULT 'G' CHECK (rating IN ('G','PG','PG-13','R','NC-17')),
  special_features TEXT DEFAULT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (film_id),
  CONSTRAINT fk_film_language FOREIGN KEY (language_id) REFERENCES language (language_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_film_language_original FOREIGN KEY (original_language_id) REFERENCES language (language_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_title ON film (title);
CREATE INDEX idx_fk_language_id ON film (language_id);
CREATE INDEX idx_fk_original_language_id ON film (original_language_id);

CREATE TABLE film_actor (
  actor_id SMALLINT UNSIGNED NOT NULL,
  film_id SMALLINT UNSIGNED NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (actor_id, film_id),
  CONSTRAINT fk_film_actor_actor FOREIGN KEY (actor_id) REFERENCES actor (actor_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_film_actor_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_fk_film_id ON film_actor (film_id);

CREATE TABLE film_category (
  film_id SMALLINT UNSIGNED NOT NULL,
  category_id TINYINT UNSIGNED NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (film_id, category_id),
  CONSTRAINT fk_film_category_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_film_category_category FOREIGN KEY (category_id) REFERENCES category (category_id) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE film_text (
  film_id SMALLINT NOT NULL,
  title VARCHAR(255) NOT NULL,
  description TEXT,
  PRIMARY KEY (film_id)
);

CREATE TABLE inventory (
  inventory_id MEDIUMINT UNSIGNED NOT NULL,
  film_id SMALLINT UNSIGNED NOT NULL,
  store_id TINYINT UNSIGNED NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (inventory_id),
  CONSTRAINT fk_inventory_store FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_inventory_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_inventory_fk_film_id ON inventory (film_id);
CREATE INDEX idx_store_id_film_id ON inventory (store_id, film_id);

CREATE TABLE language (
  language_id TINYINT UNSIGNED NOT NULL,
  name CHAR(20) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (language_id)
);

CREATE TABLE payment (
  payment_id SMALLINT UNSIGNED NOT NULL,
  customer_id SMALLINT UNSIGNED NOT NULL,
  staff_id TINYINT UNSIGNED NOT NULL,
  rental_id INT DEFAULT NULL,
  amount DECIMAL(5,2) NOT NULL,
  payment_date DATETIME NOT NULL,
  last_update TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (payment_id),
  CONSTRAINT fk_payment_rental FOREIGN KEY (rental_id) REFERENCES rental (rental_id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT fk_payment_customer FOREIGN KEY (customer_id) REFERENCES customer (customer_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_payment_staff FOREIGN KEY (staff_id) REFERENCES staff (staff_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_payment_fk_staff_id ON payment (staff_id);
CREATE INDEX idx_payment_fk_customer_id ON payment (customer_id);

CREATE TABLE rental (
  rental_id INT NOT NULL,
  rental_date DATETIME NOT NULL,
  inventory_id MEDIUMINT UNSIGNED NOT NULL,
  customer_id SMALLINT UNSIGNED NOT NULL,
  return_date DATETIME DEFAULT NULL,
  staff_id TINYINT UNSIGNED NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (rental_id),
  UNIQUE (rental_date, inventory_id, customer_id),
  CONSTRAINT fk_rental_staff FOREIGN KEY (staff_id) REFERENCES staff (staff_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_rental_inventory FOREIGN KEY (inventory_id) REFERENCES inventory (inventory_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_rental_customer FOREIGN KEY (customer_id) REFERENCES customer (customer_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_fk_inventory_id ON rental (inventory_id);
CREATE INDEX idx_rental_fk_customer_id ON rental (customer_id);
CREATE INDEX idx_rental_fk_staff_id ON rental (staff_id);

CREATE TABLE staff (
  staff_id TINYINT UNSIGNED NOT NULL,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(45) NOT NULL,
  address_id SMALLINT UNSIGNED NOT NULL,
  picture BLOB DEFAULT NULL,
  email VARCHAR(50) DEFAULT NULL,
  store_id TINYINT UNSIGNED NOT NULL,
  active BOOLEAN NOT NULL DEFAULT 1,
  username VARCHAR(16) NOT NULL,
  password VARCHAR(40) DEFAULT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (staff_id),
  CONSTRAINT fk_staff_store FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_staff_address FOREIGN KEY (address_id) REFERENCES address (address_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX idx_staff_fk_store_id ON staff (store_id);
CREATE INDEX idx_staff_fk_address_id ON staff (address_id);

CREATE TABLE store (
  store_id TINYINT UNSIGNED NOT NULL,
  manager_staff_id TINYINT UNSIGNED NOT NULL,
  address_id SMALLINT UNSIGNED NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (store_id),
  CONSTRAINT fk_store_staff FOREIGN KEY (manager_staff_id) REFERENCES staff (staff_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_store_address FOREIGN KEY (address_id) REFERENCES address (address_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX idx_unique_manager ON store (manager_staff_id);
CREATE INDEX idx_store_fk_address_id ON store (address_id);
SQL

# MySQL dump -> SQLite: keep only the INSERT statements; decode MySQL string literals (backslash
# escapes) to bytes and write them as '...' if they are NUL-free UTF-8, else as X'..' (staff.picture);
# 0x.. hex literals (address.location) become X'..'; `name` becomes "name".
cat >"$tmp/convert.js" <<'JS'
const fs = require('fs');
const src = fs.readFileSync(process.argv[2]);
const out = [];
const esc = { 0x30: 0x00, 0x27: 0x27, 0x22: 0x22, 0x62: 0x08, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x5a: 0x1a, 0x5c: 0x5c, 0x25: 0x25, 0x5f: 0x5f };
const isHex = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
let stmt = [];
let i = 0;
const n = src.length;
const flush = () => {
  const s = stmt.join('').trim();
  stmt = [];
  if (/^INSERT\s+INTO\s/i.test(s)) out.push(s + ';\n');
};
while (i < n) {
  const c = src[i];
  if (c === 0x2d && src[i + 1] === 0x2d) {               // -- comment
    while (i < n && src[i] !== 0x0a) i++;
  } else if (c === 0x27) {                               // 'string'
    const bytes = [];
    i++;
    for (;;) {
      if (i >= n) throw new Error('unterminated string');
      const d = src[i];
      if (d === 0x5c) { const e = src[i + 1]; bytes.push(e in esc ? esc[e] : e); i += 2; }
      else if (d === 0x27 && src[i + 1] === 0x27) { bytes.push(0x27); i += 2; }
      else if (d === 0x27) { i++; break; }
      else { bytes.push(d); i++; }
    }
    const buf = Buffer.from(bytes);
    const text = buf.toString('utf8');
    if (!bytes.includes(0) && Buffer.from(text, 'utf8').equals(buf)) stmt.push("'" + text.replace(/'/g, "''") + "'");
    else stmt.push("X'" + buf.toString('hex').toUpperCase() + "'");
  } else if (c === 0x60) {                               // `identifier`
    const j = src.indexOf(0x60, i + 1);
    stmt.push('"' + src.toString('utf8', i + 1, j) + '"');
    i = j + 1;
  } else if (c === 0x30 && (src[i + 1] === 0x78 || src[i + 1] === 0x58) && !/[\w]/.test(String.fromCharCode(src[i - 1]))) {
    let j = i + 2;                                       // 0xHEX
    while (j < n && isHex(src[j])) j++;
    stmt.push("X'" + src.toString('latin1', i + 2, j).toUpperCase() + "'");
    i = j;
  } else if (c === 0x3b) {                               // ;
    flush();
    i++;
  } else {
    let j = i;
    while (j < n && ![0x27, 0x60, 0x3b, 0x2d, 0x30].includes(src[j])) j++;
    if (j === i) j = i + 1;
    stmt.push(src.toString('latin1', i, j));
    i = j;
  }
}
flush();
fs.writeFileSync(process.argv[3], out.join(''));
JS
node "$tmp/convert.js" "$tmp/$DATA" "$tmp/data.sql"

rm -f "$build"
{
  echo "PRAGMA foreign_keys=OFF; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
  cat "$tmp/schema.sql" "$tmp/data.sql"
  echo "INSERT INTO film_text (film_id, title, description) SELECT film_id, title, description FROM film;"
  echo "COMMIT;"
} | sqlite3 -bail "$build" >/dev/null

# Check what was built: row counts, foreign keys declared and satisfied, integrity.
for pair in $EXPECTED; do
  table=${pair%%=*} want=${pair#*=}
  have=$(sqlite3 "$build" "SELECT count(*) FROM \"$table\"")
  [[ $have == "$want" ]] || { echo "fetch-sample: $table has $have rows, expected $want" >&2; exit 1; }
done
fks=$(sqlite3 "$build" "SELECT count(*) FROM sqlite_master m, pragma_foreign_key_list(m.name) WHERE m.type='table'")
[[ $fks == "$EXPECTED_FKS" ]] || { echo "fetch-sample: $fks foreign keys declared, expected $EXPECTED_FKS" >&2; exit 1; }
violations=$(sqlite3 "$build" "PRAGMA foreign_key_check" | wc -l)
[[ $violations == 0 ]] || { echo "fetch-sample: $violations foreign key violations" >&2; exit 1; }
[[ $(sqlite3 "$build" "PRAGMA integrity_check") == ok ]] || { echo "fetch-sample: integrity_check failed" >&2; exit 1; }

mv -f "$build" "$db"
echo "$(sha256sum <"$db" | cut -d' ' -f1) $TGZ_SHA256" >"$stamp"
echo "fetch-sample: built $db from $PKG"
