"""The sample district (synthetic): a few indicators of every street and
township, as records ready for pandas or a CSV writer.

    python3 examples/python/sample_report.py [DATA_DIR]
"""
import os
import sys

import totuo

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
ds = totuo.Dataset(os.path.join(data, "sample-regions.csv"),
                   os.path.join(data, "sample-institutions.csv"))
table = ds.indicator_table()

print(totuo.report_regions(table, ds.children("990101"),
                           ["institutions", "places", "places_per_1000", "inclusive_share"],
                           lang="en"))
records = [r for r in table.to_records() if r["code"] == "990101"]
print("district: %.2f places per 1,000, %.1f%% inclusive"
      % (records[0]["places_per_1000"], records[0]["inclusive_share"]))
