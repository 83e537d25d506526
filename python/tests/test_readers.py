"""Figure books from every file a user keeps them in: CSV, JSON, a workbook
(.xlsx, through openpyxl) and a report's text (through the extractor); the
same book whichever, and errors located by file and line, or sheet and cell."""

import csv
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import plantarget as pt

DATA = Path(__file__).resolve().parents[2] / "examples" / "shapingba" / "data"
openpyxl = pytest.importorskip("openpyxl")


def _rows():
    with open(DATA / "figures.csv", encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _number_format(text: str):
    """The number format a spreadsheet shows `text` with, or None for text."""
    try:
        float(text)
    except ValueError:
        return None
    places = len(text.partition(".")[2])
    return "0" if places == 0 else "0." + "0" * places


def _workbook(path, rows, *, sheet="figures", edit=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            fmt = _number_format(text) if r > 1 and rows[0][c - 1] == "value" else None
            if fmt is not None:  # a number cell, shown as published
                cell.value = float(text) if "." in text else int(text)
                cell.number_format = fmt
            else:
                cell.value = text if text != "" else None
    if edit:
        edit(ws)
    wb.save(path)
    return path


def test_a_workbook_reads_as_the_csv(tmp_path):
    want = pt.load_figures(DATA / "figures.csv").figures()
    got = pt.load_figures(_workbook(tmp_path / "book.xlsx", _rows())).figures()
    pd.testing.assert_frame_equal(got, want)
    # The decimals come from the cells' formats: 262.7 has one, 5.0 keeps its zero.
    assert (got["decimals"] == want["decimals"]).all()


def test_the_figures_sheet_is_found_by_name(tmp_path):
    def add_notes_first(ws):
        ws.parent.create_sheet("notes", 0)["A1"] = "not a figure table"

    book = pt.load_figures(_workbook(tmp_path / "named.xlsx", _rows(), edit=add_notes_first))
    assert len(book) == len(_rows()) - 1


def test_json_reads_as_the_csv(tmp_path):
    header, *body = _rows()
    doc = {"figures": [dict(zip(header, row)) for row in body]}
    path = tmp_path / "book.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    pd.testing.assert_frame_equal(pt.load_figures(path).figures(), pt.load_figures(DATA / "figures.csv").figures())


def test_a_report_text_reads_through_the_extractor():
    text = (DATA / "report.txt").read_text(encoding="utf-8")
    from_file = pt.load_figures(DATA / "report.txt")
    extracted = pt.extract_figures(text, file=str(DATA / "report.txt"))
    pd.testing.assert_frame_equal(from_file.figures(), extracted.figures())
    assert len(extracted) > 200
    review = extracted.review()
    assert list(review.columns) == ["id", "offset", "line", "review"]
    assert list(review["id"]) == list(extracted.figures()["id"])
    # Each offset points into the text at the figure's own quote.
    figures = extracted.figures()
    raw = text.encode("utf-8")
    for quote, offset in zip(figures["quote"][:50], review["offset"][:50]):
        start = raw.rfind(quote.encode("utf-8"), 0, offset + len(quote.encode("utf-8")))
        assert start != -1 and start <= offset
    # It builds a plan and an audit as a read book does.
    assert len(pt.plan_from_figures(extracted).targets()) > 0
    with pytest.raises(ValueError, match="read from a file"):
        from_file.review()


def test_extract_figures_edges():
    empty = pt.extract_figures("没有数字的一段文字。")
    assert len(empty) == 0 and empty.notes[0] == "no figures found in the report's text"
    assert len(empty.figures()) == 0
    with pytest.raises(pt.ParseError, match="binary data"):
        pt.extract_figures("增长5%\x00", file="bad.txt")
    with pytest.raises(TypeError, match="str"):
        pt.extract_figures(b"\xe5\xa2\x9e")


def _cell_of(rows, column, row_number):
    return openpyxl.utils.get_column_letter(rows[0].index(column) + 1) + str(row_number)


@pytest.mark.parametrize(
    "column,value,message",
    [
        ("unit", "亿美刀", "unknown unit"),
        ("period", "2025年中", "period"),
    ],
)
def test_workbook_errors_name_the_sheet_and_cell(tmp_path, column, value, message):
    rows = _rows()
    rows[3][rows[0].index(column)] = value
    path = _workbook(tmp_path / "bad.xlsx", rows)
    with pytest.raises(pt.ParseError) as e:
        pt.load_figures(path)
    assert f"sheet 'figures', cell {_cell_of(rows, column, 4)}" in str(e.value)
    assert message in str(e.value)


@pytest.mark.parametrize(
    "put,message",
    [
        (lambda c: setattr(c, "value", pd.Timestamp("2025-06-01").to_pydatetime()), "a date cell"),
        (lambda c: setattr(c, "value", True), "TRUE/FALSE"),
        (lambda c: setattr(c, "value", "=1+1"), "formula without a saved value"),
        (lambda c: setattr(c, "value", "两\n行"), "line break"),
        (lambda c: (setattr(c, "value", 0.052), setattr(c, "number_format", "0.0%")), "percent cell"),
    ],
)
def test_cells_that_mean_no_value_are_refused(tmp_path, put, message):
    rows = _rows()
    target = _cell_of(rows, "value", 6)
    path = _workbook(tmp_path / "cells.xlsx", rows, edit=lambda ws: put(ws[target]))
    with pytest.raises(pt.ParseError, match=message) as e:
        pt.load_figures(path)
    assert f"cell {target}" in str(e.value)


def test_not_a_workbook(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"this is not a zip file")
    with pytest.raises(pt.ParseError, match="not a readable workbook"):
        pt.load_figures(path)
    other = tmp_path / "x.dat"
    other.write_text("id\n", encoding="utf-8")
    with pytest.raises(pt.ParseError, match="unknown file type"):
        pt.load_figures(other)
    with pytest.raises(pt.ParseError, match="cannot open file"):
        pt.load_figures(tmp_path / "missing.csv")


def test_figures_carry_their_sections_title():
    """The section_title column of the figure format: each figure's own section's title."""
    book = pt.load_figures(DATA / "figures.csv")
    df = book.figures()
    row = df[df["id"] == "gdp.level.2025"].iloc[0]
    assert row["section"] == "1.0" and row["section_title"] == ""  # the part's own text has no title
    titles = dict(zip(df["section"], df["section_title"]))
    assert titles["1.1.1"] == "成渝地区双城经济圈主阵地建设纵深推进"
    assert titles["2.8.3"] == "加快建设高品质生活宜居地"
    x = pt.extract_figures("一、2024年工作回顾\n（一）稳增长\n一是投资持续扩大。全年投资增长5.2%。\n")
    assert list(x.figures()["section_title"]) == ["投资持续扩大"]
