#!/usr/bin/env python3
"""Compares the benchmark table in a source SQLite file with copies: counts, sums, text lengths,
NULL and empty-string counts, then every row. Prints one line per copy; exits 1 on a difference.
Usage: compare.py SOURCE.db COPY.db [COPY.db ...]
"""
import sqlite3
import sys

FACTS = ("SELECT count(*), sum(id), sum(amount), sum(qty), count(qty), sum(length(name)), "
         "count(note), sum(length(note)), sum(note = ''), min(created), max(created), "
         "sum(typeof(amount) = 'real'), sum(typeof(qty) = 'integer') FROM bench")


def facts(path):
    with sqlite3.connect(path) as db:
        return db.execute(FACTS).fetchone()


def rows_equal(source, copy):
    with sqlite3.connect(source) as a, sqlite3.connect(copy) as b:
        left = a.execute("SELECT * FROM bench ORDER BY id")
        right = b.execute("SELECT * FROM bench ORDER BY id")
        for x, y in zip(left, right):
            if x != y:
                return f"first difference: {x!r} != {y!r}"
    return "every row equal"


def main():
    source = sys.argv[1]
    expected = facts(source)
    print(f"source: count, sum(id), sum(amount), sum(qty), count(qty), sum(len(name)), count(note), "
          f"sum(len(note)), empty notes, min/max(created), reals, integers = {expected}")
    ok = True
    for copy in sys.argv[2:]:
        got = facts(copy)
        same = got == expected
        detail = rows_equal(source, copy) if same else f"facts differ: {got}"
        ok = ok and same and detail == "every row equal"
        print(f"{copy.split('/')[-1]}: {'same facts' if same else 'DIFFERENT'}; {detail}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
