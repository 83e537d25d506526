"""Units by the labels reports write: 亿元, 万人次, %, 百分点, 微克/立方米, 亩 ..."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import _plantarget as _core
from ._common import float_array


def unit(label) -> _core.Unit:
    """The unit a label names: .kind ('currency', 'persons', ...), .factor to
    the kind's base unit (1e8 for 亿元), .zh, .en, .scale_exponent, .exact.
    ParseError (a ValueError) for an unknown label."""
    if isinstance(label, _core.Unit):
        return label
    return _core.parse_unit(str(label))


def convert(value, from_unit, to_unit):
    """A value (scalar, array or Series) from one unit to another of the same
    kind: convert(1.2, '亿元', '万元') == 12000. ValueError when the kinds
    differ (persons are not enterprises; percent is not percentage points),
    and when a finite value would become infinite (1e308 亿元 in 元)."""
    source, target = unit(from_unit), unit(to_unit)
    a = float_array(value, "value")
    out = _core.convert_values(np.atleast_1d(a).ravel(), source, target).reshape(a.shape)
    overflowed = np.isfinite(a) & ~np.isfinite(out)
    if overflowed.any():
        first = float(np.atleast_1d(a)[np.flatnonzero(np.atleast_1d(overflowed))[0]])
        raise ValueError(
            f"plantarget: convert: {first!r} {source.zh} does not fit in a double in {target.zh} (overflow)"
        )
    if isinstance(value, pd.Series):
        return pd.Series(out, index=value.index, name=value.name)
    if a.ndim == 0:
        return float(out)
    return out
