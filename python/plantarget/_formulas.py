"""The growth and completion formulas (growth.hpp) on scalars, numpy arrays
and pandas Series. Each call is one C++ loop over all elements.

Every formula returns a FormulaResult ``(values, reasons)``: ``values`` holds
NaN exactly where the formula is undefined, and ``reasons`` holds, for every
element, the stable token of why ("zero_base", "opposite_signs",
"not_finite", ..., or "none" where the value is defined; reason_text() gives
the prose). A NaN never comes without its reason.

Rates are in percent, as reports write them: a growth of 4.0 is +4 %.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from . import _plantarget as _core
from ._common import REASON_DTYPE, REASON_TOKENS, float_array, float_column, reason_categorical

_NOT_FINITE = REASON_TOKENS.index("not_finite")
_MISSING = REASON_TOKENS.index("missing")


class FormulaResult(NamedTuple):
    """Values and the reason beside each.

    For scalar inputs: a float and a str. For arrays: a float64 ndarray and a
    pandas Categorical of reason tokens (its ``.codes`` are the C++ reason
    codes). For Series inputs: two Series on the input's index.
    """

    values: Any
    reasons: Any

    def frame(self, name: str = "value") -> pd.DataFrame:
        """The two as DataFrame columns ``name`` and ``name + '_reason'``."""
        if isinstance(self.values, pd.Series):
            return pd.DataFrame({name: self.values, f"{name}_reason": self.reasons})
        if isinstance(self.reasons, pd.Categorical):
            return pd.DataFrame({name: self.values, f"{name}_reason": self.reasons})
        reasons = pd.Categorical([self.reasons], dtype=REASON_DTYPE)
        return pd.DataFrame({name: np.array([self.values], dtype=np.float64), f"{name}_reason": reasons})


def _apply(kernel, names: tuple[str, ...], args: tuple) -> FormulaResult:
    index = next((a.index for a in args if isinstance(a, pd.Series)), None)
    arrays, masks = [], []
    for a, n in zip(args, names):
        if a is None or a is pd.NA:  # a missing scalar
            arrays.append(np.asarray(np.nan))
            masks.append(np.asarray(True))
        elif np.ndim(a) == 0 and not isinstance(a, str):
            arrays.append(float_array(a, n))
            masks.append(None)
        else:
            values, missing = float_column(a, n, a.index if isinstance(a, pd.Series) else None)
            arrays.append(values)
            masks.append(missing)
    scalar = all(a.ndim == 0 for a in arrays)
    try:
        arrays = np.broadcast_arrays(*arrays)
        shape = arrays[0].shape
        missing = None
        for m in masks:
            if m is not None:
                m = np.broadcast_to(m, shape)
                missing = m if missing is None else missing | m
    except ValueError:
        shapes = ", ".join(f"{n} {a.shape}" for n, a in zip(names, arrays))
        raise ValueError(f"plantarget: the inputs do not broadcast to one shape: {shapes}") from None
    if arrays[0].ndim > 1:
        raise ValueError("plantarget: the formulas take scalars or one-dimensional arrays; flatten with .ravel() first")
    flat = [np.ascontiguousarray(np.atleast_1d(a)) for a in arrays]
    values, codes = kernel(*flat)
    if missing is not None:  # a missing input is `missing`, a NaN one `not_finite` (as in evaluate)
        codes[(codes == _NOT_FINITE) & np.atleast_1d(missing)] = _MISSING
    if scalar:
        return FormulaResult(float(values[0]), REASON_TOKENS[codes[0]])
    reasons = reason_categorical(codes)
    if index is not None:
        if len(index) != len(values):
            raise ValueError("plantarget: a Series input does not match the length of the others")
        return FormulaResult(pd.Series(values, index=index), pd.Series(reasons, index=index))
    return FormulaResult(values, reasons)


def growth(current, base) -> FormulaResult:
    """Growth x_t / x_base - 1, in percent (同比 or 环比 alike).

    Undefined, with its reason, for a zero base, a base and current value of
    opposite signs, a NaN or infinite input, or an overflow.
    """
    return _apply(_core.growth, ("current", "base"), (current, base))


def cagr(first, last, years) -> FormulaResult:
    """Compound annual growth (x_T / x_0)^(1/n) - 1, in percent."""
    return _apply(_core.cagr, ("first", "last", "years"), (first, last, years))


def required_cagr(current, target, years) -> FormulaResult:
    """The yearly growth needed to go from ``current`` to ``target`` in ``years``, in percent."""
    return _apply(_core.cagr, ("current", "target", "years"), (current, target, years))


def implied_base(level, growth_percent) -> FormulaResult:
    """The prior-year level a level and its growth imply: x_t / (1 + g)."""
    return _apply(_core.implied_base, ("level", "growth_percent"), (level, growth_percent))


def implied_plan(actual, completion_percent) -> FormulaResult:
    """The plan an actual and its completion rate (完成率, in percent) imply: actual / rate."""
    return _apply(_core.implied_plan, ("actual", "completion_percent"), (actual, completion_percent))


def completion_rate(actual, plan) -> FormulaResult:
    """完成率 of a level plan: actual / plan, in percent."""
    return _apply(_core.completion_rate, ("actual", "plan"), (actual, plan))


def reduction_completion_rate(actual_change_percent, planned_change_percent) -> FormulaResult:
    """完成率 of a reduction plan, (1 + a) / (1 + p) for changes in percent
    (a cut of 5 % is -5); below 100 means the cut went deeper than planned."""
    return _apply(
        _core.reduction_completion_rate,
        ("actual_change_percent", "planned_change_percent"),
        (actual_change_percent, planned_change_percent),
    )


def share(part, total) -> FormulaResult:
    """part / total, in percent."""
    return _apply(_core.share, ("part", "total"), (part, total))


def contribution(part_now, part_before, total_before) -> FormulaResult:
    """A part's contribution to its total's growth, (part_t - part_t-1) / total_t-1, in percentage points."""
    return _apply(_core.contribution, ("part_now", "part_before", "total_before"), (part_now, part_before, total_before))


def real_growth(nominal_percent, price_change_percent) -> FormulaResult:
    """Real growth from nominal growth and a price change: (1 + n) / (1 + p) - 1, in percent."""
    return _apply(_core.real_growth, ("nominal_percent", "price_change_percent"), (nominal_percent, price_change_percent))


def doubling_required_growth(years) -> FormulaResult:
    """The yearly growth a doubling plan (双倍增) over ``years`` needs: 2^(1/n) - 1, in percent."""
    return _apply(_core.doubling_required_growth, ("years",), (years,))
