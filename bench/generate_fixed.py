#!/usr/bin/env python3
"""Writes the record-file benchmark's inputs: the same N rows as
  - fixed-width text (UTF-8, 100-byte lines, 8 fields) with its layout file,
  - EBCDIC (IBM037) fixed-length records (RECFM F, 90 bytes) with zoned, packed (COMP-3) and binary
    fields, and the COBOL copybook that describes them,
  - CSV (for Barge's own CSV -> PostgreSQL time on the same rows).
Deterministic (seeded): the same files on every machine.
Usage: generate_fixed.py FOLDER ROWS"""
import json
import os
import random
import sys

folder, rows = sys.argv[1], int(sys.argv[2])
os.makedirs(folder, exist_ok=True)
rng = random.Random(42)
words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]


def packed(value, digits):  # COMP-3: digits + sign nibble, (digits + 1) / 2 bytes
    text = str(abs(value)).rjust(digits, "0")
    if len(text) % 2 == 0:
        text = "0" + text
    nibbles = [int(c) for c in text] + [0xD if value < 0 else 0xC]
    return bytes((nibbles[i] << 4) | nibbles[i + 1] for i in range(0, len(nibbles), 2))


layout = {"recordLength": 100, "fields": [
    {"name": "id", "start": 1, "length": 10},
    {"name": "name", "start": 11, "length": 20},
    {"name": "amount", "start": 31, "length": 12},
    {"name": "qty", "start": 43, "length": 8},
    {"name": "created", "start": 51, "length": 19},
    {"name": "code", "start": 70, "length": 6},
    {"name": "flag", "start": 76, "length": 5},
    {"name": "note", "start": 81, "length": 20}]}
with open(os.path.join(folder, "bench.layout.json"), "w") as f:
    json.dump(layout, f, indent=1)
with open(os.path.join(folder, "BENCH.cpy"), "w") as f:
    f.write("""       01  BENCH-REC.
           05  ID          PIC 9(10).
           05  NAME        PIC X(20).
           05  AMOUNT      PIC S9(9)V99 COMP-3.
           05  QTY         PIC S9(8) COMP.
           05  CREATED     PIC X(19).
           05  CODE        PIC X(6).
           05  FLAG        PIC X(5).
           05  NOTE        PIC X(20).
""")

with open(os.path.join(folder, "bench.txt"), "w", encoding="utf-8", newline="\n") as text, \
        open(os.path.join(folder, "bench.dat"), "wb") as ebcdic, \
        open(os.path.join(folder, "bench.csv"), "w", encoding="utf-8", newline="\n") as csv:
    csv.write("id,name,amount,qty,created,code,flag,note\n")
    for i in range(1, rows + 1):
        name = f"{rng.choice(words)} {rng.choice(words)}"[:20]
        cents = rng.randint(-99999999, 999999999)
        amount = f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"
        qty = rng.randint(-5000, 500000)
        created = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} " \
                  f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        code = f"C{rng.randint(0, 99999):05d}"
        flag = rng.choice(["true", "false"])
        note = rng.choice(words) * rng.randint(1, 2)
        text.write(f"{i:>10}{name:<20}{amount:>12}{qty:>8}{created}{code}{flag:<5}{note:<20}".rstrip() + "\n")
        record = (f"{i:010d}".encode("cp037") + f"{name:<20}".encode("cp037") + packed(cents, 11)
                  + qty.to_bytes(4, "big", signed=True) + created.encode("cp037") + code.encode("cp037")
                  + f"{flag:<5}".encode("cp037") + f"{note:<20}".encode("cp037"))
        assert len(record) == 90, len(record)
        ebcdic.write(record)
        csv.write(f"{i},{name},{amount},{qty},{created},{code},{flag},{note}\n")
