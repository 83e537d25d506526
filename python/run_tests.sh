#!/usr/bin/env bash
# Builds the plantarget Python module, installs it into a throwaway venv with
# the documented command (docs/python.md), and runs the pytest suite against
# the installed package with Debian's interpreter (the venv's python is
# /usr/bin/python3). Needs no network.
#
#   python/run_tests.sh [PYTEST_ARGS...]
#
# PLANTARGET_BUILD_DIR  the CMake build directory (default <repo>/build/python:
#                       kept between runs, so a rerun only recompiles what changed)
# PLANTARGET_PYTHON     the interpreter to build the venv from (default /usr/bin/python3)
set -euo pipefail

python_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$python_dir")
interpreter=${PLANTARGET_PYTHON:-/usr/bin/python3}
export PLANTARGET_BUILD_DIR=${PLANTARGET_BUILD_DIR:-$repo/build/python}
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}

for module in numpy pandas pytest setuptools; do
  if ! "$interpreter" -c "import $module" 2>/dev/null; then
    echo "run_tests: $interpreter cannot import $module; on Debian: apt-get install python3-$module" >&2
    exit 1
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/plantarget-python.XXXXXX")
trap 'rm -rf "$work"' EXIT

start=$(date +%s)
echo "run_tests: venv in $work/venv, CMake build in $PLANTARGET_BUILD_DIR"
"$interpreter" -m venv --system-site-packages "$work/venv"
"$work/venv/bin/pip" install --no-build-isolation --no-deps "$python_dir"
echo "run_tests: built and installed in $(( $(date +%s) - start )) s"

# From outside the source tree, so that `import plantarget` finds the
# installed package, not python/plantarget without its compiled module.
cd "$work"
"$work/venv/bin/python" -m pytest -p no:cacheprovider -q -s "$python_dir/tests" "$@"
echo "run_tests: done in $(( $(date +%s) - start )) s"
