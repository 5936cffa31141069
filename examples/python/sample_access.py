"""The sample district: which compounds are far from an inclusive place?

Within the 5-minute living circle of GB 50180-2018 (300 m) and then the
15-minute one (1,000 m), the share of children under three who have an
inclusive place within reach, and the five largest compounds that have none
within 1,000 m: where a new inclusive point would serve most children.

    python3 examples/python/sample_access.py [DATA_DIR]
"""
import os
import sys

import totuo

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
ds = totuo.Dataset(os.path.join(data, "sample-regions.csv"),
                   os.path.join(data, "sample-institutions.csv"))
demand = totuo.Demand.from_csv(ds, os.path.join(data, "sample-demand.csv"))   # crs="gcj02" for Amap

for minutes in (5, 15):
    access = totuo.compute_access(demand, circle=minutes, inclusive=True)
    district = access.region("990101")
    print("%2d-minute circle (%4d m): %4.1f%% of %d children within reach of an inclusive place"
          % (minutes, totuo.living_circle_m(minutes), district.covered_share, district.children))

# The compounds without an inclusive place within 1,000 m, the largest first.
cols = access.columns()
far = [(demand.children(k), cols["id"][k], cols["nearest_m"][k])
       for k in range(len(demand)) if not cols["covered"][k]]
far.sort(key=lambda row: (-row[0], row[1]))
print("largest compounds with none within 1,000 m:")
for children, ident, nearest in far[:5]:
    region = ds.region(demand.region_codes[demand.ids.index(ident)])
    print("  %s (%s): %d children, nearest inclusive place %.0f m" % (ident, region.name, children, nearest))
