#!/usr/bin/env python3
"""Plans across years on the Government Work Reports 2008-2017: plancheck is
given the ten report texts alone (each through the extractor), links them as
books over years and judges each year's targets against the next report's
results. The verdicts must be those of the hand-checked table
tests/corpus/gold/targets_2008_2016.csv, and no target may appear for a year
whose report sets none (2009).

    check_history.py --plancheck PATH [--corpus DIR] [--docs FILE]

Prints the verdicts by year of the four main indicators. With --docs, the
table between the markers <!-- history-table --> and <!-- /history-table -->
in FILE must be that table. Exits 0 when all agree, 1 when any differs, 77
(skipped, said on the terminal) where the corpus is missing. Python 3
standard library only; no corpus text is written anywhere but the terminal.
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(HERE, "gold", "targets_2008_2016.csv")
SKIP = 77
YEARS = range(2008, 2018)
INDICATORS = ["gdp_growth", "cpi", "urban_jobs_new", "urban_unemployment_registered"]
SHORT = {"achieved": "achieved", "exceeded": "exceeded", "not_achieved": "not achieved", "not_assessable": "n/a"}


def run(cmd):
    r = subprocess.run(cmd, capture_output=True)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8", "replace")


def same_number(a, b):
    try:
        return abs(float(a) - float(b)) < 1e-9
    except ValueError:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--plancheck", required=True)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "gwr"))
    ap.add_argument("--docs")
    args = ap.parse_args()
    texts = [os.path.join(args.corpus, f"gwr-{y}.zh.txt") for y in YEARS]
    missing = [t for t in texts if not os.path.isfile(t)]
    if missing:
        print(f"check_history: SKIPPED: the corpus is not here ({missing[0]} missing)")
        return SKIP

    rc, out, err = run([args.plancheck, *texts, "--no-audit", "--format", "json"])
    if rc not in (0, 1, 3):
        sys.exit(f"plancheck on the ten reports failed ({rc}):\n{err}")
    over = json.loads(out)["over_years"]
    if over is None:
        sys.exit("plancheck did not read the reports as books over years")
    point_of = {}  # target id -> (indicator history, point)
    for h in over["history"]:
        for p in h["points"]:
            if p["target_id"]:
                point_of[p["target_id"]] = (h, p)

    extracted = {}
    for y in YEARS:
        rc, out, err = run([args.plancheck, "extract", texts[y - 2008], "--format", "csv"])
        if rc != 0:
            sys.exit(f"plancheck extract gwr-{y} failed ({rc}):\n{err}")
        extracted[y] = list(csv.DictReader(io.StringIO(out)))

    gold = list(csv.DictReader(open(GOLD, encoding="utf-8")))
    problems, verdicts, histories = [], {}, {}
    for g in gold:
        y, ind = int(g["year"]), g["indicator"]
        book = os.path.basename(texts[y - 2008])
        low = g["target_value"].split("..")[0]
        ids = [r["id"] for r in extracted[y]
               if r["role"] == "target" and r["line"] == g["target_line"] and same_number(r["value"].split("..")[0], low)
               and r["period"] == str(y)]
        found = [point_of[i] for cand in ids for i in (cand, f"{cand}@{book}") if i in point_of]
        if not found:
            problems.append(f"{y} {ind}: no target judged from gwr-{y} line {g['target_line']} "
                            f"(extracted target ids there: {ids or 'none'})")
            verdicts[(ind, y)] = "missing"
            continue
        h, p = found[0]
        histories.setdefault(ind, h)
        verdicts[(ind, y)] = p["verdict"]
        if p["verdict"] != g["verdict"]:
            problems.append(f"{y} {ind}: verdict {p['verdict']}, the hand-checked table says {g['verdict']} "
                            f"(actual {p['actual']}, band {p['low']}..{p['high']})")

    # None invented: the indicators' histories hold no target for a year the gold has none.
    for ind, h in histories.items():
        gold_years = {int(g["year"]) for g in gold if g["indicator"] == ind}
        for p in h["points"]:
            year = int(p["period"][:4]) if p["period"][:4].isdigit() else 0
            if len(p["period"]) == 4 and 2008 <= year <= 2016 and year not in gold_years:
                problems.append(f"{year} {ind}: a target judged that no report set ({p['target_id']})")

    header = "| indicator | " + " | ".join(str(y) for y in range(2008, 2017)) + " |"
    lines = [header, "|---" * 10 + "|"]
    for ind in INDICATORS:
        cells = [SHORT.get(verdicts.get((ind, y), "—"), verdicts.get((ind, y), "—")) for y in range(2008, 2017)]
        lines.append(f"| {ind} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)

    if args.docs:
        text = open(args.docs, encoding="utf-8").read()
        start, end = "<!-- history-table -->\n", "<!-- /history-table -->"
        if start not in text or end not in text:
            problems.append(f"{args.docs}: no {start.strip()} ... {end} markers")
        else:
            shown = text.split(start, 1)[1].split(end, 1)[0].strip()
            if shown != table:
                problems.append(f"{args.docs}: the table of verdicts by year differs from what plancheck gives:\n{table}")

    for p in problems:
        print(p)
    judged = sum(1 for v in verdicts.values() if v != "missing")
    print(f"check_history: {judged} of {len(gold)} hand-checked targets judged, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
