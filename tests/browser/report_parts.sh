#!/bin/sh
# Renders a report as HTML and as JSON with plancheck, loads the HTML in
# headless Chromium and checks one part of the DOM it built against the
# figures file and the JSON report (check_report_parts.py).
#
#   report_parts.sh PLANCHECK PART OUT_DIR FIGURES_CSV [PLANCHECK_ARGS...]
#
# PART: results, titles or first-screen. FIGURES_CSV is the first input and
# is passed to plancheck after PLANCHECK_ARGS. Exits 77 ("skipped") without
# Chromium.
set -u
if [ $# -lt 4 ]; then
    echo "usage: $0 PLANCHECK PART OUT_DIR FIGURES_CSV [PLANCHECK_ARGS...]" >&2
    exit 2
fi
plancheck=$1
part=$2
out=$3
figures=$4
shift 4

# shellcheck source=find_chromium.sh
. "$(dirname "$0")/find_chromium.sh"

mkdir -p "$out"
html=$out/report-$part.html
json=$out/report-$part.json
dom=$out/report-$part.dom.html
rm -f "$html" "$json" "$dom"
for format in html json; do
    target=$html
    [ $format = json ] && target=$json
    "$plancheck" --format $format --output "$target" "$@" "$figures" 2>/dev/null
    status=$?
    case $status in
        0 | 1) ;;
        *) echo "FAIL: plancheck --format $format exited with status $status" >&2; exit 1 ;;
    esac
done

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM
case $html in
    /*) path=$html ;;
    *) path=$(pwd)/$html ;;
esac
if ! "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --virtual-time-budget=5000 --dump-dom "file://$path" >"$dom" 2>/dev/null; then
    echo "FAIL: Chromium could not load $html" >&2
    exit 1
fi
grep -q '</html>' "$dom" || { echo "FAIL: the DOM does not end in </html>" >&2; exit 1; }
exec python3 "$(dirname "$0")/check_report_parts.py" "$part" "$dom" "$figures" "$json"
