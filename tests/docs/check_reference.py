#!/usr/bin/env python3
"""docs/reference/ has one page per public header, and its pages name what is there.

A header include/plantarget/X.hpp has its page docs/reference/X.md, whose first
line is "# `<plantarget/X.hpp>`". The check fails (exit 1, one file:line each) when

  - a public header has no page, or a page has no header;
  - a page's first line does not name its header;
  - a "### `name`" heading names an identifier that does not occur in the
    header (for a qualified name, the last identifier; a template's arguments
    and a call's parentheses are dropped; `operator<<` needs "operator",
    `operator""_pct` needs _pct);
    one heading may name several, each in its own backticks;
  - the index, docs/reference/README.md, misses a page or links a missing one;
  - a relative link anywhere in docs/reference/ points to a missing file.

--only core checks the headers of the top level, units/, vocab/ and lexicon/
and their pages, and leaves out io/, report/ and progress/ (headers, pages,
and links to their pages). --self-test runs the check, then checks that it
fails on broken copies of the tree (a page removed, a wrong heading, a page
without a header, an index line removed, a dead link), so that it cannot pass
by checking nothing.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

EDGE = ("io", "report", "progress")  # the directories --only core leaves out
HEADING = re.compile(r"^###\s+(.*\S)\s*$")
NAME = re.compile(r"`([^`]+)`")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^\s*(```|~~~)")
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def group_of(rel):
    """'edge' for io/, report/, progress/ (headers or pages), 'core' otherwise."""
    parts = pathlib.PurePosixPath(rel).parts
    return "edge" if len(parts) > 1 and parts[0] in EDGE else "core"


def wanted(rel, only):
    return only is None or group_of(rel) == only


def lines_outside_code(text):
    """(line number, line) for the lines that are not inside a fenced block."""
    inside = False
    for n, line in enumerate(text.split("\n"), 1):
        if FENCE.match(line):
            inside = not inside
            continue
        if not inside:
            yield n, line


def name_occurs(name, source):
    """Whether the identifier a heading names occurs in the header's text: the
    last identifier, after a template's arguments or a call's parentheses are
    dropped. An operator is its last identifier too: `operator<<` needs
    "operator" (operators a macro declares have no "operator<<" in the text),
    `operator""_pct` needs _pct."""
    name = name.strip()
    op = re.search(r"\boperator\b(.*)$", name)
    if op:
        suffix = IDENT.findall(op.group(1))
        ident = suffix[-1] if suffix else "operator"
    else:
        idents = IDENT.findall(re.split(r"[<(]", name, maxsplit=1)[0])
        if not idents:
            return False
        ident = idents[-1]
    return re.search(r"(?<![A-Za-z0-9_])" + re.escape(ident) + r"(?![A-Za-z0-9_])", source) is not None


def check(root, only):
    """The list of failures, each 'file:line: message'."""
    inc = root / "include" / "plantarget"
    ref = root / "docs" / "reference"
    failures = []
    headers = {p.relative_to(inc).with_suffix("").as_posix() for p in inc.rglob("*.hpp")}
    pages = {p.relative_to(ref).with_suffix("").as_posix() for p in ref.rglob("*.md")} if ref.is_dir() else set()
    pages.discard("README")
    headers = {h for h in headers if wanted(h, only)}
    pages = {p for p in pages if wanted(p, only)}
    for h in sorted(headers - pages):
        failures.append(f"include/plantarget/{h}.hpp:1: no reference page docs/reference/{h}.md")
    for p in sorted(pages - headers):
        failures.append(f"docs/reference/{p}.md:1: a page for no header (include/plantarget/{p}.hpp)")
    for p in sorted(pages & headers):
        rel = f"docs/reference/{p}.md"
        text = (ref / f"{p}.md").read_text(encoding="utf-8")
        source = (inc / f"{p}.hpp").read_text(encoding="utf-8")
        first = text.split("\n", 1)[0].strip()
        if first != f"# `<plantarget/{p}.hpp>`":
            failures.append(f"{rel}:1: the first line is not \"# `<plantarget/{p}.hpp>`\"")
        for n, line in lines_outside_code(text):
            m = HEADING.match(line)
            if not m:
                continue
            names = NAME.findall(m.group(1))
            if not names:
                failures.append(f"{rel}:{n}: a ### heading without a `name`")
            for name in names:
                if not name_occurs(name, source):
                    failures.append(f"{rel}:{n}: `{name}` does not occur in include/plantarget/{p}.hpp")
    index = ref / "README.md"
    linked = set()
    if not index.is_file():
        failures.append("docs/reference/README.md:1: no index")
    else:
        for n, line in lines_outside_code(index.read_text(encoding="utf-8")):
            for target in LINK.findall(line):
                t = target.split("#", 1)[0]
                if t.endswith(".md") and not re.match(r"^[a-z]+:", t):
                    resolved = (ref / t).resolve()
                    if resolved.is_relative_to(ref.resolve()):
                        linked.add(resolved.relative_to(ref.resolve()).with_suffix("").as_posix())
        for p in sorted(pages - linked):
            failures.append(f"docs/reference/README.md:1: the index does not link {p}.md")
    # Links of every page (the index too): a missing target is a failure,
    # except, under --only, a link to a page of the group left out.
    for page in sorted(ref.rglob("*.md")) if ref.is_dir() else []:
        rel_page = page.relative_to(ref).with_suffix("").as_posix()
        if rel_page != "README" and not wanted(rel_page, only):
            continue
        rel = page.relative_to(root).as_posix()
        for n, line in lines_outside_code(page.read_text(encoding="utf-8")):
            for target in LINK.findall(line):
                t = target.split("#", 1)[0]
                if not t or re.match(r"^[a-z][a-z0-9+.-]*:", t):
                    continue  # an anchor on the page, or http:, mailto:
                resolved = (page.parent / t).resolve()
                if resolved.exists():
                    continue
                if resolved.is_relative_to(ref.resolve()):
                    inside = resolved.relative_to(ref.resolve()).with_suffix("").as_posix()
                    if not wanted(inside, only):
                        continue
                failures.append(f"{rel}:{n}: the link {target} points to a missing file")
    return failures


def self_test(root, only):
    """Breaks copies of the tree one way each; the check must fail on each, naming it."""
    ok = True
    ref_pages = sorted(p for p in (root / "docs" / "reference").rglob("*.md")
                       if p.name != "README.md" and wanted(p.relative_to(root / "docs" / "reference").with_suffix("").as_posix(), only))
    if not ref_pages:
        print("self-test: no pages to break")
        return False
    victim = ref_pages[0]
    victim_rel = victim.relative_to(root / "docs" / "reference").with_suffix("").as_posix()

    def remove_page(tmp):
        (tmp / "docs" / "reference" / f"{victim_rel}.md").unlink()
        return f"no reference page docs/reference/{victim_rel}.md"

    def wrong_heading(tmp):
        page = tmp / "docs" / "reference" / f"{victim_rel}.md"
        page.write_text(page.read_text(encoding="utf-8") + "\n### `no_such_name_in_the_header`\n", encoding="utf-8")
        return "`no_such_name_in_the_header` does not occur"

    def page_without_header(tmp):
        (tmp / "docs" / "reference" / "no_such_header.md").write_text("# `<plantarget/no_such_header.hpp>`\n", encoding="utf-8")
        return "a page for no header"

    def index_line_removed(tmp):
        index = tmp / "docs" / "reference" / "README.md"
        kept = [l for l in index.read_text(encoding="utf-8").split("\n") if f"({victim_rel}.md)" not in l]
        index.write_text("\n".join(kept), encoding="utf-8")
        return f"the index does not link {victim_rel}.md"

    def dead_link(tmp):
        page = tmp / "docs" / "reference" / f"{victim_rel}.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nSee [nothing](no-such-page.md).\n", encoding="utf-8")
        return "the link no-such-page.md points to a missing file"

    for breakage in (remove_page, wrong_heading, page_without_header, index_line_removed, dead_link):
        with tempfile.TemporaryDirectory(prefix="plantarget-reference-") as tmp:
            tmp = pathlib.Path(tmp)
            shutil.copytree(root / "include", tmp / "include")
            shutil.copytree(root / "docs", tmp / "docs")
            expected = breakage(tmp)
            cmd = [sys.executable, __file__, "--root", str(tmp)] + (["--only", only] if only else [])
            p = subprocess.run(cmd, capture_output=True, text=True)
            if p.returncode != 1 or expected not in p.stdout:
                print(f"self-test: {breakage.__name__}: expected exit 1 and {expected!r}, got {p.returncode}:\n{p.stdout}")
                ok = False
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parents[2])
    ap.add_argument("--only", choices=["core", "edge"],
                    help="core: top level, units/, vocab/, lexicon/; edge: io/, report/, progress/")
    ap.add_argument("--self-test", action="store_true", help="also check that the check fails on broken copies")
    args = ap.parse_args()
    root = args.root.resolve()
    failures = check(root, args.only)
    for f in failures:
        print(f)
    print(f"docs/reference: {len(failures)} failure(s)")
    if failures:
        return 1
    if args.self_test and not self_test(root, args.only):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
