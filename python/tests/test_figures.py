"""Figure books from CSV, the plan they state, its evaluation, the audit, and
the file:line:column errors of a bad file."""

import csv

import pandas as pd
import pytest

import plantarget as pt


def csv_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def book(shapingba_data):
    return pt.load_figures(shapingba_data)


def test_load_figures_reads_every_row(book, shapingba_data):
    figures = csv_rows(shapingba_data / "figures.csv")
    relations = csv_rows(shapingba_data / "relations.csv")
    assert len(book) == len(figures)
    df = book.figures()
    assert list(df["id"]) == [r["id"] for r in figures]
    assert len(book.relations()) == len(relations)
    # The same book from the two paths given explicitly.
    explicit = pt.load_figures(shapingba_data / "figures.csv", shapingba_data / "relations.csv")
    pd.testing.assert_frame_equal(explicit.figures(), df)
    row = df.set_index("id").loc["bonded_import_export.level.2025"]
    assert (row["value"], row["unit"], row["comparator"], row["decimals"]) == (91.1, "亿元", "达", 1)


def test_evaluate_plan_gives_one_row_per_target(book, shapingba_data):
    # from_figures makes one target per indicator and period (two figures on one
    # make a compound target): count those pairs straight from the CSV.
    targets = {(r["indicator"], r["period"]) for r in csv_rows(shapingba_data / "figures.csv") if r["role"] == "target"}
    plan = pt.plan_from_figures(book)
    assert len(plan.targets()) == len(targets)
    df = pt.evaluate_plan(book, as_of="2025")
    assert len(df) == len(targets)
    assert set(zip(df["indicator_id"], df["deadline"])) == targets
    # The 2026 targets have not started as of 2025: pending, with where the indicator stands.
    assert (df["verdict"] == "pending").all()
    bonded = df.set_index("target_id").loc["bonded_import_export.level.2026"]
    assert bonded["conditions"] == 2  # 超120亿元 and 同比增长50%以上
    # The first condition is 超120亿元: the last actual of that measure is the 2025 level, 91.1 亿元,
    # and exceeding 120 from there takes 120 / 91.1 - 1 = 31.72 %.
    assert bonded["last_actual"] == 91.1 and bonded["last_actual_period"] == "2025"
    assert bonded["required_growth"] == pytest.approx(31.7234, abs=1e-4)
    assert bonded["required_growth_reason"] == "none"
    # Where a number is undefined the reason column says why.
    assert (df["actual"].isna() == (df["actual_reason"] != pt.DEFINED)).all()
    assert df.attrs["binding_targets_met"] in (True, False)


def test_evaluate_plan_takes_a_plan_and_options(book):
    plan = pt.plan_from_figures(book)
    a = pt.evaluate_plan(plan, "2025", among_top_cutoff=5)
    assert len(a) == len(plan.targets())
    with pytest.raises(pt.ParseError, match="four-digit year"):
        plan.evaluate("next year")


def test_audit_finds_the_bonded_compound_target(book):
    df = pt.audit(book, discover=False)
    # Every relation is checked or unresolved; the audit's own checks of single
    # figures (the whole counts a printed growth allows) come on top.
    relation_ids = set(book.relations()["id"])
    own_checks = set(df["check_id"]) - relation_ids
    assert set(df.loc[df["origin"] == "one_figure", "check_id"]) == own_checks
    assert set(df["origin"]) <= {"given", "one_figure"}
    assert df.attrs["checks"] + len(df.attrs["unresolved"]) == len(relation_ids) + len(own_checks)
    row = df.set_index("check_id").loc["compound.bonded_import_export.level.2026"]
    # Growth of 50 % on 91.1 亿元 gives 91.1 * 1.5 = 136.65 亿元, above the level target of 120:
    # the level condition can never bind.
    assert row["severity"] == "warning"
    assert row["computed"] == pytest.approx(136.65)
    assert row["published"] == 120.0 and row["unit"] == "亿元"
    assert row["code"] == "level_condition_redundant"
    assert "level condition is redundant" in row["message"]
    assert "总量条件多余" in row["message_zh"]
    assert set(row["figures"]) >= {"bonded_import_export.level.2026", "bonded_import_export.growth.2026"}


def test_a_bad_csv_raises_parse_error_with_its_location(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(
        "id,indicator,role,period,measure,comparator,value,unit\n"
        "a,a,actual,2025,level,=,1,亿元\n"
        "b,b,actual,2025,level,=,abc,亿元\n",
        encoding="utf-8",
    )
    with pytest.raises(pt.ParseError) as e:
        pt.load_figures(path)
    err = e.value
    # "b,b,actual,2025,level,=," is 24 bytes: the value starts in column 25 of line 3.
    assert (err.file, err.line, err.column) == (str(path), 3, 25)
    assert str(err).startswith(f"{path}:3:25: ")
    assert str(err) == f"{err.file}:{err.line}:{err.column}: {err.message}: '{err.text}'"
    assert err.text == "abc"
    assert isinstance(err, ValueError)


def test_every_error_is_counted_and_a_missing_file_named(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(
        "id,indicator,role,period,measure,comparator,value,unit\n"
        "a,a,actual,2025,level,=,1,斗\n"
        "b,b,actual,20x5,level,=,1,亿元\n",
        encoding="utf-8",
    )
    with pytest.raises(pt.ParseError, match=r"^.*figures\.csv:2:\d+: .*\(first of 2 errors\)") as e:
        pt.load_figures(path)
    assert e.value.line == 2
    with pytest.raises(pt.ParseError, match="cannot open file"):
        pt.load_figures(tmp_path / "nothing.csv")


def test_invalid_argument_from_cpp_is_a_value_error():
    import numpy as np

    from plantarget import _plantarget as core

    with pytest.raises(ValueError, match="completion needs a plan column"):
        core.evaluate_columns(np.ones(1), np.ones(1), np.ones(1), np.empty(0, np.uint8), 0, np.empty(0), 2)
    with pytest.raises(ValueError, match="prior has 2 rows, values has 1"):
        core.evaluate_columns(np.ones(1), np.ones(2), np.ones(1), np.empty(0, np.uint8), 0, np.empty(0), 0)


def test_figures_that_contradict_each_other_raise_parse_error_at_the_figure(tmp_path):
    # A binding share target in 亿元 was not assessable; now the reader refuses
    # it with plancheck's message, at the figure's row.
    path = tmp_path / "figures.csv"
    path.write_text(
        "id,indicator,role,period,measure,comparator,value,unit\n"
        "s,green,actual,2025,share,=,40,%\n"
        "t,green,target,2025,share,不低于,45,亿元\n",
        encoding="utf-8",
    )
    with pytest.raises(pt.ParseError) as e:
        pt.load_figures(path)
    assert (e.value.line, e.value.column) == (3, 1)
    assert e.value.message == "figure t: a share is measured in %, not in 亿元"
    # Two actuals for the same months (2025, 2025-01..2025-12) that disagree.
    with pytest.raises(pt.ParseError, match=r"f\.csv:3:1: figures a \(f\.csv:2\) and b \(f\.csv:3\) are two actuals"):
        pt.read_figures(
            "id,indicator,role,period,measure,comparator,value,unit\n"
            "a,gdp,actual,2025,level,=,5,亿元\n"
            "b,gdp,actual,2025-01..2025-12,level,=,100,亿元\n",
            figures_file="f.csv",
        )


def test_a_no_break_space_in_an_indicator_id_is_refused_at_its_column():
    with pytest.raises(pt.ParseError, match=r"f\.csv:2:6: indicator id contains a no-break space \(U\+00A0\)"):
        pt.read_figures(
            "id,indicator,role,period,measure,comparator,value,unit\na,gdp\u00a0,actual,2025,level,=,5,元\n",
            figures_file="f.csv",
        )


def test_seasonal_profile_from_last_years_months_of_the_same_book():
    # 2025's first half carried 40 of 100; by June 2026, 45 against 100 for the
    # year is ahead of a seasonal 40 (+5 points) and behind pro rata's 50 (-5).
    months_2025 = [5, 5, 5, 5, 10, 10, 10, 10, 10, 10, 10, 10]
    rows = ["id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote",
            "visits.level.2026,visits,1,游客,Visitors,target,2026,level,以上,100,人,"]
    rows += [f"visits.level.2025-{m:02d},visits,1,游客,Visitors,actual,2025-{m:02d},level,=,{v},人,"
             for m, v in enumerate(months_2025, start=1)]
    rows.append("visits.level.2026ytd,visits,1,游客,Visitors,actual,2026-01..2026-06,level,=,45,人,")
    book = pt.read_figures("\n".join(rows) + "\n")
    pro_rata = pt.evaluate_plan(book, as_of="2026-06").iloc[0]
    assert pro_rata["verdict"] == "behind_schedule"
    assert pro_rata["expected_to_date"] == pytest.approx(50.0)
    assert pro_rata["expected_from"] == "pro_rata"
    seasonal = pt.evaluate_plan(book, as_of="2026-06", seasonal_profile="last_year").iloc[0]
    assert seasonal["verdict"] == "ahead_of_schedule"
    assert seasonal["expected_to_date"] == pytest.approx(40.0)
    assert seasonal["expected_from"] == "seasonal"
    with pytest.raises(ValueError, match="last_year"):
        pt.evaluate_plan(book, as_of="2026-06", seasonal_profile="previous")


def test_about_band_of_the_run():
    # 6.3 against 增长6.5%左右: inside the default ±0.5 points, outside ±0.1.
    text = ("id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote\n"
            "industry.growth.2025,industry,1,规模以上工业增加值,Industry,target,2025,growth,左右,6.5,%,\n"
            "industry.growth.2025.a,industry,1,规模以上工业增加值,Industry,actual,2025,growth,=,6.3,%,\n")
    book = pt.read_figures(text)
    assert pt.evaluate_plan(book, as_of="2025").iloc[0]["verdict"] == "achieved"
    assert pt.evaluate_plan(book, as_of="2025", about_points=0.1).iloc[0]["verdict"] == "not_achieved"
    with pytest.raises(ValueError, match="about_points"):
        pt.evaluate_plan(book, as_of="2025", about_points=-1)


def test_progress_methods_over_a_plan():
    # Output 100, 102.5, 105, 107.5, 110 in 2021..2025 against 120 or more in 2030.
    # Open SDG: CAGR observed 1.1^(1/4) - 1 = 0.024114, required 1.2^(1/9) - 1 =
    # 0.020465, R = 1.1783: substantial progress. ESCAP: a straight line of 2.5 a
    # year projects 110 + 5 * 2.5 = 122.5 for 2030: on track.
    rows = ["id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote"]
    rows += [f"output.{y},output,1,产值,Output,actual,{y},level,=,{v},亿元," for y, v in
             zip(range(2021, 2026), ["100", "102.5", "105", "107.5", "110"])]
    rows.append("output.target.2030,output,2,产值,Output,target,2030,level,以上,120,亿元,")
    plan = pt.plan_from_figures(pt.read_figures("\n".join(rows) + "\n"))
    sdg = plan.progress("2025", "open-sdg")
    assert list(sdg["category"]) == ["substantial_progress"]
    assert sdg["ratio"][0] == pytest.approx((1.1 ** 0.25 - 1) / (1.2 ** (1 / 9) - 1))
    assert (sdg["first_year"][0], sdg["latest_year"][0], sdg["target_year"][0]) == (2021, 2025, 2030)
    escap = plan.progress("2025", "escap")
    assert list(escap["category"]) == ["on_track"]
    assert escap["projected"][0] == pytest.approx(122.5)
    with pytest.raises(ValueError, match="open-sdg"):
        plan.progress("2025", "sdg")


def test_the_audit_discovers_relations_and_says_which_it_discovered(shapingba_data):
    # The figures alone, without relations.csv: discovery finds what an
    # auditor checks, and each finding says where its relation came from.
    figures_only = pt.load_figures(shapingba_data / "figures.csv")
    assert len(figures_only.relations()) == 0
    df = pt.audit(figures_only).set_index("check_id")
    row = df.loc["completion.high_tech_enterprises_new.completion.2025"]
    assert row["origin"] == "discovered"
    assert row["severity"] == "warning" and row["code"] == "implausible_completion"
    assert row["computed"] == pytest.approx(90 / 15.0)
    assert set(df["origin"]) <= {"discovered", "one_figure"}
    assert len(pt.audit(figures_only, discover=False).query("origin != 'one_figure'")) == 0
    # Given relations keep their origin, and discovery adds only other checks.
    with_table = pt.load_figures(shapingba_data / "figures.csv", shapingba_data / "relations.csv")
    both, given_only = pt.audit(with_table), pt.audit(with_table, discover=False)
    assert set(both["origin"]) <= {"given", "discovered", "one_figure"}
    assert len(both[both["origin"] == "given"]) == len(given_only[given_only["origin"] == "given"]) > 0
    # The hand-written table already checks what discovery finds but the
    # lists (A、B、C等N个), which all hold: more checks, no more findings.
    assert both.attrs["checks"] > given_only.attrs["checks"]
    with pytest.raises(ValueError, match="discover must be True or False"):
        pt.audit(figures_only, discover="yes")
