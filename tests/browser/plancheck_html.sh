#!/bin/sh
# Renders a report as HTML with plancheck, then checks it in headless
# Chromium with check_html.sh (which exits 77, "skipped", without Chromium).
#
#   plancheck_html.sh PLANCHECK OUT_HTML EXPECTED_BULLETS [PLANCHECK_ARGS...]
#
# With GLYPH_CHECK set, check_glyphs.sh checks the page instead, with
# GLYPH_CHECK's words as its options ("--" for none; EXPECTED_BULLETS is
# then not used).
#
# plancheck exits 0 or 1 (binding targets met or missed) after writing a
# report; any other status is a failure. The old output is removed first so
# that a stale page cannot pass.
set -u
if [ $# -lt 3 ]; then
    echo "usage: $0 PLANCHECK OUT_HTML EXPECTED_BULLETS [PLANCHECK_ARGS...]" >&2
    exit 2
fi
plancheck=$1
out=$2
expected=$3
shift 3

mkdir -p "$(dirname "$out")"
rm -f "$out"
"$plancheck" --format html --output "$out" "$@"
status=$?
case $status in
    0 | 1) ;;
    *) echo "FAIL: plancheck exited with status $status" >&2; exit 1 ;;
esac
if [ -n "${GLYPH_CHECK:-}" ]; then
    options=
    [ "$GLYPH_CHECK" = -- ] || options=$GLYPH_CHECK
    # shellcheck disable=SC2086 # the options are words
    exec sh "$(dirname "$0")/check_glyphs.sh" $options "$out"
fi
exec sh "$(dirname "$0")/check_html.sh" "$out" "$expected"
