"""Books over years: several figure files (one a year's report each) read,
linked and checked as plancheck reads them, and each indicator's history of
targets, actuals and verdicts as a pandas DataFrame."""

from __future__ import annotations

import datetime
import os

import pandas as pd

from . import _plantarget as _core
from ._common import REASON_DTYPE, VERDICT_DTYPE


def _date_text(value) -> str:
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:04d}"
    if isinstance(value, str):
        return value
    raise TypeError(f"plantarget: a publication date is a year, 'YYYY-MM-DD' or a datetime.date, not {value!r}")


def history(files, published=None, links=None, *, as_of=None) -> pd.DataFrame:
    """The history of each indicator with a target across books of several
    years, one row per indicator and target period.

    ``files``: figure files (CSV or JSON) and report texts (``*.txt``, read
    through the extractor), each one book, as plancheck takes them; the same
    indicator is linked across books by id, else by name and unit kind (see
    docs/plancheck.md). ``published``: the publication date of a book,
    ``{file: date}`` (a year such as ``2025``, ``"2025-03-05"`` or a
    ``datetime.date``; default: the day after its latest actual); the later
    book's actual is used where two books publish one period. ``links``: a
    link table file (CSV: indicator, linked_to, book). ``as_of``: the period
    to evaluate at; by default the latest actual in any book, so that each
    target is judged at its own deadline.

    Columns: indicator, name_zh, name_en, period, target_id, target (the
    wording as published), target_text (the condition as read: "≥ 3.5 万人"),
    measure, comparator (tokens), threshold, low, high (the band the target
    allows; an open side is -inf / +inf), unit, actual (NaN with
    ``actual_reason`` where there is none), verdict and reason (categoricals
    of the stable tokens), margin (with ``margin_reason``), book (the file of
    the actual used), longest_missed_run and missed_run_now (years missed
    running, per indicator). ``df.attrs`` holds ``as_of`` and ``books``: a
    DataFrame of the books in publication order (name, published, origin,
    figures).

    Bad input (a file that does not parse, two books giving one indicator
    units of different kinds, a link table naming an unknown indicator, a
    cycle) raises ParseError with the C++ message; nothing is evaluated.
    """
    if isinstance(files, (str, bytes, os.PathLike)):
        files = [files]
    paths = [os.fspath(f) for f in files]
    dates = {} if published is None else {os.fspath(k): _date_text(v) for k, v in dict(published).items()}
    columns, evaluated_at, books = _core.history_columns(paths, dates, "" if links is None else os.fspath(links),
                                                         None if as_of is None else str(as_of))
    df = pd.DataFrame(columns)
    for name in ("reason", "actual_reason", "margin_reason"):
        df[name] = pd.Categorical(df[name], dtype=REASON_DTYPE)
    df["verdict"] = pd.Categorical(df["verdict"], dtype=VERDICT_DTYPE)
    for name in ("low", "high", "threshold", "actual", "margin"):
        df[name] = df[name].astype("float64")
    df.attrs["as_of"] = evaluated_at
    df.attrs["books"] = pd.DataFrame(list(books), columns=["name", "published", "origin", "figures"])
    return df
