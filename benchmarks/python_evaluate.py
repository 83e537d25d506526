#!/usr/bin/env python3
"""plantarget.evaluate on a DataFrame against the idiomatic pandas version of
the same evaluation, timed in one run at each row count, with a profile of
where plantarget's time goes and a row-for-row check that both agree.

The evaluation is "growth of at least X %" on every row: growth = value /
prior - 1 in percent, undefined (with its reason) for a non-finite input, a
zero base, opposite signs or an overflow; the verdict achieved / not_achieved
/ not_assessable; the margin growth - X; NaN exactly where a reason says why.
Both sides return the same DataFrame (categoricals of the stable tokens),
which the script checks with pandas.testing.assert_frame_equal.

The rows are generated with numpy (seeded): normal levels with zero bases,
sign changes, NaN and infinities mixed in.

    .venv/bin/python benchmarks/python_evaluate.py                 # 10^5 and 10^7 rows
    .venv/bin/python benchmarks/python_evaluate.py --rows 100000 --repeats 20
    .venv/bin/python benchmarks/python_evaluate.py --rows --dask      # only the Dask part

--dask adds issue 15's Dask measurement: the panel of python/examples/dask_panel.py
generated and held in the workers of a LocalCluster (2 workers, 1 thread each),
evaluated there, and the per-worker throughput (rows divided by the summed compute
time of the evaluation tasks, as Dask's task stream reports it) set against the
single-process engine (threads=1) on the same partitions, timed between the
cluster's runs (interleaved), with the wall-clock
figures beside it.

Run it with the interpreter plantarget is installed in (docs/python.md). No
test asserts a time; the budget line says "ok" or "MISSED" for the reader.
"""
import argparse
import os
import platform
import sys
import time

import numpy as np
import pandas as pd

import plantarget as pt
from plantarget import _plantarget as core

BUDGET = 5.0  # pandas / plantarget, issue 15

REASONS = pd.CategoricalDtype(pt.REASON_TOKENS)
VERDICTS = pd.CategoricalDtype(pt.VERDICT_NAMES)
CODE = {token: code for code, token in enumerate(pt.REASON_TOKENS)}
VERDICT = {token: code for code, token in enumerate(pt.VERDICT_NAMES)}


def panel(rows, seed=15):
    rng = np.random.default_rng(seed)
    value = rng.normal(100.0, 30.0, rows)
    prior = rng.normal(100.0, 30.0, rows)
    special = rng.random(rows)
    prior[special < 0.01] = 0.0                                  # zero base
    value[(special >= 0.01) & (special < 0.02)] *= -1.0          # opposite signs
    value[(special >= 0.02) & (special < 0.025)] = np.nan       # not finite
    prior[(special >= 0.025) & (special < 0.027)] = np.inf
    return pd.DataFrame({"value": value, "prior": prior, "threshold": rng.normal(5.0, 3.0, rows)})


def evaluate_pandas(df):
    """Column operations as a pandas user writes them: vectorised arithmetic,
    np.select for the cases, categoricals from codes for the labels."""
    value, prior, threshold = df["value"], df["prior"], df["threshold"]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        fraction = value / prior - 1.0
        percent = fraction * 100.0
    finite_inputs = np.isfinite(value) & np.isfinite(prior)
    opposite = ((value < 0) & (prior > 0)) | ((value > 0) & (prior < 0))
    growth_reason = np.select(
        [~finite_inputs, prior == 0, opposite, ~np.isfinite(percent)],
        [CODE["not_finite"], CODE["zero_base"], CODE["opposite_signs"], CODE["overflow"]],
        default=CODE["none"]).astype(np.int8)
    defined = growth_reason == CODE["none"]
    growth = percent.where(defined)
    assessable = defined & np.isfinite(threshold)
    reason = np.where(defined, np.where(assessable, CODE["none"], CODE["not_finite"]), growth_reason).astype(np.int8)
    verdict = np.select([~assessable, growth >= threshold], [VERDICT["not_assessable"], VERDICT["achieved"]],
                        default=VERDICT["not_achieved"]).astype(np.int8)
    margin = (growth - threshold).where(assessable)
    return pd.DataFrame({
        "verdict": pd.Categorical.from_codes(verdict, dtype=VERDICTS),
        "margin": margin,
        "reason": pd.Categorical.from_codes(reason, dtype=REASONS),
        "margin_reason": pd.Categorical.from_codes(np.zeros(len(df), np.int8), dtype=REASONS),
        "growth": growth,
        "growth_reason": pd.Categorical.from_codes(growth_reason, dtype=REASONS),
    }, index=df.index)


def evaluate_plantarget(df, threads=None):
    kwargs = {} if threads is None else {"threads": threads}
    return pt.evaluate(df, value="value", prior="prior", threshold="threshold", what="growth", **kwargs)


def best_of(repeats, f):
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = f()
        best = min(best, time.perf_counter() - start)
    return best, result


def engine_only(df, threads):
    """The C++ call alone (allocating its result arrays), without the Python
    layer: what a pt.evaluate call spends inside the engine."""
    v, p, t = (df[c].to_numpy() for c in ("value", "prior", "threshold"))
    empty = np.empty(0)
    codes = np.empty(0, np.uint8)
    return lambda: core.evaluate_columns(v, p, t, codes, 0, empty, 1, threads)


def dask_throughput(parts, areas_per_part, repeats):
    """Per-worker and wall-clock throughput of the evaluation on a LocalCluster,
    against one process evaluating the same partitions one by one."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python", "examples"))
    import dask_panel
    import plantarget.dask as ptd
    from distributed import Client, LocalCluster, get_task_stream, wait

    indicators, months = 100, 12
    rows = parts * areas_per_part * indicators * months
    columns = dask_panel.EVALUATE_COLUMNS
    partitions = [dask_panel.make_partition(p, areas_per_part, indicators, months) for p in range(parts)]

    def single_process():
        start = time.perf_counter()
        for frame in partitions:
            pt.evaluate(frame, threads=1, **columns)
        return time.perf_counter() - start

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    client = Client(cluster)
    single = float("inf")
    try:
        client.upload_file(dask_panel.__file__)
        ddf = client.persist(dask_panel.panel_frame(parts, areas_per_part, indicators, months))
        wait(ddf)
        best_compute, best_wall = float("inf"), float("inf")
        for run in range(repeats):
            # Interleaved: the single process runs between the cluster's runs
            # (its workers idle then), so that load from other jobs falls on both.
            single = min(single, single_process())
            with get_task_stream(client) as stream:
                start = time.perf_counter()
                result = client.persist(ptd.evaluate(ddf, token=f"python-evaluate-bench-{run}", **columns))
                wait(result)
                wall = time.perf_counter() - start
            compute = sum(ss["stop"] - ss["start"] for task in stream.data
                          if "python-evaluate-bench" in str(task["key"])
                          for ss in task["startstops"] if ss["action"] == "compute")
            best_compute, best_wall = min(best_compute, compute), min(best_wall, wall)
            del result
    finally:
        client.close()
        cluster.close(timeout=30)
    per_worker = rows / best_compute
    single_rate = rows / single
    print(f"dask: {rows} rows in {parts} partitions, LocalCluster 2 workers x 1 thread, best of {repeats}")
    print(f"  single process (threads=1, partition by partition) {single * 1e3:.1f} ms, {single_rate / 1e6:.1f} M rows/s")
    print(f"  cluster: summed task compute {best_compute * 1e3:.1f} ms -> per-worker {per_worker / 1e6:.1f} M rows/s; "
          f"wall {best_wall * 1e3:.1f} ms -> {rows / best_wall / 1e6:.1f} M rows/s")
    ratio = single_rate / per_worker
    print(f"  budget: single process / per-worker  ratio {ratio:6.2f}  budget <= 1.50  "
          f"{'ok' if ratio <= 1.5 else 'MISSED'}; cross-over (cluster wall faster than one process): "
          f"{'yes' if best_wall < single else 'no'}")
    return ratio <= 1.5


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, nargs="*", default=[100_000, 10_000_000])
    ap.add_argument("--dask", action="store_true", help="also measure the Dask per-worker throughput")
    ap.add_argument("--dask-parts", type=int, default=10)
    ap.add_argument("--dask-areas", type=int, default=200, help="areas per partition (x 100 indicators x 12 months)")
    ap.add_argument("--repeats", type=int, default=0, help="runs per side, the fastest counts (default: 30 at "
                    "10^5 rows and below, 5 above)")
    args = ap.parse_args()

    print(f"plantarget {pt.__version__}, pandas {pd.__version__}, numpy {np.__version__}, "
          f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    ok = True
    for rows in args.rows:
        repeats = args.repeats or (30 if rows <= 100_000 else 5)
        df = panel(rows)
        # Interleaved, so that load from other jobs falls on both sides alike.
        pandas_t, plantarget_t, one_t, engine_t = (float("inf"),) * 4
        for _ in range(repeats):
            t, expected = best_of(1, lambda: evaluate_pandas(df))
            pandas_t = min(pandas_t, t)
            t, got = best_of(1, lambda: evaluate_plantarget(df))
            plantarget_t = min(plantarget_t, t)
            one_t = min(one_t, best_of(1, lambda: evaluate_plantarget(df, threads=1))[0])
            engine_t = min(engine_t, best_of(1, engine_only(df, 0))[0])
        pd.testing.assert_frame_equal(got, expected)
        ratio = pandas_t / plantarget_t
        ok = ok and ratio >= BUDGET
        ns = 1e9 / rows
        print(f"rows {rows}: pandas {pandas_t * 1e3:.2f} ms ({pandas_t * ns:.1f} ns/row), "
              f"plantarget.evaluate {plantarget_t * 1e3:.2f} ms ({plantarget_t * ns:.1f} ns/row; "
              f"threads=1: {one_t * 1e3:.2f} ms), best of {repeats}")
        print(f"  profile: engine call (C++ kernel + result arrays) {engine_t * 1e3:.2f} ms, "
              f"Python layer {max(0.0, plantarget_t - engine_t) * 1e3:.2f} ms "
              f"({max(0.0, 1 - engine_t / plantarget_t) * 100:.0f} % outside the engine)")
        print(f"  budget: pandas / plantarget.evaluate  ratio {ratio:6.2f}  budget >= {BUDGET:.2f}  "
              f"{'ok' if ratio >= BUDGET else 'MISSED'}  (threads=1: {pandas_t / one_t:.2f})")
        print("  check: the two DataFrames are equal row for row")
    if args.dask:
        ok = dask_throughput(args.dask_parts, args.dask_areas, args.repeats or 3) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
