#!/usr/bin/env python3
"""Reads every cell of every sheet of an .xlsx with openpyxl in read-only mode, the way a script
loads a workbook (bench/run-xlsx.sh), and prints the rows and non-empty cells it saw.
Usage: read_openpyxl.py BOOK.xlsx"""
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1], read_only=True)
rows = cells = 0
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        rows += 1
        cells += sum(value is not None for value in row)
print(f"{rows} rows, {cells} cells")
