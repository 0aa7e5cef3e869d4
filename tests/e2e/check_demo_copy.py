#!/usr/bin/python3
"""Checks what the wizard's demo run wrote, against the demo written directly by `barge demo`.

    check_demo_copy.py REPORT.json TARGET.db REFERENCE.db

REPORT.json: the report the wizard saved (Save as JSON on its report page); TARGET.db: the SQLite
file the run wrote, an absolute path (the report's target must end with it); REFERENCE.db: written
by `barge demo REFERENCE.db`. The target must hold the reference's tables (the demo shop's), each
with the same columns in the same order, exactly as many rows and the same primary keys (values may
differ: a NUMERIC(10,2) is rounded to 2 places), and the report must say so too: status ok, every
table read and written in full, nothing rejected. Prints one line per table; exits 1 naming every
difference.
"""

import json
import pathlib
import sqlite3
import sys

# The demo shop's tables: a `barge demo` that wrote fewer (or none) must not make an empty copy pass.
DEMO_TABLES = {"customers", "products", "orders", "order_items"}


def tables_of(path):
    """{table: ([column, ...], rows, sorted primary keys)} of a SQLite file, opened read-only."""
    db = sqlite3.connect(pathlib.Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        found = {}
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            info = list(db.execute(f"PRAGMA table_info({quoted})"))
            columns = [r[1] for r in info]
            rows = db.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            # The keys, which a copy keeps as they are (values such as NUMERIC(10,2) may be rounded).
            key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5] > 0]
            keys = sorted(db.execute("SELECT {} FROM {}".format(
                ", ".join('"' + k.replace('"', '""') + '"' for k in key), quoted))) if key else None
            found[name] = (columns, rows, keys)
        return found
    finally:
        db.close()


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: check_demo_copy.py REPORT.json TARGET.db REFERENCE.db")
    report_file, target_file, reference_file = sys.argv[1:]
    problems = []
    reference = tables_of(reference_file)
    target = tables_of(target_file)

    if set(reference) != DEMO_TABLES or any(rows == 0 for _, rows, _ in reference.values()):
        problems.append(f"the reference (barge demo) is not the demo shop: "
                        f"{ {name: rows for name, (_, rows, _) in reference.items()} }")
    for name in sorted(set(reference) - set(target)):
        problems.append(f"target: table {name} is missing")
    for name in sorted(set(target) - set(reference)):
        problems.append(f"target: table {name} is not in the demo")
    print(f"{'table':<14}{'reference':>10}{'target':>10}{'report':>10}")
    with open(report_file, encoding="utf-8") as f:
        report = json.load(f)
    if not str(report.get("target")).endswith(target_file):
        problems.append(f"report: the target is {report.get('target')}, not {target_file}")
    reported = {t.get("target"): t for t in report.get("tables", [])}
    for name in sorted(reference):
        columns, rows, keys = reference[name]
        got_columns, got_rows, got_keys = target.get(name, (None, None, None))
        entry = reported.get(name, {})
        print(f"{name:<14}{rows:>10}{str(got_rows):>10}{str(entry.get('written')):>10}")
        if got_rows is not None and got_rows != rows:
            problems.append(f"target: {name} has {got_rows} rows, the demo has {rows}")
        if got_columns is not None and got_columns != columns:
            problems.append(f"target: {name} has the columns {got_columns}, the demo has {columns}")
        if got_rows is not None and got_keys != keys:
            problems.append(f"target: {name} has other primary keys than the demo"
                            + ("" if keys else " (the demo's table has none)"))
        if not entry:
            problems.append(f"report: no table {name}")
            continue
        for key in ("read", "written"):
            if entry.get(key) != rows:
                problems.append(f"report: {name} {key} {entry.get(key)}, the demo has {rows} rows")
        if entry.get("rejected") != 0 or entry.get("status") != "ok":
            problems.append(f"report: {name} status {entry.get('status')}, {entry.get('rejected')} rejected"
                            + (f": {entry['error']}" if entry.get("error") else ""))
    for name in sorted(set(reported) - set(reference)):
        problems.append(f"report: table {name} is not in the demo")
    total = sum(rows for _, rows, _ in reference.values())
    if report.get("status") != "ok" or report.get("written") != total or report.get("rejected") != 0:
        problems.append(f"report: status {report.get('status')}, {report.get('written')} written "
                        f"(the demo has {total}), {report.get('rejected')} rejected"
                        + (f": {report['error']}" if report.get("error") else ""))
    print(f"{'total':<14}{total:>10}{sum(r for _, r, _ in target.values()):>10}{str(report.get('written')):>10}")
    if problems:
        for problem in problems:
            print(f"MISMATCH: {problem}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
