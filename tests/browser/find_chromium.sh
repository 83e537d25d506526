# Sourced by the browser checks: sets $browser to $CHROMIUM or the first
# Chromium on PATH, or exits 77 (the tests' "skipped", which the test script
# counts as a failure) when there is none.
browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
    for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
        if command -v "$candidate" >/dev/null 2>&1; then
            browser=$(command -v "$candidate")
            break
        fi
    done
fi
if [ -z "$browser" ]; then
    echo "SKIP: Chromium is not installed (apt-get install chromium)" >&2
    exit 77
fi
