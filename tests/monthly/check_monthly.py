#!/usr/bin/env python3
"""examples/monthly through plancheck as of 2026-06: every verdict and number
against the values worked by hand below (the arithmetic is written out; nothing
here calls plantarget). Usage: check_monthly.py PLANCHECK"""
import json
import math
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
BOOK = ROOT / "examples/monthly/data/figures.csv"

# Fixed-asset investment: a flow. Months 20+22+25+26+28+30 = 151 = the 1-6月 total.
# Expected by June, pro rata: 300 * 6/12 = 150; gap (151/300 - 1/2) * 100 = +0.33
# points of the plan, within the 1-point band: on schedule; heading for 151 * 2 = 302.
investment_gap = (151 / 300 - 6 / 12) * 100
# Unemployment, tested at every month against 5.5 % (以内, binding): March's 5.7
# misses by 0.2 points, so in the year it is behind schedule.
# PM2.5, tested on the mean of the months: (46+40+33+27+23+19)/6 = 31.33 > 30.
pm25_mean = (46 + 40 + 33 + 27 + 23 + 19) / 6
# GDP 2021..2025, 年均增长6%以上 from the base year 2020: (1340/1000)^(1/5) - 1 = 6.03 %,
# compared at one decimal (6.0 against 6): met with nothing to spare, achieved.
gdp_average = (math.pow(1340 / 1000, 1 / 5) - 1) * 100
EXPECTED = {
    "fixed_investment.level.2026": {"verdict": "on_schedule", "actual": 151, "expected_to_date": 150,
                                    "schedule_gap": investment_gap, "projected": 302},
    # 1-6月 growth 6.3 against 6%左右 (±0.5 by default): inside the band; a rate has no pro rata.
    "industrial_value_added.growth.2026": {"verdict": "on_schedule", "actual": 6.3},
    # 1-6月 growth 3.8 against 5%以上: 1.2 points short, beyond the 1-point band.
    "retail_sales.growth.2026": {"verdict": "behind_schedule", "actual": 3.8, "schedule_gap": 3.8 - 5},
    # May is missing and no 1-5月 or 1-6月 total covers it: the half-year total is unknown.
    "urban_jobs_new.level.2026": {"verdict": "not_assessable", "reason": "gap"},
    "unemployment.level.2026": {"verdict": "behind_schedule", "actual": 5.7, "actual_period": "2026-03",
                                "margin": 5.5 - 5.7},
    "pm25.level.2026": {"verdict": "behind_schedule", "actual": pm25_mean, "margin": 30 - pm25_mean},
    "gdp.average_growth.2021-2025": {"verdict": "achieved", "actual": gdp_average},
    # 到2025年达到45%: 45.2 in 2025, 0.2 points to spare.
    "forest_coverage.level.2021-2025": {"verdict": "exceeded", "actual": 45.2, "margin": 45.2 - 45},
}


def main():
    plancheck = sys.argv[1]
    p = subprocess.run([plancheck, "--as-of", "2026-06", "--format", "json", str(BOOK)],
                       capture_output=True, text=True)
    # Two binding ceilings (unemployment, PM2.5) are behind schedule: exit 1.
    failures = []
    if p.returncode != 1:
        failures.append(f"exit status {p.returncode}, expected 1 (binding targets behind)\n{p.stderr}")
    doc = json.loads(p.stdout) if p.stdout.strip() else {"assessments": []}
    by_id = {a["id"]: a for a in doc["assessments"]}
    for target, want in EXPECTED.items():
        got = by_id.get(target)
        if got is None:
            failures.append(f"{target}: no assessment")
            continue
        for field, value in want.items():
            have = got.get(field)
            if isinstance(value, float) or isinstance(value, int) and field != "verdict":
                ok = isinstance(have, (int, float)) and abs(have - value) <= 1e-9 * max(1.0, abs(value))
            else:
                ok = have == value
            if not ok:
                failures.append(f"{target}: {field} is {have!r}, worked by hand {value!r}")
    if len(by_id) != len(EXPECTED):
        failures.append(f"{len(by_id)} assessments, expected {len(EXPECTED)}: {sorted(by_id)}")
    for f in failures:
        print(f)
    print(f"examples/monthly: {len(EXPECTED)} targets checked, {len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
