#!/usr/bin/env python3
"""Scores the report extractor (plancheck extract) against hand-made figure books.

  score.py shapingba --plancheck PATH [--report TXT --gold CSV]
      one to one by position (the extracted value's byte offset inside the
      gold quote), value, unit (scale included), period and role; and the
      indicator links (each gold 2026 target whose indicator has a 2025
      actual: the extracted target and actual share an indicator id).
  score.py gwr --plancheck PATH --year 2010 [--corpus DIR --gold-dir DIR]
      one to one by line and value against tests/corpus/gold/gwr-YEAR.csv
      (a range figure, "6.5..7", matches a gold row for each of its ends).
  score.py targets --plancheck PATH [--corpus DIR --gold CSV]
      the main targets of 2008-2016 (tests/corpus/gold/targets_2008_2016.csv):
      each gold target extracted from gwr-Y on its line (role target, period
      Y, the indicator's measure, comparator and value as written, unit),
      each gold result from gwr-(Y+1) on its line (role actual, period Y,
      value), and one indicator id per indicator across all the books.
      Every miss is listed; exits 1 on any.
  score.py relations --plancheck PATH [--min-share PCT]
      issue 17: the share of examples/shapingba/data/relations.csv that
      discovery proposes on the book extracted from report.txt (through the
      one-to-one match above), and of their audit findings; lists the
      relations not found again and why (a figure not extracted, or not
      proposed); exits 1 below --min-share.

Prints recall, precision and the misses and extras; exits 1 below the
thresholds, 0 at or above them, 77 (skipped) where the GWR corpus is missing.
Python 3 standard library only. No corpus text is written anywhere but the
terminal.
"""
import argparse
import csv
import io
import json
import os
import re
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


def range_ends(value):
    """The values a figure's value cell states: one, or the two ends of a range ("6.5..7")."""
    return value.split("..", 1) if ".." in (value or "") else [value]


def percent(n, d):
    return 100.0 * n / d if d else 100.0


def show(label, rows, fmt):
    print(f"{label} ({len(rows)}):")
    for r in rows:
        print("  " + fmt(r))


def match_shapingba(args):
    """The hand-made Shapingba book and the extracted one, matched one to one by
    position, value, unit, period and role: (report, gold, got, matched gold
    id -> extracted row, misses, extras)."""
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
    return report, gold, got, matched, misses, extras


def score_shapingba(args):
    report, gold, got, matched, misses, extras = match_shapingba(args)
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

    # A range the extractor gives as one figure ("6.5..7") is two gold rows,
    # its low and its high end: each end matches once.
    used = set()  # (extracted row, end)
    matched = []
    misses = []
    for g in gold:
        hit = None
        for i, e in enumerate(got):
            if e["line"] != int(g["line"]):
                continue
            for end, value in enumerate(range_ends(e["value"])):
                if (i, end) not in used and same_value(value, g["value"]):
                    hit = (i, end)
                    break
            if hit is not None:
                break
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            matched.append((g, got[hit[0]]))
    used_rows = {i for i, _ in used}
    extras = [e for i, e in enumerate(got) if i not in used_rows]
    # Lines and values only: no corpus text is printed but the extracted quote.
    show("misses", misses, lambda g: f"line {g['line']}: {g['value']} {g['unit']} {g['period']} {g['role']} {g['measure']} ({g['indicator']})")
    show("extras", extras, lambda e: f"line {e['line']}: {e['value']} {e['unit']} {e['period']} {e['role']} {e['measure']}")
    agree = {k: sum(1 for g, e in matched if g[k] == e[k]) for k in ("unit", "period", "role", "measure")}
    # Precision over the values extracted: a range states two, as the gold counts them.
    values = sum(len(range_ends(e["value"])) for e in got)
    recall = percent(len(matched), len(gold))
    precision = percent(len(used), values)
    print(f"gwr-{args.year}: gold {len(gold)}, extracted {len(got)}, matched {len(matched)} by line and value")
    if matched:
        print("of the matched, agreeing: " + ", ".join(f"{k} {percent(v, len(matched)):.1f} %" for k, v in agree.items()))
    print(f"recall {recall:.1f} % (min {args.min_recall}), precision {precision:.1f} % (min {args.min_precision})")
    ok = recall >= args.min_recall and precision >= args.min_precision
    print("PASS" if ok else "FAIL: below the thresholds of issue 16")
    return 0 if ok else 1


# The measure each main indicator of the targets gold is stated in.
MAIN_MEASURES = {
    "gdp_growth": "growth",
    "cpi": "growth",
    "urban_jobs_new": "level",
    "urban_unemployment_registered": "share",
}


def score_targets(args):
    corpus = args.corpus or os.path.join(os.path.dirname(ROOT), "shared", "corpus", "gwr")
    gold_path = args.gold or os.path.join(ROOT, "tests/corpus/gold/targets_2008_2016.csv")
    with open(gold_path, encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    years = sorted({int(g["year"]) for g in gold} | {int(g["year"]) + 1 for g in gold})
    reports = {y: os.path.join(corpus, f"gwr-{y}.zh.txt") for y in years}
    missing = [r for r in reports.values() if not os.path.exists(r)]
    if missing:
        print(f"SKIPPED: corpus not found at {missing[0]}")
        return SKIP
    books = {}
    for y, report in reports.items():
        text = open(report, "rb").read()
        starts = [0] + [i + 1 for i, b in enumerate(text) if b == 0x0A]
        rows = extract(args.plancheck, report)
        import bisect
        for e in rows:
            e["line"] = bisect.bisect_right(starts, e["offset"])
        books[y] = rows

    def find(year, line, want):
        """The extracted row of gwr-year on line agreeing with want, else the rows on the line."""
        on_line = [e for e in books[year] if e["line"] == line]
        for e in on_line:
            if all(same_value(e[k], v) if k == "value" else e[k] == v for k, v in want.items()):
                return e, on_line
        return None, on_line

    def describe(rows):
        return "; ".join(f"{e['indicator']} {e['role']} {e['period']} {e['measure']} {e['comparator']}{e['value']} {e['unit']}"
                         for e in rows) or "nothing extracted on the line"

    misses = []
    ids = {}  # gold indicator -> {extracted indicator id: [where]}
    checked = 0
    for g in gold:
        y, ind = int(g["year"]), g["indicator"]
        measure = MAIN_MEASURES[ind]
        checked += 1
        want = {"role": "target", "period": str(y), "measure": measure, "comparator": g["target_comparator"],
                "value": g["target_value"], "unit": g["target_unit"]}
        hit, near = find(y, int(g["target_line"]), want)
        where = f"gwr-{y}:{g['target_line']}"
        if hit is None:
            misses.append(f"{y} {ind} target {g['target_comparator']}{g['target_value']} {g['target_unit']} at {where}: "
                          f"extracted {describe(near)}")
        else:
            ids.setdefault(ind, {}).setdefault(hit["indicator"], []).append(where)
        if not g["result_line"]:
            continue
        checked += 1
        want = {"role": "actual", "period": str(y), "measure": measure, "value": g["result_value"]}
        hit, near = find(y + 1, int(g["result_line"]), want)
        where = f"gwr-{y + 1}:{g['result_line']}"
        if hit is None:
            misses.append(f"{y} {ind} result {g['result_value']} at {where}: extracted {describe(near)}")
        else:
            ids.setdefault(ind, {}).setdefault(hit["indicator"], []).append(where)

    split = {ind: found for ind, found in ids.items() if len(found) > 1}
    owners = {}
    for ind, found in ids.items():
        for i in found:
            owners.setdefault(i, set()).add(ind)
    shared = {i: inds for i, inds in owners.items() if len(inds) > 1}
    show("misses", misses, lambda m: m)
    show("indicators with more than one id", sorted(split.items()),
         lambda kv: kv[0] + ": " + "; ".join(f"{i} ({', '.join(w)})" for i, w in sorted(kv[1].items())))
    show("ids shared by indicators", sorted(shared.items()), lambda kv: f"{kv[0]}: {', '.join(sorted(kv[1]))}")
    found = checked - len(misses)
    print(f"main targets and results: {found}/{checked} found; indicator ids: "
          + ", ".join(f"{ind} {'/'.join(sorted(f))}" for ind, f in sorted(ids.items())))
    ok = not misses and not split and not shared
    print("PASS" if ok else "FAIL: a main target, result or indicator link is missed")
    return 0 if ok else 1


def plancheck_json(plancheck, arguments):
    """plancheck's JSON report for `arguments` (exit 0 or 1: a report either way)."""
    run = subprocess.run([plancheck, "--format", "json", *arguments], capture_output=True)
    if run.returncode not in (0, 1, 3):
        sys.exit(f"plancheck {' '.join(arguments)} failed ({run.returncode}): {run.stderr.decode('utf-8', 'replace')}")
    return json.loads(run.stdout.decode("utf-8"))


def relations_of(plancheck, arguments):
    """The relations plancheck proposes (plancheck relations), as (kind, figure ids) pairs."""
    run = subprocess.run([plancheck, "relations", *arguments], capture_output=True)
    if run.returncode != 0:
        sys.exit(f"plancheck relations failed ({run.returncode}): {run.stderr.decode('utf-8', 'replace')}")
    return [(r["kind"], relation_figures(r)) for r in csv.DictReader(io.StringIO(run.stdout.decode("utf-8")))]


def relation_figures(row):
    """The figure ids a relations row names: its result and the operands of its expression."""
    ids = {row["result"]}
    for token in re.split(r"[+\-*/(),\s]+", row["operands"]):
        if token:
            ids.add(token)
    return frozenset(ids)


def score_relations(args):
    """How much of the audit the hand-written relations give is found again on the
    book extracted from the report's text, by discovery alone (issue 17): each
    hand-written relation, and each of its findings, mapped to the extracted
    figures through the one-to-one match of score_shapingba."""
    report, gold, got, matched, _, _ = match_shapingba(args)
    data = os.path.dirname(args.gold or os.path.join(ROOT, "examples/shapingba/data/figures.csv"))
    gold_figures, gold_relations = os.path.join(data, "figures.csv"), os.path.join(data, "relations.csv")
    to_extracted = {g: e["id"] for g, e in matched.items()}
    figure_ids = {g["id"] for g in gold}

    with open(gold_relations, encoding="utf-8") as f:
        hand = [(r["id"], r["kind"], relation_figures(r) & figure_ids) for r in csv.DictReader(f)]
    proposed = relations_of(args.plancheck, [report])
    found, unextracted, missed = [], [], []
    for rid, kind, figures in hand:
        if not figures <= to_extracted.keys():
            unextracted.append((rid, sorted(figures - to_extracted.keys())))
            continue
        mapped = frozenset(to_extracted[g] for g in figures)
        (found if (kind, mapped) in proposed else missed).append(rid)

    def findings(report_json, mapping=None):
        out = set()
        for f in (report_json.get("audit") or {}).get("findings", []):
            ids = f["figures"] if mapping is None else [mapping.get(i) for i in f["figures"]]
            if None not in ids:
                out.add((f["code"], frozenset(ids)))
        return out

    hand_findings = findings(plancheck_json(args.plancheck, ["--no-discover", "--relations", gold_relations, gold_figures]))
    from_text = findings(plancheck_json(args.plancheck, [report]))
    # The hand-written findings in the extracted figures' ids; those naming a figure not extracted stay apart.
    reachable = {(code, frozenset(to_extracted[i] for i in ids)) for code, ids in hand_findings if ids <= to_extracted.keys()}
    again = reachable & from_text

    show("hand-written relations whose figures were not all extracted", unextracted, lambda u: f"{u[0]}: {', '.join(u[1])}")
    show("hand-written relations not proposed on the extracted book", missed, lambda m: m)
    share = percent(len(found), len(hand))
    finding_share = percent(len(again), len(hand_findings))
    print(f"relations: {len(found)}/{len(hand)} hand-written relations proposed on the extracted book = {share:.1f} % "
          f"(min {args.min_share}); {len(unextracted)} name a figure not extracted, {len(missed)} not proposed")
    print(f"findings: {len(again)}/{len(hand_findings)} of the hand-written relations' findings found again from the "
          f"text alone = {finding_share:.1f} %; {len(hand_findings) - len(reachable)} name a figure not extracted")
    ok = share >= args.min_share
    print("PASS" if ok else "FAIL: fewer relations found again than before")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("book", choices=["shapingba", "gwr", "targets", "relations"])
    ap.add_argument("--plancheck", required=True)
    ap.add_argument("--report")
    ap.add_argument("--gold")
    ap.add_argument("--year", type=int)
    ap.add_argument("--corpus")
    ap.add_argument("--gold-dir")
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-links", type=float, default=90.0)
    ap.add_argument("--min-share", type=float, default=0.0)
    args = ap.parse_args()
    if args.book == "relations":
        return score_relations(args)
    if args.book == "shapingba":
        args.min_recall = 95.0 if args.min_recall is None else args.min_recall
        args.min_precision = 95.0 if args.min_precision is None else args.min_precision
        return score_shapingba(args)
    if args.book == "targets":
        return score_targets(args)
    if args.year is None:
        ap.error("gwr needs --year")
    args.min_recall = 90.0 if args.min_recall is None else args.min_recall
    args.min_precision = 90.0 if args.min_precision is None else args.min_precision
    return score_gwr(args)


if __name__ == "__main__":
    sys.exit(main())
