"""A report's figure book (figures CSV + relations CSV), the plan built from
it, the plan's evaluation and the audit of the report's arithmetic, as pandas
DataFrames.

Missing-value convention: every number the C++ side reports as a
result<> (actual, margin, completion, ...) is a float column with NaN where it
is undefined, next to a ``<name>_reason`` column holding the reason token of
why ("none" where the number is defined).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from . import _plantarget as _core
from ._common import REASON_DTYPE, VERDICT_DTYPE, finite_non_negative, whole_number_at_least
from ._workbook import read_workbook


class FigureBook:
    """The figures a report publishes and the relations between them."""

    def __init__(self, impl: _core.FigureBook, source: str | None = None):
        self._impl = impl
        self.source = source
        self._review = None
        #: What the extractor left out or could not decide (extract_figures); empty otherwise.
        self.notes: list[str] = []

    def review(self) -> pd.DataFrame:
        """For a book extracted from text: one row per figure with its id, the
        byte offset and line of its value in the text, and the review flag
        (what was inferred, "; "-separated; empty when all was written). A book
        read from a file has no such columns: ValueError."""
        if self._review is None:
            raise ValueError("plantarget: this book was read from a file, not extracted from text; review() is "
                             "for extract_figures books")
        return self._review.copy()

    def __len__(self) -> int:
        return len(self._impl)

    def __repr__(self) -> str:
        where = f" from {self.source}" if self.source else ""
        return f"<FigureBook: {len(self)} figures, {self._impl.relation_count} relations{where}>"

    def figures(self) -> pd.DataFrame:
        """One row per figure: id, indicator, section, section_title (the
        title of the figure's own section, "" for none), names, role, period,
        measure, comparator (as written), value (NaN where the figure has no
        number, e.g. 居前列: see has_value), decimals, unit, quote."""
        return pd.DataFrame(self._impl.figure_columns())

    def relations(self) -> pd.DataFrame:
        """One row per relation: id, kind, origin (given or discovered), result, operands (a tuple
        of figure ids), note."""
        return pd.DataFrame(self._impl.relation_columns())


def load_figures(figures, relations=None) -> FigureBook:
    """Reads a figure book from a file, by its extension:

      .csv          a figures CSV (and ``relations``, a relations CSV or JSON);
                    a directory holding figures.csv (and relations.csv, used
                    when present and ``relations`` is not given)
      .json         a figures JSON document (figures and relations in one)
      .txt          a report's text, through the extractor (extract_figures)
      .xlsx, .xlsm  a workbook: its sheet 'figures' (else the first) and its
                    sheet 'relations' if any, read with openpyxl

    The whole book must read: otherwise ParseError (a ValueError) locating the
    first error as 'file:line:column: message: 'text'' (for a workbook:
    'book.xlsx: sheet 'figures', cell C5: message: 'text''), with the count of
    all errors; nothing is read from a book with errors.
    """
    figures_path = Path(os.fspath(figures))
    relations_path = None if relations is None else Path(os.fspath(relations))
    if figures_path.is_dir():
        directory = figures_path
        figures_path = directory / "figures.csv"
        if relations_path is None and (directory / "relations.csv").exists():
            relations_path = directory / "relations.csv"
    if figures_path.suffix.lower() in (".xlsx", ".xlsm"):
        if relations_path is not None:
            raise ValueError("plantarget: a workbook holds its relations in its sheet 'relations'; give no relations file")
        return FigureBook(read_workbook(figures_path), str(figures_path))
    impl = _core.read_figure_file(str(figures_path), "" if relations_path is None else str(relations_path))
    return FigureBook(impl, str(figures_path))


def extract_figures(text: str, *, file: str = "") -> FigureBook:
    """The figure book of a report's text (UTF-8 str), as plancheck extracts it
    (docs/extraction.md): every quantitative figure with its indicator,
    section, period, role, measure, comparator, value and unit, checked by the
    same builder as the readers. ``file`` only labels errors and the source.

    The book's ``review()`` gives, per figure, the byte offset and line of its
    value in the text and what the extractor inferred (the review flag);
    ``notes`` lists numbers left out that a reviewer may want back. A text with
    no figures gives an empty book (and says so in ``notes``); text that is not
    UTF-8 cannot reach here (a str is Unicode), binary control characters are
    a ParseError.
    """
    if not isinstance(text, str):
        raise TypeError(f"plantarget: extract_figures takes the text as a str, got {type(text).__name__}")
    impl, review, notes = _core.extract_figures(text, file)
    book = FigureBook(impl, file or None)
    book._review = pd.DataFrame(review)
    book.notes = list(notes) if len(impl) else ["no figures found in the report's text", *notes]
    return book


def read_figures(figures_text: str, relations_text: str = "", *, figures_file: str = "", relations_file: str = "") -> FigureBook:
    """As load_figures, from CSV text already in memory; the file names only label errors."""
    return FigureBook(_core.read_figures_csv(figures_text, relations_text, figures_file, relations_file))


def _with_reason_dtypes(df: pd.DataFrame) -> pd.DataFrame:
    for name in df.columns:
        if name == "reason" or name.endswith("_reason"):
            df[name] = pd.Categorical(df[name], dtype=REASON_DTYPE)
    if "verdict" in df.columns:
        df["verdict"] = pd.Categorical(df["verdict"], dtype=VERDICT_DTYPE)
    return df


class Plan:
    """Indicators, targets and their series (plantarget::plan)."""

    def __init__(self, impl: _core.Plan):
        self._impl = impl

    def __repr__(self) -> str:
        return f"<Plan: {len(self.indicators())} indicators, {len(self.targets())} targets>"

    def indicators(self) -> pd.DataFrame:
        return pd.DataFrame(self._impl.indicator_columns())

    def targets(self) -> pd.DataFrame:
        """One row per target; measure, comparator, threshold, upper and unit are those of its first condition."""
        return pd.DataFrame(self._impl.target_columns())

    def evaluate(
        self,
        as_of="2025",
        *,
        on_schedule_band_pp: float = 1.0,
        among_top_cutoff: int = 3,
        seasonal_profile=None,
        about_points: float = 0.5,
        about_share: float = 0.05,
    ) -> pd.DataFrame:
        """Every target's assessment as of a period ('2025', '2025Q2',
        '2025-06', '2025-01..2025-06'), one row per target in section order.

        Columns: section, target_id, indicator_id, kind (binding/anticipatory),
        deadline, as_of, at_deadline, verdict, reason, threshold, actual,
        actual_period, margin, completion, expected_to_date, schedule_gap,
        projected, last_actual, last_actual_period, required_growth (each
        number with its ``_reason``), conditions, text. ``df.attrs`` holds
        ``binding_targets_met`` and ``as_of``.

        ``seasonal_profile``: None (pro rata), 12 monthly shares of the year for
        every flow, or ``"last_year"``: each flow's own shares from last year's
        months in the same book (a flow without all of them stays pro rata).
        ``about_points`` / ``about_share``: the band of an about target (约, 左右)
        that gives no tolerance, in percentage points for figures in percent
        and as a share of the value otherwise (plancheck's --about-points,
        --about-share).
        """
        band = finite_non_negative(on_schedule_band_pp, "on_schedule_band_pp")
        cutoff = whole_number_at_least(among_top_cutoff, "among_top_cutoff", 1)
        from_last_year = isinstance(seasonal_profile, str) and seasonal_profile == "last_year"
        if isinstance(seasonal_profile, str) and not from_last_year:
            raise ValueError("plantarget: seasonal_profile is 12 monthly shares or 'last_year', not "
                             f"{seasonal_profile!r}")
        profile = None if seasonal_profile is None or from_last_year else [float(x) for x in seasonal_profile]
        if profile is not None and len(profile) != 12:
            raise ValueError("plantarget: a seasonal profile has 12 monthly shares")
        points = finite_non_negative(about_points, "about_points")
        share = finite_non_negative(about_share, "about_share")
        columns, binding_met = self._impl.assessment_columns(str(as_of), band, cutoff, profile, from_last_year,
                                                             points, share)
        df = _with_reason_dtypes(pd.DataFrame(columns))
        df.attrs["binding_targets_met"] = binding_met
        df.attrs["as_of"] = str(as_of)
        return df


    def progress(self, as_of="2025", method: str = "open-sdg") -> pd.DataFrame:
        """A progress method over the plan, as plancheck --progress runs it
        (C++ progress::run): one row per indicator with two or more yearly
        actuals up to ``as_of`` and a level target to follow. ``method``:
        "open-sdg", "escap" or "german". Columns: indicator_id, name,
        target_id, target, target_year, first_year (the base year),
        latest_year, latest, category (the method's token: substantial_progress,
        on_track, sunny, ...), reason (a reason token, "none" when assessed),
        ratio (Open SDG's R) and projected (ESCAP, German)."""
        return pd.DataFrame(self._impl.progress_columns(str(as_of), str(method)))


def plan_from_figures(book: FigureBook, *, binding_words=None) -> Plan:
    """The plan a figure book states: each indicator, each actual as an
    observation, each target figure as a target (two on one indicator and
    period make one compound target). ``binding_words``: the comparator words
    whose targets are binding (约束性); the C++ default when None."""
    words = None if binding_words is None else _binding_words(binding_words)
    return Plan(_core.plan_from_figures(_impl_of(book), words))


def _binding_words(words) -> list[str]:
    """Binding words as a list of known comparator words. A string is refused:
    iterating it would give its characters, and a target whose word is not
    among them would silently turn anticipatory."""
    if isinstance(words, (str, bytes)):
        raise TypeError(f"plantarget: binding_words must be a list of comparator words, not a string ({words!r})")
    try:
        out = list(words)
    except TypeError:
        raise TypeError(f"plantarget: binding_words must be a list of comparator words, got {type(words).__name__}") from None
    known = {w for w, _ in _core.comparator_words}
    for w in out:
        if not isinstance(w, str):
            raise TypeError(f"plantarget: binding_words: {w!r} is not a string")
        if w not in known:
            raise ValueError(f"plantarget: binding_words: unknown comparator word {w!r} (accepted: {' '.join(w for w, _ in _core.comparator_words)})")
    return out


def evaluate_plan(book_or_plan, as_of="2025", **options) -> pd.DataFrame:
    """Plan.evaluate() on a Plan, or on the plan a FigureBook states."""
    plan = book_or_plan if isinstance(book_or_plan, Plan) else plan_from_figures(book_or_plan)
    return plan.evaluate(as_of, **options)


def audit(book: FigureBook, discover: bool = True) -> pd.DataFrame:
    """The audit of a report's own arithmetic: one row per finding, with
    check_id, kind, origin (given: a relation of the book; discovered: one
    that discovery proposed from the figures, as ``plancheck`` does unless
    ``discover=False``; one_figure: a check of one figure alone), code (the finding's token: sum_mismatch, implied_plan,
    ...), severity (error / warning / note), figures (ids), computed,
    has_published, published (NaN where no printed figure is compared: see
    has_published), published_decimals, unit, message (English) and
    message_zh (Chinese), both written by the C++ report layer.
    ``df.attrs`` holds checks, holding and unresolved (relation ids)."""
    if not isinstance(discover, bool):
        raise ValueError(f"plantarget: discover must be True or False, got {discover!r}")
    columns, checks, holding, unresolved = _core.audit_columns(_impl_of(book), discover)
    df = pd.DataFrame(columns)
    df["severity"] = pd.Categorical(df["severity"], categories=["error", "warning", "note"])
    df["published_decimals"] = df["published_decimals"].astype("Int64")
    df.attrs["checks"] = checks
    df.attrs["holding"] = holding
    df.attrs["unresolved"] = list(unresolved)
    return df


def _impl_of(book) -> _core.FigureBook:
    if isinstance(book, FigureBook):
        return book._impl
    if isinstance(book, _core.FigureBook):
        return book
    raise ValueError("plantarget: expected a FigureBook (see load_figures)")
