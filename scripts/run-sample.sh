#!/bin/sh
# The main job: builds libtotuo and prints the indicator report of the
# bundled sample district (examples/data/sample-*.csv, synthetic data).
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
[ -d build ] || meson setup build > /dev/null
meson compile -C build > /dev/null
./build/examples/sample-report examples/data
