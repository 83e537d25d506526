"""Column-wise evaluation of targets (batch.hpp) over pandas DataFrames or
numpy arrays: one C++ loop for all rows, without the GIL.

Each row is judged as the C++ evaluate() judges an exact actual at the
deadline: ``>=`` holds at the threshold (以上 includes the number), ``>`` does
not (超 excludes it); a level target met with room to spare is ``exceeded``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import _plantarget as _core
from ._common import REASON_TOKENS, float_column, is_scalar, real_number, reason_categorical, verdict_categorical

def _comparator_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for code, name in enumerate(_core.comparator_names):
        table[name] = code
    for word, code in _core.comparator_words:
        table.setdefault(word, code)
    return table


#: Every comparator spelling evaluate() accepts, with its C++ code: the
#: tokens of the C++ vocabulary ('at_least', 'more_than', 'at_most',
#: 'less_than', 'about', 'between', 'dynamic_zero', 'rank_at_most',
#: 'among_top', 'milestone_at_least') and the words of the plan lexicon
#: (lexicon.hpp: 以上, 超, 以内, 近, 约, 左右, 动态清零, 居第, 居前列, and the
#: symbols ≥ >= > ≤ <= < ≈ =).
COMPARATORS: dict[str, int] = _comparator_table()

_MEASURES = {"level": 0, "growth": 1}

#: The natures of an indicator (C++ plantarget::nature tokens, with their codes):
#: flow, stock, rate, average.
NATURES: dict[str, int] = {name: code for code, name in enumerate(_core.nature_names)}
#: The directions (C++ plantarget::direction): higher_is_better, lower_is_better, within_band.
DIRECTIONS: dict[str, int] = {name: code for code, name in enumerate(_core.direction_names)}


def comparator_code(text: str) -> int:
    """The C++ comparator code of a spelling; ValueError when unknown."""
    try:
        return COMPARATORS[text.strip()]
    except KeyError:
        known = ", ".join(sorted(COMPARATORS))
        raise ValueError(f"plantarget: unknown comparator {text!r} (known: {known})") from None


def _unknown(name: str, table: dict[str, int], text, row) -> ValueError:
    known = ", ".join(sorted(table))
    return ValueError(f"plantarget: {name}: row {row!r}: unknown {name} {text!r} (known: {known})")


def _vocabulary_codes(column, index, table: dict[str, int], name: str) -> np.ndarray:
    """Spellings (or codes) of a vocabulary per row, as uint8 codes; a
    ValueError names the first row whose value is unknown or missing."""
    def first_row(mask) -> object:
        i = int(np.flatnonzero(mask)[0])
        return index[i] if index is not None else i

    size = max(table.values()) + 1
    if isinstance(column, pd.Series) and isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        if (codes < 0).any():
            raise ValueError(f"plantarget: {name}: row {first_row(codes < 0)!r}: the {name} is missing")
        # Only the categories some row uses must be known.
        used = np.unique(codes)
        lookup = np.zeros(len(column.cat.categories), dtype=np.uint8)
        for k in used:
            text = str(column.cat.categories[k]).strip()
            if text not in table:
                raise _unknown(name, table, text, first_row(codes == k))
            lookup[k] = table[text]
        return np.ascontiguousarray(lookup[codes])
    values = np.asarray(column)
    if values.dtype.kind in "iu":
        bad = (values < 0) | (values >= size)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise ValueError(
                f"plantarget: {name}: row {first_row(bad)!r}: code {int(values[i])} is outside 0..{size - 1}"
            )
        return np.ascontiguousarray(values, dtype=np.uint8)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if (codes < 0).any():
        raise ValueError(f"plantarget: {name}: row {first_row(codes < 0)!r}: the {name} is missing")
    lookup = np.empty(len(uniques), dtype=np.uint8)
    for k, u in enumerate(uniques):
        text = str(u).strip()
        if text not in table:
            raise _unknown(name, table, u, first_row(codes == k))
        lookup[k] = table[text]
    return np.ascontiguousarray(lookup[codes])


def _comparator_codes(column, index) -> np.ndarray:
    return _vocabulary_codes(column, index, COMPARATORS, "comparator")


def _check_bounds(per_row: np.ndarray, same: int, thresholds: np.ndarray, uppers: np.ndarray, index) -> None:
    """'between' needs upper >= threshold (the low end), 'about' a tolerance
    of 0 or more: a ValueError naming the first row that has neither, where
    the kernel would judge an empty range."""
    if uppers.size == 0:
        return
    codes = per_row if per_row.size else np.full(len(thresholds), same, dtype=np.uint8)
    with np.errstate(invalid="ignore"):
        bad_between = (codes == COMPARATORS["between"]) & (uppers < thresholds)
        bad_about = (codes == COMPARATORS["about"]) & (uppers < 0)
    for bad, what in ((bad_between, "'between' has upper {u!r} below its lower bound (threshold) {t!r}"),
                      (bad_about, "'about' has a negative tolerance (upper) {u!r}")):
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            label = index[i] if index is not None else i
            raise ValueError(f"plantarget: upper: row {label!r}: " + what.format(u=float(uppers[i]), t=float(thresholds[i])))


def _resolve(data, spec, name: str):
    """A column given by name (in ``data``), as an array-like, or None."""
    if isinstance(spec, str):
        if data is None:
            raise ValueError(f"plantarget: {name}={spec!r} names a column, but no DataFrame was given")
        if spec not in data.columns:
            raise ValueError(f"plantarget: {name}={spec!r}: no such column")
        return data[spec]
    return spec


def evaluate(
    data: pd.DataFrame | None = None,
    *,
    value,
    threshold,
    prior=None,
    comparator=">=",
    upper=None,
    tolerance=None,
    what: str = "level",
    price_basis: str = "nominal",
    months=None,
    nature=None,
    direction=None,
    on_schedule_band: float = 1.0,
    threads: int = 0,
    parse_numbers: bool = False,
    prefix: str = "",
) -> pd.DataFrame:
    """Judges every row of a panel against its threshold.

    ``value``, ``prior``, ``threshold``, ``upper`` and ``tolerance`` are
    column names of ``data``, or array-likes / Series of one value per row;
    ``threshold``, ``upper`` and ``tolerance`` may also be scalars.
    ``comparator`` is one spelling for all rows ('>=', '以上', 'at_least',
    ...; see COMPARATORS), or the name of a column (or an array) of spellings
    or codes, one per row; it carries the direction (at least: higher is
    better; at most: lower is better; about / between: within a band).
    ``upper`` is the high end for 'between' (and, without ``tolerance``, the
    tolerance for 'about'); ``tolerance`` is the half-width of the band of
    'about' rows (约, 左右), ends included, and is read on those rows only.
    For 'rank_at_most' the threshold is the position, for 'among_top' (居前列)
    the cut-off rank, and 'dynamic_zero' (动态清零) ignores it: the value
    itself must be 0.

    ``what='level'`` bounds the value itself (in the threshold's unit: convert
    scales first); ``what='growth'`` bounds the year-on-year growth
    value / prior - 1, in percent, and needs ``prior``. ``price_basis='real'``
    says the indicator's growth is measured at comparable prices (GDP, value
    added): levels are at current prices, so its growth is not computed from
    them and every row of ``what='growth'`` is not_assessable with the reason
    ``price_basis`` (give the published growth as a level row instead).

    ``months`` puts rows in the year (monitoring data): the number of months
    of the target's year each value covers from January (1..12; 12 is the
    deadline), one for all rows or a column / array of whole numbers. A row in
    the year is judged as the C++ evaluate() judges an indicator of the row's
    ``nature`` with that year-to-date value, as of its last month, and its
    verdict is ahead_of_schedule / on_schedule / behind_schedule:
      flow     (investment, new jobs: summed over the months) against the
               threshold pro rata, months / 12 of it, with the gap in points of
               the threshold within ``on_schedule_band`` (1.0) on schedule;
      stock, rate, average  (a level at a date, a share, a mean to date) as
               it stands: meeting the threshold is on schedule;
      growth   (``what='growth'``, any nature) the year-to-date growth against
               the year's growth target itself, within ``on_schedule_band``.
    ``nature`` (a token of NATURES, or a column / array of them) is required
    with ``months``: nothing guesses it. Rows at 12 months are judged at the
    deadline, whatever their nature. Rows in the year go through the C++
    evaluate() one by one (microseconds a row, not nanoseconds).

    ``direction`` (a token of DIRECTIONS, or a column / array of them; default
    'within_band') is the indicator's direction, and decides how an
    about-band is read: beyond the band on the better side is not a miss
    (exceeded, as price targets are read), a band indicator misses on both
    sides. The other comparators carry their direction themselves.

    ``threads``: 0 (the default) evaluates on one thread per core, 1 on the
    calling thread, n on up to n threads. The results do not depend on it.

    Missing inputs (None, pd.NA, a masked entry of a nullable column) give
    the reason ``missing``; a NaN or infinity in a float column gives
    ``not_finite``. Numbers written as text ("1,200", "3.5亿") are an error
    naming the row, unless ``parse_numbers=True`` reads them with the
    library's number parser. ``prefix`` is put before every output column's
    name (``prefix="pt_"`` gives pt_verdict, pt_margin, ...), so that the
    result joins onto ``data`` without clashing with its columns.

    Returns a DataFrame on the input's index with columns:
      verdict        exceeded / achieved / not_achieved / not_assessable (categorical)
      margin         distance to the threshold on the better side (positive: room
                     to spare); NaN where the verdict is not_assessable or the
                     margin is not a finite number (margin_reason says which)
      reason         token of why a row is not assessable (categorical of the
                     stable reason tokens: not_finite, missing, zero_base, ...),
                     "none" where it is assessable
      margin_reason  token of why an assessable row has no margin (overflow,
                     not_finite), else "none"
      growth         value / prior - 1 in percent; NaN exactly where undefined
      growth_reason  token of why the growth is undefined, else "none"
      expected_to_date         a flow's value expected to date (pro rata), in
                               the threshold's unit; NaN elsewhere
      expected_to_date_reason  why it is NaN (not_applicable: at the deadline,
                               or not a flow), else "none"
    The growth columns are present only when ``prior`` is given, the
    expected_to_date columns only when ``months`` is.
    plantarget.reason_text(column) gives a reason column's prose.
    """
    if what not in _MEASURES:
        raise ValueError(f"plantarget: what={what!r}: expected 'level' or 'growth'")
    if data is not None and not isinstance(data, pd.DataFrame):
        raise ValueError("plantarget: data must be a pandas DataFrame (or None, with arrays for the columns)")
    if prior is None and what == "growth":
        raise ValueError("plantarget: what='growth' needs the prior-year values (prior=...)")
    if isinstance(threads, bool) or not isinstance(threads, (int, np.integer)) or threads < 0:
        raise ValueError("plantarget: threads must be 0 (one per core) or a positive whole number")
    if not isinstance(prefix, str):
        raise TypeError(f"plantarget: prefix must be a str, got {type(prefix).__name__}")

    value_col = _resolve(data, value, "value")
    index = data.index if data is not None else (value_col.index if isinstance(value_col, pd.Series) else None)
    values, value_missing = float_column(value_col, "value", index, parse_numbers=parse_numbers)
    if values.ndim != 1:
        raise ValueError("plantarget: value must be one-dimensional")
    n = len(values)
    if index is not None and len(index) != n:
        index = None

    def column(spec, name):
        resolved = _resolve(data, spec, name)
        if resolved is None:
            raise ValueError(f"plantarget: {name}=None: give a column, an array or a number (pd.NA for missing)")
        if resolved is pd.NA:  # a scalar that is missing: missing on every row
            return np.full(n, np.nan), np.ones(n, dtype=bool)
        if is_scalar(resolved) or isinstance(resolved, (complex, np.datetime64, np.timedelta64)):
            return np.full(n, real_number(resolved, name)), None
        a, missing = float_column(resolved, name, index, parse_numbers=parse_numbers)
        if a.shape != (n,):
            raise ValueError(f"plantarget: {name} has shape {a.shape}, value has ({n},)")
        return a, missing

    thresholds, threshold_missing = column(threshold, "threshold")
    priors, prior_missing = column(prior, "prior") if prior is not None else (np.full(n, np.nan), None)
    uppers, upper_missing = column(upper, "upper") if upper is not None else (np.empty(0), None)

    per_row = np.empty(0, dtype=np.uint8)
    same = 0
    if isinstance(comparator, str) and comparator.strip() in COMPARATORS:
        same = COMPARATORS[comparator.strip()]
    elif isinstance(comparator, (int, np.integer)) and not isinstance(comparator, bool):
        if not 0 <= comparator < len(_core.comparator_names):
            raise ValueError(f"plantarget: comparator code {comparator} is outside 0..{len(_core.comparator_names) - 1}")
        same = int(comparator)
    else:
        if isinstance(comparator, str):
            if data is None or comparator not in data.columns:
                known = ", ".join(sorted(COMPARATORS))
                raise ValueError(
                    f"plantarget: comparator {comparator!r} is neither a comparator nor a column (comparators: {known})"
                )
            comparator = data[comparator]
        per_row = _comparator_codes(comparator, index)
        if per_row.shape != (n,):
            raise ValueError(f"plantarget: comparator has shape {per_row.shape}, value has ({n},)")

    if tolerance is not None:
        # The band of 'about' rows comes from `tolerance`, the other rows keep
        # `upper` (the high end of 'between'); one column goes to the kernel.
        tolerances, tolerance_missing = column(tolerance, "tolerance")
        about = (per_row == COMPARATORS["about"]) if per_row.size else np.full(n, same == COMPARATORS["about"])
        if uppers.size == 0:
            uppers = np.zeros(n)
        uppers = np.where(about, tolerances, uppers)
        upper_missing = _either(upper_missing if upper_missing is None else upper_missing & ~about,
                                None if tolerance_missing is None else tolerance_missing & about)

    _check_bounds(per_row, same, thresholds, uppers, index)

    natures, same_nature = _vocabulary_argument(data, nature, NATURES, "nature", index, n, NATURES["flow"])
    directions, same_direction = _vocabulary_argument(
        data, direction, DIRECTIONS, "direction", index, n, DIRECTIONS["within_band"]
    )
    covered = _months_column(data, months, index, n)
    if months is not None and nature is None:
        raise ValueError(
            "plantarget: months= needs nature= (flow, stock, rate or average): a flow is judged pro rata, "
            "the others as they stand"
        )
    if isinstance(on_schedule_band, bool) or not is_scalar(on_schedule_band):
        raise ValueError("plantarget: on_schedule_band must be a number of percentage points")

    (growth, growth_codes, verdict_codes, margins, reason_codes, margin_codes, expected,
     expected_codes) = _core.evaluate_columns(
        values, priors, thresholds, per_row, same, uppers, _MEASURES[what], int(threads), price_basis,
        covered, natures, same_nature, directions, same_direction, real_number(on_schedule_band, "on_schedule_band"),
    )
    # A missing input is told apart from a NaN only here, where the masks are
    # known: the kernel sees NaN for both and says not_finite.
    growth_missing = _either(value_missing, prior_missing)
    verdict_missing = _either(value_missing, threshold_missing, upper_missing,
                              prior_missing if what == "growth" else None)
    _mark_missing(growth_codes, growth_missing)
    _mark_missing(reason_codes, verdict_missing)

    out = {
        prefix + "verdict": verdict_categorical(verdict_codes),
        prefix + "margin": margins,
        prefix + "reason": reason_categorical(reason_codes),
        prefix + "margin_reason": reason_categorical(margin_codes),
    }
    if prior is not None:
        out[prefix + "growth"] = growth
        out[prefix + "growth_reason"] = reason_categorical(growth_codes)
    if months is not None:
        _mark_missing(expected_codes, verdict_missing)
        out[prefix + "expected_to_date"] = expected
        out[prefix + "expected_to_date_reason"] = reason_categorical(expected_codes)
    # copy=False: the arrays C++ wrote become the columns as they are.
    return pd.DataFrame(out, index=index, copy=False)


def _vocabulary_argument(data, spec, table: dict[str, int], name: str, index, n: int, default: int):
    """(per-row codes or an empty array, the code for every row): a token for
    all rows, the name of a column of ``data``, or an array-like per row."""
    none = np.empty(0, dtype=np.uint8)
    if spec is None:
        return none, default
    if isinstance(spec, str):
        if spec.strip() in table:
            return none, table[spec.strip()]
        if data is None or spec not in data.columns:
            known = ", ".join(sorted(table))
            raise ValueError(f"plantarget: {name} {spec!r} is neither a {name} nor a column ({name}s: {known})")
        spec = data[spec]
    codes = _vocabulary_codes(spec, index, table, name)
    if codes.shape != (n,):
        raise ValueError(f"plantarget: {name} has shape {codes.shape}, value has ({n},)")
    return codes, default


def _months_column(data, spec, index, n: int) -> np.ndarray:
    """Months covered per row as uint8 (empty: every row at the deadline); a
    ValueError names the first row that is no whole number of 1..12."""
    if spec is None:
        return np.empty(0, dtype=np.uint8)
    resolved = _resolve(data, spec, "months")
    if is_scalar(resolved) and not isinstance(resolved, (str, bool, np.bool_)):
        resolved = np.full(n, resolved)
    series = resolved if isinstance(resolved, pd.Series) else pd.Series(np.asarray(resolved))
    if len(series) != n:
        raise ValueError(f"plantarget: months has {len(series)} rows, value has {n}")
    if not (pd.api.types.is_integer_dtype(series.dtype) or pd.api.types.is_float_dtype(series.dtype)):
        raise ValueError(f"plantarget: months must be whole numbers of months 1..12, not {series.dtype}")
    m = series.to_numpy(dtype=np.float64, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        bad = ~np.isfinite(m) | (m != np.floor(m)) | (m < 1) | (m > 12)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        label = index[i] if index is not None else i
        raise ValueError(f"plantarget: months: row {label!r}: {series.iloc[i]!r} is not a whole number of months 1..12")
    return np.ascontiguousarray(m, dtype=np.uint8)


_NOT_FINITE = REASON_TOKENS.index("not_finite")
_MISSING = REASON_TOKENS.index("missing")


def _either(*masks):
    present = [m for m in masks if m is not None]
    if not present:
        return None
    out = present[0]
    for m in present[1:]:
        out = out | m
    return out


def _mark_missing(codes: np.ndarray, missing) -> None:
    """not_finite becomes missing on the rows where an input was missing
    (a missing input decides, whatever else the row holds)."""
    if missing is not None:
        codes[(codes == _NOT_FINITE) & missing] = _MISSING


@pd.api.extensions.register_dataframe_accessor("plantarget")
class PlantargetAccessor:
    """``df.plantarget.evaluate(value=..., threshold=..., ...)`` is
    ``plantarget.evaluate(df, ...)``: columns are named as there, and the
    result has df's index. ``df.plantarget.evaluate(..., join=True)`` returns
    df with the result's columns added (use ``prefix=`` if names clash)."""

    def __init__(self, frame: pd.DataFrame):
        self._frame = frame

    def evaluate(self, *, join: bool = False, **kwargs) -> pd.DataFrame:
        if "data" in kwargs:
            raise ValueError("plantarget: df.plantarget.evaluate evaluates df itself; do not pass data=")
        result = evaluate(self._frame, **kwargs)
        if not join:
            return result
        clashes = sorted(set(result.columns) & set(self._frame.columns))
        if clashes:
            raise ValueError(
                f"plantarget: the result's columns {clashes} are already columns of the DataFrame; pass prefix= "
                "(for example prefix='pt_') to name them apart"
            )
        return self._frame.join(result)
