#!/usr/bin/env bash
# Installs what plantarget needs on Debian 12 (bookworm): compilers, CMake,
# Ninja, Boost headers, GoogleTest, Google Benchmark, fmt, nlohmann-json, CLI11
# and the sanitizer runtimes; with --test also Chromium, a Chinese font and the
# Python stack. Idempotent and quiet: when everything is already
# installed it does not touch apt at all.
set -euo pipefail

packages=(
  g++ clang cmake ninja-build
  libboost-dev
  libgtest-dev libgmock-dev
  libbenchmark-dev
  libfmt-dev nlohmann-json3-dev libcli11-dev libssl-dev
  libclang-rt-14-dev
  git ca-certificates
)
# With --test: what the whole test suite needs besides the build: Chromium for
# the HTML report's browser tests, with a CJK font (WenQuanYi Micro Hei, 5 MB,
# named in the page's font stack; without one Chinese renders as boxes and
# browser.shapingba_cjk_glyphs fails) and fontconfig, whose fc-list the test
# that hides that font uses; Python with pybind11, pandas, pytest and Dask
# for the Python module and its Dask test, openpyxl for its workbook reader;
# GNU time (/usr/bin/time -v), with which the benchmarks' city-scale run
# measures plancheck's peak memory.
if [ "${1:-}" = --test ]; then
  packages+=(
    chromium fonts-wqy-microhei fontconfig time
    pybind11-dev python3-dev python3-venv python3-setuptools python3-wheel python3-pip
    python3-numpy python3-pandas python3-pytest python3-dask python3-distributed python3-openpyxl
  )
fi
# Installed only when the archive has them (older or newer releases may not).
optional_packages=(libgmock-dev)

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

missing=()
for package in "${packages[@]}"; do
  is_installed "$package" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-debian: apt-get not found; install these by hand: ${missing[*]}" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "setup-debian: not root and no sudo; as root, run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

log=$(mktemp "${TMPDIR:-/tmp}/plantarget-setup.XXXXXX")
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive

apt_get() {
  if ! "${as_root[@]}" apt-get -o Dpkg::Use-Pty=0 "$@" >>"$log" 2>&1; then
    echo "setup-debian: apt-get $* failed:" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
}

# A fresh root has no package lists; a stale one may name files the mirror
# no longer has. Update once when the lists are empty, or once after a
# failed install.
updated=false
update_once() {
  if [ "$updated" = false ]; then
    apt_get update -qq
    updated=true
  fi
}
if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
  update_once
fi

# Drop optional packages the archive does not know.
to_install=()
for package in "${missing[@]}"; do
  if [[ " ${optional_packages[*]} " == *" $package "* ]] &&
     ! apt-cache show "$package" >/dev/null 2>&1; then
    continue
  fi
  to_install+=("$package")
done
[ ${#to_install[@]} -gt 0 ] || exit 0

echo "setup-debian: installing ${to_install[*]}"
if ! apt_get install -y -qq --no-install-recommends "${to_install[@]}"; then
  [ "$updated" = false ] || exit 1
  echo "setup-debian: retrying after apt-get update" >&2
  update_once
  apt_get install -y -qq --no-install-recommends "${to_install[@]}"
fi
