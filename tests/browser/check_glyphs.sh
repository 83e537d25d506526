#!/bin/sh
# Checks that a plantarget HTML report's Chinese text is drawn with real
# glyphs in headless Chromium, not as boxes (tofu): a copy of the page gets
# glyph_probe.js, which measures the title's Chinese against as many .notdef
# boxes (rendered width) and draws up to 40 distinct Chinese characters of
# the page on a canvas, comparing each with the .notdef box pixel by pixel.
#
#   check_glyphs.sh [--hide-cjk-fonts] [--expect-boxes] HTML_FILE
#
# Fails when any sampled character is drawn as a box. --hide-cjk-fonts runs
# Chromium with a fontconfig setup that rejects every font with a Chinese
# glyph; --expect-boxes inverts the verdict, so that the pair shows the check
# can fail. Exits 77, which CTest reads as "skipped", when no Chromium is
# installed; CHROMIUM names the binary to use.
set -u

hide=false
expect_boxes=false
while [ $# -gt 0 ]; do
    case $1 in
        --hide-cjk-fonts) hide=true ;;
        --expect-boxes) expect_boxes=true ;;
        -*) echo "usage: $0 [--hide-cjk-fonts] [--expect-boxes] HTML_FILE" >&2; exit 2 ;;
        *) break ;;
    esac
    shift
done
if [ $# -ne 1 ]; then
    echo "usage: $0 [--hide-cjk-fonts] [--expect-boxes] HTML_FILE" >&2
    exit 2
fi
html=$1
probe=$(dirname "$0")/glyph_probe.js

if [ ! -s "$html" ]; then
    echo "FAIL: $html is missing or empty" >&2
    exit 1
fi

# shellcheck source=find_chromium.sh
. "$(dirname "$0")/find_chromium.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# The probe goes before the first </body> of a copy; the report stays
# script-free.
awk -v js="$probe" '
    /<\/body>/ && !done {
        print "<script>"
        while ((getline line < js) > 0) print line
        print "</script>"
        done = 1
    }
    { print }
    END { if (!done) exit 1 }' "$html" >"$work/probe.html" || {
    echo "FAIL: no </body> in $html to put the probe before" >&2
    exit 1
}

if $hide; then
    # Every font that has 沙 (U+6C99) or 计 (U+8BA1) is rejected, whatever
    # its family: the system's own fonts.conf otherwise, and a private cache.
    if ! command -v fc-list >/dev/null 2>&1; then
        echo "FAIL: --hide-cjk-fonts needs fc-list (apt-get install fontconfig)" >&2
        exit 1
    fi
    mkdir "$work/fontconfig-cache"
    {
        echo '<?xml version="1.0"?>'
        echo '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
        echo '<fontconfig>'
        echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        echo "  <cachedir>$work/fontconfig-cache</cachedir>"
        echo '  <selectfont><rejectfont>'
        { fc-list ':charset=6c99' file; fc-list ':charset=8ba1' file; } | sed 's/: *$//' | sort -u |
            sed 's/&/\&amp;/g; s/</\&lt;/g; s:.*:    <glob>&</glob>:'
        echo '  </rejectfont></selectfont>'
        echo '</fontconfig>'
    } >"$work/fonts.conf"
    FONTCONFIG_FILE=$work/fonts.conf
    export FONTCONFIG_FILE
    left=$(fc-list ':charset=6c99' family)
    if [ -n "$left" ]; then
        echo "FAIL: fonts with Chinese glyphs still visible after hiding: $left" >&2
        exit 1
    fi
fi

if ! "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$work/profile" --virtual-time-budget=5000 --dump-dom \
        "file://$work/probe.html" >"$work/dom" 2>/dev/null; then
    echo "FAIL: Chromium could not load $html" >&2
    exit 1
fi

# The probe's lines, key=value, from its <pre id="glyph-probe"> to </pre>.
sed -n '/<pre id="glyph-probe">/,/<\/pre>/p' "$work/dom" |
    sed 's/^<pre id="glyph-probe">//; s:</pre>.*::' >"$work/result"
value() {
    sed -n "s/^$1=//p" "$work/result" | head -n 1
}
error=$(value error)
boxes=$(value boxes)
if [ -n "$error" ] || [ -z "$boxes" ]; then
    echo "FAIL: the glyph probe did not run: ${error:-no result in the DOM}" >&2
    exit 1
fi

fonts=installed
$hide && fonts=hidden
summary="title $(value title): $(value title_width) px wide, as many boxes $(value tofu_width) px;\
 $(value sampled) characters sampled, $(value distinct_shapes) distinct shapes, $boxes drawn as boxes (CJK fonts $fonts)"

if $expect_boxes; then
    if [ "$boxes" -gt 0 ]; then
        echo "ok: boxes detected as expected: $summary; boxed: $(value boxed)"
        exit 0
    fi
    echo "FAIL: expected boxes, but none detected: $summary" >&2
    exit 1
fi
if [ "$boxes" -gt 0 ]; then
    echo "FAIL: Chinese text drawn as boxes (install fonts-wqy-microhei): $summary; boxed: $(value boxed)" >&2
    exit 1
fi
echo "ok: Chinese glyphs rendered in $(basename "$browser"): $summary"
