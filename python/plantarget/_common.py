"""Shared pieces of the Python layer: the C++ name tables as pandas dtypes, and
the conversion of inputs to the contiguous float64 arrays the kernels take."""

from __future__ import annotations

import numbers

import numpy as np
import pandas as pd

from . import _plantarget as _core

#: plantarget::describe() of every reason, in the order of the C++ enum: the
#: categorical codes of a reason column are the C++ reason codes.
REASON_TEXTS: tuple[str, ...] = tuple(_core.reason_texts)
#: to_string() of every verdict, in the order of the C++ enum.
VERDICT_NAMES: tuple[str, ...] = tuple(_core.verdict_names)

REASON_DTYPE = pd.CategoricalDtype(REASON_TEXTS)
VERDICT_DTYPE = pd.CategoricalDtype(VERDICT_NAMES)

#: The text of reason::none: a number beside it is defined.
DEFINED = REASON_TEXTS[0]


def reason_categorical(codes: np.ndarray) -> pd.Categorical:
    """Reason codes (uint8) as a categorical of describe() texts."""
    return pd.Categorical.from_codes(codes, dtype=REASON_DTYPE)


def verdict_categorical(codes: np.ndarray) -> pd.Categorical:
    return pd.Categorical.from_codes(codes, dtype=VERDICT_DTYPE)


def is_scalar(x) -> bool:
    return isinstance(x, (numbers.Number, np.generic)) and not isinstance(x, (bool, np.bool_))


def float_array(x, name: str) -> np.ndarray:
    """A contiguous float64 copy or view of a column: pandas missing values
    (None, pd.NA) become NaN, which the kernels report as `not_finite`."""
    if isinstance(x, (pd.Series, pd.Index)):
        if isinstance(x.dtype, np.dtype) and x.dtype.kind in "fiub":
            a = x.to_numpy(dtype=np.float64)  # a view for float64: to_numpy(na_value=) would copy
        else:
            a = x.to_numpy(dtype=np.float64, na_value=np.nan)  # nullable and object columns: pd.NA -> NaN
    else:
        try:
            a = np.asarray(x, dtype=np.float64)
        except (TypeError, ValueError) as e:
            raise ValueError(f"plantarget: {name} must be numbers: {e}") from None
    # np.ascontiguousarray would turn a 0-d array (a scalar) into shape (1,).
    return a if a.flags.c_contiguous else np.ascontiguousarray(a)
