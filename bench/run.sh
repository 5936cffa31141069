#!/bin/sh
# Runs the national benchmark: generates the data once, times libtotuo, and
# when pandas is importable, or R's data.table installed, times them on the
# same work and compares.
# usage: run.sh TOTUO_BENCH SOURCE_DIR DATA_DIR
# Environment: TOTUO_BENCH_ROWS (default 1000000), TOTUO_BENCH_RUNS (default 5).
set -eu
bench=$1
src=$2
data=$3
rows=${TOTUO_BENCH_ROWS:-1000000}
runs=${TOTUO_BENCH_RUNS:-5}
regions=$data/national-regions.csv
institutions=$data/national-institutions-$rows.csv
[ -f "$institutions" ] || python3 "$src/generate_national.py" --institutions "$rows" --out "$data"
echo "== libtotuo, $rows institutions, median of $runs runs"
"$bench" "$regions" "$institutions" "$runs" "$data/totuo-results.csv" | tee "$data/totuo-bench.txt"
compared=no
for py in python3 /usr/bin/python3; do
  if "$py" -c 'import pandas' 2>/dev/null; then
    echo "== pandas on the same work"
    "$py" "$src/pandas_reference.py" "$regions" "$institutions" "$data/totuo-results.csv" \
      "$data/totuo-bench.txt" 3
    compared=yes
    break
  fi
done
[ $compared = yes ] ||
  echo "== pandas is not installed (apt-get install python3-pandas): no comparison"
for py in /usr/bin/python3 python3; do
  if "$py" -c 'import ctypes' 2>/dev/null; then
    echo "== the Python bindings beside pandas' read_csv ($py)"
    "$py" "$src/python_bench.py" "$regions" "$institutions" 3
    break
  fi
done
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(data.table)' >/dev/null 2>&1; then
  echo "== data.table on the same work"
  Rscript "$src/datatable_reference.R" "$regions" "$institutions" "$data/totuo-results.csv" \
    "$data/totuo-bench.txt" 3
else
  echo "== data.table is not installed (apt-get install r-cran-data.table): no comparison"
fi
