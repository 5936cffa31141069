"""Which streets are below 4.5 places per 1,000 residents? An analyst's
notebook, top to bottom: load a registry, compute every indicator of every
region, take the streets below the 14th Five-Year Plan's target as a table,
and draw them when matplotlib is installed.

    python3 examples/python/national_streets.py [REGIONS.csv INSTITUTIONS.csv [CHART.png]]

With no arguments it reads the bundled sample district. For the national
benchmark data (1,000,000 institutions, 42,487 regions):

    python3 bench/generate_national.py --institutions 1000000 --out /tmp/nat
    python3 examples/python/national_streets.py /tmp/nat/national-regions.csv \\
        /tmp/nat/national-institutions-1000000.csv /tmp/streets.png

pandas and matplotlib are optional (Debian: python3-pandas,
python3-matplotlib); Chinese labels need a CJK font, found by its file as
Debian's fonts-noto-cjk installs it (see docs/python.md).
"""
import os
import sys

import totuo

TARGET = 4.5                       # places per 1,000 residents, by 2025
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "data")
regions_csv = sys.argv[1] if len(sys.argv) > 2 else os.path.join(data, "sample-regions.csv")
institutions_csv = sys.argv[2] if len(sys.argv) > 2 else os.path.join(data, "sample-institutions.csv")
chart = sys.argv[3] if len(sys.argv) > 3 else None

# 1. Load: every rule of the loaders holds; warnings say what was doubtful.
ds = totuo.Dataset(regions_csv, institutions_csv)
print("%d regions, %d institutions" % (ds.n_regions, ds.n_institutions))

# 2. Every indicator of every region, in one pass.
table = ds.indicator_table()

# 3. The streets below the target, as a DataFrame when pandas is there.
try:
    import pandas  # noqa: F401
    frame = table.to_dataframe(["places", "population", "places_per_1000"])
    streets = frame[frame["level"] == "street"]
    low = streets[streets["places_per_1000"] < TARGET].sort_values("places_per_1000")
    rows = [(code, r["name"], r["places_per_1000"], r["places"], r["population"])
            for code, r in low.iterrows()]
    n_streets = len(streets)
except ImportError:
    records = [r for r in table.to_records()
               if ds.region(r["code"]).level == "street"]
    n_streets = len(records)
    rows = sorted(((r["code"], ds.region(r["code"]).name, r["places_per_1000"], r["places"],
                    r["population"]) for r in records
                   if r["places_per_1000"] is not None and r["places_per_1000"] < TARGET),
                  key=lambda row: row[2])

print("%d of %d streets are below %.1f places per 1,000:" % (len(rows), n_streets, TARGET))
for code, name, ratio, places, population in rows[:10]:
    print("  %-12s %-10s %5.2f  (%d places, %d residents)" % (code, name, ratio, places,
                                                             population))
if len(rows) > 10:
    print("  ... and %d more" % (len(rows) - 10))

# 4. A picture, when matplotlib is installed and a chart file is asked for.
if chart is not None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib import font_manager
    except ImportError:
        print("matplotlib is not installed: no chart (apt-get install python3-matplotlib)")
    else:
        if os.path.exists(FONT):
            font_manager.fontManager.addfont(FONT)
            plt.rcParams["font.family"] = "Noto Sans CJK JP"
        shown = rows[:30]
        fig, ax = plt.subplots(figsize=(10, 0.3 * len(shown) + 1.5))
        # Names repeat across a country (every city has a 东城街道): label by both.
        ax.barh(["%s %s" % (name, code) for code, name, _, _, _ in shown],
                [ratio for _, _, ratio, _, _ in shown])
        ax.axvline(TARGET, color="red", linestyle="--", label="目标 %.1f" % TARGET)
        ax.set_xlabel("每千人口托位数 places per 1,000 residents")
        ax.invert_yaxis()
        ax.legend()
        fig.tight_layout()
        fig.savefig(chart, dpi=120)
        print("chart: %s" % chart)
