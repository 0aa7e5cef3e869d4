#!/usr/bin/env python3
"""Writes ROWS rows of 10 columns into OUT.xlsx with openpyxl's write-only mode (bench/run-xlsx.sh):
an int, text, a decimal amount shown with two places, a real, a date, a datetime, a boolean, a
code with leading zeros (text), a city (shared strings repeat) and a note or nothing.
Usage: generate_xlsx.py OUT.xlsx ROWS"""
import datetime
import random
import sys

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import NamedStyle

out, rows = sys.argv[1], int(sys.argv[2])
random.seed(7)
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("bench")
sheet.append(["id", "name", "amount", "ratio", "day", "at", "paid", "code", "city", "note"])
cities = ["Berlin", "Zürich", "Lyon", "Porto", "Oslo", "Kraków", "Gent", "Cork"]
start = datetime.datetime(2020, 1, 1)
amount_style = NamedStyle(name="amount", number_format="#,##0.00")
date_style = NamedStyle(name="day", number_format="yyyy-mm-dd")
at_style = NamedStyle(name="at", number_format="yyyy-mm-dd hh:mm:ss")
for i in range(1, rows + 1):
    amount = WriteOnlyCell(sheet, value=round(random.uniform(-5000, 5000), 2))
    amount.style = amount_style
    day = WriteOnlyCell(sheet, value=(start + datetime.timedelta(days=i % 2000)).date())
    day.style = date_style
    at = WriteOnlyCell(sheet, value=start + datetime.timedelta(seconds=i * 37))
    at.style = at_style
    sheet.append([i, f"customer {i}", amount, random.random(), day, at, i % 3 == 0, f"{i % 100000:06d}",
                  cities[i % len(cities)], f"note {i}" if i % 4 else None])
book.save(out)
