#!/usr/bin/env python3
"""Checks one part of a plantarget HTML report in the DOM Chromium built from it.

    check_report_parts.py PART DOM_FILE FIGURES_CSV REPORT_JSON

PART is one of:
  results       every actual figure of FIGURES_CSV shows in its section's
                results table: one row (tr.result) per section, indicator and
                period, and no other rows;
  titles        every section the CSV titles (the last title of a
                section_title cell is the section's own) has that title in its
                heading, and the parents' titles stand above it (p.crumbs);
  first-screen  the "what stands out" section comes before the summary and the
                sections, with its three lists, each with as many items as
                plancheck's JSON report of the same input has: targets missed
                or behind, audit findings of targets below the last actual,
                the other audit errors and warnings.

The expectations come from the CSV and the JSON report, not from the HTML
renderer, so a page that drops a part fails.
"""
import csv
import json
import sys
from html.parser import HTMLParser

SHOWN = 12  # items a first-screen list shows before "… more"
TITLE_MARK = "›"


def section_anchor(number):
    safe = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-")
    out = "s-"
    for b in number.encode("utf-8"):
        c = chr(b)
        out += c if c in safe else "_%02X" % b
    return out


class Dom(HTMLParser):
    """Collects what the checks need, by the section element each stands in."""

    def __init__(self):
        super().__init__()
        self.section = None  # id of the plan-section we are in
        self.results = []  # (section id, indicator)
        self.titles = {}  # section id -> text of h3 span.title
        self.crumbs = {}  # section id -> text of the crumbs above it (last seen)
        self.last_crumbs = ""
        self.order = []  # ids of top-level sections in document order
        self.cards = {}  # data-list -> {"count": text, "items": n}
        self.card = None
        self.text_target = None
        self.buffer = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag in ("section", "nav"):
            self.card = None  # a list ends with its card, at the latest with the highlights
        if tag == "section":
            if "plan-section" in classes:
                self.section = a.get("id")
            elif a.get("id"):
                self.order.append(a["id"])
        if tag == "tr" and "result" in classes and self.section is not None:
            self.results.append((self.section, a.get("data-indicator")))
        if tag == "span" and "title" in classes and self.section is not None:
            self.text_target = ("title", self.section)
            self.buffer = ""
        if tag == "p" and "crumbs" in classes:
            self.text_target = ("crumbs", None)
            self.buffer = ""
        if tag == "div" and "card" in classes:
            self.card = a.get("data-list")
            self.cards[self.card] = {"count": None, "items": 0}
        if tag == "span" and "count" in classes and self.card is not None:
            self.text_target = ("count", self.card)
            self.buffer = ""
        if tag == "li" and self.card is not None:
            self.cards[self.card]["items"] += 1

    def handle_endtag(self, tag):
        if self.text_target is not None and tag in ("span", "p"):
            kind, key = self.text_target
            if kind == "title":
                self.titles[key] = self.buffer.strip()
                self.crumbs[key] = self.last_crumbs
            elif kind == "crumbs":
                self.last_crumbs = self.buffer.strip()
            elif kind == "count":
                self.cards[key]["count"] = self.buffer.strip()
            self.text_target = None
        if tag == "section" and self.section is not None:
            self.section = None

    def handle_data(self, data):
        if self.text_target is not None:
            self.buffer += data


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def check_results(dom, rows):
    expected = {}
    for r in rows:
        if r["role"].strip() != "actual":
            continue
        key = (section_anchor(r.get("section", "").strip()), r["indicator"].strip(), r["period"].strip())
        expected[key] = True
    wanted = {}
    for sec, ind, _ in expected:
        wanted[(sec, ind)] = wanted.get((sec, ind), 0) + 1
    got = {}
    for sec, ind in dom.results:
        got[(sec, ind)] = got.get((sec, ind), 0) + 1
    problems = []
    for k, n in sorted(wanted.items()):
        if got.get(k, 0) != n:
            problems.append(f"section {k[0]}, indicator {k[1]}: {got.get(k, 0)} result rows, expected {n}")
    for k in sorted(set(got) - set(wanted)):
        problems.append(f"section {k[0]}, indicator {k[1]}: a result row the figures do not have")
    if not expected:
        problems.append("the figures have no actuals: nothing to check")
    return problems, f"{len(dom.results)} result rows for {len(expected)} section, indicator and period triples"


def check_titles(dom, rows):
    own = {}  # anchor -> title
    parents = {}  # anchor -> parent titles
    for r in rows:
        cell = (r.get("section_title") or "").strip()
        number = (r.get("section") or "").strip()
        if not cell or not number:
            continue
        titles = [t.strip() for t in cell.split(TITLE_MARK)]
        anchor = section_anchor(number)
        if titles[-1]:
            own[anchor] = titles[-1]
        parents[anchor] = [t for t in titles[:-1] if t]
    problems = []
    if not own:
        problems.append("the figures give no section titles: nothing to check")
    for anchor, title in sorted(own.items()):
        if anchor not in dom.titles:
            problems.append(f"{anchor}: no section heading in the page")
        elif dom.titles[anchor] != title:
            problems.append(f"{anchor}: heading titled '{dom.titles[anchor]}', expected '{title}'")
    for anchor, ps in sorted(parents.items()):
        for p in ps:
            if p not in dom.crumbs.get(anchor, ""):
                problems.append(f"{anchor}: the parent title '{p}' is not above its heading")
    return problems, f"{len(own)} section titles in their headings"


def check_first_screen(dom, report):
    problems = []
    order = dom.order
    if "highlights" not in order:
        return ["no section id=highlights"], ""
    for later in ("summary", "sections"):
        if later not in order:
            problems.append(f"no section id={later}")
        elif order.index(later) < order.index("highlights"):
            problems.append(f"section {later} comes before the highlights")
    missed = sum(1 for a in report["assessments"] if a["verdict"] in ("not_achieved", "behind_schedule"))
    findings = (report.get("audit") or {}).get("findings") or []
    below = sum(1 for f in findings if f["code"] in ("target_below_last_actual", "ceiling_above_last_actual"))
    other = sum(
        1
        for f in findings
        if f["severity"] in ("error", "warning")
        and f["code"] not in ("target_below_last_actual", "ceiling_above_last_actual")
    )
    for name, n in (("missed", missed), ("below-last-actual", below), ("audit", other)):
        card = dom.cards.get(name)
        if card is None:
            problems.append(f"no list '{name}' in the highlights")
            continue
        if card["count"] != str(n):
            problems.append(f"list '{name}' says {card['count']}, the JSON report has {n}")
        if card["items"] != min(n, SHOWN):
            problems.append(f"list '{name}' has {card['items']} items, expected {min(n, SHOWN)}")
    if missed + below + other == 0:
        problems.append("nothing stands out in this report: the check would be vacuous")
    return problems, f"highlights first: {missed} missed, {below} below the last actual, {other} audit findings"


def main(argv):
    if len(argv) != 5 or argv[1] not in ("results", "titles", "first-screen"):
        print(__doc__, file=sys.stderr)
        return 2
    part, dom_file, csv_file, json_file = argv[1:]
    dom = Dom()
    with open(dom_file, encoding="utf-8") as f:
        dom.feed(f.read())
    rows = read_csv(csv_file)
    with open(json_file, encoding="utf-8") as f:
        report = json.load(f)
    if part == "results":
        problems, summary = check_results(dom, rows)
    elif part == "titles":
        problems, summary = check_titles(dom, rows)
    else:
        problems, summary = check_first_screen(dom, report)
    for p in problems[:40]:
        print("FAIL:", p, file=sys.stderr)
    if len(problems) > 40:
        print(f"FAIL: ... and {len(problems) - 40} more", file=sys.stderr)
    if problems:
        return 1
    print(f"ok: {part}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
