#!/bin/sh
# Builds libtotuo and runs every test (Check suites, examples against their
# expected output, exported symbols, headers compiled alone).
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh "${1:---tests}"
[ -d build ] || meson setup build > /dev/null
meson compile -C build > /dev/null
meson test -C build --print-errorlogs
