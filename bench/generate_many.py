#!/usr/bin/env python3
"""Writes a schema of many small tables into an SQLite file: TABLES tables of ROWS rows each.

Each table t001, t002, ... has an integer key, a text name, a real amount, a nullable integer, a
date as text and a note; every tenth table refers to the one before it by a foreign key, as real
schemas do. Deterministic: the same arguments give the same file.
Usage: generate_many.py OUT.db [TABLES] [ROWS]
"""
import os
import sqlite3
import sys


def main():
    out = sys.argv[1]
    tables = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    if os.path.exists(out):
        os.remove(out)
    db = sqlite3.connect(out)
    db.execute("PRAGMA journal_mode = OFF")
    width = len(str(tables))
    for t in range(1, tables + 1):
        name = f"t{t:0{width}d}"
        parent = f"t{t - 1:0{width}d}" if t % 10 == 0 else None
        ref = f", parent_id INTEGER REFERENCES {parent}(id)" if parent else ""
        db.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL, "
                   f"qty INTEGER, day TEXT, note TEXT{ref})")
        values = []
        for r in range(1, rows + 1):
            seed = (t * 7919 + r * 104729) & 0x7FFFFFFF
            row = [r, f"row {r} of {name}", round((seed % 100000) / 100.0, 2),
                   None if seed % 5 == 0 else seed % 1000,
                   f"20{10 + seed % 14:02d}-{1 + seed % 12:02d}-{1 + seed % 28:02d}",
                   None if seed % 3 == 0 else f"note {seed}"]
            if parent:
                row.append(r)
            values.append(row)
        marks = ", ".join("?" * len(values[0]))
        db.executemany(f"INSERT INTO {name} VALUES ({marks})", values)
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
