"""Importing plantarget from its source directory (python/) explains itself."""
import pathlib
import subprocess
import sys

PYTHON_DIR = pathlib.Path(__file__).resolve().parents[1]


def test_import_from_the_source_directory_says_what_to_do():
    # From python/, sys.path[0] is the source tree: plantarget/ there has no
    # compiled _plantarget, whatever is installed.
    got = subprocess.run(
        [sys.executable, "-c", "import plantarget"],
        cwd=PYTHON_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert got.returncode != 0
    assert "source directory" in got.stderr, got.stderr
    assert "pip install ./python" in got.stderr
    assert "circular import" not in got.stderr.splitlines()[-1]


def test_the_installed_package_imports_elsewhere(tmp_path):
    got = subprocess.run(
        [sys.executable, "-c", "import plantarget; print(plantarget.__name__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert got.returncode == 0, got.stderr
    assert got.stdout.strip() == "plantarget"
