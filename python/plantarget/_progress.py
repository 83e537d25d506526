"""The published progress-assessment methods (progress/*.hpp) on one yearly
series: Open SDG / Eurostat, UN ESCAP, and Germany's weather symbols.

Each takes either a pandas Series indexed by year (ints, year strings, or a
DatetimeIndex / PeriodIndex) or two arrays ``years, values``. Missing values
are not dropped silently: a NaN in the series makes the assessment
``not_assessed`` with the reason ``"not_finite"`` (its prose in
``reason_text``, ``reason_text_zh``); call
``series.dropna()`` first to assess the years that have data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import _plantarget as _core
from ._common import whole_number_at_least


def _years_values(series_or_years, values):
    if values is None:
        s = series_or_years
        if isinstance(s, dict):
            s = pd.Series(s)
        if not isinstance(s, pd.Series):
            raise ValueError("plantarget: pass a pandas Series indexed by year, or two arrays (years, values)")
        index = s.index
        if isinstance(index, (pd.DatetimeIndex, pd.PeriodIndex)):
            years = np.asarray(index.year, dtype=np.int64)
        else:
            try:
                years = np.asarray(index.astype(np.int64), dtype=np.int64)
            except (TypeError, ValueError):
                raise ValueError("plantarget: the series index must be years (ints, year strings or dates)") from None
        return years, s.to_numpy(dtype=np.float64, na_value=np.nan)
    years = np.asarray(series_or_years)
    if years.dtype.kind not in "iu":
        as_float = np.asarray(years, dtype=np.float64)
        if not np.all(np.isfinite(as_float)) or not np.all(as_float == np.round(as_float)):
            raise ValueError("plantarget: years must be whole numbers")
        years = as_float.astype(np.int64)
    return np.ascontiguousarray(years, dtype=np.int64), np.ascontiguousarray(values, dtype=np.float64)


def _check_years(base_year, target_year) -> None:
    """A target year before the base year has no progress to measure."""
    whole_number_at_least(base_year, "base_year", 1)
    whole_number_at_least(target_year, "target_year", 1)
    if target_year < base_year:
        raise ValueError(f"plantarget: target_year {target_year} is before base_year {base_year}")


def open_sdg(
    series_or_years,
    values=None,
    *,
    direction: str = "higher_is_better",
    target: float | None = None,
    base_year: int = 2015,
    target_year: int = 2030,
    limit: float | None = None,
    with_target: tuple[float, float, float] | None = None,
    without_target: tuple[float, float, float] | None = None,
    limit_exponent: float = 4.44,
    zero_replacement: float = 0.001,
    eurostat: bool = False,
):
    """The Open SDG / Eurostat progress measure (progress/open_sdg.hpp).

    With a target: the ratio R of observed to required CAGR; without one the
    growth g. Cut-offs (substantial, moderate, limited) default to the
    published (0.95, 0.6, 0) for R and (0.015, 0.005, 0) for g;
    ``eurostat=True`` takes Eurostat's (0.01, 0, -0.01) for g. ``direction``
    is 'higher_is_better' ('higher') or 'lower_is_better' ('lower').
    Returns an OpenSdgAssessment: status, reason, ratio, growth, score, ...
    """
    _check_years(base_year, target_year)
    years, vals = _years_values(series_or_years, values)
    return _core.open_sdg(
        years,
        vals,
        direction,
        target,
        base_year,
        target_year,
        limit,
        None if with_target is None else list(with_target),
        None if without_target is None else list(without_target),
        limit_exponent,
        zero_replacement,
        eurostat,
    )


def escap(
    series_or_years,
    values=None,
    *,
    direction: str = "higher_is_better",
    target: float | None = None,
    base_year: int = 2015,
    target_year: int = 2030,
    method: str = "weighted_regression",
    weight_exponent: float = 1.0,
    trend_from_year: int | None = None,
    on_track_max_gap: float = 0.0,
    current_status_cap: float | None = 1.0,
):
    """UN ESCAP's current status index and anticipated progress (progress/escap.hpp).

    ``method`` is 'weighted_regression' (weights (t - t_first + 1)^p, p =
    ``weight_exponent``) or 'compound_growth'. ``current_status_cap=None``
    reports the index uncapped. Returns an EscapAssessment.
    """
    _check_years(base_year, target_year)
    years, vals = _years_values(series_or_years, values)
    return _core.escap(
        years,
        vals,
        direction,
        target,
        base_year,
        target_year,
        method,
        weight_exponent,
        trend_from_year,
        on_track_max_gap,
        current_status_cap,
    )


def german(
    series_or_years,
    values=None,
    *,
    direction: str = "higher_is_better",
    target: float | None = None,
    target_year: int = 2030,
    window_years: int = 5,
    min_window_years: int = 4,
    model: str = "compound",
    on_track_below: float = 0.05,
    close_up_to: float = 0.20,
):
    """Germany's sustainability-indicator weather symbols (progress/german.hpp):
    sunny, slightly_cloudy, cloudy, thunderstorm. ``model`` is 'compound'
    (average growth rate) or 'linear' (average absolute change).
    Returns a GermanAssessment."""
    years, vals = _years_values(series_or_years, values)
    return _core.german(
        years,
        vals,
        direction,
        target,
        target_year,
        window_years,
        min_window_years,
        model,
        on_track_below,
        close_up_to,
    )
