#!/usr/bin/env python3
"""A city's monitoring, generated small (benchmarks/generate_city.py), through
plancheck with the audit on and --timings: every count and actual of the JSON
report is computed here from the generated file itself, and the verdicts do
not change when the rows are shuffled.

Usage: check_city.py PLANCHECK [--districts N] [--indicators N]"""
import argparse
import csv
import json
import math
import pathlib
import random
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "benchmarks/generate_city.py"
STAGES = ["read", "discover", "plan", "evaluate", "audit", "digest", "render+write", "total"]


def generate(path, districts, indicators, seed=15):
    subprocess.run([sys.executable, str(GENERATOR), "--districts", str(districts), "--indicators", str(indicators),
                    "--seed", str(seed), "--output", str(path)], check=True, capture_output=True)
    return path.read_bytes()


def run(plancheck, figures, out):
    p = subprocess.run([plancheck, "--as-of", "2026-12", "--format", "json", "--output", str(out), "--timings",
                        "--unassessable-ok", str(figures)], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"plancheck exited with {p.returncode}:\n{p.stderr}")
    return json.loads(out.read_text(encoding="utf-8")), p.stderr


def expected_from(rows):
    """Each target's actual as its indicator's nature reads the months: a flow's
    sum, a stock's or rate's latest month, a growth's year to date."""
    months = {}
    targets = {}
    for r in rows:
        if r["role"] == "target":
            targets[r["id"]] = r
        else:
            months.setdefault(r["indicator"], []).append(r)
    actual = {}
    for tid, t in targets.items():
        ms = sorted(months[t["indicator"]], key=lambda r: r["id"])  # ids end in the month: 01..12
        if t["measure"] == "growth" or t["nature"] != "flow":
            actual[tid] = float(ms[-1]["value"])
        else:
            actual[tid] = sum(float(r["value"]) for r in ms)
    return targets, actual


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plancheck")
    ap.add_argument("--districts", type=int, default=3)
    ap.add_argument("--indicators", type=int, default=40)
    args = ap.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        figures = tmp / "city.csv"
        text = generate(figures, args.districts, args.indicators)
        if generate(tmp / "again.csv", args.districts, args.indicators) != text:
            failures.append("the generator is not deterministic: two runs with one seed differ")
        if generate(tmp / "other.csv", args.districts, args.indicators, seed=16) == text:
            failures.append("another seed gives the same file")
        with open(figures, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        want_rows = args.districts * args.indicators * 13
        if len(rows) != want_rows:
            failures.append(f"{len(rows)} rows generated, expected {want_rows}")
        targets, actual = expected_from(rows)
        indicators = {r["indicator"] for r in rows}

        doc, stderr = run(args.plancheck, figures, tmp / "out.json")
        if doc["summary"]["assessments"] != len(targets):
            failures.append(f"{doc['summary']['assessments']} assessments, the file has {len(targets)} targets")
        if len(doc["indicators"]) != len(indicators):
            failures.append(f"{len(doc['indicators'])} indicators, the file has {len(indicators)}")
        seen = set()
        for a in doc["assessments"]:
            seen.add(a["id"])
            want = actual.get(a["id"])
            if want is None:
                failures.append(f"{a['id']}: not a target of the file")
            elif a["actual"] is None or not math.isclose(a["actual"], want, rel_tol=1e-9, abs_tol=1e-9):
                failures.append(f"{a['id']}: actual {a['actual']}, the file's months give {want}")
            if a["actual_period"] not in ("2026-12", "2026-01..2026-12", "2026"):
                failures.append(f"{a['id']}: actual of {a['actual_period']}, not of the year to December")
        if seen != set(targets):
            failures.append(f"{len(set(targets) - seen)} targets without an assessment")
        if sum(doc["summary"]["by_verdict"].values()) != len(targets):
            failures.append("the verdict counts do not add up to the targets")
        if doc["audit"] is None or doc["audit"]["checks"] < 1:
            failures.append("no audit in the report")
        for stage in STAGES:
            if not any(line.startswith(f"plancheck: timing: {stage} ") for line in stderr.splitlines()):
                failures.append(f"--timings printed no line for {stage}:\n{stderr}")

        # The same rows in another order: the same verdicts and actuals.
        header, *body = text.decode("utf-8").splitlines(keepends=True)
        random.Random(1).shuffle(body)
        shuffled = tmp / "shuffled.csv"
        shuffled.write_text(header + "".join(body), encoding="utf-8")
        again, _ = run(args.plancheck, shuffled, tmp / "shuffled.json")
        verdicts = {a["id"]: (a["verdict"], a["actual"]) for a in doc["assessments"]}
        if {a["id"]: (a["verdict"], a["actual"]) for a in again["assessments"]} != verdicts:
            failures.append("the verdicts change with the order of the rows")
        if again["summary"] != doc["summary"]:
            failures.append("the summary changes with the order of the rows")

    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print(f"city: {len(rows)} rows, {len(targets)} targets, {len(indicators)} indicators: as computed from the file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
