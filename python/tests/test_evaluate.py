"""plantarget.evaluate over DataFrames and arrays: the C++ comparator
semantics at the boundaries (inclusive 以上 / 以内, exclusive 超 / 近), the
growth mode, the reason columns, and the ways a comparator can be given."""

import numpy as np
import pandas as pd
import pytest

import plantarget as pt
from dask_panel import assert_same_rows

# (comparator, threshold, upper, value, verdict, margin), worked by hand from
# the rules in target.hpp / evaluate.hpp: the margin is the distance to the
# threshold on the better side; "exceeded" only for >= and <= with room.
LEVEL_CASES = [
    (">=", 100.0, 0.0, 100.0, "achieved", 0.0),  # 以上 includes the number
    (">=", 100.0, 0.0, 100.5, "exceeded", 0.5),
    (">=", 100.0, 0.0, 99.5, "not_achieved", -0.5),
    (">", 100.0, 0.0, 100.0, "not_achieved", 0.0),  # 超 excludes it
    (">", 100.0, 0.0, 100.5, "achieved", 0.5),  # > never reports exceeded
    ("<=", 100.0, 0.0, 100.0, "achieved", 0.0),
    ("<=", 100.0, 0.0, 99.0, "exceeded", 1.0),
    ("<=", 100.0, 0.0, 100.5, "not_achieved", -0.5),
    ("<", 100.0, 0.0, 100.0, "not_achieved", 0.0),
    ("<", 100.0, 0.0, 99.5, "achieved", 0.5),
    ("about", 5.0, 0.5, 5.5, "achieved", 0.0),  # band 4.5..5.5, ends included; margin 0.5 - |5.5 - 5|
    ("about", 5.0, 0.5, 4.25, "not_achieved", -0.25),  # 0.5 - |4.25 - 5| = -0.25
    ("between", 3.0, 5.0, 5.0, "achieved", 0.0),  # min(5 - 3, 5 - 5)
    ("between", 3.0, 5.0, 5.25, "not_achieved", -0.25),
    ("dynamic_zero", 0.0, 0.0, 0.0, "achieved", 0.0),
    ("dynamic_zero", 0.0, 0.0, 2.0, "not_achieved", -2.0),
    ("rank_at_most", 3.0, 0.0, 3.0, "achieved", 0.0),  # 居第3 or better
    ("rank_at_most", 3.0, 0.0, 4.0, "not_achieved", -1.0),
]


@pytest.mark.parametrize("cmp,threshold,upper,value,verdict,margin", LEVEL_CASES)
def test_level_boundaries(cmp, threshold, upper, value, verdict, margin):
    df = pd.DataFrame({"v": [value], "t": [threshold], "u": [upper]})
    out = pt.evaluate(df, value="v", threshold="t", upper="u", comparator=cmp)
    assert out["verdict"].iloc[0] == verdict
    assert out["margin"].iloc[0] == pytest.approx(margin)
    assert out["reason"].iloc[0] == "none"


@pytest.mark.parametrize("word,same_as", [("以上", ">="), ("超", ">"), ("以内", "<="), ("近", "<"), ("at_least", ">=")])
def test_chinese_words_are_the_same_comparators(word, same_as):
    values = np.array([99.5, 100.0, 100.5])
    a = pt.evaluate(value=values, threshold=100.0, comparator=word)
    b = pt.evaluate(value=values, threshold=100.0, comparator=same_as)
    pd.testing.assert_frame_equal(a, b)
    assert pt.comparator_code(word) == pt.comparator_code(same_as)


def test_growth_mode_at_the_threshold():
    # 150 / 100 - 1 = 0.5 exactly: growth 50 %; 200 / 100 - 1 = 100 %.
    df = pd.DataFrame({"v": [150.0, 150.0, 200.0], "p": [100.0, 100.0, 100.0], "cmp": ["以上", "超", "以上"]})
    out = pt.evaluate(df, value="v", prior="p", threshold=50.0, comparator="cmp", what="growth")
    assert list(out["verdict"]) == ["achieved", "not_achieved", "achieved"]  # growth targets never "exceeded"
    assert list(out["growth"]) == [50.0, 50.0, 100.0]
    assert list(out["margin"]) == [0.0, 0.0, 50.0]


def test_undefined_growth_makes_a_growth_target_not_assessable():
    df = pd.DataFrame({"v": [5.0, -5.0, np.nan], "p": [0.0, 10.0, 10.0]})
    out = pt.evaluate(df, value="v", prior="p", threshold=10.0, what="growth")
    assert list(out["verdict"]) == ["not_assessable"] * 3
    assert list(out["reason"]) == [
        "zero_base",
        "opposite_signs",
        "not_finite",
    ]
    assert out["margin"].isna().all() and out["growth"].isna().all()
    assert list(out["growth_reason"]) == list(out["reason"])


def test_level_target_is_judged_even_where_growth_is_undefined():
    # A level of 120 against >= 100 is met (margin 20), whatever the zero base does to the growth.
    out = pt.evaluate(pd.DataFrame({"v": [120.0], "p": [0.0]}), value="v", prior="p", threshold=100.0)
    row = out.iloc[0]
    assert (row["verdict"], row["margin"], row["reason"]) == ("exceeded", 20.0, "none")
    assert np.isnan(row["growth"]) and row["growth_reason"] == "zero_base"


def test_missing_values_are_not_assessable_with_their_reason():
    # A NaN in a float64 column is a real NaN (not_finite); pd.NA in a
    # nullable column is a missing value (missing).
    df = pd.DataFrame({"v": pd.array([1.0, None], dtype="Float64"), "t": [np.nan, 1.0]})
    out = pt.evaluate(df, value="v", threshold="t")
    assert list(out["verdict"]) == ["not_assessable", "not_assessable"]
    assert list(out["reason"]) == ["not_finite", "missing"]
    assert out["margin"].isna().all()
    assert "growth" not in out.columns  # no prior given: no growth columns


def test_output_keeps_the_index_and_comparator_forms_agree():
    idx = pd.Index([10, 20, 30, 40], name="row")
    df = pd.DataFrame(
        {"v": [1.0, 2.0, 3.0, 4.0], "t": [2.0, 2.0, 2.0, 2.0], "cmp": [">=", ">", "<=", "近"]}, index=idx
    )
    by_text = pt.evaluate(df, value="v", threshold="t", comparator="cmp")
    by_category = pt.evaluate(df.astype({"cmp": "category"}), value="v", threshold="t", comparator="cmp")
    codes = np.array([pt.comparator_code(c) for c in df["cmp"]], dtype=np.int64)
    by_code = pt.evaluate(df, value="v", threshold="t", comparator=codes)
    assert list(by_text.index) == [10, 20, 30, 40]
    # 1 >= 2 no; 2 > 2 no; 3 <= 2 no; 4 < 2 no.
    assert list(by_text["verdict"]) == ["not_achieved"] * 4
    pd.testing.assert_frame_equal(by_text, by_category)
    pd.testing.assert_frame_equal(by_text, by_code)


def test_only_the_categories_in_use_must_be_comparators():
    cmp = pd.Categorical([">=", ">="], categories=[">=", "≧"])  # "≧" is not a spelling, but no row uses it
    out = pt.evaluate(pd.DataFrame({"v": [1.0, 0.0], "c": cmp}), value="v", threshold=1.0, comparator="c")
    assert list(out["verdict"]) == ["achieved", "not_achieved"]
    used = pd.Categorical([">=", "≧"])
    with pytest.raises(ValueError, match="unknown comparator '≧'"):
        pt.evaluate(pd.DataFrame({"v": [1.0, 0.0], "c": used}), value="v", threshold=1.0, comparator="c")


def test_bad_arguments_are_value_errors():
    df = pd.DataFrame({"v": [1.0], "t": [1.0]})
    with pytest.raises(ValueError, match="neither a comparator nor a column"):
        pt.evaluate(df, value="v", threshold="t", comparator="at least-ish")
    with pytest.raises(ValueError, match="unknown comparator"):
        pt.evaluate(pd.DataFrame({"v": [1.0], "c": ["≧"]}), value="v", threshold=1.0, comparator="c")
    with pytest.raises(ValueError, match="no such column"):
        pt.evaluate(df, value="x", threshold="t")
    with pytest.raises(ValueError, match="shape"):
        pt.evaluate(value=[1.0, 2.0], threshold=[1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="needs the prior"):
        pt.evaluate(df, value="v", threshold="t", what="growth")
    with pytest.raises(ValueError, match="level' or 'growth"):
        pt.evaluate(df, value="v", threshold="t", what="completion")


def test_threads_do_not_change_the_result():
    rng = np.random.default_rng(7)
    n = 200_000
    df = pd.DataFrame(
        {
            "v": rng.normal(100, 20, n),
            "p": rng.normal(100, 20, n),
            "t": rng.normal(100, 5, n),
            "u": rng.uniform(0, 10, n),
            "cmp": rng.integers(0, 10, n),  # every C++ comparator code
        }
    )
    # A 'between' row's upper is its high end, above the threshold (an empty range is refused).
    between = df["cmp"] == pt.COMPARATORS["between"]
    df.loc[between, "u"] += df.loc[between, "t"]
    one = pt.evaluate(df, value="v", prior="p", threshold="t", upper="u", comparator="cmp", threads=1)
    all_cores = pt.evaluate(df, value="v", prior="p", threshold="t", upper="u", comparator="cmp", threads=0)
    assert_same_rows(all_cores, one)
    # The reason column pairs with every NaN margin, and only with those.
    assert (one["margin"].isna() == (one["reason"] != pt.DEFINED)).all()
    assert (one["growth"].isna() == (one["growth_reason"] != pt.DEFINED)).all()


def test_batch_agrees_with_the_plan_engine_at_the_boundaries():
    # Each indicator has an exact 2025 actual and a 2025 target; the plan
    # engine (evaluate() per target) and the batch must give the same verdict.
    figures = "\n".join(
        [
            "id,indicator,role,period,measure,comparator,value,unit",
            "a.actual,a,actual,2025,level,=,100,亿元",
            "a.target,a,target,2025,level,以上,100,亿元",
            "b.actual,b,actual,2025,level,=,100,亿元",
            "b.target,b,target,2025,level,超,100,亿元",
            "c.actual,c,actual,2025,level,=,99,亿元",
            "c.target,c,target,2025,level,以内,100,亿元",
            "d.actual,d,actual,2025,level,=,100,亿元",
            "d.target,d,target,2025,level,近,100,亿元",
        ]
    )
    plan = pt.evaluate_plan(pt.read_figures(figures, figures_file="inline.csv"), "2025").set_index("indicator_id")
    batch = pt.evaluate(
        value=[100.0, 100.0, 99.0, 100.0], threshold=100.0, comparator=np.array(["以上", "超", "以内", "近"], dtype=object)
    )
    # By hand: 100 >= 100 achieved; 100 > 100 not; 99 <= 100 with room, exceeded; 100 < 100 not.
    assert list(batch["verdict"]) == ["achieved", "not_achieved", "exceeded", "not_achieved"]
    assert list(plan.loc[["a", "b", "c", "d"], "verdict"]) == list(batch["verdict"])
    assert list(plan.loc[["a", "b", "c", "d"], "margin"]) == list(batch["margin"])


def test_real_growth_is_not_computed_from_current_price_levels():
    # GDP growth is at comparable prices; the levels are at current prices.
    df = pd.DataFrame({"value": [106.0, 110.0], "prior": [100.0, 100.0]})
    nominal = pt.evaluate(df, value="value", prior="prior", threshold=5.0, what="growth")
    assert list(nominal["verdict"].astype(str)) == ["achieved", "achieved"]  # a growth is never exceeded
    real = pt.evaluate(df, value="value", prior="prior", threshold=5.0, what="growth", price_basis="real")
    assert list(real["verdict"].astype(str)) == ["not_assessable", "not_assessable"]
    assert list(real["reason"].astype(str)) == ["price_basis", "price_basis"]
    # A level target on the same rows does not depend on the basis.
    level = pt.evaluate(df, value="value", threshold=105.0, price_basis="real")
    assert list(level["verdict"].astype(str)) == ["exceeded", "exceeded"]
    with pytest.raises(ValueError, match="price_basis"):
        pt.evaluate(df, value="value", prior="prior", threshold=5.0, what="growth", price_basis="current")
