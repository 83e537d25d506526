#!/usr/bin/env python3
"""Keeps docs/troubleshooting.md true.

Each section of the page has a ```cpp broken block, a ```cpp fixed block and
the first lines of what g++ and clang++ say about the broken one (```text g++,
```text clang++). Both snippets are compiled as the body of main() after
PRELUDE; the fixed one must compile, the broken one must not, and every line
the page shows must appear in the compiler's output once paths are made
relative to the repository and line:column numbers are dropped (they move
whenever a header changes). Every docs/troubleshooting.md#anchor that a header
names must be a section of the page.

Each compile parses all of plantarget.hpp, so they run concurrently (one per
CPU), and a compiler's fixed snippets compile together in one translation
unit, each the body of its own function; only when that unit fails are they
compiled one by one, so that the failure names its section.

    troubleshooting.py --check [-I dir ...]   # the test (ctest docs.troubleshooting)
    troubleshooting.py --update [-I dir ...]  # rewrites the output blocks from the compilers
"""
import argparse
import concurrent.futures
import itertools
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "troubleshooting.md"
HEAD = "#include <plantarget/plantarget.hpp>\n\nusing namespace plantarget;\nusing namespace plantarget::units;\n\n"
PRELUDE = HEAD + "int main() {\n"
COMPILERS = ["g++", "clang++"]
BLOCK = re.compile(r"```(cpp broken|cpp fixed|text g\+\+|text clang\+\+)\n(.*?)```\n", re.S)


def anchor(title):
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^a-z0-9 _-]", "", title.lower()).replace(" ", "-")


def sections(text):
    """(title, body) for each ## section."""
    parts = re.split(r"^## (.*)$", text, flags=re.M)
    return list(zip(parts[1::2], parts[2::2]))


def compile_source(compiler, text, includes, work):
    """(returncode, diagnostics) of compiling text as work/snippet.cpp; work is
    a directory of its own for each compile, so that compiles can run at once."""
    work.mkdir()
    source = work / "snippet.cpp"
    source.write_text(text, encoding="utf-8")
    color = "-fno-color-diagnostics" if "clang" in compiler else "-fdiagnostics-color=never"
    cmd = [compiler, "-std=c++20", "-fsyntax-only", color, f"-I{ROOT / 'include'}"] + [f"-I{d}" for d in includes if d not in ("/usr/include", "/usr/local/include")]
    r = subprocess.run(cmd + [str(source)], capture_output=True, text=True, cwd=work)
    out = r.stderr.replace(str(source), "snippet.cpp").replace(str(ROOT) + "/", "")
    return r.returncode, out


def as_main(code):
    return PRELUDE + code + "}\n"


def all_in_one(codes):
    """One translation unit with each snippet the body of its own function."""
    bodies = "".join(f"void fixed_{n}() {{\n{code}}}\n\n" for n, code in enumerate(codes))
    return HEAD + bodies + "int main() {}\n"


def compile_all(jobs, includes, work):
    """{key: (returncode, output)} for jobs {(section, compiler, kind): (compiler,
    code)}, compiled concurrently; the "cpp fixed" jobs of a compiler go
    together in one unit first."""
    results = {}
    fixed = {}  # compiler -> [key, ...]
    for key, (compiler, _) in jobs.items():
        if key[2] == "cpp fixed":
            fixed.setdefault(compiler, []).append(key)
    dirs = (work / str(n) for n in itertools.count())
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        def submit(compiler, text):
            return pool.submit(compile_source, compiler, text, includes, next(dirs))

        combined = {c: submit(c, all_in_one([jobs[k][1] for k in keys])) for c, keys in fixed.items()}
        single = {k: submit(c, as_main(code)) for k, (c, code) in jobs.items() if k[2] != "cpp fixed"}
        for compiler, keys in fixed.items():
            rc, out = combined[compiler].result()
            if rc == 0:
                results.update({k: (rc, out) for k in keys})
            else:  # which snippet: each alone
                single.update({k: submit(compiler, as_main(jobs[k][1])) for k in keys})
        results.update({k: f.result() for k, f in single.items()})
    return results


def first_lines(output):
    """What the page shows: the lines up to the first error, without include
    chains and source excerpts."""
    shown = []
    for line in output.splitlines():
        if line.startswith("In file included from") or re.match(r"^\s+from ", line):
            continue
        if re.match(r"^\s*\d*\s*\|", line) or re.match(r"^\s*\^", line):
            continue
        shown.append(line)
        if "error:" in line:
            break
    return shown


def without_numbers(line):
    return re.sub(r":\d+:\d+:|:\d+:", ":", line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("-I", dest="includes", action="append", default=[])
    args = ap.parse_args()
    text = PAGE.read_text(encoding="utf-8")
    failures = []

    # Every anchor a header points to is a section.
    titles = {anchor(t) for t, _ in sections(text)}
    for header in sorted((ROOT / "include").rglob("*.hpp")):
        for a in re.findall(r"docs/troubleshooting\.md#([a-z0-9_-]+)", header.read_text(encoding="utf-8")):
            if a not in titles:
                failures.append(f"{header.relative_to(ROOT)} points to #{a}, which is not a section")

    compilers = [c for c in COMPILERS if shutil.which(c)]
    for c in COMPILERS:
        if c not in compilers:
            failures.append(f"{c} not found: its output cannot be checked")
    new_text = text
    with tempfile.TemporaryDirectory() as tmp:
        jobs = {}
        for n, (title, body) in enumerate(sections(text)):
            blocks = {kind: code for kind, code in BLOCK.findall(body)}
            if "cpp broken" in blocks and "cpp fixed" in blocks:
                for compiler in compilers:
                    for kind in ("cpp fixed", "cpp broken"):
                        jobs[(n, compiler, kind)] = (compiler, blocks[kind])
        compiled = compile_all(jobs, args.includes, pathlib.Path(tmp))
        for n, (title, body) in enumerate(sections(text)):
            blocks = {kind: code for kind, code in BLOCK.findall(body)}
            if "cpp broken" not in blocks:
                continue
            if "cpp fixed" not in blocks:
                failures.append(f"{title}: no fixed snippet")
                continue
            new_body = body
            for compiler in compilers:
                rc, out = compiled[(n, compiler, "cpp fixed")]
                if rc != 0:
                    failures.append(f"{title}: the fixed snippet does not compile with {compiler}:\n{out}")
                rc, out = compiled[(n, compiler, "cpp broken")]
                if rc == 0:
                    failures.append(f"{title}: the broken snippet compiles with {compiler}")
                    continue
                key = f"text {compiler}"
                if args.update:
                    shown = "\n".join(first_lines(out)) + "\n"
                    if key in blocks:
                        new_body = new_body.replace(f"```{key}\n{blocks[key]}```\n", f"```{key}\n{shown}```\n")
                    else:
                        new_body = new_body.rstrip("\n") + f"\n\n{compiler} says:\n\n```{key}\n{shown}```\n\n"
                    continue
                if key not in blocks:
                    failures.append(f"{title}: the page shows no {compiler} output")
                    continue
                have = [without_numbers(l) for l in out.splitlines()]
                for line in blocks[key].splitlines():
                    if line.strip() and without_numbers(line) not in have:
                        failures.append(f"{title}: {compiler} no longer says\n  {line}\nit says:\n{out}")
            new_text = new_text.replace(body, new_body)
    if args.update:
        PAGE.write_text(new_text, encoding="utf-8")
        print(f"updated {PAGE.relative_to(ROOT)}")
        failures = [f for f in failures if "not found" not in f]
    for f in failures:
        print(f, file=sys.stderr)
    if not failures:
        print("docs/troubleshooting.md: every snippet and message is true")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
