"""plantarget.evaluate on monitoring data: rows in the year (months=) judged
by their nature, about-bands read by the indicator's direction, and the same
through plantarget.dask. Verdicts and figures are worked by hand below."""

import numpy as np
import pandas as pd
import pytest

import plantarget as pt


def _one(value, threshold, months, nature, comparator=">=", **kw):
    return pt.evaluate(value=[value], threshold=threshold, months=months, nature=nature, comparator=comparator, **kw)


@pytest.mark.parametrize(
    "value,verdict",
    [
        # 100 for the year, six months covered: 50 expected; gap (a - 50) / 100 in points, band ±1.
        (50.0, "on_schedule"),
        (51.0, "on_schedule"),  # +1.0: the band's edge
        (51.1, "ahead_of_schedule"),
        (49.0, "on_schedule"),
        (48.9, "behind_schedule"),
    ],
)
def test_a_flow_in_the_year_is_judged_pro_rata(value, verdict):
    out = _one(value, 100.0, 6, "flow")
    assert out.verdict.iloc[0] == verdict
    assert out.expected_to_date.iloc[0] == 50.0
    assert out.expected_to_date_reason.iloc[0] == "none"


def test_the_nature_decides_the_same_row():
    # 60 by June against "at least 100": a flow is ahead of the 50 expected, a stock stands short of 100.
    df = pd.DataFrame({"v": [60.0] * 4, "t": [100.0] * 4, "kind": ["flow", "stock", "rate", "average"]})
    out = pt.evaluate(df, value="v", threshold="t", months=6, nature="kind")
    assert list(out.verdict) == ["ahead_of_schedule", "behind_schedule", "behind_schedule", "behind_schedule"]
    assert list(out.expected_to_date_reason) == ["none", "not_applicable", "not_applicable", "not_applicable"]
    assert out.expected_to_date.iloc[0] == 50.0 and out.expected_to_date.iloc[1:].isna().all()


def test_monthly_rows_of_one_year():
    # January..December of a flow of 8.5 a month (year to date 8.5, 17, ..., 102) against at least 100:
    # 100 m / 12 expected, the gap 0.1667 m points: on schedule to June (exactly +1.0, the edge),
    # ahead from July, exceeded at 12 months (102 >= 100).
    months = np.arange(1, 13)
    out = pt.evaluate(value=8.5 * months, threshold=100.0, months=months, nature="flow")
    expected = 100.0 * months / 12
    gap = (8.5 * months - expected) / 100.0 * 100.0
    want = ["ahead_of_schedule" if g > 1.0 else "behind_schedule" if g < -1.0 else "on_schedule" for g in gap[:-1]]
    assert list(out.verdict[:-1]) == want
    assert want[5] == "on_schedule" and want[6] == "ahead_of_schedule"
    assert out.verdict.iloc[-1] == "exceeded"
    np.testing.assert_allclose(out.expected_to_date[:-1], expected[:-1])


@pytest.mark.parametrize("value,verdict", [(104.6, "on_schedule"), (103.9, "behind_schedule"), (106.1, "ahead_of_schedule")])
def test_a_growth_in_the_year_against_the_years_growth_target(value, verdict):
    # 1-6月 growth value / 100 - 1 against "at least 5 %" for the year, within ±1 point.
    out = pt.evaluate(value=[value], prior=[100.0], threshold=5.0, what="growth", months=6, nature="flow")
    assert out.verdict.iloc[0] == verdict


def test_a_rate_ceiling_in_march():
    out = pt.evaluate(value=[5.7, 5.5], threshold=5.5, comparator="<=", months=3, nature="rate")
    assert list(out.verdict) == ["behind_schedule", "on_schedule"]


def test_the_band_is_a_parameter():
    # 48.9 by June is 1.1 points behind: behind with the default band, on schedule within 2 points.
    assert _one(48.9, 100.0, 6, "flow").verdict.iloc[0] == "behind_schedule"
    assert _one(48.9, 100.0, 6, "flow", on_schedule_band=2.0).verdict.iloc[0] == "on_schedule"


@pytest.mark.parametrize(
    "direction,value,verdict",
    [
        ("within_band", 7.2, "not_achieved"),  # about 6.5 ± 0.5: beyond the band
        ("higher_is_better", 7.2, "exceeded"),  # beyond on the better side: no miss
        ("lower_is_better", 7.2, "not_achieved"),
        ("lower_is_better", 5.8, "exceeded"),
        ("higher_is_better", 5.8, "not_achieved"),
        ("higher_is_better", 7.0, "achieved"),  # the edge is inside
    ],
)
def test_about_bands_read_by_direction(direction, value, verdict):
    out = pt.evaluate(value=[value], threshold=6.5, comparator="about", tolerance=0.5, direction=direction)
    assert out.verdict.iloc[0] == verdict


def test_direction_per_row():
    df = pd.DataFrame({"v": [7.2, 7.2, 7.2], "d": ["within_band", "higher_is_better", "lower_is_better"]})
    out = pt.evaluate(df, value="v", threshold=6.5, comparator="约", tolerance=0.5, direction="d")
    assert list(out.verdict) == ["not_achieved", "exceeded", "not_achieved"]


def test_bad_arguments_name_the_row():
    with pytest.raises(ValueError, match="needs nature"):
        pt.evaluate(value=[1.0], threshold=1.0, months=6)
    with pytest.raises(ValueError, match="nature 'flux' is neither"):
        pt.evaluate(value=[1.0], threshold=1.0, months=6, nature="flux")
    df = pd.DataFrame({"v": [1.0, 2.0], "k": ["flow", "flux"], "m": [6, 13]})
    with pytest.raises(ValueError, match=r"nature: row 1: unknown nature 'flux'"):
        pt.evaluate(df, value="v", threshold=1.0, months=6, nature="k")
    with pytest.raises(ValueError, match=r"months: row 1: 13 is not a whole number"):
        pt.evaluate(df, value="v", threshold=1.0, months="m", nature="flow")
    for bad in (0, 2.5, np.nan):
        with pytest.raises(ValueError, match="months"):
            pt.evaluate(value=[1.0], threshold=1.0, months=bad, nature="flow")
    with pytest.raises(ValueError, match="direction 'up' is neither"):
        pt.evaluate(value=[1.0], threshold=1.0, direction="up")
    with pytest.raises(ValueError, match="on_schedule_band"):
        pt.evaluate(value=[1.0], threshold=1.0, months=6, nature="flow", on_schedule_band=-1.0)


def test_without_months_nothing_changes():
    # nature= alone leaves every row at the deadline: the verdicts of plain evaluate().
    df = pd.DataFrame({"v": [60.0, 120.0], "t": [100.0, 100.0]})
    plain = pt.evaluate(df, value="v", threshold="t")
    with_nature = pt.evaluate(df, value="v", threshold="t", nature="stock")
    pd.testing.assert_frame_equal(plain, with_nature)
    assert "expected_to_date" not in plain.columns


def test_dask_takes_the_same_parameters():
    import dask
    import dask.dataframe as dd

    import plantarget.dask as ptd

    rng = np.random.default_rng(7)
    n = 500
    df = pd.DataFrame(
        {
            "v": rng.uniform(0, 120, n),
            "p": rng.uniform(50, 120, n),
            "t": 100.0,
            "m": rng.integers(1, 13, n),
            "k": rng.choice(list(pt.NATURES), n),
            "d": rng.choice(list(pt.DIRECTIONS), n),
            "c": rng.choice([">=", "<=", "about"], n),
        }
    )
    kw = dict(value="v", prior="p", threshold="t", comparator="c", tolerance=10.0, months="m", nature="k", direction="d")
    with dask.config.set(scheduler="synchronous"):
        got = ptd.evaluate(dd.from_pandas(df, npartitions=5), **kw).compute()
    want = pt.evaluate(df, **kw)
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert {"ahead_of_schedule", "on_schedule", "behind_schedule", "exceeded"} <= set(want.verdict)
