#!/usr/bin/python3
"""The batch evaluation written idiomatically in pandas/numpy, timed in the same
run as plantarget's batch engine on the same rows, with the ratio against the
budget (plantarget at least 5x faster) and a check that both find the same
verdicts and the same undefined growths (counts) and the same growths and
margins (column sums, to rounding).

The rows come from the C++ generator (splitmix64, fixed seed): the script runs
`plantarget_bench_batch --write-data=FILE --rows=N`, which writes the rows and
prints the engine's counts, reads FILE with numpy, then runs the engine's
benchmark (`batch_engine/rows:N/threads:1`) as a subprocess for its time.

Run with Debian's /usr/bin/python3 (apt-get install python3-pandas python3-numpy).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

# The work per row, as the engine does it for "growth of at least X %":
# growth = value / prior - 1, in percent, undefined (with a reason) when an
# input is not finite, the base is zero, the signs are opposite, or the result
# overflows; then achieved if growth >= X, not_achieved if not, not_assessable
# where the growth (or X) is undefined; margin = growth - X.
GROWTH_REASONS = ["defined", "input is NaN or infinite", "base is zero",
                  "base and current value have opposite signs", "result overflows"]
VERDICTS = ["achieved", "not_achieved", "not_assessable"]


def read_rows(path):
    with open(path, "rb") as f:
        if f.read(8) != b"PTBATCH1":
            raise SystemExit(f"{path}: not a plantarget batch file")
        n = int(np.frombuffer(f.read(8), dtype="<u8")[0])
        cols = np.frombuffer(f.read(3 * 8 * n), dtype="<f8")
    if cols.size != 3 * n:
        raise SystemExit(f"{path}: short file")
    return pd.DataFrame({"value": cols[:n], "prior": cols[n:2 * n], "threshold": cols[2 * n:]})


def evaluate_pandas(df):
    """Column operations only, as a pandas user writes them: numpy ufuncs on the
    columns, np.select for the cases, categoricals (not strings) for labels."""
    value, prior, threshold = df["value"], df["prior"], df["threshold"]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        fraction = value / prior - 1.0
    finite_inputs = np.isfinite(value) & np.isfinite(prior)
    opposite = ((value < 0) & (prior > 0)) | ((value > 0) & (prior < 0))
    reason_code = np.select([~finite_inputs, prior == 0, opposite, ~np.isfinite(fraction)], [1, 2, 3, 4],
                            default=0).astype(np.int8)
    defined = reason_code == 0
    growth = (fraction * 100.0).where(defined, 0.0)
    assessable = defined & threshold.notna()
    verdict_code = np.select([~assessable, growth >= threshold], [2, 0], default=1).astype(np.int8)
    margin = (growth - threshold).where(assessable, 0.0)
    return pd.DataFrame({"growth_percent": growth,
                         "growth_reason": pd.Categorical.from_codes(reason_code, categories=GROWTH_REASONS),
                         "verdict": pd.Categorical.from_codes(verdict_code, categories=VERDICTS),
                         "margin": margin}, index=df.index)


def engine_seconds(bench, rows, min_time, workdir):
    out = os.path.join(workdir, "engine.json")
    name = f"batch_engine/rows:{rows}/threads:1/real_time"
    subprocess.run([bench, f"--rows={rows}", f"--benchmark_filter=^{name}$", f"--benchmark_min_time={min_time}",
                    "--benchmark_repetitions=3", f"--benchmark_out={out}", "--benchmark_out_format=json"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out) as f:
        runs = [b for b in json.load(f)["benchmarks"] if b.get("run_type") == "iteration"]
    if not runs:
        raise SystemExit(f"{bench} ran no benchmark named {name}")
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    return min(b["real_time"] * scale[b["time_unit"]] for b in runs)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", default=os.path.join(here, "..", "build", "benchmarks-release", "benchmarks",
                                                      "plantarget_bench_batch"),
                    help="the plantarget_bench_batch binary")
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--repeats", type=int, default=5, help="pandas runs; the fastest counts")
    ap.add_argument("--min-time", type=float, default=0.5, help="--benchmark_min_time for the engine, seconds")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as workdir:
        data = os.path.join(workdir, "rows.bin")
        written = subprocess.run([args.bench, f"--write-data={data}", f"--rows={args.rows}"], check=True,
                                 capture_output=True, text=True)
        engine_counts = json.loads(written.stdout)
        df = read_rows(data)

        pandas_best = float("inf")
        for _ in range(args.repeats):
            start = time.perf_counter()
            result = evaluate_pandas(df)
            pandas_best = min(pandas_best, time.perf_counter() - start)
        engine_best = engine_seconds(args.bench, args.rows, args.min_time, workdir)

    pandas_counts = {"rows": len(df), "verdicts": result["verdict"].value_counts().loc[lambda s: s > 0].to_dict(),
                     "growth_reasons": result["growth_reason"].value_counts().loc[lambda s: s > 0].to_dict()}
    pandas_counts = json.loads(json.dumps(pandas_counts, default=int))
    sums = {k: (engine_counts.pop(k), float(result[col].sum()))
            for k, col in (("growth_sum", "growth_percent"), ("margin_sum", "margin"))}
    # The sums are added in another order (numpy sums pairwise): equal to rounding.
    sums_agree = all(abs(a - b) <= 1e-9 * max(1.0, abs(a)) for a, b in sums.values())
    agree = pandas_counts == engine_counts and sums_agree
    ratio = pandas_best / engine_best
    print(f"rows {args.rows}: pandas {pandas_best * 1e3:.2f} ms (best of {args.repeats}), "
          f"plantarget batch engine {engine_best * 1e3:.3f} ms (1 thread)")
    print(f"verdicts    plantarget {engine_counts['verdicts']}\n            pandas     {pandas_counts['verdicts']}")
    print(f"growth      plantarget {engine_counts['growth_reasons']}\n            pandas     "
          f"{pandas_counts['growth_reasons']}")
    print(f"budget: {'pandas / plantarget':28} {'rows:' + str(args.rows):34} ratio {ratio:6.2f}  budget >= 5.00  "
          f"{'ok' if ratio >= 5.0 else 'OVER'}")
    print("sums        " + ", ".join(f"{k} plantarget {a:.10g} pandas {b:.10g}" for k, (a, b) in sums.items()))
    print(f"check:  counts by verdict and by growth reason, sums of growth and margin: "
          f"{'agree' if agree else 'DISAGREE'}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
