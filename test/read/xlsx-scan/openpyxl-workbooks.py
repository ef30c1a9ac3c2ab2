"""Writes the workbooks a JSON spec describes with openpyxl, the way offices' Python exports make them.

    /usr/bin/python3 openpyxl-workbooks.py SPEC.json

SPEC: [{"path", "date1904", "sheets": [{"name", "cells": [[row, column, kind, value, format]]}]}]
kinds: text, number, date (milliseconds since 1970, UTC), bool, error, formula.
"""
import json
import sys
from datetime import datetime, timedelta

from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

for book in json.load(open(sys.argv[1], encoding="utf-8")):
    wb = Workbook()
    wb.remove(wb.active)
    if book["date1904"]:
        wb.epoch = CALENDAR_MAC_1904
    for sheet in book["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        for row, column, kind, value, fmt in sheet["cells"]:
            cell = ws.cell(row=row, column=column)
            if kind == "date":
                cell.value = datetime(1970, 1, 1) + timedelta(milliseconds=value)
            elif kind == "error":
                cell.value = value
                cell.data_type = "e"
            elif kind == "text":
                cell.value = value
                cell.data_type = "s"
            else:
                cell.value = value
            if fmt:
                cell.number_format = fmt
    wb.save(book["path"])
