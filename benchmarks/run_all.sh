#!/usr/bin/env bash
# Every benchmark of plantarget in one command, then every ratio against its
# budget. Builds the benchmarks in Release first.
#
#   benchmarks/run_all.sh [--smoke] [--strict] [--build-dir DIR | --prebuilt DIR]
#     --smoke      tiny sizes and iterations (seconds, for CI): 10^4 rows,
#                  --benchmark_min_time=0.01, the umbrella header only
#     --strict     exit 1 when a budget is missed (not only when something fails)
#     --build-dir  where to build (default: build/benchmarks-release in the tree)
#     --prebuilt   run the benchmarks of a tree already built, as it is (CI's
#                  smoke run uses its gcc tree: it checks that every part
#                  runs; at smoke sizes its ratios are not the budgets' figures)
# Environment: PLANTARGET_BENCH_ROWS (comma-separated row counts for the batch
# benchmarks; default 10000,100000,1000000,10000000, e.g. add 100000000 on a
# machine with 8 GB free), PLANTARGET_PANDAS_ROWS (default 10000000).
#
# Paired benchmarks run interleaved, repeated 5 times; budgets read medians.
# Budgets: typed / raw doubles <= 1.05; batch engine / minimal loop <= 1.25 at
# 10^7 rows and <= 2 at 10^5;
# Shapingba plan + audit < 1 ms; umbrella header < 1.5 s to compile;
# pandas / plantarget >= 5; a city's monitoring (2.5 M rows) through plancheck
# in < 10 s of CPU and < 2 GiB peak memory (benchmarks/city_scale.sh: the full
# size outside --smoke, which runs it at 1,300 rows).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/benchmarks-release"
smoke=0
strict=0
prebuilt=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) smoke=1 ;;
    --strict) strict=1 ;;
    --build-dir) build="$2"; shift ;;
    --prebuilt) prebuilt="$2"; shift ;;
    *) echo "usage: $0 [--smoke] [--strict] [--build-dir DIR | --prebuilt DIR]" >&2; exit 2 ;;
  esac
  shift
done

if [[ $smoke -eq 1 ]]; then
  rows="${PLANTARGET_BENCH_ROWS:-10000}"
  pandas_rows="${PLANTARGET_PANDAS_ROWS:-10000}"
  gbench=(--benchmark_min_time=0.01)
  repeat=(--benchmark_repetitions=1)
  compile_flags=(--smoke)
  pandas_flags=(--repeats 1 --min-time 0.01)
else
  rows="${PLANTARGET_BENCH_ROWS:-10000,100000,1000000,10000000}"
  pandas_rows="${PLANTARGET_PANDAS_ROWS:-10000000}"
  gbench=(--benchmark_min_time=0.5)
  repeat=(--benchmark_repetitions=5 --benchmark_report_aggregates_only=true)
  compile_flags=()
  pandas_flags=()
fi

log="$(mktemp -d)"
trap 'rm -rf "$log"' EXIT

if [[ -n $prebuilt ]]; then
  bin="$prebuilt/benchmarks"
  echo "== prebuilt benchmarks in $bin (as built: the budgets hold for Release builds only)"
  [[ -d $bin ]] || { echo "FAILED: $bin does not exist (build the tree with PLANTARGET_BUILD_BENCHMARKS=ON)" >&2; exit 1; }
else
  echo "== build (Release) in $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPLANTARGET_BUILD_BENCHMARKS=ON \
    -DPLANTARGET_BUILD_TESTS=OFF -DPLANTARGET_BUILD_EXAMPLES=OFF -DPLANTARGET_BUILD_TOOLS=ON >"$log/cmake" ||
    { cat "$log/cmake"; exit 1; }
  cmake --build "$build" -j2 >"$log/build" || { tail -n 50 "$log/build"; exit 1; }
  bin="$build/benchmarks"
fi
plancheck_bin="$(dirname "$bin")/tools/plancheck/plancheck"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"

echo "== (a) typed quantities vs raw doubles"
"$bin/plantarget_bench_units" "${gbench[@]}" "${repeat[@]}" --benchmark_enable_random_interleaving=true \
  --benchmark_color=false | tee "$log/units"

echo "== (b) batch engine vs minimal loop, memory bandwidth (rows: $rows)"
"$bin/plantarget_bench_batch" --rows="$rows" "${gbench[@]}" "${repeat[@]}" --benchmark_enable_random_interleaving=true \
  --benchmark_color=false | tee "$log/batch"

echo "== (c) the Shapingba plan and its audit"
missing_status=0
if [[ -x "$bin/plantarget_bench_plan" ]]; then
  "$bin/plantarget_bench_plan" "${gbench[@]}" "${repeat[@]}" --benchmark_enable_random_interleaving=true \
    --benchmark_color=false | tee "$log/plan"
else
  echo "MISSING: plantarget_bench_plan was not built (examples/shapingba/shapingba_plan.hpp missing?)" | tee "$log/plan"
  missing_status=1
fi

echo "== (c') relation discovery: the Shapingba book, 10^4 and 10^5 generated figures"
if [[ -x "$bin/plantarget_bench_discover" ]]; then
  "$bin/plantarget_bench_discover" "${gbench[@]}" "${repeat[@]}" --benchmark_enable_random_interleaving=true \
    --benchmark_color=false | tee "$log/discover"
else
  echo "MISSING: plantarget_bench_discover was not built" | tee "$log/discover"
  missing_status=1
fi

echo "== (c'') the report extractor on a 50 KB report"
if [[ -x "$bin/plantarget_bench_extract" ]]; then
  "$bin/plantarget_bench_extract" "${gbench[@]}" "${repeat[@]}" --benchmark_color=false | tee "$log/extract"
else
  echo "MISSING: plantarget_bench_extract was not built" | tee "$log/extract"
  missing_status=1
fi

echo "== (d) compile time"
compile_status=0
"$root/benchmarks/compile_time.sh" "${compile_flags[@]}" | tee "$log/compile" || compile_status=$?

echo "== (e) pandas/numpy on the same rows (rows: $pandas_rows)"
pandas_status=0
if /usr/bin/python3 -c 'import pandas, numpy' 2>/dev/null; then
  /usr/bin/python3 "$root/benchmarks/pandas_compare.py" --bench "$bin/plantarget_bench_batch" --rows "$pandas_rows" \
    "${pandas_flags[@]}" | tee "$log/pandas" || pandas_status=$?
else
  echo "MISSING: /usr/bin/python3 lacks pandas/numpy (apt-get install python3-pandas python3-numpy)" |
    tee "$log/pandas"
  missing_status=1
fi

echo "== (f) a city's monitoring through plancheck (benchmarks/city_scale.sh)"
city_flags=()
[[ $smoke -eq 1 ]] && city_flags=(--smoke)
if [[ -x $plancheck_bin ]]; then
  "$root/benchmarks/city_scale.sh" --plancheck "$plancheck_bin" "${city_flags[@]}" | tee "$log/city" ||
    { echo "FAILED: the city-scale run" >&2; exit 1; }
else
  echo "MISSING: $plancheck_bin was not built (its dependencies: fmt, nlohmann-json, CLI11, libssl)" | tee "$log/city"
  missing_status=1
fi

echo
echo "== summary: every budget"
cat "$log"/{units,batch,plan,discover,extract,compile,pandas,city} | grep -E '^(budget|check):' || true
over=$(cat "$log"/{units,batch,plan,discover,extract,compile,pandas,city} | grep -cE '^budget:.* OVER$' || true)
echo "budgets missed: $over"
if [[ $compile_status -ne 0 || $pandas_status -ne 0 ]]; then
  echo "FAILED: a header does not compile alone, or pandas and plantarget disagree" >&2
  exit 1
fi
# A part that could not run is a failure, not a skip.
if [[ $missing_status -ne 0 ]]; then
  echo "FAILED: a part of the benchmarks could not run (MISSING above)" >&2
  exit 1
fi
if [[ $strict -eq 1 && $over -gt 0 ]]; then exit 1; fi
exit 0
