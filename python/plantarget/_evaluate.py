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


def comparator_code(text: str) -> int:
    """The C++ comparator code of a spelling; ValueError when unknown."""
    try:
        return COMPARATORS[text.strip()]
    except KeyError:
        known = ", ".join(sorted(COMPARATORS))
        raise ValueError(f"plantarget: unknown comparator {text!r} (known: {known})") from None


def _unknown_comparator(text, row) -> ValueError:
    known = ", ".join(sorted(COMPARATORS))
    return ValueError(f"plantarget: comparator: row {row!r}: unknown comparator {text!r} (known: {known})")


def _comparator_codes(column, index) -> np.ndarray:
    """Comparator spellings (or codes) per row, as uint8 codes; a ValueError
    names the first row whose comparator is unknown or missing."""
    def first_row(mask) -> object:
        i = int(np.flatnonzero(mask)[0])
        return index[i] if index is not None else i

    if isinstance(column, pd.Series) and isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        if (codes < 0).any():
            raise ValueError(f"plantarget: comparator: row {first_row(codes < 0)!r}: the comparator is missing")
        # Only the categories some row uses must be comparators.
        used = np.unique(codes)
        lookup = np.zeros(len(column.cat.categories), dtype=np.uint8)
        for k in used:
            text = str(column.cat.categories[k]).strip()
            if text not in COMPARATORS:
                raise _unknown_comparator(text, first_row(codes == k))
            lookup[k] = COMPARATORS[text]
        return np.ascontiguousarray(lookup[codes])
    values = np.asarray(column)
    if values.dtype.kind in "iu":
        bad = (values < 0) | (values >= len(_core.comparator_names))
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise ValueError(
                f"plantarget: comparator: row {first_row(bad)!r}: code {int(values[i])} is outside "
                f"0..{len(_core.comparator_names) - 1}"
            )
        return np.ascontiguousarray(values, dtype=np.uint8)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if (codes < 0).any():
        raise ValueError(f"plantarget: comparator: row {first_row(codes < 0)!r}: the comparator is missing")
    lookup = np.empty(len(uniques), dtype=np.uint8)
    for k, u in enumerate(uniques):
        text = str(u).strip()
        if text not in COMPARATORS:
            raise _unknown_comparator(u, first_row(codes == k))
        lookup[k] = COMPARATORS[text]
    return np.ascontiguousarray(lookup[codes])


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
    The growth columns are present only when ``prior`` is given.
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

    growth, growth_codes, verdict_codes, margins, reason_codes, margin_codes = _core.evaluate_columns(
        values, priors, thresholds, per_row, same, uppers, _MEASURES[what], int(threads), price_basis
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
    # copy=False: the arrays C++ wrote become the columns as they are.
    return pd.DataFrame(out, index=index, copy=False)


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
