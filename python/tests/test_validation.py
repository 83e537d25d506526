"""Arguments are validated as plancheck validates its options (issue 13):
each bad value is a ValueError or TypeError naming the argument, never a
silently different result."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import plantarget as pt

FIGURES = (
    "id,indicator,role,period,measure,comparator,value,unit\n"
    "a,jobs,actual,2025-06,level,=,1,万人\n"
    "t,jobs,target,2025,level,以上,10,万人\n"
    "r,rank,actual,2025,rank,居第,2,位\n"
    "top,rank,target,2025,rank,居前列,,位\n"
)


@pytest.fixture()
def plan(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(FIGURES, encoding="utf-8")
    return pt.plan_from_figures(pt.load_figures(path))


# Before: NaN made a target far behind schedule "on schedule".
@pytest.mark.parametrize("band", [float("nan"), float("inf"), -1.0])
def test_band_must_be_finite_and_non_negative(plan, band):
    with pytest.raises(ValueError, match="on_schedule_band_pp"):
        plan.evaluate("2025-06", on_schedule_band_pp=band)


def test_band_must_be_a_real_number(plan):
    with pytest.raises(TypeError, match="on_schedule_band_pp"):
        plan.evaluate("2025-06", on_schedule_band_pp=1 + 2j)


# Before: 0 and -5 were accepted.
@pytest.mark.parametrize("cutoff", [0, -5])
def test_among_top_cutoff_must_be_one_or_more(plan, cutoff):
    with pytest.raises(ValueError, match="among_top_cutoff must be a whole number 1 or more"):
        plan.evaluate("2025-06", among_top_cutoff=cutoff)


@pytest.mark.parametrize("cutoff", [1.5, True])
def test_among_top_cutoff_must_be_whole(plan, cutoff):
    with pytest.raises(TypeError, match="among_top_cutoff"):
        plan.evaluate("2025-06", among_top_cutoff=cutoff)


def test_good_options_still_evaluate(plan):
    df = plan.evaluate("2025-06", on_schedule_band_pp=0, among_top_cutoff=np.int64(3))
    assert len(df) == 2


# Before: a string was iterated as its characters, and a binding target whose
# word was not among them silently turned anticipatory.
def test_binding_words_must_be_a_list_of_known_words(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(FIGURES, encoding="utf-8")
    book = pt.load_figures(path)
    with pytest.raises(TypeError, match="binding_words must be a list"):
        pt.plan_from_figures(book, binding_words="以上")
    with pytest.raises(ValueError, match="binding_words: unknown comparator word '大概'"):
        pt.plan_from_figures(book, binding_words=["以上", "大概"])
    with pytest.raises(TypeError, match="binding_words"):
        pt.plan_from_figures(book, binding_words=[3])
    assert pt.plan_from_figures(book, binding_words=["以上"]).evaluate("2025-06")["kind"].iloc[0] == "binding"
    assert pt.plan_from_figures(book, binding_words=[]).evaluate("2025-06")["kind"].iloc[0] == "anticipatory"


# Before: complex values lost their imaginary part; datetime64 became ticks.
@pytest.mark.parametrize(
    "value",
    [
        np.array([1 + 2j, 3]),
        pd.Series([1 + 2j, 3]),
        [1 + 2j, 3],
        np.array(["2025-01-01", "2025-02-01"], dtype="datetime64[D]"),
        pd.Series(pd.to_datetime(["2025-01-01", "2025-02-01"])),
        np.array([1, 2], dtype="timedelta64[s]"),
    ],
)
def test_values_must_be_real_numbers(value):
    with pytest.raises(TypeError, match="value must be real numbers"):
        pt.evaluate(value=value, threshold=2.0)


def test_scalar_threshold_must_be_real():
    with pytest.raises(TypeError, match="threshold must be a real number"):
        pt.evaluate(value=[1.0, 2.0], threshold=np.complex128(2 + 1j))
    with pytest.raises(TypeError, match="threshold must be a real number"):
        pt.evaluate(value=[1.0, 2.0], threshold=np.datetime64("2025-01-01"))
    with pytest.raises(TypeError, match="current must be real numbers, not complex numbers"):
        pt.growth(np.array([1 + 1j]), np.array([1.0]))


# Before: an empty range was judged (and always missed).
def test_between_with_upper_below_lower_is_refused():
    with pytest.raises(ValueError, match=r"upper: row 1: 'between' has upper 5.0 below its lower bound \(threshold\) 10.0"):
        pt.evaluate(value=[7.0, 7.0], threshold=[1.0, 10.0], upper=[9.0, 5.0], comparator="between")
    ok = pt.evaluate(value=[7.0], threshold=[5.0], upper=[5.0], comparator="between")
    assert ok["verdict"].iloc[0] != "not_assessable"


def test_about_with_a_negative_tolerance_is_refused():
    df = pd.DataFrame({"v": [7.0, 7.0], "t": [7.0, 7.0], "tol": [0.5, -0.5]}, index=["x", "y"])
    with pytest.raises(ValueError, match="upper: row 'y': 'about' has a negative tolerance"):
        pt.evaluate(df, value="v", threshold="t", upper="tol", comparator="about")
    # Per-row comparators are checked row by row: -1 is no tolerance for '>='.
    pt.evaluate(value=[7.0, 7.0], threshold=[7.0, 7.0], upper=[-1.0, 0.5], comparator=[">=", "about"])


# Before: a target year before the base year was assessed.
def test_target_year_before_base_year_is_refused():
    with pytest.raises(ValueError, match="target_year 2010 is before base_year 2015"):
        pt.open_sdg([2015, 2016, 2017], [1.0, 2.0, 3.0], target=5.0, base_year=2015, target_year=2010)
    with pytest.raises(ValueError, match="target_year 2010 is before base_year 2015"):
        pt.escap([2015, 2016, 2017], [1.0, 2.0, 3.0], target=5.0, base_year=2015, target_year=2010)
    with pytest.raises(TypeError, match="target_year"):
        pt.escap([2015, 2016, 2017], [1.0, 2.0, 3.0], target=5.0, target_year=2030.5)


# Before: convert(1e308, '亿元', '元') returned inf.
def test_convert_that_overflows_raises():
    with pytest.raises(ValueError, match="convert: 1e[+]?308 亿元 does not fit in a double in 元"):
        pt.convert(1e308, "亿元", "元")
    with pytest.raises(ValueError, match="overflow"):
        pt.convert(np.array([1.0, 1e308]), "亿元", "元")
    assert pt.convert(1.2, "亿元", "万元") == pytest.approx(12000)
    # An infinite input is not an overflow of the conversion.
    assert np.isinf(pt.convert(np.inf, "亿元", "元"))


# Before: the message stopped at the NUL byte ("unknown unit: '元").
def test_messages_are_not_cut_at_a_nul_byte():
    with pytest.raises(pt.ParseError) as info:
        pt.unit("元\x00万")
    assert "\\x00万'" in str(info.value)
    assert info.value.text == "元\x00万"  # the attribute keeps the text as given


def test_control_characters_are_escaped_in_messages():
    with pytest.raises(pt.ParseError) as info:
        pt.unit("\x1b[31m元")
    assert "\x1b" not in str(info.value)
    assert "\\x1b[31m元" in str(info.value)
