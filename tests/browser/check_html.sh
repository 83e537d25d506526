#!/bin/sh
# Loads a plantarget HTML report in headless Chromium and checks the DOM the
# browser built from it: the page has its title and its summary, and one
# bullet chart (an element of class "bullet") per assessment.
#
#   check_html.sh HTML_FILE EXPECTED_BULLETS [SCREENSHOT_PNG]
#
# With EXPECTED_MULTIPLES set (books over years), the page must also have
# the history section (id="history") and that many small multiples (SVG
# elements of class "multiple" naming their indicator).
#
# With SCREENSHOT_PNG, also saves a full-width screenshot for a person to look
# at (the test does not judge it). Exits 77, which CTest reads as "skipped",
# when no Chromium is installed; CHROMIUM names the binary to use.
set -u

if [ $# -lt 2 ]; then
    echo "usage: $0 HTML_FILE EXPECTED_BULLETS [SCREENSHOT_PNG]" >&2
    exit 2
fi
html=$1
expected=$2
screenshot=${3:-}

if [ ! -s "$html" ]; then
    echo "FAIL: $html is missing or empty" >&2
    exit 1
fi
case $expected in
    '' | *[!0-9]*) echo "usage: EXPECTED_BULLETS must be a number, not '$expected'" >&2; exit 2 ;;
esac

# shellcheck source=find_chromium.sh
. "$(dirname "$0")/find_chromium.sh"

profile=$(mktemp -d)
dom=$(mktemp)
trap 'rm -rf "$profile" "$dom"' EXIT INT TERM

# A file URL needs an absolute path.
case $html in
    /*) path=$html ;;
    *) path=$(pwd)/$html ;;
esac

run_chromium() {
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --virtual-time-budget=5000 "$@" "file://$path"
}

if ! run_chromium --dump-dom >"$dom" 2>/dev/null; then
    echo "FAIL: Chromium could not load $html" >&2
    exit 1
fi

status=0
fail() {
    echo "FAIL: $*" >&2
    status=1
}

# The DOM as serialised by the browser: one element per match below.
# The document's title is the one in <head>; SVG charts have their own.
title=$(tr '\n' ' ' <"$dom" | sed 's:</head>.*::' | sed -n 's:.*<title>\([^<]*\)</title>.*:\1:p')
[ -n "$title" ] || fail "no <title> in the DOM"
grep -q '<section[^>]* id="summary"' "$dom" || fail "no summary section (id=\"summary\") in the DOM"
grep -q '</html>' "$dom" || fail "the DOM does not end in </html>: the page did not load completely"

# Elements whose class list holds "bullet", and bullet charts naming their indicator.
bullets=$(grep -o '<[a-zA-Z][^>]* class="\([^"]* \)\{0,1\}bullet\( [^"]*\)\{0,1\}"' "$dom" | wc -l)
tagged=$(grep -o '<svg [^>]*class="\([^"]* \)\{0,1\}bullet\( [^"]*\)\{0,1\}"[^>]* data-indicator="[^"]\{1,\}"' "$dom" | wc -l)
[ "$bullets" -eq "$expected" ] || fail "$bullets elements of class bullet, expected $expected"
[ "$tagged" -eq "$bullets" ] || fail "$tagged of $bullets bullet charts carry data-indicator"

multiples=${EXPECTED_MULTIPLES:-}
if [ -n "$multiples" ]; then
    grep -q '<section[^>]* id="history"' "$dom" || fail "no history section (id=\"history\") in the DOM"
    drawn=$(grep -o '<svg [^>]*class="multiple"[^>]* data-indicator="[^"]\{1,\}"' "$dom" | wc -l)
    [ "$drawn" -eq "$multiples" ] || fail "$drawn small multiples, expected $multiples"
fi

if [ -n "$screenshot" ]; then
    run_chromium --hide-scrollbars --window-size=1280,2400 --screenshot="$screenshot" >/dev/null 2>&1 ||
        fail "Chromium could not take a screenshot"
fi

if [ $status -eq 0 ]; then
    echo "ok: '$title' loaded in $(basename "$browser"); $bullets bullet charts"
fi
exit $status
