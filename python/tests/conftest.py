"""Paths shared by the tests: the repository's example data and examples."""

import sys
from pathlib import Path

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO = PYTHON_DIR.parent
SHAPINGBA_DATA = REPO / "examples" / "shapingba" / "data"
EXAMPLES = PYTHON_DIR / "examples"

# The panel generator and the row-for-row check live in the Dask example,
# which the tests run too.
sys.path.insert(0, str(EXAMPLES))


@pytest.fixture(scope="session")
def shapingba_data() -> Path:
    assert (SHAPINGBA_DATA / "figures.csv").exists(), f"missing example data in {SHAPINGBA_DATA}"
    return SHAPINGBA_DATA
