"""Figure books kept as spreadsheet workbooks (.xlsx, .xlsm), read with
openpyxl (Debian: python3-openpyxl) into the figures-CSV form and then by the
library's one CSV reader, so that a workbook is checked exactly as a CSV file
is. Each sheet row becomes the CSV line of the same number, so that an error
the reader locates at line:column is reported back as sheet, row and cell.

A cell is read as it is stored: text as written, whole numbers as written,
other numbers with the decimals the cell's number format shows (0.00 keeps
262.70 at two places) or their shortest form. Cells that cannot mean one
figure-table value are refused, located: dates (a period is text: 2025,
2025-06, 2025H1), TRUE/FALSE, percent formats (the table holds 5.2 with unit
%, a percent cell holds 0.052), line breaks, formulas without a saved value.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from pathlib import Path

import numpy as np

from . import _plantarget as _core

_FIGURE_SHEETS = ("figures",)
_RELATION_SHEETS = ("relations",)
_FIXED_FORMAT = re.compile(r"^(?:#,##)?0(?:\.(0+))?$")
_LOCATION = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<column>\d+): (?P<rest>.*)$", re.S)


class _Sheet:
    """A sheet as CSV text, with the byte offset of each cell on its line, so
    that a column the reader reports maps back to the cell."""

    def __init__(self, workbook_path: str, title: str, rows):
        self.title = title
        self.label = f"{workbook_path}[{title}]"
        self.starts: list[list[int]] = []
        lines = []
        for cells in rows:
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="").writerow(cells)
            line = buffer.getvalue()
            lines.append(line)
            self.starts.append(_cell_starts(cells))
        self.text = "\n".join(lines) + "\n"

    def cell_of(self, line: int, column: int) -> str | None:
        """The cell (C5) holding byte `column` (1-based) of CSV line `line`."""
        if not 1 <= line <= len(self.starts):
            return None
        starts = self.starts[line - 1]
        index = 0
        for k, start in enumerate(starts):
            if start <= column:
                index = k
        return f"{_column_letters(index + 1)}{line}"


def _cell_starts(cells) -> list[int]:
    """1-based byte column where each cell starts on the CSV line."""
    starts, at = [], 1
    for cell in cells:
        starts.append(at)
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow([cell])
        at += len(buffer.getvalue().encode("utf-8")) + 1
    return starts


def _column_letters(n: int) -> str:
    letters = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("A") + r) + letters
    return letters


def _refuse(path: str, title: str, cell, message: str) -> ValueError:
    return _core.ParseError(f"{path}: sheet {title!r}, cell {cell.coordinate}: {message}")


def _cell_text(path: str, title: str, cell, value_cell) -> str:
    """One cell as figure-table text; ParseError naming the cell otherwise."""
    value = value_cell.value
    if cell.data_type == "f" and value is None:
        raise _refuse(path, title, cell, "a formula without a saved value: save the workbook in a spreadsheet "
                                         "program (which stores its values), or paste the values")
    if value is None:
        return ""
    if isinstance(value, bool):
        raise _refuse(path, title, cell, f"a TRUE/FALSE cell ({value}): the figure table has no such column")
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time, _dt.timedelta)):
        raise _refuse(path, title, cell, f"a date cell ({value}): write the period as text (2025, 2025-06, 2025H1)")
    if isinstance(value, str):
        if "\n" in value or "\r" in value:
            raise _refuse(path, title, cell, "a line break inside the cell")
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        fmt = value_cell.number_format or "General"
        if "%" in fmt:
            raise _refuse(path, title, cell, f"a percent cell ({value!r} shown as a percentage): write the "
                                             "number as shown (5.2) with unit %")
        text = np.format_float_positional(value, unique=True, trim="-")
        # A fixed format keeps the trailing zeros a figure was published with
        # (0.00: 262.70), never fewer digits than the value has.
        fixed = _FIXED_FORMAT.match(fmt)
        if fixed:
            places = len(fixed.group(1) or "")
            have = len(text.partition(".")[2])
            if places > have:
                text = f"{value:.{places}f}"
        return text
    raise _refuse(path, title, cell, f"a cell of type {type(value).__name__}")


def _sheet(path: str, formulas, values, names) -> _Sheet | None:
    by_name = {ws.title.strip().lower(): ws.title for ws in formulas.worksheets}
    title = next((by_name[n] for n in names if n in by_name), None)
    if title is None:
        return None
    ws_formulas, ws_values = formulas[title], values[title]
    rows = []
    for row_formulas, row_values in zip(ws_formulas.iter_rows(), ws_values.iter_rows()):
        rows.append([_cell_text(path, title, c, v) for c, v in zip(row_formulas, row_values)])
    # Trailing empty cells are no columns of their own.
    for r in rows:
        while r and r[-1] == "":
            r.pop()
    return _Sheet(path, title, rows)


def read_workbook(path) -> _core.FigureBook:
    """The figure book of a workbook: its sheet 'figures' (else the first
    sheet) and, when there is one, its sheet 'relations'. Errors are located
    as sheet and cell."""
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - the test machine has it
        raise ImportError(
            "plantarget: reading a workbook needs openpyxl (Debian: apt-get install python3-openpyxl; "
            "pip: pip install openpyxl)"
        ) from None
    path = str(path)
    if not Path(path).is_file():
        raise _core.ParseError(f"{path}: cannot open file: no such regular file")
    try:
        formulas = openpyxl.load_workbook(path, data_only=False, read_only=False)
        values = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except Exception as e:  # zipfile.BadZipFile, KeyError, InvalidFileException, ...
        raise _core.ParseError(f"{path}: not a readable workbook ({type(e).__name__}: {e})") from None
    figures = _sheet(path, formulas, values, _FIGURE_SHEETS)
    if figures is None:
        first = formulas.worksheets[0].title
        figures = _sheet(path, formulas, values, (first.strip().lower(),))
    relations = _sheet(path, formulas, values, _RELATION_SHEETS)
    try:
        return _core.read_figures_csv(
            figures.text,
            relations.text if relations is not None else "",
            figures.label,
            relations.label if relations is not None else "",
        )
    except _core.ParseError as e:
        raise _core.ParseError(_locate(str(e), path, [figures] + ([relations] if relations else []))) from None


def _locate(message: str, path: str, sheets: list[_Sheet]) -> str:
    """'book.xlsx[figures]:5:12: msg' as 'book.xlsx: sheet 'figures', cell C5: msg'."""
    m = _LOCATION.match(message)
    if not m:
        return message
    for sheet in sheets:
        if m["file"] == sheet.label:
            cell = sheet.cell_of(int(m["line"]), int(m["column"]))
            where = f"cell {cell}" if cell else f"row {m['line']}"
            return f"{path}: sheet {sheet.title!r}, {where}: {m['rest']}"
    return message
