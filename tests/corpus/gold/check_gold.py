#!/usr/bin/env python3
"""Check the hand-made gold annotations against the corpus they describe.

Usage: check_gold.py [CORPUS_DIR]

CORPUS_DIR defaults to ../shared/corpus/gwr beside the repository root.
Every annotated line must exist, every value must be written on its line
(as Arabic digits, full-width digits, or one of the Chinese words listed in
WORD_VALUES), periods, roles, measures, comparators and verdicts must be
from the README's lists. Problems name file, row and corpus line only: no
corpus text is printed. Exit status 0 when clean, 1 on a problem, 2 when
the corpus is missing.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[2]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "gwr"

FIGURE_COLUMNS = ["line", "value", "unit", "period", "role", "measure", "comparator", "indicator", "flag"]
TARGET_COLUMNS = ["year", "indicator", "target_line", "target_comparator", "target_value", "target_unit",
                  "target_reading", "result_line", "result_comparator", "result_value", "result_unit",
                  "verdict", "why"]

ROLES = {"actual", "target"}
MEASURES = {"level", "growth", "share", "change_pp", "completion", "rank", "ratio"}
# Comparator words as the reports write them; "－" is the dash of a range (6.5%－7%).
COMPARATORS = {"", "以上", "超过", "超", "以内", "以下", "左右", "约", "达到", "达", "突破", "近", "余", "多",
               "不低于", "不超过", "控制在", "低于", "高于", "上", "居第", "－"}
TARGET_INDICATORS = {"gdp_growth", "cpi", "urban_jobs_new", "urban_unemployment_registered"}
VERDICTS = {"achieved", "exceeded", "not_achieved", "not_assessable"}

# Figures written in words, and the value the annotation gives them. A value
# not written in digits on its line must be backed by one of these words.
WORD_VALUES = {
    "九连增": 9, "十二连增": 12,
    "第一": 1, "首位": 1, "第二": 2, "第三": 3,
    "全覆盖": 100, "翻一番": 2, "两个孩子": 2,
    "上亿": 1, "万亿斤": 1,
}

FULL_WIDTH = str.maketrans("０１２３４５６７８９．％－", "0123456789.%-")
PERIOD_FORMS = [
    re.compile(r"^(\d{4})$"),
    re.compile(r"^(\d{4})H[12]$"),
    re.compile(r"^(\d{4})Q[1-4]$"),
    re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$"),
    re.compile(r"^(\d{4})-(0[1-9]|1[0-2])\.\.(\d{4})-(0[1-9]|1[0-2])$"),
    re.compile(r"^(\d{4})\.\.(\d{4})$"),
]
INDICATOR_FORM = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def period_ok(text):
    for form in PERIOD_FORMS:
        m = form.match(text)
        if not m:
            continue
        if ".." in text:
            start, end = text.split("..")
            return start < end
        return True
    return False


def number_on_line(value, line):
    """True when the number (sign dropped: declines are written as words) is a
    whole number token of the normalised line."""
    digits = value.lstrip("-")
    pattern = r"(?<![0-9.])" + re.escape(digits) + r"(?![0-9]|\.[0-9])"
    return re.search(pattern, line) is not None


def number_position(value, line, start=0):
    """Offset of the number token at or after start, or -1."""
    digits = value.lstrip("-")
    pattern = re.compile(r"(?<![0-9.])" + re.escape(digits) + r"(?![0-9]|\.[0-9])")
    m = pattern.search(line, start)
    return m.start() if m else -1


def value_on_line(value, line):
    if number_on_line(value, line):
        return True
    try:
        number = float(value)
    except ValueError:
        return False
    return any(word in line and abs(number) == v for word, v in WORD_VALUES.items())


class Checker:
    def __init__(self, corpus):
        self.corpus = corpus
        self.problems = []
        self.cache = {}

    def lines(self, year):
        if year not in self.cache:
            path = self.corpus / f"gwr-{year}.zh.txt"
            if not path.exists():
                self.cache[year] = None
            else:
                text = path.read_text(encoding="utf-8")
                self.cache[year] = [s.translate(FULL_WIDTH) for s in text.split("\n")]
        return self.cache[year]

    def problem(self, where, what):
        self.problems.append(f"{where}: {what}")

    def corpus_line(self, where, year, number_text):
        lines = self.lines(year)
        if lines is None:
            self.problem(where, f"no corpus file gwr-{year}.zh.txt")
            return None
        if not number_text.isdigit() or not 1 <= int(number_text) <= len(lines):
            self.problem(where, f"line {number_text!r} is not a line of gwr-{year}.zh.txt")
            return None
        return lines[int(number_text) - 1]

    def read(self, path, columns):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != columns:
                self.problem(path.name, f"header is {reader.fieldnames}, expected {columns}")
                return []
            return list(reader)

    def check_figures(self, path, year):
        rows = self.read(path, FIGURE_COLUMNS)
        previous = 0
        position = 0  # where the previous figure of the same line was found
        for i, row in enumerate(rows, start=2):
            where = f"{path.name}:{i}"
            line = self.corpus_line(where, year, row["line"])
            if line is None:
                continue
            n = int(row["line"])
            if n < previous:
                self.problem(where, f"line {n} after line {previous}: rows must follow the text")
            if n != previous:
                position = 0
            previous = n
            if number_on_line(row["value"], line):
                found = number_position(row["value"], line, position)
                if found < 0:
                    self.problem(where, f"value {row['value']} out of text order on line {n}")
                else:
                    position = found + 1
            if not value_on_line(row["value"], line):
                self.problem(where, f"value {row['value']} not written on line {n}")
            unit = row["unit"].translate(FULL_WIDTH)
            # 多 and 余 may sit inside a unit (2个多百分点, 4万多亿元); a flag
            # says where the unit is implied (全覆盖 read as 100 %, 万农民).
            unit_free = re.sub(r"(?<=[0-9个万亿])[多余]", "", line)
            implied = any(w in row["flag"] for w in ("unit written", "read as", "per jin"))
            if unit and unit not in unit_free and not implied:
                self.problem(where, f"unit {row['unit']} not written on line {n} (and no flag says why)")
            if not period_ok(row["period"]):
                self.problem(where, f"period {row['period']!r} is not in a known form")
            if row["role"] not in ROLES:
                self.problem(where, f"role {row['role']!r} not in {sorted(ROLES)}")
            if row["measure"] not in MEASURES:
                self.problem(where, f"measure {row['measure']!r} not in {sorted(MEASURES)}")
            if row["comparator"] not in COMPARATORS:
                self.problem(where, f"comparator {row['comparator']!r} not in the list")
            elif row["comparator"] and row["comparator"].translate(FULL_WIDTH) not in line:
                self.problem(where, f"comparator {row['comparator']} not written on line {n}")
            if not INDICATOR_FORM.match(row["indicator"]):
                self.problem(where, f"indicator {row['indicator']!r} is not snake_case")
            if row["measure"] == "change_pp" and row["unit"] not in ("个百分点", "百分点"):
                self.problem(where, "change_pp needs the unit 个百分点")
            if row["value"].startswith("-") and row["measure"] != "growth":
                self.problem(where, "only a growth (a decline) takes a negative value")
        return len(rows)

    def check_targets(self, path):
        rows = self.read(path, TARGET_COLUMNS)
        seen = set()
        for i, row in enumerate(rows, start=2):
            where = f"{path.name}:{i}"
            year = int(row["year"]) if row["year"].isdigit() else 0
            if not 2008 <= year <= 2016:
                self.problem(where, f"year {row['year']!r} outside 2008..2016")
                continue
            if row["indicator"] not in TARGET_INDICATORS:
                self.problem(where, f"indicator {row['indicator']!r} not in {sorted(TARGET_INDICATORS)}")
            key = (year, row["indicator"])
            if key in seen:
                self.problem(where, f"second row for {key}")
            seen.add(key)
            for comparator in (row["target_comparator"], row["result_comparator"]):
                if comparator not in COMPARATORS:
                    self.problem(where, f"comparator {comparator!r} not in the list")
            line = self.corpus_line(where, year, row["target_line"])
            if line is not None:
                for end in row["target_value"].split(".."):
                    if not number_on_line(end, line):
                        self.problem(where, f"target value {end} not written on line {row['target_line']}")
                comparator = row["target_comparator"].translate(FULL_WIDTH)
                if comparator and comparator not in line:
                    self.problem(where, f"target comparator not written on line {row['target_line']}")
            if row["verdict"] not in VERDICTS:
                self.problem(where, f"verdict {row['verdict']!r} not in {sorted(VERDICTS)}")
            has_result = bool(row["result_value"])
            if has_result != (row["verdict"] != "not_assessable"):
                self.problem(where, "a result value is needed exactly when the verdict is not not_assessable")
            if has_result:
                rline = self.corpus_line(where, year + 1, row["result_line"])
                if rline is not None and not number_on_line(row["result_value"], rline):
                    self.problem(where, f"result value not written on line {row['result_line']} of gwr-{year + 1}")
                self.check_reading(where, row)
            elif row["result_line"]:
                self.problem(where, "a result line without a result value")
        return len(rows)

    def check_reading(self, where, row):
        """The verdict must agree with the reading's test (met if >= X / <= X)."""
        m = re.search(r"met if (>=|<=) (-?[0-9.]+)", row["target_reading"])
        if not m:
            self.problem(where, "target_reading has no 'met if >= X' or 'met if <= X'")
            return
        bound, actual = float(m.group(2)), float(row["result_value"])
        met = actual >= bound if m.group(1) == ">=" else actual <= bound
        if met != (row["verdict"] in ("achieved", "exceeded")):
            self.problem(where, f"verdict {row['verdict']} disagrees with the reading for the result")


def main(argv):
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(f"check_gold: corpus directory {corpus} not found; nothing checked")
        return 2
    checker = Checker(corpus)
    counts = {}
    for path in sorted(HERE.glob("gwr-*.csv")):
        year = path.stem.split("-")[1]
        counts[path.name] = checker.check_figures(path, year)
    targets = HERE / "targets_2008_2016.csv"
    counts[targets.name] = checker.check_targets(targets)
    for p in checker.problems:
        print(p)
    summary = ", ".join(f"{name} {n} rows" for name, n in counts.items())
    status = "OK" if not checker.problems else f"{len(checker.problems)} problem(s)"
    print(f"check_gold: {status}: {summary}")
    return 0 if not checker.problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
