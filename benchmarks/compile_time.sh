#!/usr/bin/env bash
# Compile time of the public headers: g++ -std=c++20 -O2 -c of a translation
# unit that includes the umbrella <plantarget/plantarget.hpp>, then one that
# includes each public header alone. Prints a table of CPU (user + sys) and
# wall seconds; budget (issue 15): umbrella < 1.5 s of CPU time, fastest of 5.
#
#   compile_time.sh [--smoke] [--runs N]
#     --smoke   the umbrella only, one run (for CI)
#     --runs N  runs per header, the fastest counts (default 5)
# Environment: CXX (default g++), CXXFLAGS_EXTRA (appended).
# Exit status: 1 if a header does not compile alone, else 0 (a missed budget
# is printed as OVER, not an error: run_all.sh --strict makes it one).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cxx="${CXX:-g++}"
runs=5
smoke=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) smoke=1; runs=1 ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: $0 [--smoke] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# "cpu wall" seconds of the fastest of $runs compiles of $1 (fastest by CPU
# time: user + sys of the compiler, which another job on the machine does not
# inflate the way it inflates wall time); empty if it does not compile.
time_header() {
  local header="$1" tu="$work/tu.cpp" best="" t
  printf '#include <%s>\nint main() { return 0; }\n' "$header" >"$tu"
  for ((i = 0; i < runs; i++)); do
    local TIMEFORMAT='%3U %3S %3R'
    # shellcheck disable=SC2086
    if ! t=$({ time "$cxx" -std=c++20 -O2 -I"$root/include" ${CXXFLAGS_EXTRA:-} -c "$tu" -o "$work/tu.o" \
                2>"$work/err"; } 2>&1); then
      return 0
    fi
    t=$(awk '{ printf "%.3f %.3f", $1 + $2, $3 }' <<<"$t")
    if [[ -z "$best" ]] || awk -v a="${t% *}" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then best="$t"; fi
  done
  echo "$best"
}

echo "compile time: $("$cxx" --version | head -n1), -std=c++20 -O2 -c, fastest of $runs"
printf '%-40s %8s %8s\n' "header" "cpu s" "wall s"
failed=0
umbrella=$(time_header plantarget/plantarget.hpp)
if [[ -z "$umbrella" ]]; then
  echo "plantarget/plantarget.hpp does not compile:" >&2
  cat "$work/err" >&2
  exit 1
fi
read -r umbrella_cpu umbrella_wall <<<"$umbrella"
printf '%-40s %8s %8s\n' "plantarget/plantarget.hpp (umbrella)" "$umbrella_cpu" "$umbrella_wall"

if [[ $smoke -eq 0 ]]; then
  while IFS= read -r header; do
    t=$(time_header "$header")
    if [[ -z "$t" ]]; then
      printf '%-40s %8s\n' "$header" "FAILS"
      sed 's/^/    /' "$work/err" | head -n 5
      failed=1
    else
      read -r cpu wall <<<"$t"
      printf '%-40s %8s %8s\n' "$header" "$cpu" "$wall"
    fi
  done < <(cd "$root/include" && find plantarget -name '*.hpp' | sort)
fi

verdict=$(awk -v t="$umbrella_cpu" 'BEGIN { print (t < 1.5) ? "ok" : "OVER" }')
printf 'budget: %-28s %-34s %.3f s cpu  budget < 1.5 s  %s\n' "umbrella header compile" "plantarget/plantarget.hpp" \
  "$umbrella_cpu" "$verdict"
exit $failed
