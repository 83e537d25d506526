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


# numpy dtype kinds that are not real numbers: complex (casting would drop
# the imaginary part), datetime64 and timedelta64 (casting gives their raw
# integer ticks).
_NOT_REAL = {"c": "complex numbers", "M": "datetime64 values", "m": "timedelta64 values"}


def _refuse_not_real(dtype, name: str) -> None:
    if isinstance(dtype, np.dtype) and dtype.kind in _NOT_REAL:
        raise TypeError(f"plantarget: {name} must be real numbers, not {_NOT_REAL[dtype.kind]} ({dtype})")


def real_number(x, name: str) -> float:
    """A scalar argument as a float; TypeError for complex, datetime and
    non-numbers (a complex's imaginary part is never dropped)."""
    if isinstance(x, (bool, np.bool_)) or isinstance(x, (complex, np.complexfloating)):
        raise TypeError(f"plantarget: {name} must be a real number, got {type(x).__name__} {x!r}")
    if isinstance(x, (np.datetime64, np.timedelta64)) or not isinstance(x, (numbers.Real, np.number)):
        raise TypeError(f"plantarget: {name} must be a real number, got {type(x).__name__} {x!r}")
    return float(x)


def finite_non_negative(x, name: str) -> float:
    """A real, finite number of 0 or more (as plancheck's --band); ValueError otherwise."""
    v = real_number(x, name)
    if not np.isfinite(v):
        raise ValueError(f"plantarget: {name} must be a finite number, got {v!r}")
    if v < 0:
        raise ValueError(f"plantarget: {name} must be 0 or more, got {v!r}")
    return v


def whole_number_at_least(x, name: str, minimum: int) -> int:
    """An int of `minimum` or more (as plancheck's --among-top); TypeError for
    other types (1.5, True), ValueError below the minimum."""
    if isinstance(x, (bool, np.bool_)) or not isinstance(x, (numbers.Integral, np.integer)):
        raise TypeError(f"plantarget: {name} must be a whole number, got {type(x).__name__} {x!r}")
    if x < minimum:
        raise ValueError(f"plantarget: {name} must be a whole number {minimum} or more, got {x}")
    return int(x)


def float_array(x, name: str) -> np.ndarray:
    """A contiguous float64 copy or view of a column: pandas missing values
    (None, pd.NA) become NaN, which the kernels report as `not_finite`.
    Complex, datetime64 and timedelta64 inputs are a TypeError."""
    _refuse_not_real(getattr(x, "dtype", None), name)
    if isinstance(x, (complex, np.complexfloating, np.datetime64, np.timedelta64)):
        raise TypeError(f"plantarget: {name} must be real numbers, got {type(x).__name__} {x!r}")
    if isinstance(x, (pd.Series, pd.Index)):
        if isinstance(x.dtype, np.dtype) and x.dtype.kind in "fiub":
            a = x.to_numpy(dtype=np.float64)  # a view for float64: to_numpy(na_value=) would copy
        else:
            a = x.to_numpy(dtype=np.float64, na_value=np.nan)  # nullable and object columns: pd.NA -> NaN
    else:
        if not isinstance(x, np.ndarray):
            raw = np.asarray(x)  # a list of complex or datetime values has their dtype
            _refuse_not_real(raw.dtype, name)
            if raw.dtype == object and any(isinstance(v, (complex, np.complexfloating)) for v in raw.ravel()):
                raise TypeError(f"plantarget: {name} must be real numbers, not complex numbers")
        try:
            a = np.asarray(x, dtype=np.float64)
        except (TypeError, ValueError) as e:
            raise ValueError(f"plantarget: {name} must be numbers: {e}") from None
    # np.ascontiguousarray would turn a 0-d array (a scalar) into shape (1,).
    return a if a.flags.c_contiguous else np.ascontiguousarray(a)
