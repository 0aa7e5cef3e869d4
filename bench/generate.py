#!/usr/bin/env python3
"""Writes the benchmark table: N rows x 6 columns into an SQLite file (table `bench`).

Columns: id integer key; name text with quotes, commas, newlines and non-ASCII; amount real
(two decimals, as a double); qty integer with NULLs; created timestamp text; note text with NULLs
and empty strings. Deterministic: the same N gives the same file.
Usage: generate.py OUT.db [ROWS]
"""
import os
import sqlite3
import sys

NAMES = ["Zoë Müller", 'Anna "Ann" Smith', "O'Brien, Pat", "李小龙", "José Pérez", "plain name",
         "line\nbreak", "Åsa; Lindqvist", "emoji 😀 fan", "tab\tseparated"]


def rows(n):
    seed = 12345
    for i in range(1, n + 1):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        name = f"{NAMES[seed % len(NAMES)]} {i}"
        amount = round(((seed >> 3) % 10_000_000) / 100.0, 2)
        qty = None if seed % 13 == 0 else (seed >> 5) % 1000
        day = 1 + seed % 28
        created = f"20{10 + seed % 14:02d}-{1 + (seed >> 4) % 12:02d}-{day:02d} " \
                  f"{seed % 24:02d}:{(seed >> 6) % 60:02d}:{(seed >> 8) % 60:02d}"
        note = None if seed % 7 == 0 else ("" if seed % 11 == 0 else f"note, \"{i}\"")
        yield (i, name, amount, qty, created, note)


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    if os.path.exists(out):
        os.remove(out)
    db = sqlite3.connect(out)
    db.execute("CREATE TABLE bench (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL, "
               "qty INTEGER, created TIMESTAMP, note TEXT)")
    db.executemany("INSERT INTO bench VALUES (?, ?, ?, ?, ?, ?)", rows(n))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
