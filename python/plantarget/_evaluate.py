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
from ._common import float_array, is_scalar, real_number, reason_categorical, verdict_categorical

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


def _comparator_codes(column) -> np.ndarray:
    """Comparator spellings (or codes) per row, as uint8 codes."""
    if isinstance(column, pd.Series) and isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        if (codes < 0).any():
            raise ValueError("plantarget: the comparator column has missing values")
        # Only the categories some row uses must be comparators.
        used = np.unique(codes)
        lookup = np.zeros(len(column.cat.categories), dtype=np.uint8)
        for k in used:
            lookup[k] = comparator_code(str(column.cat.categories[k]))
        return np.ascontiguousarray(lookup[codes])
    values = np.asarray(column)
    if values.dtype.kind in "iu":
        if values.size and (values.min() < 0 or values.max() >= len(_core.comparator_names)):
            raise ValueError("plantarget: a comparator code is outside 0..%d" % (len(_core.comparator_names) - 1))
        return np.ascontiguousarray(values, dtype=np.uint8)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if (codes < 0).any():
        raise ValueError("plantarget: the comparator column has missing values")
    lookup = np.array([comparator_code(str(u)) for u in uniques], dtype=np.uint8)
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
    what: str = "level",
    threads: int = 1,
) -> pd.DataFrame:
    """Judges every row of a panel against its threshold.

    ``value``, ``prior``, ``threshold`` and ``upper`` are column names of
    ``data``, or array-likes / Series of one value per row; ``threshold`` and
    ``upper`` may also be scalars. ``comparator`` is one spelling for all rows
    ('>=', '以上', 'at_least', ...; see COMPARATORS), or the name of a column
    (or an array) of spellings or codes, one per row. ``upper`` is the
    tolerance for 'about' and the high end for 'between'. For 'rank_at_most' the
    threshold is the position, for 'among_top' (居前列) the cut-off rank, and
    'dynamic_zero' (动态清零) ignores it: the value itself must be 0.

    ``what='level'`` bounds the value itself (in the threshold's unit: convert
    scales first); ``what='growth'`` bounds the year-on-year growth
    value / prior - 1, in percent, and needs ``prior``.

    ``threads``: 1 evaluates on the calling thread, 0 on one thread per core,
    n on up to n threads. The results do not depend on it.

    Returns a DataFrame on the input's index with columns:
      verdict        exceeded / achieved / not_achieved / not_assessable (categorical)
      margin         distance to the threshold on the better side (positive: room
                     to spare); NaN where the verdict is not_assessable or the
                     margin is not a finite number (margin_reason says which)
      reason         describe() text of why a row is not assessable, else "defined"
      margin_reason  describe() text of why an assessable row has no margin
                     (overflow, not_finite), else "defined"
      growth         value / prior - 1 in percent; NaN exactly where undefined
      growth_reason  describe() text of why the growth is undefined, else "defined"
    The growth columns are present only when ``prior`` is given.
    """
    if what not in _MEASURES:
        raise ValueError(f"plantarget: what={what!r}: expected 'level' or 'growth'")
    if data is not None and not isinstance(data, pd.DataFrame):
        raise ValueError("plantarget: data must be a pandas DataFrame (or None, with arrays for the columns)")
    if prior is None and what == "growth":
        raise ValueError("plantarget: what='growth' needs the prior-year values (prior=...)")
    if threads < 0:
        raise ValueError("plantarget: threads must be 0 (one per core) or positive")

    value_col = _resolve(data, value, "value")
    values = float_array(value_col, "value")
    if values.ndim != 1:
        raise ValueError("plantarget: value must be one-dimensional")
    n = len(values)
    index = data.index if data is not None else (value_col.index if isinstance(value_col, pd.Series) else None)

    def column(spec, name):
        resolved = _resolve(data, spec, name)
        if is_scalar(resolved) or isinstance(resolved, (complex, np.datetime64, np.timedelta64)):
            return np.full(n, real_number(resolved, name))
        a = float_array(resolved, name)
        if a.shape != (n,):
            raise ValueError(f"plantarget: {name} has shape {a.shape}, value has ({n},)")
        return a

    thresholds = column(threshold, "threshold")
    priors = column(prior, "prior") if prior is not None else np.full(n, np.nan)
    uppers = column(upper, "upper") if upper is not None else np.empty(0)

    per_row = np.empty(0, dtype=np.uint8)
    same = 0
    if isinstance(comparator, str) and comparator.strip() in COMPARATORS:
        same = COMPARATORS[comparator.strip()]
    elif isinstance(comparator, (int, np.integer)):
        same = int(comparator)
    else:
        if isinstance(comparator, str):
            if data is None or comparator not in data.columns:
                known = ", ".join(sorted(COMPARATORS))
                raise ValueError(
                    f"plantarget: comparator {comparator!r} is neither a comparator nor a column (comparators: {known})"
                )
            comparator = data[comparator]
        per_row = _comparator_codes(comparator)
        if per_row.shape != (n,):
            raise ValueError(f"plantarget: comparator has shape {per_row.shape}, value has ({n},)")

    _check_bounds(per_row, same, thresholds, uppers, index)

    growth, growth_codes, verdict_codes, margins, reason_codes, margin_codes = _core.evaluate_columns(
        values, priors, thresholds, per_row, same, uppers, _MEASURES[what], threads
    )
    out = {
        "verdict": verdict_categorical(verdict_codes),
        "margin": margins,
        "reason": reason_categorical(reason_codes),
        "margin_reason": reason_categorical(margin_codes),
    }
    if prior is not None:
        out["growth"] = growth
        out["growth_reason"] = reason_categorical(growth_codes)
    return pd.DataFrame(out, index=index)
