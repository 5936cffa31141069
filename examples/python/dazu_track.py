"""Dazu district (seed 003): its 2023-2025 plan against the 2022 registry.

    python3 examples/python/dazu_track.py [DATA_DIR]
"""
import os
import sys

import totuo

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
plan = totuo.Plan.load(os.path.join(data, "dazu-plan.ini"))
observations = totuo.Observations()
observations.add_dataset(2022, totuo.Dataset(os.path.join(data, "dazu-regions.csv"),
                                             os.path.join(data, "dazu-institutions.csv")))

evaluation = plan.evaluate(observations)
for result in evaluation.results:
    t = result.target
    year, baseline = t.baseline
    print("%-3s %-24s baseline %-6s %-16s %s" % (
        t.id, t.indicator, "—" if baseline is None else "%g" % baseline,
        "%s %s" % (t.comparator, t.relative_to or "%g" % t.end[1]), result.status.id))
print(evaluation.summary())
