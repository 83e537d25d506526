"""Shared pieces of the Python layer: the C++ name tables as pandas dtypes, and
the conversion of inputs to the contiguous float64 arrays the kernels take."""

from __future__ import annotations

import inspect
import numbers

import numpy as np
import pandas as pd

from . import _plantarget as _core

#: The stable token of every reason (vocab_entry::token), in the order of the
#: C++ enum: reason columns are categoricals of these, and their codes are
#: the C++ plantarget::reason codes. Tokens are added, never renamed, so a
#: filter such as ``df[df.reason == "zero_base"]`` keeps working when the
#: wording of a message changes.
REASON_TOKENS: tuple[str, ...] = tuple(_core.reason_tokens)
#: plantarget::describe() of every reason (English prose), in the same order.
REASON_TEXTS: tuple[str, ...] = tuple(_core.reason_texts)
#: The Chinese prose of every reason, in the same order.
REASON_TEXTS_ZH: tuple[str, ...] = tuple(_core.reason_chinese)
#: to_string() of every verdict (its stable token), in the order of the C++ enum.
VERDICT_NAMES: tuple[str, ...] = tuple(_core.verdict_names)

REASON_DTYPE = pd.CategoricalDtype(REASON_TOKENS)
VERDICT_DTYPE = pd.CategoricalDtype(VERDICT_NAMES)

#: The token of reason::none: a number beside it is defined.
DEFINED = REASON_TOKENS[0]

_REASON_CODE = {token: code for code, token in enumerate(REASON_TOKENS)}
_PROSE = {"en": REASON_TEXTS, "zh": REASON_TEXTS_ZH}


def reason_text(reason, language: str = "en"):
    """The prose of a reason token, in English (``language="en"``, the C++
    describe() text) or Chinese (``"zh"``). Takes a token (``"zero_base"``),
    a ``Reason`` member, or a reason column (a categorical Series or
    Categorical of tokens, as evaluate() returns), and gives the same shape
    back: a column comes back as a categorical of texts with the same codes,
    without touching its rows."""
    if language not in _PROSE:
        raise ValueError(f"plantarget: language={language!r}: expected 'en' or 'zh'")
    texts = _PROSE[language]
    if isinstance(reason, pd.Series) and isinstance(reason.dtype, pd.CategoricalDtype):
        return reason.cat.rename_categories(_prose_categories(reason.cat.categories, texts))
    if isinstance(reason, pd.Categorical):
        return reason.rename_categories(_prose_categories(reason.categories, texts))
    if isinstance(reason, _core.Reason):
        return texts[int(reason)]
    if isinstance(reason, str):
        try:
            return texts[_REASON_CODE[reason]]
        except KeyError:
            raise ValueError(f"plantarget: unknown reason token {reason!r} (known: {', '.join(REASON_TOKENS)})") from None
    raise TypeError(f"plantarget: reason_text takes a reason token, a Reason or a reason column, not {type(reason).__name__}")


def _prose_categories(categories, texts) -> list[str]:
    try:
        return [texts[_REASON_CODE[c]] for c in categories]
    except KeyError as e:
        raise ValueError(f"plantarget: {e.args[0]!r} is not a reason token") from None


# Codes that C++ wrote are codes of the vocabulary by construction, so the
# categoricals skip from_codes' check of every code (two passes over the
# column, a third of the Python layer's time at 10^5 rows): pandas >= 2.1
# says so with validate=False, older pandas with the constructor's fastpath.
_FROM_CODES_CAN_SKIP_CHECK = "validate" in inspect.signature(pd.Categorical.from_codes).parameters


def categorical_of_codes(codes: np.ndarray, dtype: pd.CategoricalDtype) -> pd.Categorical:
    """int8 codes that plantarget's C++ wrote, as a categorical of ``dtype``
    without a copy and without checking each code."""
    if _FROM_CODES_CAN_SKIP_CHECK:
        return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)
    return pd.Categorical(codes, dtype=dtype, fastpath=True)


def reason_categorical(codes: np.ndarray) -> pd.Categorical:
    """Reason codes (int8, the C++ codes) as a categorical of tokens; int8
    codes go in without a copy."""
    return categorical_of_codes(codes, REASON_DTYPE)


def verdict_categorical(codes: np.ndarray) -> pd.Categorical:
    return categorical_of_codes(codes, VERDICT_DTYPE)


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


def _row_label(index, i: int):
    return index[i] if index is not None else i


def float_column(x, name: str, index=None, *, parse_numbers: bool = False) -> tuple[np.ndarray, np.ndarray | None]:
    """A column as the contiguous float64 array the kernels read, and where
    its values are missing (None, pd.NA, a masked entry of a nullable
    column), or None when nothing can be missing.

    A float64 column (numpy, or a pandas Series of float64) is read in place,
    without a copy; its NaN and inf are real floating-point values, which
    the kernels report as ``not_finite``. In a nullable column (Float64,
    Int64, ...) the mask decides: a masked entry is missing, an unmasked NaN
    (as 0/0 leaves in a Float64 column) is ``not_finite``. In an object
    column, None and pd.NA are missing and a float NaN is ``not_finite``.

    Text (a column of strings such as "1,200") is a ValueError naming the row
    and the value, unless ``parse_numbers`` is true: then every text is read
    by the library's number parser (io/number.hpp: thousands separators,
    scale words such as 万 and 亿, full-width digits, a percent sign kept as
    written), an empty text is missing, and a text that is no number is a
    ValueError naming its row."""
    dtype = getattr(x, "dtype", None)
    _refuse_not_real(dtype, name)
    if isinstance(x, (complex, np.complexfloating, np.datetime64, np.timedelta64)):
        raise TypeError(f"plantarget: {name} must be real numbers, got {type(x).__name__} {x!r}")
    if isinstance(x, (pd.Series, pd.Index)):
        if isinstance(dtype, np.dtype) and dtype.kind in "fiub":
            a = x.to_numpy(dtype=np.float64)  # a view for float64
            return (a if a.flags.c_contiguous else np.ascontiguousarray(a)), None
        if isinstance(dtype, np.dtype) or isinstance(dtype, pd.StringDtype) or not _is_numeric_extension(dtype):
            return _object_column(x.to_numpy(dtype=object), name, index, parse_numbers)
        # A nullable numeric column: its mask says what is missing.
        missing = np.asarray(x.isna(), dtype=bool)
        a = x.to_numpy(dtype=np.float64, na_value=np.nan)
        return np.ascontiguousarray(a), (missing if missing.any() else None)
    if isinstance(x, np.ndarray) and x.dtype.kind in "fiub":
        a = np.asarray(x, dtype=np.float64)
        return (a if a.flags.c_contiguous else np.ascontiguousarray(a)), None
    raw = x if isinstance(x, np.ndarray) else np.asarray(x)
    _refuse_not_real(raw.dtype, name)
    if raw.dtype.kind in "fiub":
        return np.ascontiguousarray(raw, dtype=np.float64), None
    return _object_column(raw.astype(object).ravel() if raw.ndim else raw.astype(object).reshape(1), name, index,
                          parse_numbers, shape=raw.shape)


def _is_numeric_extension(dtype) -> bool:
    return getattr(dtype, "kind", "O") in "fiub"


def _object_column(obj: np.ndarray, name: str, index, parse_numbers: bool, shape=None):
    """Per-element reading of an object column (its elements are Python
    objects already): None / pd.NA missing, numbers as floats, text refused
    or parsed."""
    n = len(obj)
    missing = np.fromiter((v is None or v is pd.NA for v in obj), dtype=bool, count=n)
    text = np.fromiter((isinstance(v, str) for v in obj), dtype=bool, count=n)
    values = np.full(n, np.nan)
    if text.any():
        rows = np.flatnonzero(text)
        if not parse_numbers:
            i = int(rows[0])
            raise ValueError(
                f"plantarget: {name}: row {_row_label(index, i)!r}: {obj[i]!r} is text, not a number; pass "
                "parse_numbers=True to read numbers written as text (thousands separators, 万 and 亿, full-width "
                "digits) with plantarget's number parser"
            )
        texts = [str(obj[i]) for i in rows]
        blank = np.array([t.strip() == "" for t in texts], dtype=bool)
        missing[rows[blank]] = True
        parsed, bad, message = _core.parse_numbers([t for t, b in zip(texts, blank) if not b])
        if bad >= 0:
            i = int(rows[~blank][bad])
            raise ValueError(f"plantarget: {name}: row {_row_label(index, i)!r}: {obj[i]!r} is not a number: {message}")
        values[rows[~blank]] = parsed
    is_number = ~(missing | text)
    try:
        values[is_number] = obj[is_number].astype(np.float64)
    except (TypeError, ValueError):
        for i in np.flatnonzero(is_number):  # find the element that is no number, to name its row
            v = obj[i]
            try:
                float(v)
            except (TypeError, ValueError):
                raise ValueError(
                    f"plantarget: {name}: row {_row_label(index, i)!r}: {v!r} ({type(v).__name__}) is not a number"
                ) from None
        raise
    if shape is not None and shape != (n,):
        values = values.reshape(shape)
    return values, (missing if missing.any() else None)
