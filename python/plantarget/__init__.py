"""plantarget: checking economic plan targets against actuals.

The Python face of the header-only C++20 library: the same formulas,
comparators, evaluation engine, progress methods, figure books and audit,
on numpy arrays and pandas DataFrames (and, through plantarget.dask, on Dask).

Missing values: a number that is undefined (growth over a zero base, a margin
where no verdict is possible, ...) is NaN, and always comes with a reason:
a ``reasons`` array or a ``<name>_reason`` column holding the stable token
of the C++ plantarget::reason ("zero_base", "opposite_signs", "not_finite",
"missing", ...; "none" where the number is defined), as a categorical;
reason_text() gives the prose. A NaN is never the only signal.

Errors: bad input text raises ParseError (a ValueError) carrying the C++
message 'file:line:column: message: 'text''; a bad argument raises ValueError
with the C++ std::invalid_argument text.
"""

try:
    from . import _plantarget
except ImportError as error:  # pragma: no cover - exercised in a subprocess
    import pathlib as _pathlib

    _here = _pathlib.Path(__file__).resolve().parent
    if any(_here.glob("_plantarget*.so")) or any(_here.glob("_plantarget*.pyd")):
        raise  # the module is there but does not load: its own error says why
    # Python run from inside python/ finds this source directory first, which
    # has no compiled module: say so, rather than "circular import".
    raise ImportError(
        f"plantarget: {_here} is the package's source directory, without its compiled module "
        "_plantarget; install the package (pip install ./python, see docs/python.md) and run "
        "Python from another directory, or set PYTHONPATH to an installed copy"
    ) from error
from ._common import (
    DEFINED,
    REASON_DTYPE,
    REASON_TEXTS,
    REASON_TEXTS_ZH,
    REASON_TOKENS,
    VERDICT_DTYPE,
    VERDICT_NAMES,
    reason_text,
)
from ._evaluate import COMPARATORS, DIRECTIONS, NATURES, comparator_code, evaluate
from ._figures import (
    FigureBook,
    Plan,
    audit,
    evaluate_plan,
    extract_figures,
    load_figures,
    plan_from_figures,
    read_figures,
)
from ._history import history
from ._formulas import (
    FormulaResult,
    cagr,
    completion_rate,
    contribution,
    doubling_required_growth,
    growth,
    implied_base,
    implied_plan,
    real_growth,
    reduction_completion_rate,
    required_cagr,
    share,
)
from ._plantarget import ParseError, Reason, Unit, describe
from ._progress import escap, german, open_sdg
from ._units import convert, unit

__version__ = _plantarget.__version__

__all__ = [
    "COMPARATORS",
    "DEFINED",
    "DIRECTIONS",
    "FigureBook",
    "FormulaResult",
    "NATURES",
    "ParseError",
    "Plan",
    "REASON_DTYPE",
    "REASON_TEXTS",
    "REASON_TEXTS_ZH",
    "REASON_TOKENS",
    "Reason",
    "Unit",
    "VERDICT_DTYPE",
    "VERDICT_NAMES",
    "audit",
    "cagr",
    "comparator_code",
    "completion_rate",
    "contribution",
    "convert",
    "describe",
    "doubling_required_growth",
    "escap",
    "evaluate",
    "evaluate_plan",
    "extract_figures",
    "german",
    "growth",
    "history",
    "implied_base",
    "implied_plan",
    "load_figures",
    "open_sdg",
    "plan_from_figures",
    "read_figures",
    "real_growth",
    "reason_text",
    "reduction_completion_rate",
    "required_cagr",
    "share",
    "unit",
]
