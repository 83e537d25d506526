"""pandas conventions of plantarget.evaluate (issue 19): missing values told
apart from NaN, errors that name the row and the value, numbers written as
text, the DataFrame accessor, an output prefix, the band tolerance, and
results that are the arrays C++ wrote (no copy on the way to the frame)."""

import numpy as np
import pandas as pd
import pytest

import plantarget as pt


def test_none_and_na_are_missing_and_a_real_nan_is_not_finite():
    df = pd.DataFrame(
        {
            # None and pd.NA in an object column; a float NaN there is a real NaN.
            "obj": pd.Series([5.0, None, pd.NA, float("nan")], dtype=object),
            # masked entry vs an unmasked NaN (0/0 leaves one in a Float64 column).
            "nullable": pd.array([5.0, None, 5.0, 0.0], dtype="Float64") / pd.array([1.0, 1.0, 1.0, 0.0], dtype="Float64"),
            "floats": [5.0, np.nan, 5.0, np.inf],
        }
    )
    assert bool(df["nullable"].isna().iloc[1]) and not bool(df["nullable"].isna().iloc[3])
    by_obj = pt.evaluate(df, value="obj", threshold=1.0)
    assert list(by_obj["reason"]) == ["none", "missing", "missing", "not_finite"]
    by_nullable = pt.evaluate(df, value="nullable", threshold=1.0)
    assert list(by_nullable["reason"]) == ["none", "missing", "none", "not_finite"]
    by_floats = pt.evaluate(df, value="floats", threshold=1.0)
    assert list(by_floats["reason"]) == ["none", "not_finite", "none", "not_finite"]
    assert list(by_obj["verdict"]) == ["exceeded", "not_assessable", "not_assessable", "not_assessable"]


def test_a_missing_input_reaches_only_the_results_that_read_it():
    df = pd.DataFrame(
        {
            "v": [120.0, 120.0, 120.0],
            "p": pd.array([None, 100.0, 100.0], dtype="Float64"),
            "t": pd.array([100.0, None, 100.0], dtype="Int64"),
        }
    )
    level = pt.evaluate(df, value="v", prior="p", threshold="t")
    # Row 0: the prior is missing, so the growth is; the level target is still judged.
    assert list(level["growth_reason"]) == ["missing", "none", "none"]
    assert list(level["reason"]) == ["none", "missing", "none"]
    assert list(level["verdict"]) == ["exceeded", "not_assessable", "exceeded"]
    growth = pt.evaluate(df, value="v", prior="p", threshold="t", what="growth")
    # In growth mode the verdict reads the prior too.
    assert list(growth["reason"]) == ["missing", "missing", "none"]
    # A scalar pd.NA threshold is missing on every row.
    assert list(pt.evaluate(df, value="v", threshold=pd.NA)["reason"]) == ["missing"] * 3


def test_a_bad_comparator_names_the_row():
    df = pd.DataFrame({"v": [1.0, 2.0, 3.0], "c": ["以上", ">=", "at least"]}, index=["gdp", "trade", "pm25"])
    with pytest.raises(ValueError, match=r"comparator: row 'pm25': unknown comparator 'at least'"):
        pt.evaluate(df, value="v", threshold=1.0, comparator="c")
    cat = df.astype({"c": "category"})
    with pytest.raises(ValueError, match=r"row 'pm25': unknown comparator 'at least'"):
        pt.evaluate(cat, value="v", threshold=1.0, comparator="c")
    with pytest.raises(ValueError, match=r"row 'trade': the comparator is missing"):
        pt.evaluate(df.assign(c=["以上", None, ">="]), value="v", threshold=1.0, comparator="c")
    with pytest.raises(ValueError, match=r"row 'gdp': code 42 is outside"):
        pt.evaluate(df.assign(c=[42, 0, 0]), value="v", threshold=1.0, comparator="c")


def test_numbers_written_as_text_are_refused_by_row_or_parsed_when_asked():
    df = pd.DataFrame({"v": ["1,200", "3.5万", "９４．８", ""], "t": [1000.0, 30000.0, 90.0, 1.0]}, index=[10, 20, 30, 40])
    with pytest.raises(ValueError, match=r"value: row 10: '1,200' is text, not a number; pass parse_numbers=True"):
        pt.evaluate(df, value="v", threshold="t")
    out = pt.evaluate(df, value="v", threshold="t", parse_numbers=True)
    # 1,200 >= 1000 by 200; 3.5万 = 35000 >= 30000 by 5000; ９４．８ = 94.8 >= 90; an empty cell is missing.
    assert list(out["margin"].iloc[:3]) == pytest.approx([200.0, 5000.0, 4.8])
    assert list(out["verdict"]) == ["exceeded", "exceeded", "exceeded", "not_assessable"]
    assert out["reason"].iloc[3] == "missing"
    bad = df.assign(v=["1,200", "12,00", "1", "2"])
    with pytest.raises(ValueError, match=r"value: row 20: '12,00' is not a number"):
        pt.evaluate(bad, value="v", threshold="t", parse_numbers=True)
    with pytest.raises(ValueError, match=r"threshold: row 30: \[1\] \(list\) is not a number"):
        pt.evaluate(df, value="t", threshold=pd.Series([1.0, 2.0, [1], 3.0], index=df.index, dtype=object))


def test_the_dataframe_accessor_and_the_prefix():
    df = pd.DataFrame({"value": [120.0, 90.0], "prior": [100.0, 100.0], "target": [100.0, 100.0],
                       "reason": ["user's own", "column"]})
    direct = pt.evaluate(df, value="value", prior="prior", threshold="target")
    pd.testing.assert_frame_equal(df.plantarget.evaluate(value="value", prior="prior", threshold="target"), direct)
    with pytest.raises(ValueError, match=r"\['reason'\] are already columns.*prefix="):
        df.plantarget.evaluate(value="value", threshold="target", join=True)
    joined = df.plantarget.evaluate(value="value", prior="prior", threshold="target", join=True, prefix="pt_")
    assert list(joined.columns) == ["value", "prior", "target", "reason", "pt_verdict", "pt_margin", "pt_reason",
                                    "pt_margin_reason", "pt_growth", "pt_growth_reason"]
    assert list(joined["reason"]) == ["user's own", "column"]
    assert list(joined["pt_verdict"]) == ["exceeded", "not_achieved"]
    assert list(joined["pt_growth"]) == pytest.approx([20.0, -10.0])


def test_tolerance_is_the_band_of_about_rows_only():
    # about 6.5 +- 0.5: 6.9 inside (margin 0.5 - 0.4 = 0.1); between 3..5 keeps upper as its high end.
    df = pd.DataFrame({"v": [6.9, 4.0, 7.1], "t": [6.5, 3.0, 6.5], "c": ["约", "between", "左右"], "u": [np.nan, 5.0, np.nan]})
    out = pt.evaluate(df, value="v", threshold="t", comparator="c", upper="u", tolerance=0.5)
    assert list(out["verdict"]) == ["achieved", "achieved", "not_achieved"]
    assert list(out["margin"]) == pytest.approx([0.1, 1.0, -0.1])
    with pytest.raises(ValueError, match="negative tolerance"):
        pt.evaluate(df, value="v", threshold="t", comparator="c", upper="u", tolerance=-1.0)


def test_results_are_the_arrays_cpp_wrote_and_float64_inputs_are_not_copied():
    n = 1000
    df = pd.DataFrame({"v": np.linspace(1, 2, n), "p": np.ones(n), "t": np.full(n, 1.5)})
    out = pt.evaluate(df, value="v", prior="p", threshold="t", threads=1)
    # Reasons and verdicts are categoricals whose int8 codes are the C++ codes.
    for name in ("verdict", "reason", "margin_reason", "growth_reason"):
        assert out[name].cat.codes.dtype == np.int8
    assert list(out["reason"].cat.categories) == list(pt.REASON_TOKENS)
    # One block per column: pandas did not consolidate (copy) the float columns.
    assert out._mgr.nblocks == len(out.columns)
    # An owned C++ buffer behind each number column (a capsule is its base).
    base = out["margin"].to_numpy()
    while isinstance(base, np.ndarray):
        base = base.base
    assert type(base).__name__ == "PyCapsule"
    # float64 columns go to the engine as they are.
    from plantarget._common import float_column
    assert np.shares_memory(float_column(df["v"], "value")[0], df["v"].to_numpy())


def _address(column) -> int:
    return column.to_numpy().__array_interface__["data"][0]


def test_a_freed_result_is_reused_by_the_next_of_its_size_and_the_memory_kept_is_bounded():
    from plantarget import _plantarget as core
    n = 100_000
    df = pd.DataFrame({"v": np.linspace(1, 2, n), "p": np.ones(n), "t": np.full(n, 1.5)})
    first = pt.evaluate(df, value="v", prior="p", threshold="t", threads=1)
    margins_at = _address(first["margin"])
    expected = first.copy(deep=True)
    del first
    # The next result of the same size is written into the memory just freed:
    # already mapped, it costs no page faults.
    second = pt.evaluate(df, value="v", prior="p", threshold="t", threads=1)
    held = core.result_memory_held()
    assert margins_at in {_address(second[c]) for c in ("margin", "growth")}
    pd.testing.assert_frame_equal(second, expected)
    del second
    assert core.result_memory_held() > held
    # Columns larger than the bound go back to the system; the bound holds
    # however many results are freed.
    bound = core.result_memory_max_held()
    for rows in (bound // 8 + 1, 2_000_000, 3_000_000, 4_000_000, 5_000_000):
        result = pt.evaluate(pd.DataFrame({"v": np.ones(rows)}), value="v", threshold=1.0, threads=1)
        del result
        assert core.result_memory_held() <= bound


def test_dask_takes_the_same_parameters_and_gives_the_same_rows():
    dd = pytest.importorskip("dask.dataframe")
    import plantarget.dask as ptd

    df = pd.DataFrame(
        {
            "v": pd.array([6.9, None, 7.1, 4.0, 120.0, 1.0], dtype="Float64"),
            "p": [6.0, 6.0, 6.0, 5.0, 100.0, 0.0],
            "t": [6.5, 6.5, 6.5, 3.0, 100.0, 1.0],
            "c": ["约", "约", "左右", "between", "以上", ">="],
            "u": [np.nan, np.nan, np.nan, 5.0, np.nan, np.nan],
        }
    )
    kwargs = dict(value="v", prior="p", threshold="t", comparator="c", upper="u", tolerance=0.5, prefix="pt_")
    expected = pt.evaluate(df, **kwargs)
    got = ptd.evaluate(dd.from_pandas(df, npartitions=3), **kwargs).compute(scheduler="sync")
    pd.testing.assert_frame_equal(got, expected)
    assert list(got["pt_reason"]) == ["none", "missing", "none", "none", "none", "none"]
    assert list(got["pt_growth_reason"])[-1] == "zero_base"


def test_a_threshold_of_none_is_an_error_not_missing_rows():
    with pytest.raises(ValueError, match=r"threshold=None: give a column"):
        pt.evaluate(value=[1.0, 2.0], threshold=None)
