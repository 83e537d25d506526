"""The growth and completion formulas on scalars, arrays and Series, against
values worked by hand, and the reasons beside every undefined value."""

import math

import numpy as np
import pandas as pd
import pytest

import plantarget as pt


def test_share_of_resolved_disputes_reproduces_the_report():
    # 55 of 58 disputes resolved: 55 / 58 = 0.948275..., printed as 94.8 %.
    v, why = pt.share(55, 58)
    assert v == pytest.approx(94.8275862, abs=1e-6)
    assert round(v, 1) == 94.8
    assert why == "none"


def test_implied_plan_from_completion_rate():
    # 268 done at 102 % of plan: 268 / 1.02 = 262.745..., printed as 262.7.
    v, why = pt.implied_plan(268, 102)
    assert v == pytest.approx(262.745098, abs=1e-6)
    assert round(v, 1) == 262.7
    assert why == "none"


def test_growth_on_arrays_with_reasons():
    current = np.array([110.0, 50.0, -5.0, np.nan, 0.0, 5.0])
    base = np.array([100.0, 0.0, 10.0, 1.0, 5.0, -10.0])
    values, reasons = pt.growth(current, base)
    # 110 / 100 - 1 = 10 %; 0 / 5 - 1 = -100 %.
    assert values[0] == pytest.approx(10.0)
    assert values[4] == pytest.approx(-100.0)
    assert list(reasons) == [
        "none",
        "zero_base",
        "opposite_signs",
        "not_finite",
        "none",
        "opposite_signs",
    ]
    # NaN exactly where the reason is not "none".
    assert list(np.isnan(values)) == [r != pt.DEFINED for r in reasons]
    # The categorical codes are the C++ reason codes.
    assert reasons.codes[1] == int(pt.Reason.zero_base)
    assert reasons.codes[2] == int(pt.Reason.opposite_signs)
    assert reasons.codes[3] == int(pt.Reason.not_finite)


def test_infinite_input_is_not_finite():
    values, reasons = pt.growth([np.inf, 1.0], [1.0, -np.inf])
    assert np.isnan(values).all()
    assert list(reasons) == ["not_finite"] * 2


def test_scalars_give_a_float_and_a_text():
    v, why = pt.growth(50, 0)
    assert math.isnan(v)
    assert why == "zero_base"


def test_broadcasting_a_scalar_base():
    # 110 / 100 - 1 = 10 %, 120 / 100 - 1 = 20 %.
    values, reasons = pt.growth([110, 120], 100)
    assert values == pytest.approx([10.0, 20.0])
    assert list(reasons) == ["none", "none"]


def test_series_keep_their_index_and_make_a_frame():
    idx = pd.Index(["a", "b"], name="area")
    r = pt.growth(pd.Series([104.0, 3.0], index=idx), pd.Series([100.0, 0.0], index=idx))
    assert list(r.values.index) == ["a", "b"]
    df = r.frame("growth")
    assert list(df.columns) == ["growth", "growth_reason"]
    # 104 / 100 - 1 = 4 %.
    assert df.loc["a", "growth"] == pytest.approx(4.0)
    assert pd.isna(df.loc["b", "growth"])
    assert df.loc["b", "growth_reason"] == "zero_base"


def test_cagr_and_its_domain():
    # (121 / 100)^(1/2) - 1 = 1.1 - 1 = 10 %.
    assert pt.cagr(100, 121, 2).values == pytest.approx(10.0)
    assert pt.required_cagr(100, 121, 2).values == pytest.approx(10.0)
    assert pt.cagr(-1, -2, 1).reasons == "negative_base"
    assert pt.cagr(1, 2, 0).reasons == "invalid_argument"
    assert pt.cagr(0, 2, 1).reasons == "zero_base"


def test_implied_base_and_its_zero_rate():
    # 104 after growth of 4 %: 104 / 1.04 = 100.
    assert pt.implied_base(104, 4).values == pytest.approx(100.0)
    # A fall of 100 % leaves no base to recover.
    assert pt.implied_base(5, -100).reasons == "zero_rate"


def test_completion_rates():
    # 90 of a plan of 100: 90 %.
    assert pt.completion_rate(90, 100).values == pytest.approx(90.0)
    assert pt.completion_rate(90, 0).reasons == "zero_base"
    # Plan: cut 5 %; actual cut 6 %: (1 - 0.06) / (1 - 0.05) = 0.94 / 0.95 = 98.947 %.
    assert pt.reduction_completion_rate(-6, -5).values == pytest.approx(98.947368, abs=1e-6)


def test_contribution_real_growth_doubling():
    # (30 - 20) / 200 = 5 percentage points.
    assert pt.contribution(30, 20, 200).values == pytest.approx(5.0)
    # 1.08 / 1.02 - 1 = 0.0588235... = 5.88 %.
    assert pt.real_growth(8, 2).values == pytest.approx(5.882353, abs=1e-6)
    # 2^(1/10) - 1 = 0.0717735 = 7.18 % a year.
    assert pt.doubling_required_growth(10).values == pytest.approx(7.177346, abs=1e-6)


def test_shapes_that_do_not_fit_are_value_errors():
    with pytest.raises(ValueError, match="broadcast"):
        pt.growth([1.0, 2.0, 3.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="one-dimensional"):
        pt.growth(np.ones((2, 2)), 1.0)
    with pytest.raises(ValueError, match="numbers"):
        pt.growth(["a"], [1.0])


def test_every_cpp_reason_has_a_name_and_a_text():
    assert len(pt.Reason.__members__) == len(pt.REASON_TEXTS)
    for name, member in pt.Reason.__members__.items():
        assert pt.REASON_TEXTS[int(member)] == pt.describe(member), name
    assert pt.describe(pt.Reason.none) == "defined"
    assert pt.DEFINED == pt.REASON_TOKENS[0] == "none"


def test_reasons_are_categoricals_of_the_stable_tokens_with_prose_by_lookup():
    values, reasons = pt.growth([2.0, 1.0, -1.0], [1.0, 0.0, 1.0])
    # The categories are the C++ tokens, in the order of the enum: codes are C++ codes.
    assert list(reasons.categories) == list(pt.REASON_TOKENS) == [m for m in pt.Reason.__members__]
    assert list(reasons) == ["none", "zero_base", "opposite_signs"]
    assert list(reasons.codes) == [int(pt.Reason.none), int(pt.Reason.zero_base), int(pt.Reason.opposite_signs)]
    prose = pt.reason_text(reasons)
    assert list(prose) == ["defined", "base is zero", "base and current value have opposite signs"]
    assert list(prose.codes) == list(reasons.codes)
    assert pt.reason_text("zero_base") == pt.describe(pt.Reason.zero_base) == "base is zero"
    assert pt.reason_text(pt.Reason.missing, "zh") == "输入缺失"
    column = pd.Series(reasons, index=["a", "b", "c"])
    assert pt.reason_text(column, language="zh")["b"] == "基数为零"
    with pytest.raises(ValueError, match="unknown reason token 'base is zero'"):
        pt.reason_text("base is zero")


def test_missing_inputs_are_missing_and_nan_inputs_not_finite():
    current = pd.Series([110.0, None, 110.0, np.nan], dtype="Float64")  # None -> masked; np.nan -> masked too
    current[3] = np.nan
    values, reasons = pt.growth(current, pd.Series([100.0, 100.0, pd.NA, 100.0], dtype="Float64"))
    assert list(reasons[:3]) == ["none", "missing", "missing"]
    assert list(pt.growth([110.0, np.nan], [100.0, 100.0]).reasons) == ["none", "not_finite"]
    assert list(pt.growth(pd.Series([110.0, None], dtype=object), 100.0).reasons) == ["none", "missing"]
    assert pt.growth(None, 100.0).reasons == "missing"
    assert pt.growth(float("nan"), 100.0).reasons == "not_finite"
    assert np.isnan(values[1]) and np.isnan(values[2])
