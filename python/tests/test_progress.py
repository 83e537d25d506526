"""The progress methods on series indexed by year and on two arrays, against
values worked by hand from the published formulas (docs/progress-methods.md)."""

import numpy as np
import pandas as pd
import pytest

import plantarget as pt


class TestOpenSdg:
    def test_ratio_of_one_is_substantial_progress(self):
        # CAGR observed (121/100)^(1/2) - 1 = 10 %; required (146.41/100)^(1/4) - 1 = 10 %;
        # R = 0.1 / 0.1 = 1 >= 0.95; score 7.1429 * 1 - 4.2857 = 2.8572.
        a = pt.open_sdg(pd.Series({2015: 100.0, 2017: 121.0}), target=146.41, target_year=2019)
        assert a.status == "substantial_progress"
        assert a.ratio == pytest.approx(1.0)
        assert a.cagr_observed == pytest.approx(0.1)
        assert a.cagr_required == pytest.approx(0.1)
        assert a.score == pytest.approx(2.8572)
        assert not a.target_achieved and a.reason == "none" and a.reason_text == "defined"

    def test_without_target_the_growth_decides(self):
        # g = 101.2 / 100 - 1 = 1.2 %: moderate under the Open SDG cut-offs (0.5 %..1.5 %),
        # substantial under Eurostat's (>= 1 %).
        years, values = [2015, 2016], [100.0, 101.2]
        assert pt.open_sdg(years, values).status == "moderate_progress"
        assert pt.open_sdg(years, values, eurostat=True).status == "substantial_progress"
        assert pt.open_sdg(years, values).growth == pytest.approx(0.012)

    def test_lower_is_better(self):
        # 100 -> 81 in 2 years: CAGR -10 %; target 65.61 by 2019 needs -10 %: R = -1 * -0.1 / 0.1 = 1.
        a = pt.open_sdg([2015, 2017], [100.0, 81.0], direction="lower", target=65.61, target_year=2019)
        assert a.status == "substantial_progress"
        assert a.ratio == pytest.approx(1.0)

    def test_target_already_met(self):
        a = pt.open_sdg(pd.Series({2015: 100.0, 2020: 150.0}), target=140.0)
        assert a.status == "target_achieved" and a.target_achieved and a.score == 5.0

    def test_cases_that_are_not_assessed(self):
        opposite = pt.open_sdg([2015, 2016], [-1.0, 1.0])
        assert (opposite.status, opposite.reason) == ("not_assessed", "opposite_signs")
        assert opposite.reason_text == "base and current value have opposite signs"
        assert opposite.reason_text_zh == "基数与现值符号相反"
        one_point = pt.open_sdg([2015], [1.0])
        assert (one_point.status, one_point.reason) == ("not_available", "too_few_observations")
        duplicate = pt.open_sdg([2015, 2015], [1.0, 2.0])
        assert (duplicate.status, duplicate.reason) == ("not_assessed", "duplicate_period")
        assert [w.code for w in duplicate.warnings] == ["duplicated_year"]
        assert duplicate.warnings[0].message == "year 2015 appears more than once"

    def test_bad_options_are_value_errors(self):
        with pytest.raises(ValueError, match="unknown direction"):
            pt.open_sdg([2015, 2016], [1.0, 2.0], direction="up")
        with pytest.raises(ValueError, match="three cut-offs"):
            pt.open_sdg([2015, 2016], [1.0, 2.0], with_target=(1.0, 0.5))
        with pytest.raises(ValueError, match="years has 2 elements, values has 1"):
            pt.open_sdg([2015, 2016], [1.0])


class TestEscap:
    def test_on_track_when_the_trend_reaches_the_target(self):
        # Index (20 - 10) / (30 - 10) = 0.5; the line through both points reaches 30 in 2025: gap 0.
        a = pt.escap(pd.Series({2015: 10.0, 2020: 20.0}), target=30.0, target_year=2025)
        assert a.status == "on_track"
        assert a.current_status_index == pytest.approx(0.5)
        assert a.expected_progress_to_date == pytest.approx(0.5)  # 5 of 10 years
        assert a.projected_value == pytest.approx(30.0)
        assert a.gap_ratio == pytest.approx(0.0, abs=1e-12)

    def test_needs_acceleration_and_regressing(self):
        # Projected 30 against 40: gap (40 - 30) / (40 - 10) = 1/3 > 0, moving up.
        slow = pt.escap([2015, 2020], [10.0, 20.0], target=40.0, target_year=2025)
        assert slow.status == "needs_acceleration"
        assert slow.gap_ratio == pytest.approx(1 / 3)
        # 20 -> 10 against a target of 30: index (10 - 20) / (30 - 20) = -1, moving away.
        away = pt.escap([2015, 2020], [20.0, 10.0], target=30.0, target_year=2025)
        assert away.status == "regressing"
        assert away.current_status_index == pytest.approx(-1.0)

    def test_dates_as_index_and_no_target(self):
        s = pd.Series([10.0, 20.0], index=pd.to_datetime(["2015-12-31", "2020-12-31"]))
        assert pt.escap(s, target=30.0, target_year=2025).status == "on_track"
        none = pt.escap(s)
        assert (none.status, none.reason) == ("not_assessed", "no_target")


class TestGerman:
    def test_weather_from_the_projected_shortfall(self):
        s = pd.Series({"2015": 50.0, "2020": 60.0})  # year strings work as an index too
        # Compound: 60 * (60/50)^(10/5) = 60 * 1.44 = 86.4 in 2030.
        cloudy = pt.german(s, target=100.0)  # (100 - 86.4) / (100 - 60) = 0.34 > 0.2
        assert cloudy.status == "cloudy"
        assert cloudy.projected_value == pytest.approx(86.4)
        assert cloudy.shortfall == pytest.approx(0.34)
        assert pt.german(s, target=90.0).status == "slightly_cloudy"  # 3.6 / 30 = 0.12
        assert pt.german(s, target=85.0).status == "sunny"  # projection passes 85
        # Linear: 60 + 2 * 10 = 80; (100 - 80) / 40 = 0.5.
        linear = pt.german(s, target=100.0, model="linear")
        assert linear.projected_value == pytest.approx(80.0) and linear.shortfall == pytest.approx(0.5)

    def test_wrong_way_and_short_window(self):
        assert pt.german([2015, 2020], [60.0, 50.0], target=100.0).status == "thunderstorm"
        short = pt.german([2018, 2020], [50.0, 60.0], target=100.0)
        assert (short.status, short.reason) == ("not_available", "too_few_observations")


def test_missing_years_are_not_dropped_silently():
    s = pd.Series({2015: 10.0, 2018: np.nan, 2020: 20.0})
    a = pt.escap(s, target=30.0, target_year=2025)
    assert (a.status, a.reason) == ("not_assessed", "not_finite")
    assert a.reason_text == pt.reason_text("not_finite")
    assert pt.escap(s.dropna(), target=30.0, target_year=2025).status == "on_track"


def test_reasons_and_warning_codes_are_the_vocabularys_tokens():
    # Every reason a progress assessment gives is a token of the one reason
    # table (the reason columns' categories); warning codes come from their
    # own table, each a distinct snake_case token.
    short = pt.open_sdg([2015], [1.0])
    assert short.reason in pt.REASON_TOKENS
    assert short.reason_text == pt.reason_text(short.reason)
    assert short.reason_text_zh == pt.reason_text(short.reason, language="zh")
    dup = pt.open_sdg([2015, 2015], [1.0, 2.0])
    codes = [w.code for w in dup.warnings]
    assert codes and all(c.isascii() and c == c.lower() and " " not in c for c in codes)
