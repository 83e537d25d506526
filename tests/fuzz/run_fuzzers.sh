#!/usr/bin/env bash
# Runs every plantarget fuzzer for SECONDS (default 20) on a copy of its seed
# corpus, so that the checked-in seeds stay small, one fuzzer per core at a
# time (PLANTARGET_FUZZ_JOBS sets how many). Exits non-zero if any fuzzer
# finds a crash, a sanitizer error, a timeout or a leak; the input that
# triggered it is kept in the printed artifacts directory.
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS]
#
# BUILD_DIR is a build configured with -DPLANTARGET_BUILD_FUZZERS=ON and
# -DCMAKE_CXX_COMPILER=clang++.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [SECONDS]" >&2
    exit 2
fi
build_dir=$1
seconds=${2:-20}
case $seconds in
    ''|*[!0-9]*) echo "SECONDS must be a whole number, got '$seconds'" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/plantarget-fuzz.XXXXXX")
status=0

targets="fuzz_number fuzz_csv fuzz_unit fuzz_period fuzz_figures_json fuzz_pipeline fuzz_encoding fuzz_extract"
# One fuzzer per core at a time: each is single-threaded, so on two cores the
# run takes half as long for the same time per fuzzer. Results are printed in
# the list's order once all have finished.
jobs=${PLANTARGET_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}

run_one() {  # target
    local target=$1 binary corpus artifacts
    binary="$build_dir/tests/fuzz/$target"
    corpus="$work/corpus/$target"
    artifacts="$work/artifacts/$target/"
    mkdir -p "$corpus" "$artifacts"
    if [ -d "$here/corpus/$target" ]; then
        cp "$here/corpus/$target/"* "$corpus/" 2>/dev/null
    fi
    # -timeout: an input that takes 10 s is a hang; -max_len: data-file sized.
    "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -max_len=4096 \
        -artifact_prefix="$artifacts" -print_final_stats=1 >"$work/$target.log" 2>&1
    echo $? >"$work/$target.rc"
}

running=0
for target in $targets; do
    if [ ! -x "$build_dir/tests/fuzz/$target" ]; then
        echo "missing $build_dir/tests/fuzz/$target: build with -DPLANTARGET_BUILD_FUZZERS=ON" >&2
        status=1
        continue
    fi
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
    run_one "$target" &
    running=$((running + 1))
done
wait

for target in $targets; do
    [ -f "$work/$target.rc" ] || continue
    echo "== $target: ${seconds}s"
    if [ "$(cat "$work/$target.rc")" = 0 ]; then
        grep -E '^(stat::number_of_executed_units|Done )' "$work/$target.log" | tr '\n' ' '
        echo
    else
        echo "FAILED: $target (log: $work/$target.log, inputs: $work/artifacts/$target/)"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$work/$target.log" | head -n 10
        status=1
    fi
done

if [ $status -eq 0 ]; then
    echo "all fuzzers ran ${seconds}s without a failure (work files in $work)"
fi
exit $status
