#!/usr/bin/env python3
"""Scores the report extractor (plancheck extract) against hand-made figure books.

  score.py shapingba --plancheck PATH [--report TXT --gold CSV]
      one to one by position (the extracted value's byte offset inside the
      gold quote), value, unit (scale included), period and role; and the
      indicator links (each gold 2026 target whose indicator has a 2025
      actual: the extracted target and actual share an indicator id).
  score.py gwr --plancheck PATH --year 2010 [--corpus DIR --gold-dir DIR]
      one to one by line and value against tests/corpus/gold/gwr-YEAR.csv.

Prints recall, precision and the misses and extras; exits 1 below the
thresholds, 0 at or above them, 77 (skipped) where the GWR corpus is missing.
Python 3 standard library only. No corpus text is written anywhere but the
terminal.
"""
import argparse
import csv
import io
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SKIP = 77


def extract(plancheck, report):
    """The extracted figures of a report, as dicts, with an int 'offset'."""
    run = subprocess.run([plancheck, "extract", report, "--format", "csv"], capture_output=True)
    if run.returncode != 0:
        sys.exit(f"plancheck extract {report} failed ({run.returncode}): {run.stderr.decode('utf-8', 'replace')}")
    rows = list(csv.DictReader(io.StringIO(run.stdout.decode("utf-8"))))
    for r in rows:
        r["offset"] = int(r["offset"])
    return rows


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def same_value(a, b):
    x, y = number(a), number(b)
    if x is None or y is None:
        return (a or "") == (b or "")
    return abs(x - y) <= 1e-9 * max(1.0, abs(x))


def percent(n, d):
    return 100.0 * n / d if d else 100.0


def show(label, rows, fmt):
    print(f"{label} ({len(rows)}):")
    for r in rows:
        print("  " + fmt(r))


def score_shapingba(args):
    report = args.report or os.path.join(ROOT, "examples/shapingba/data/report.txt")
    gold_path = args.gold or os.path.join(ROOT, "examples/shapingba/data/figures.csv")
    text = open(report, "rb").read()
    with open(gold_path, encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    # Each gold quote in the text, searched from the previous one's start: rows
    # are in text order, and a quote may stand twice (in the review and the plan).
    cursor = 0
    for g in gold:
        q = g["quote"].encode("utf-8")
        at = text.find(q, cursor)
        if at < 0:
            at = text.find(q)
        if at < 0:
            sys.exit(f"gold quote of {g['id']} not found in the report")
        g["start"], g["end"] = at, at + len(q)
        cursor = at
    got = extract(args.plancheck, report)

    used = set()
    matched = {}  # gold id -> extracted row
    misses = []
    for g in gold:
        near = None
        for i, e in enumerate(got):
            if i in used or not (g["start"] <= e["offset"] < g["end"]) or not same_value(e["value"], g["value"]):
                continue
            wrong = [k for k in ("unit", "period", "role") if e[k] != g[k]]
            if not wrong:
                used.add(i)
                matched[g["id"]] = e
                near = None
                break
            if near is None:
                near = (e, wrong)
        if g["id"] not in matched:
            misses.append((g, near))
    extras = [e for i, e in enumerate(got) if i not in used]

    recall = percent(len(matched), len(gold))
    precision = percent(len(matched), len(got))
    show("misses", misses, lambda m: f"{m[0]['id']}: {m[0]['value']} {m[0]['unit']} {m[0]['period']} {m[0]['role']} «{m[0]['quote']}»"
         + (f"  (extracted {', '.join(k + '=' + m[1][0][k] for k in m[1][1])})" if m[1] else ""))
    show("extras", extras, lambda e: f"{e['id']}: {e['value']} {e['unit']} {e['period']} {e['role']} «{e['quote']}»")

    # Indicator links: gold 2026 targets whose indicator has 2025 actuals.
    actual_ids = {}
    for g in gold:
        if g["role"] == "actual":
            actual_ids.setdefault(g["indicator"], []).append(g["id"])
    pairs, linked, broken = 0, 0, []
    for g in gold:
        if g["role"] != "target" or g["indicator"] not in actual_ids:
            continue
        pairs += 1
        t = matched.get(g["id"])
        actual_indicators = {matched[a]["indicator"] for a in actual_ids[g["indicator"]] if a in matched}
        if t is not None and t["indicator"] in actual_indicators:
            linked += 1
        else:
            broken.append((g, t, actual_indicators))
    show("broken links", broken, lambda b: f"{b[0]['id']}: target {b[1]['indicator'] if b[1] else '(not extracted)'}"
         f" vs actual {', '.join(sorted(b[2])) or '(not extracted)'}")
    links = percent(linked, pairs)

    print(f"shapingba: gold {len(gold)}, extracted {len(got)}, matched {len(matched)}")
    print(f"recall {recall:.1f} % (min {args.min_recall}), precision {precision:.1f} % (min {args.min_precision}), "
          f"indicator links {linked}/{pairs} = {links:.1f} % (min {args.min_links})")
    ok = recall >= args.min_recall and precision >= args.min_precision and links >= args.min_links
    print("PASS" if ok else "FAIL: below the thresholds of issue 16")
    return 0 if ok else 1


def score_gwr(args):
    corpus = args.corpus or os.path.join(os.path.dirname(ROOT), "shared", "corpus", "gwr")
    report = os.path.join(corpus, f"gwr-{args.year}.zh.txt")
    if not os.path.exists(report):
        print(f"SKIPPED: corpus not found at {report}")
        return SKIP
    gold_path = os.path.join(args.gold_dir or os.path.join(ROOT, "tests/corpus/gold"), f"gwr-{args.year}.csv")
    with open(gold_path, encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    text = open(report, "rb").read()
    got = extract(args.plancheck, report)
    starts = [0] + [i + 1 for i, b in enumerate(text) if b == 0x0A]
    import bisect
    for e in got:
        e["line"] = bisect.bisect_right(starts, e["offset"])

    used = set()
    matched = []
    misses = []
    for g in gold:
        hit = None
        for i, e in enumerate(got):
            if i not in used and e["line"] == int(g["line"]) and same_value(e["value"], g["value"]):
                hit = i
                break
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            matched.append((g, got[hit]))
    extras = [e for i, e in enumerate(got) if i not in used]
    # Lines and values only: no corpus text is printed but the extracted quote.
    show("misses", misses, lambda g: f"line {g['line']}: {g['value']} {g['unit']} {g['period']} {g['role']} {g['measure']} ({g['indicator']})")
    show("extras", extras, lambda e: f"line {e['line']}: {e['value']} {e['unit']} {e['period']} {e['role']} {e['measure']}")
    agree = {k: sum(1 for g, e in matched if g[k] == e[k]) for k in ("unit", "period", "role", "measure")}
    recall = percent(len(matched), len(gold))
    precision = percent(len(matched), len(got))
    print(f"gwr-{args.year}: gold {len(gold)}, extracted {len(got)}, matched {len(matched)} by line and value")
    if matched:
        print("of the matched, agreeing: " + ", ".join(f"{k} {percent(v, len(matched)):.1f} %" for k, v in agree.items()))
    print(f"recall {recall:.1f} % (min {args.min_recall}), precision {precision:.1f} % (min {args.min_precision})")
    ok = recall >= args.min_recall and precision >= args.min_precision
    print("PASS" if ok else "FAIL: below the thresholds of issue 16")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("book", choices=["shapingba", "gwr"])
    ap.add_argument("--plancheck", required=True)
    ap.add_argument("--report")
    ap.add_argument("--gold")
    ap.add_argument("--year", type=int)
    ap.add_argument("--corpus")
    ap.add_argument("--gold-dir")
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-links", type=float, default=90.0)
    args = ap.parse_args()
    if args.book == "shapingba":
        args.min_recall = 95.0 if args.min_recall is None else args.min_recall
        args.min_precision = 95.0 if args.min_precision is None else args.min_precision
        return score_shapingba(args)
    if args.year is None:
        ap.error("gwr needs --year")
    args.min_recall = 90.0 if args.min_recall is None else args.min_recall
    args.min_precision = 90.0 if args.min_precision is None else args.min_precision
    return score_gwr(args)


if __name__ == "__main__":
    sys.exit(main())
