"""The Python blocks of README.md and docs/ run as shown with this interpreter
(the one the install command creates), and print what the page shows after
"prints". tests/docs/check_docs.py holds the rules; the ctest docs.code_blocks
checks the other kinds of block."""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_python_blocks_of_the_docs_run_as_shown():
    p = subprocess.run([sys.executable, str(ROOT / "tests/docs/check_docs.py"), "--only", "python",
                        "--python", sys.executable], capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stdout + p.stderr
    assert " checked" in p.stdout, p.stdout  # at least one block ran
