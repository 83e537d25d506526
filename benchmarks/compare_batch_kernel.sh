#!/usr/bin/env bash
# The batch engine of the working tree against the one before the one-kernel
# change (issue 11, "Measures": not slower than before, median ratio <= 1.05),
# in one binary and one run, interleaved.
#
#   benchmarks/compare_batch_kernel.sh [--base REV] [--rows N,N] [--threads T,T]
#                                      [--cases growth,level,column] [--repetitions K]
#                                      [--keep] [-- google-benchmark flags...]
#
# --base REV   the "before" (default f39012e^, the parent of "One kernel for
#              evaluate() and the batch; evaluate() by condition shape")
# defaults: --rows 100000,10000000 --threads 1,2 --repetitions 5, every case
#
# What it does: extracts include/plantarget of REV from git into a temporary
# directory as include/plantarget_old, with the namespace renamed to
# plantarget_old, the PLANTARGET_ macros to PLANTARGET_OLD_ and the Boost.Units
# ordinals moved by 100000 (two sets of units with one ordinal do not compile
# together); compiles benchmarks/compare_batch_kernel.cpp against it and the
# working tree's include/ with the compiler and CMAKE_CXX_FLAGS_RELEASE that
# CMake gives a Release build of this project (g++: -O3 -DNDEBUG; no -march:
# baseline x86-64), checks that both engines give the same bits on every row,
# and runs both with --benchmark_repetitions=K
# --benchmark_enable_random_interleaving=true. The "budget:" lines are the
# median wall time of the new engine over the median of the old, per case,
# row count and thread count.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="f39012e^"
rows="100000,10000000"
threads="1,2"
cases="growth,level,column"
reps=5
keep=0
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --base) base="$2"; shift ;;
    --rows) rows="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --cases) cases="$2"; shift ;;
    --repetitions) reps="$2"; shift ;;
    --keep) keep=1 ;;
    --) shift; extra=("$@"); break ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
  esac
  shift
done

work="$(mktemp -d)"
if [[ $keep -eq 1 ]]; then echo "== keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

commit="$(git -C "$root" rev-parse --verify "$base^{commit}")"
echo "== old engine: $base = $(git -C "$root" log -1 --format='%h %s' "$commit")"
echo "== new engine: working tree at $(git -C "$root" log -1 --format='%h %s' HEAD)$(git -C "$root" diff --quiet HEAD -- include || echo ' (with uncommitted changes in include/)')"

mkdir -p "$work/old"
git -C "$root" archive "$commit" include/plantarget | tar -x -C "$work/old"
mv "$work/old/include/plantarget" "$work/old/include/plantarget_old"
find "$work/old/include/plantarget_old" -type f -name '*.hpp' -print0 |
  xargs -0 perl -pi -e '
    s/\bplantarget\b/plantarget_old/g;
    s/\bPLANTARGET_/PLANTARGET_OLD_/g;
    s/(base_dimension<\w+,\s*)(\d+)>/$1.($2+100000).">"/ge;
    s/(base_unit<\w+,\s*[\w:]+,\s*)(\d+)>/$1.($2+100000).">"/ge;
    s/(count_unit<\w+,\s*)(\d+)>/$1.($2+100000).">"/ge;'

# The compiler and Release flags CMake picks for this project.
mkdir -p "$work/probe"
cat >"$work/probe/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(probe CXX)
file(WRITE "${CMAKE_BINARY_DIR}/flags.txt" "${CMAKE_CXX_COMPILER}\n${CMAKE_CXX_FLAGS_RELEASE}\n")
EOF
cmake -S "$work/probe" -B "$work/probe/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cxx="$(sed -n 1p "$work/probe/build/flags.txt")"
read -r -a release_flags <<<"$(sed -n 2p "$work/probe/build/flags.txt")"
echo "== compiler: $cxx ($("$cxx" --version | head -n 1)), flags: -std=c++20 ${release_flags[*]} -pthread"

nice -n 19 "$cxx" -std=c++20 "${release_flags[@]}" -pthread -Wall -Wextra -Wpedantic -Wno-restrict \
  -I"$root/include" -I"$work/old/include" \
  "$root/benchmarks/compare_batch_kernel.cpp" -o "$work/compare_batch_kernel" -lbenchmark

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
"$work/compare_batch_kernel" --rows="$rows" --threads="$threads" --cases="$cases" \
  --benchmark_repetitions="$reps" --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true --benchmark_color=false "${extra[@]}"
echo "== load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
