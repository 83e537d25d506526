#!/usr/bin/env bash
# A city's monitoring in one plancheck run (issue 15): a generated figures
# file of 38 districts x 5,036 indicators x 12 monthly actuals and one annual
# target each (2,487,784 rows; benchmarks/generate_city.py), read, evaluated,
# audited (with discovery) and written as JSON, under /usr/bin/time -v. Prints
# plancheck's --timings (each stage's wall and CPU seconds and memory), the
# whole run's figures and the budget: CPU (user + sys) < 10 s, peak RSS < 2 GiB.
#
#   benchmarks/city_scale.sh --plancheck PATH [--smoke] [--districts N] [--indicators N] [--dir DIR]
#     --smoke      2 districts x 50 indicators: that every part runs (CI), not the budget's figures
#     --dir        where the generated file and the report go (default: a temporary directory,
#                  removed at the end; a file generated there before with the same sizes is reused)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
plancheck=""
districts=38
indicators=5036
dir=""
smoke=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --plancheck) plancheck="$2"; shift ;;
    --districts) districts="$2"; shift ;;
    --indicators) indicators="$2"; shift ;;
    --dir) dir="$2"; shift ;;
    --smoke) smoke=1; districts=2; indicators=50 ;;
    *) echo "usage: $0 --plancheck PATH [--smoke] [--districts N] [--indicators N] [--dir DIR]" >&2; exit 2 ;;
  esac
  shift
done
[[ -x $plancheck ]] || { echo "city_scale: --plancheck must name the built plancheck" >&2; exit 2; }
if [[ -z $dir ]]; then
  dir="$(mktemp -d)"
  trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir"

figures="$dir/city-${districts}x${indicators}.csv"
if [[ ! -s $figures ]]; then
  python3 "$root/benchmarks/generate_city.py" --districts "$districts" --indicators "$indicators" --output "$figures.tmp"
  mv "$figures.tmp" "$figures"
fi
rows=$(($(wc -l <"$figures") - 1))
bytes=$(stat -L -c %s "$figures")
echo "== city: $districts districts x $indicators indicators: $rows rows, $((bytes / 1048576)) MiB of CSV"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"

if [[ ! -x /usr/bin/time ]]; then
  echo "FAILED: /usr/bin/time (GNU time, Debian package 'time') is needed for the peak memory;" \
       "scripts/setup-debian.sh --test installs it" >&2
  exit 1
fi
command=("$plancheck" "$figures" --as-of 2026-12 --format json --output "$dir/city.json" --timings --unassessable-ok)
echo "== command: /usr/bin/time -v ${command[*]}"
status=0
/usr/bin/time -v "${command[@]}" 2>"$dir/stderr" || status=$?
grep '^plancheck: timing:' "$dir/stderr" || true
if [[ $status -ne 0 && $status -ne 1 ]]; then  # 1: a binding target missed, a verdict
  echo "FAILED: plancheck exited with $status" >&2
  grep -v '^plancheck: timing:' "$dir/stderr" | head -n 20 >&2
  exit 1
fi

field() { grep -F "$1" "$dir/stderr" | head -n 1 | awk -F': ' '{ print $2 }'; }
user=$(field "User time (seconds)")
sys=$(field "System time (seconds)")
wall=$(field "Elapsed (wall clock) time")
rss_kib=$(field "Maximum resident set size (kbytes)")
cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
rss_mib=$((rss_kib / 1024))
echo "== whole run: wall $wall, user $user s, sys $sys s, cpu $cpu s, max RSS $rss_mib MiB; report $(($(stat -c %s "$dir/city.json") / 1048576)) MiB"
if [[ $smoke -eq 1 ]]; then
  echo "check: city scale (smoke: $rows rows) runs: ok"
  exit 0
fi
cpu_verdict=$(awk -v t="$cpu" 'BEGIN { print (t < 10) ? "ok" : "OVER" }')
rss_verdict=$([[ $rss_mib -lt 2048 ]] && echo ok || echo OVER)
printf 'budget: %-28s %-34s %.2f s cpu  budget < 10 s  %s\n' "city scale run" "rows:$rows" "$cpu" "$cpu_verdict"
printf 'budget: %-28s %-34s %d MiB  budget < 2048 MiB  %s\n' "city scale peak memory" "rows:$rows" "$rss_mib" "$rss_verdict"
