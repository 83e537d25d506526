"""plantarget on Dask: the batch evaluation mapped over the partitions of a
dask.dataframe. Each partition is one C++ loop in whichever worker holds it;
rows are independent, so the result equals plantarget.evaluate() on the whole
frame, row for row, whatever the partitioning.

The same code runs on a laptop's LocalCluster and on a cluster of machines
(``dask scheduler`` + ``dask worker tcp://host:8786``): every worker must be
able to import plantarget, that is, have it installed.
"""

from __future__ import annotations

from . import _evaluate


def evaluate(ddf, *, token: str | None = None, **kwargs):
    """plantarget.evaluate() over a dask DataFrame, lazily.

    Takes the keyword arguments of plantarget.evaluate (value=, threshold=,
    prior=, comparator=, upper=, tolerance=, what=, price_basis=, months=,
    nature=, direction=, on_schedule_band=, threads=, parse_numbers=,
    prefix=), with columns given by name; threads defaults to 1 here (Dask
    runs the partitions in parallel). Returns a dask DataFrame with the same partitions and index, and the
    columns verdict, margin, reason (and growth, growth_reason with prior=;
    expected_to_date, expected_to_date_reason with months=).

    ``token`` names the tasks (default "plantarget-evaluate"). Dask names tasks
    by their inputs, so the same evaluation submitted again reuses results the
    cluster still holds; a new token forces a new computation (for timing).
    """
    if "data" in kwargs:
        raise ValueError("plantarget.dask.evaluate takes the dask DataFrame as its first argument")
    # Dask already runs one partition per worker thread: one C++ thread per
    # partition unless asked otherwise, so the cores are not oversubscribed.
    kwargs.setdefault("threads", 1)
    # The result's schema, from the empty frame dask keeps as metadata: the
    # same call on zero rows, so dtypes and categories match exactly.
    meta = _evaluate.evaluate(ddf._meta, **kwargs)
    return ddf.map_partitions(_evaluate.evaluate, meta=meta, token=token or "plantarget-evaluate", **kwargs)
