#!/usr/bin/env python3
"""Python at national scale: the bindings' transfers beside pandas' read_csv
of the same file, in one run, as the median of a few runs each.

    python3 bench/python_bench.py REGIONS.csv INSTITUTIONS.csv [RUNS]

(bench/run.sh runs it after the C benchmark.) Prints a line per step:

    step                         seconds   target   pandas alone
    IndicatorTable.to_dataframe    0.048    0.050
    ...

and BENCH lines as the C benchmark does. A step's target is issue 20's, on
the 2-core benchmark machine. Needs pandas (Debian: python3-pandas) for the
DataFrame steps; without it only the records and columns steps run.
"""
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bindings", "python"))

import totuo  # noqa: E402

try:
    import pandas
except ImportError:
    pandas = None


def median_time(function, runs):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    regions_csv, institutions_csv = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    rows = []

    load, ds = median_time(lambda: totuo.Dataset(regions_csv, institutions_csv), 1)
    rows.append(("Dataset(regions, institutions)", load, None, None))
    table = ds.indicator_table()
    n_regions, n_institutions = ds.n_regions, ds.n_institutions

    seconds, _ = median_time(lambda: table.columns(), runs)
    rows.append(("IndicatorTable.columns()", seconds, None, None))
    seconds, _ = median_time(ds.to_records, runs)
    rows.append(("Dataset.to_records()", seconds, 2.0, None))
    if pandas is not None:
        read_csv, frame = median_time(lambda: pandas.read_csv(institutions_csv,
                                                              dtype={"region": str}), runs)
        regions_frame = pandas.read_csv(regions_csv, dtype={"code": str, "parent": str})
        seconds, _ = median_time(table.to_dataframe, runs * 3)
        rows.append(("IndicatorTable.to_dataframe()", seconds, 0.05, None))
        seconds, _ = median_time(ds.to_dataframe, runs)
        rows.append(("Dataset.to_dataframe()", seconds, 0.6, read_csv))
        seconds, again = median_time(lambda: totuo.Dataset.from_dataframes(regions_frame, frame),
                                     runs)
        assert again == ds, "from_dataframes() gave another dataset"
        rows.append(("Dataset.from_dataframes()", seconds, 1.5, read_csv))
    else:
        print("pandas is not installed (apt-get install python3-pandas): "
              "no DataFrame steps, no comparison")

    print("%d regions, %d institutions; median of %d runs; numpy %s" % (
        n_regions, n_institutions, runs, "yes" if totuo._columns._np is not None else "no"))
    print("%-32s %8s %8s %14s" % ("step", "seconds", "target", "pandas read_csv"))
    for name, seconds, target, peer in rows:
        print("%-32s %8.3f %8s %14s" % (name, seconds, "%.2f" % target if target else "",
                                         "%.3f" % peer if peer else ""))
    for name, seconds, target, peer in rows:
        operation = name.split("(")[0].replace(".", "_").lower()
        print("BENCH operation=python_%s seconds=%.6f%s" % (
            operation, seconds, " pandas_read_csv_seconds=%.6f" % peer if peer else ""))


if __name__ == "__main__":
    main()
