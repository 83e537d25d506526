"""plantarget.history: figure files of several years read as plancheck reads
them (each file a book, linked by id or by name and unit, the later book's
actual used), and each indicator's targets, actuals and verdicts by period
as a DataFrame. Every expected value is worked by hand in the comments."""
import datetime
import math

import pandas as pd
import pytest

import plantarget as pt

HEADER = "id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote\n"

# a.csv (its latest actual is of 2023: published 2024-01-01):
#   jobs  2024 target 以上 3.5 万人
#   unemp 2023 target 以内 5.5 %, actual 5.8 -> not achieved; 2024 target 以内 5.5 %
# b.csv (published 2025-01-01):
#   jobs  2024 actual 3.8 万人 -> exceeded, margin +0.3
#   urban_unemployment (the same name and unit as a's unemp: linked by name)
#         2024 actual 5.7 -> not achieved: unemp missed 2 years running
A = HEADER + (
    "jobs.t.2024,jobs,1,新增就业,new jobs,target,2024,level,以上,3.5,万人,全年新增就业3.5万人以上\n"
    "unemp.t.2023,unemp,1,城镇调查失业率,,target,2023,share,以内,5.5,%,\n"
    "unemp.a.2023,unemp,1,城镇调查失业率,,actual,2023,share,=,5.8,%,\n"
    "unemp.t.2024,unemp,1,城镇调查失业率,,target,2024,share,以内,5.5,%,\n"
)
B = HEADER + (
    "jobs.a.2024,jobs,1,新增就业,new jobs,actual,2024,level,=,3.8,万人,\n"
    "urban_unemployment.a.2024,urban_unemployment,1,城镇调查失业率,,actual,2024,share,=,5.7,%,\n"
)


@pytest.fixture
def books(tmp_path):
    a = tmp_path / "a.csv"
    b = tmp_path / "b.csv"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    return a, b


def row(df, indicator, period):
    rows = df[(df.indicator == indicator) & (df.period == period)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_one_row_per_indicator_and_period(books):
    df = pt.history(books)
    assert sorted(zip(df.indicator, df.period)) == [("jobs", "2024"), ("unemp", "2023"), ("unemp", "2024")]
    assert df.attrs["as_of"] == "2024"  # the latest actual of any book
    for name in ("indicator", "name_zh", "period", "target", "comparator", "threshold", "low", "high", "actual",
                 "verdict", "reason", "margin", "book", "longest_missed_run", "missed_run_now"):
        assert name in df.columns, name


def test_a_target_meets_the_actual_of_the_next_book(books):
    a, b = books
    jobs = row(pt.history(books), "jobs", "2024")
    assert jobs.name_zh == "新增就业"
    assert jobs.target == "全年新增就业3.5万人以上"
    assert jobs.comparator == "at_least"
    assert jobs.threshold == 3.5
    assert (jobs.low, jobs.high) == (3.5, math.inf)  # 以上: open above
    assert jobs.actual == pytest.approx(3.8)
    assert jobs.verdict == "exceeded"
    assert jobs.reason == "none"
    assert jobs.margin == pytest.approx(0.3)
    assert jobs.book == str(b)


def test_missed_runs_and_links_by_name(books):
    a, b = books
    df = pt.history(books)
    u23, u24 = row(df, "unemp", "2023"), row(df, "unemp", "2024")
    assert (u23.verdict, u24.verdict) == ("not_achieved", "not_achieved")
    assert (u23.low, u23.high) == (-math.inf, 5.5)  # 以内: open below
    assert u23.book == str(a) and u24.book == str(b)  # 2024 from urban_unemployment, linked by name
    assert u24.margin == pytest.approx(-0.2)
    assert set(df[df.indicator == "unemp"].longest_missed_run) == {2}
    assert set(df[df.indicator == "unemp"].missed_run_now) == {2}
    assert set(df[df.indicator == "jobs"].longest_missed_run) == {0}


def test_token_columns_are_the_modules_categoricals(books):
    df = pt.history(books)
    assert df.verdict.dtype == pt.VERDICT_DTYPE
    assert df.reason.dtype == pt.REASON_DTYPE
    assert df.actual_reason.dtype == pt.REASON_DTYPE
    assert df.margin_reason.dtype == pt.REASON_DTYPE


def test_a_target_without_its_actual_is_nan_with_a_reason(books, tmp_path):
    a, b = books
    c = tmp_path / "c.csv"
    c.write_text(HEADER + "jobs.t.2025,jobs,1,新增就业,new jobs,target,2025,level,以上,4,万人,\n", encoding="utf-8")
    jobs = row(pt.history([a, b, c]), "jobs", "2025")
    assert jobs.verdict == "pending"
    assert math.isnan(jobs.actual) and jobs.actual_reason != "none"
    assert jobs.book is None


def test_publication_dates_given(books):
    a, b = books
    df = pt.history(books, published={"a.csv": 2023, str(b): datetime.date(2025, 3, 5)})
    shown = df.attrs["books"]
    assert list(shown.published) == ["2023-01-01", "2025-03-05"]
    assert list(shown.origin) == ["given", "given"]
    with pytest.raises(ValueError, match="not one of the input files"):
        pt.history(books, published={"c.csv": 2025})
    with pytest.raises(ValueError, match="not a date"):
        pt.history(books, published={"a.csv": "March"})


def test_bad_input_is_a_located_error_and_nothing_is_evaluated(books, tmp_path):
    links = tmp_path / "links.csv"
    links.write_text("indicator,linked_to\nwages,jobs\n", encoding="utf-8")
    with pytest.raises(pt.ParseError) as e:
        pt.history(books, links=links)
    assert e.value.file == str(links) and e.value.line == 2
    a, b = books
    c = tmp_path / "c.csv"
    c.write_text(HEADER + "jobs.a.2025,jobs,1,新增就业,,actual,2025,level,=,3.9,亿元,\n", encoding="utf-8")
    with pytest.raises(pt.ParseError) as e:
        pt.history([a, b, c])
    assert e.value.file == str(c)


def test_report_texts_go_through_the_extractor(tmp_path):
    # Each report reviews the year before and sets its own year's target:
    # 2024's 6 % 左右 (the default band ± 0.5: 5.5 .. 6.5) meets 5.8 % in the next report.
    first = tmp_path / "r2024.txt"
    second = tmp_path / "r2025.txt"
    first.write_text("一、2023年工作回顾\n全年销售额增长5.2%。\n二、2024年主要任务\n销售额增长6%左右。\n", encoding="utf-8")
    second.write_text("一、2024年工作回顾\n全年销售额增长5.8%。\n二、2025年主要任务\n销售额增长6%左右。\n", encoding="utf-8")
    df = pt.history([first, second])
    assert list(df.period) == ["2024", "2025"]
    y2024, y2025 = df.iloc[0], df.iloc[1]
    assert (y2024.comparator, y2024.low, y2024.high) == ("about", 5.5, 6.5)
    assert y2024.actual == pytest.approx(5.8)
    assert y2024.verdict == "achieved"
    assert y2024.book == str(second)
    # Not yet judged, the 2025 target still has its band.
    assert y2025.verdict == "pending"
    assert (y2025.low, y2025.high) == (5.5, 6.5)
