#!/usr/bin/env python3
"""Every code block of README.md and docs/ is checked: compiled and run, or run,
or compared with the file it quotes, or exempt with its reason.

A block is classified by its info string and by a marker, an HTML comment on
the line before its opening fence (a blank line may separate them):

  ```cpp      a whole program (it has `int main`): compiled with the project's
              warning flags and -Werror, and run; when the paragraph after it is
              "prints" and a ```text block follows, the output must equal it.
  ```python   run with --python; "prints" + ```text compares the output. Marked
              <!-- docs: continues -->, it runs after the page's previous Python
              block, as in one session (and only its own output is compared).
  ```sh       run with bash -e in a scratch directory that sees the repository's
              examples/, with plancheck on PATH, when marked <!-- docs: run -->.
  ```csv / ```json  parsed; marked <!-- docs: figures -->, also read by plancheck,
              which must not call it bad input.
  <!-- docs: excerpt of PATH -->   each line of the block stands in PATH (spaces
              normalised): declarations and CMake snippets stay true to the code.
  <!-- docs: not run: REASON -->   exempt, with its reason (an apt command, a
              multi-machine cluster, a command that builds the project).

Any cpp, python, sh, cmake or diff block that is none of these fails the check,
so a new block cannot go unchecked by accident. docs/troubleshooting.md has its
own checker (tests/troubleshooting/troubleshooting.py) and is skipped here.

The C++ compiles, the slow part, run concurrently (one per CPU) before the
blocks are checked in page order, so the output is the same as one by one.

Exit 0 when every block holds, 1 otherwise; --list prints each block's verdict.
"""
import argparse
import concurrent.futures
import csv
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

CHECKED_ELSEWHERE = {"docs/troubleshooting.md": "tests/troubleshooting/troubleshooting.py"}
CODE_LANGUAGES = {"cpp", "python", "sh", "cmake", "diff", "console", "bash"}
MARKER = re.compile(r"<!--\s*docs:\s*(run|figures|continues|excerpt of\s+(\S+)|not run:\s*(.+?))\s*-->")
FENCE = re.compile(r"^(```+)([A-Za-z0-9_+-]*)\s*$")


class Block:
    def __init__(self, path, line, lang, text, marker, output):
        self.path, self.line, self.lang, self.text = path, line, lang, text
        self.marker, self.output = marker, output

    def where(self):
        return f"{self.path}:{self.line}"


def blocks_of(root, rel):
    lines = (root / rel).read_text(encoding="utf-8").split("\n")
    found = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, lang, start = m.group(1), m.group(2), i
        j = i + 1
        while j < len(lines) and lines[j].rstrip() != fence:
            j += 1
        text = "\n".join(lines[i + 1:j]) + "\n"
        k = start - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        marker = MARKER.search(lines[k]) if k >= 0 else None
        found.append([rel, start + 1, lang, text, marker, j])
        i = j + 1
    result = []
    for n, (rel_, line, lang, text, marker, end) in enumerate(found):
        output = None
        if n + 1 < len(found) and found[n + 1][2] == "text":
            between = "\n".join(lines[end + 1:found[n + 1][1] - 1]).strip()
            if between == "prints":
                output = found[n + 1][3]
        result.append(Block(rel_, line, lang, text, marker, output))
    return result


def normalise(s):
    """Spaces collapsed and a trailing // comment dropped: an excerpt may annotate."""
    code = re.sub(r"\s//.*$|^//.*$", "", s.strip())
    return " ".join(code.split())


def check_excerpt(root, block, source):
    path = root / source
    if not path.is_file():
        return f"excerpt of {source}: no such file"
    lines_of_source = {normalise(l) for l in path.read_text(encoding="utf-8").split("\n")}
    missing = [l for l in block.text.split("\n") if normalise(l) and normalise(l) not in lines_of_source]
    if missing:
        return f"excerpt of {source}: not in the file: {missing[0].strip()!r}"
    return None


class Timeout(Exception):
    pass


def run(cmd, cwd, env=None, stdin=None, timeout=300):
    try:
        return subprocess.run(cmd, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Timeout(f"did not finish in {timeout} s")


def compare_output(block, out):
    if block.output is not None and out != block.output:
        return f"prints\n{out}\nbut the page shows\n{block.output}"
    return None


def compiles_cpp(block):
    """Whether verdict_of compiles the block: a whole ```cpp program, not exempt, no excerpt."""
    m = block.marker
    return block.lang == "cpp" and not (m and (m.group(2) or m.group(3))) and "int main" in block.text


def compile_cpp(args, block, work):
    """(the compiler's CompletedProcess, the executable) for a ```cpp block,
    built in the directory work, which is the block's own."""
    work.mkdir(parents=True, exist_ok=True)
    src = work / "block.cpp"
    exe = work / "block"
    src.write_text(block.text, encoding="utf-8")
    cmd = [args.cxx, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror"]
    cmd += [f"-I{pathlib.Path(d).resolve()}" for d in args.include]
    cmd += [str(src), "-o", str(exe)]
    uses_fmt = re.search(r"#include <plantarget/(io|report)/|#include <plantarget/format\.hpp>|#include <fmt/", block.text)
    if uses_fmt:
        cmd += ["-lfmt"]
    return run(cmd, work), exe


def check_cpp(args, block, scratch, compiled=None):
    """compiled: the future of compile_cpp for this block, when it was started early."""
    if "int main" not in block.text:
        return "a cpp block that is not a whole program needs <!-- docs: excerpt of PATH --> or <!-- docs: not run: REASON -->"
    p, exe = compiled.result() if compiled else compile_cpp(args, block, pathlib.Path(tempfile.mkdtemp(dir=scratch)))
    if p.returncode != 0:
        return "does not compile:\n" + p.stderr[-3000:]
    p = run([str(exe)], scratch_with_examples(args, scratch))  # files it writes stay out of the tree
    if p.returncode != 0:
        return f"exits with {p.returncode}:\n{p.stderr[-2000:]}"
    return compare_output(block, p.stdout)


python_session = {}  # page -> (script so far, its output): for blocks that continue


def check_python(args, block, scratch):
    before, earlier_output = "", ""
    if block.marker and block.marker.group(1) == "continues":
        before, earlier_output = python_session.get(block.path, ("", ""))
    script_text = before + block.text
    script = scratch / "block.py"
    script.write_text(script_text, encoding="utf-8")
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    p = run([args.python, str(script)], scratch_with_examples(args, scratch), env=env, timeout=180)
    if p.returncode != 0:
        return f"exits with {p.returncode}:\n{p.stderr[-3000:]}"
    python_session[block.path] = (script_text, p.stdout)
    out = p.stdout[len(earlier_output):] if p.stdout.startswith(earlier_output) else p.stdout
    return compare_output(block, out)


def scratch_with_examples(args, scratch):
    work = scratch / "sh"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    for name in ("examples",):
        (work / name).symlink_to(args.root / name)
    return work


def check_sh(args, block, scratch):
    if not args.plancheck:
        return "a ```sh block marked to run needs --plancheck"
    work = scratch_with_examples(args, scratch)
    env = dict(os.environ)
    env["PATH"] = str(pathlib.Path(args.plancheck).parent) + os.pathsep + env.get("PATH", "")
    p = run(["bash", "-e", "-c", block.text], work, env=env)
    if p.returncode not in (0, 1, 3):  # plancheck: met, missed, not assessable are answers
        return f"exits with {p.returncode}:\n{p.stdout[-1500:]}{p.stderr[-1500:]}"
    return compare_output(block, p.stdout)


def check_data(args, block, scratch, figures):
    try:
        if block.lang == "json":
            json.loads(block.text)
        else:
            list(csv.reader(io.StringIO(block.text)))
    except (ValueError, csv.Error) as e:
        return f"does not parse as {block.lang}: {e}"
    if not figures:
        return None
    if not args.plancheck:
        return "a block marked <!-- docs: figures --> needs --plancheck"
    data = scratch / f"figures.{block.lang}"
    data.write_text(block.text, encoding="utf-8")
    p = run([args.plancheck, str(data)], scratch)
    if p.returncode == 2:
        return "plancheck calls it bad input:\n" + p.stderr[-1500:]
    return None


def verdict_of(args, block, scratch, compiled=None):
    """(status, message): status is checked, exempt, skipped or failed."""
    m = block.marker
    if m and m.group(3):
        return "exempt", m.group(3)
    if m and m.group(2):
        err = check_excerpt(args.root, block, m.group(2))
        return ("failed", err) if err else ("checked", f"excerpt of {m.group(2)}")
    if block.lang == "cpp":
        err = check_cpp(args, block, scratch, compiled)
        return ("failed", err) if err else ("checked", "compiled and run")
    if block.lang == "python":
        if not args.python:
            return "skipped", "python blocks run with --python (the Python step of the test script)"
        err = check_python(args, block, scratch)
        return ("failed", err) if err else ("checked", "run")
    if block.lang in ("sh", "bash", "console"):
        if m and m.group(1) == "run":
            err = check_sh(args, block, scratch)
            return ("failed", err) if err else ("checked", "run")
        return "failed", "a shell block needs <!-- docs: run --> or <!-- docs: not run: REASON -->"
    if block.lang in ("csv", "json"):
        err = check_data(args, block, scratch, bool(m and m.group(1) == "figures"))
        return ("failed", err) if err else ("checked", "parsed")
    if block.lang in CODE_LANGUAGES:
        return "failed", f"a ```{block.lang} block needs a marker"
    return "text", ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parents[2])
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    ap.add_argument("-I", "--include", action="append", default=[])
    ap.add_argument("--plancheck")
    ap.add_argument("--python", help="interpreter with plantarget installed; without it python blocks are skipped")
    ap.add_argument("--only", choices=["cpp", "python", "sh", "data", "excerpt"], help="check one kind of block")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    args.root = args.root.resolve()
    if args.plancheck:
        args.plancheck = str(pathlib.Path(args.plancheck).resolve())
    pages = ["README.md"] + sorted(str(p.relative_to(args.root)) for p in (args.root / "docs").rglob("*.md"))
    failures, counts = 0, {}
    blocks = [block for page in pages if page not in CHECKED_ELSEWHERE for block in blocks_of(args.root, page)
              if not args.only or selected(args.only, block)]
    with tempfile.TemporaryDirectory(prefix="plantarget-docs-") as tmp, \
            concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        scratch = pathlib.Path(tmp)
        compiled = {id(block): pool.submit(compile_cpp, args, block, scratch / "cpp" / str(n))
                    for n, block in enumerate(blocks) if compiles_cpp(block)}
        for block in blocks:
            try:
                status, message = verdict_of(args, block, scratch, compiled.get(id(block)))
            except Timeout as e:
                status, message = "failed", str(e)
            if status == "text":
                continue
            counts[status] = counts.get(status, 0) + 1
            if status == "failed":
                failures += 1
                print(f"{block.where()}: ```{block.lang}: {message}")
            elif args.list:
                print(f"{block.where()}: ```{block.lang}: {status}: {message}")
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    print(f"docs code blocks: {summary or 'none'}")
    return 1 if failures else 0


def selected(only, block):
    m = block.marker
    if only == "excerpt":
        return bool(m and m.group(2))
    if m and (m.group(2) or m.group(3)):
        return False
    if only == "python":
        return block.lang == "python"
    if only == "data":
        return block.lang in ("csv", "json")
    if only == "sh":
        return block.lang in ("sh", "bash", "console")
    return block.lang == only


if __name__ == "__main__":
    sys.exit(main())
