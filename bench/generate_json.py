#!/usr/bin/env python3
"""Writes the JSON benchmark's inputs: the same N rows as
  - CSV (Barge's own CSV -> PostgreSQL, the yardstick),
  - JSON Lines (one object a line),
  - JSON (one array of those objects, one a line, as tools export them),
with 8 fields: int, text, decimal(11,2) (a JSON number with two decimals), int, timestamp (a string),
text, boolean (true/false), text or null. Deterministic (seeded): the same files on every machine.
Usage: generate_json.py FOLDER ROWS"""
import csv
import json
import os
import random
import sys

folder, rows = sys.argv[1], int(sys.argv[2])
os.makedirs(folder, exist_ok=True)
rng = random.Random(42)
words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]

with open(os.path.join(folder, "bench.csv"), "w", newline="") as c, \
        open(os.path.join(folder, "bench.jsonl"), "w") as l, \
        open(os.path.join(folder, "bench.json"), "w") as j:
    out = csv.writer(c)
    out.writerow(["id", "name", "amount", "qty", "created", "code", "flag", "note"])
    j.write("[\n")
    for i in range(1, rows + 1):
        cents = rng.randint(-99999999, 99999999)
        amount = "%s%d.%02d" % ("-" if cents < 0 else "", abs(cents) // 100, abs(cents) % 100)
        created = "20%02d-%02d-%02d %02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(1, 12), rng.randint(1, 28),
                                                      rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        row = [i, " ".join(rng.choice(words) for _ in range(2)), amount, rng.randint(0, 9999999), created,
               "C%05d" % rng.randint(0, 99999), rng.random() < 0.5, rng.choice(words) if rng.random() < 0.8 else None]
        out.writerow([row[0], row[1], row[2], row[3], row[4], row[5], "true" if row[6] else "false",
                      "" if row[7] is None else row[7]])
        # amount as a JSON number with its two decimals written out, as exporters write money
        obj = ('{"id": %d, "name": %s, "amount": %s, "qty": %d, "created": %s, "code": %s, "flag": %s, "note": %s}'
               % (row[0], json.dumps(row[1]), amount, row[3], json.dumps(row[4]), json.dumps(row[5]),
                  "true" if row[6] else "false", json.dumps(row[7])))
        l.write(obj + "\n")
        j.write(obj + (",\n" if i < rows else "\n"))
    j.write("]\n")
