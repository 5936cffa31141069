#!/usr/bin/env python3
"""The same work as totuo-bench, done with pandas, side by side.

    pandas_reference.py REGIONS.csv INSTITUTIONS.csv TOTUO_RESULTS.csv TOTUO_BENCH.txt [RUNS]

Loads both CSV files, rolls places, institutions and population up every
level (the population rule of libtotuo: a region's own figure, else the sum
of its children's when all are known), saves CSV and JSON; prints the median
seconds of each, the ratio pandas / libtotuo, and checks that the roll-up
equals libtotuo's to the last digit.
"""

import io
import statistics
import sys
import time

import pandas as pd


def timed(runs, function):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def load(regions_path, institutions_path):
    regions = pd.read_csv(regions_path, dtype={"code": str, "parent": str},
                          keep_default_na=False, na_values={"population": [""]})
    institutions = pd.read_csv(institutions_path, dtype={"id": str, "region": str})
    return regions, institutions


def roll_up(regions, institutions):
    per_region = institutions.groupby("region").agg(institutions=("id", "size"),
                                                    places=("places", "sum"))
    table = regions[["code", "parent", "population"]].set_index("code")
    table = table.join(per_region).fillna({"institutions": 0, "places": 0})
    depth = {"province": 0, "city": 1, "district": 2, "street": 3, "township": 3, "community": 4}
    table["depth"] = regions.set_index("code")["level"].map(depth)
    # Children first: add each level's sums into the level above.
    for level in range(4, 0, -1):
        rows = table[table["depth"] == level]
        sums = rows.groupby("parent").agg(institutions=("institutions", "sum"),
                                          places=("places", "sum"),
                                          population=("population",
                                                      lambda s: s.sum() if s.notna().all() else None))
        parents = sums.index
        table.loc[parents, "institutions"] += sums["institutions"]
        table.loc[parents, "places"] += sums["places"]
        own = table.loc[parents, "population"]
        table.loc[parents, "population"] = own.where(own.notna(), sums["population"])
    table["places_per_1000"] = table["places"] / table["population"] * 1000
    return table


def totuo_seconds(path):
    seconds = {}
    for line in open(path):
        if line.startswith("BENCH "):
            fields = dict(part.split("=") for part in line.split()[1:])
            seconds[fields["operation"]] = float(fields["seconds"])
    return seconds


def main():
    regions_path, institutions_path, results_path, bench_path = sys.argv[1:5]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    t_load, (regions, institutions) = timed(runs, lambda: load(regions_path, institutions_path))
    t_rollup, table = timed(runs, lambda: roll_up(regions, institutions))
    t_csv, _ = timed(runs, lambda: (regions.to_csv(io.StringIO(), index=False),
                                    institutions.to_csv(io.StringIO(), index=False)))
    t_json, _ = timed(runs, lambda: institutions.to_json(orient="records"))

    ours = pd.read_csv(results_path, dtype={"code": str}).set_index("code")
    theirs = table.loc[ours.index]
    for column in ("institutions", "places"):
        assert (ours[column] == theirs[column]).all(), column
    same_population = (ours["population"] == theirs["population"]) | \
        (ours["population"].isna() & theirs["population"].isna())
    assert same_population.all(), "population"
    ratio = (ours["places_per_1000"] - theirs["places_per_1000"]).abs() / \
        theirs["places_per_1000"].abs().clip(lower=1e-300)
    assert (ratio.fillna(0) < 1e-12).all(), "places_per_1000"

    totuo = totuo_seconds(bench_path)
    pandas_times = {"load": t_load, "rollup": t_rollup, "save_csv": t_csv, "save_json": t_json}
    print("%-10s %12s %12s %16s" % ("operation", "pandas s", "libtotuo s", "pandas/libtotuo"))
    for op, seconds in pandas_times.items():
        print("%-10s %12.4f %12.4f %16.1f" % (op, seconds, totuo[op], seconds / totuo[op]))
    both = (t_load + t_rollup) / (totuo["load"] + totuo["rollup"])
    print("load + roll-up: libtotuo is %.1f times as fast as pandas" % both)
    print("results: %d regions equal in institutions, places, population and places per 1,000"
          % len(ours))
    print("PANDAS load=%.6f rollup=%.6f save_csv=%.6f save_json=%.6f speedup_load_rollup=%.2f"
          % (t_load, t_rollup, t_csv, t_json, both))


if __name__ == "__main__":
    main()
