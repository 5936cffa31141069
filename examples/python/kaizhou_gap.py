"""Kaizhou district (seed 000): places per 1,000 and the gap to 4.5 by 2025.

    python3 examples/python/kaizhou_gap.py [DATA_DIR]
"""
import os
import sys

import totuo

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
ds = totuo.Dataset(os.path.join(data, "kaizhou-regions.csv"),
                   os.path.join(data, "kaizhou-institutions.csv"))   # Chinese headers work
kz = ds.indicators("500154")        # {indicator id: value, None when undefined}

print("开州区 Kaizhou: %d residents, %d places, %.2f places per 1,000"
      % (kz["population"], kz["places"], kz["places_per_1000"]))
print("filed: %d of %d institutions (%.1f%%)"
      % (kz["filed_institutions"], kz["institutions"], kz["filing_rate"]))
needed, more = totuo.places_needed(kz["population"], 4.5, kz["places"])
print("4.5 per 1,000 by 2025 needs %d places, %d more" % (needed, more))
