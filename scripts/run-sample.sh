#!/bin/sh
# The main job: builds libtotuo and tracks the bundled sample district's
# three-year plan (synthetic data: examples/data/sample-*) against its
# datasets of 2022, 2023 and 2024 and a parents' survey; prints the
# evaluation, writes the chart to sample-plan.svg and the district's report,
# one HTML page with the chart inside, to sample-report.html.
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
[ -d build ] || meson setup build > /dev/null
meson compile -C build > /dev/null
d=examples/data
./build/cli/totuo track --plan $d/sample-plan.ini \
  --dataset 2022:$d/sample-regions.csv:$d/sample-2022-institutions.csv \
  --dataset 2023:$d/sample-regions.csv:$d/sample-2023-institutions.csv \
  --dataset 2024:$d/sample-regions.csv:$d/sample-institutions.csv \
  --observations $d/sample-observations.csv \
  --svg sample-plan.svg "$@"
./build/cli/totuo report --plan $d/sample-plan.ini \
  --dataset 2022:$d/sample-regions.csv:$d/sample-2022-institutions.csv \
  --dataset 2023:$d/sample-regions.csv:$d/sample-2023-institutions.csv \
  --dataset 2024:$d/sample-regions.csv:$d/sample-institutions.csv \
  --observations $d/sample-observations.csv \
  -o sample-report.html "$@"
echo "chart written to sample-plan.svg, the district's report to sample-report.html" >&2
