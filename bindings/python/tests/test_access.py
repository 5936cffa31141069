"""Spatial access from Python: datums, demand points, the methods, the
results as columns and DataFrames, reports, errors and closed objects."""

import math
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if not os.environ.get("TOTUO_TEST_INSTALLED"):
    sys.path.insert(0, os.path.dirname(HERE))
DATA = os.environ.get("TOTUO_DATA",
                      os.path.normpath(os.path.join(HERE, "..", "..", "..", "examples", "data")))

import totuo  # noqa: E402
from totuo import _columns  # noqa: E402

try:
    import pandas
except ImportError:
    pandas = None
if os.environ.get("TOTUO_PYTHON_NO_NUMPY"):
    pandas = None


def sample():
    return totuo.Dataset(os.path.join(DATA, "sample-regions.csv"),
                         os.path.join(DATA, "sample-institutions.csv"))


def sample_demand(ds):
    return totuo.Demand.from_csv(ds, os.path.join(DATA, "sample-demand.csv"))


class Datums(unittest.TestCase):
    def test_known_points(self):
        lat, lon = totuo.from_wgs84(39.911954, 116.377817, "gcj02")
        self.assertAlmostEqual(lat, 39.91334545536069, places=9)
        self.assertAlmostEqual(lon, 116.38404722455657, places=9)
        back = totuo.to_wgs84(lat, lon, "高德")
        self.assertLess(totuo.distance_m(back[0], back[1], 39.911954, 116.377817), 1e-3)
        self.assertRaises(ValueError, totuo.to_wgs84, 95, 0, "gcj02")
        self.assertRaises(ValueError, totuo.to_wgs84, 30, 114, "utm")
        self.assertRaises(TypeError, totuo.to_wgs84, 30, 114, 3)
        self.assertEqual(totuo.living_circle_m(5), 300)
        self.assertRaises(ValueError, totuo.living_circle_m, 7)


class Access(unittest.TestCase):
    def test_sample_district(self):
        ds = sample()
        demand = sample_demand(ds)
        self.assertEqual(len(demand), 177)
        access = totuo.compute_access(demand, circle=15, inclusive=True)
        district = access.region("990101")
        self.assertEqual(district.n_points, 177)
        self.assertEqual(district.children, ds.indicator_table().value("990101", "under3"))
        self.assertTrue(0 <= district.covered_share <= 100)
        weighted, reached = access.totals()
        self.assertAlmostEqual(weighted, reached, delta=1e-9 * reached)
        cols = access.columns()
        self.assertEqual(len(cols["score"]), 177)
        self.assertEqual(list(cols["id"])[:1], [demand.ids[0]])
        p = access.point(0)
        self.assertEqual(p.covered, p.n_providers > 0)
        self.assertEqual(bool(cols["covered"][0]), p.covered)
        self.assertAlmostEqual(access.measure("990101", "covered_share"), district.covered_share)

    def test_methods_and_options(self):
        ds = sample()
        demand = sample_demand(ds)
        a = totuo.compute_access(demand, method="2sfca", radius=1000)
        b = totuo.compute_access(demand, method="e2sfca", radius=1000,
                                 bands=[(1 / 3, 1.0), (2 / 3, 0.68), (1.0, 0.22)])
        c = totuo.compute_access(demand, method="gaussian", radius=1000)
        self.assertEqual(a.n_pairs, b.n_pairs)
        self.assertEqual(a.n_pairs, c.n_pairs)
        for x in (a, b, c):
            s, r = x.totals()
            self.assertAlmostEqual(s, r, delta=1e-9 * max(r, 1))
        nurseries = totuo.compute_access(demand, kinds=["nursery"], ownerships="public")
        self.assertLess(nurseries.n_providers, a.n_providers)
        self.assertRaises(ValueError, totuo.compute_access, demand, method="3sfca")
        self.assertRaises(ValueError, totuo.compute_access, demand, radius=300, circle=5)
        self.assertRaises(totuo.Error, totuo.compute_access, demand, radius=-5)
        self.assertRaises(totuo.Error, totuo.compute_access, demand, bands=[(0.5, 1), (0.4, 1)])
        self.assertRaises(ValueError, totuo.compute_access, demand, weight="adults")
        self.assertRaises(TypeError, totuo.compute_access, ds)

    def test_travel_times(self):
        ds = sample()
        demand = sample_demand(ds)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "t.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("origin,destination,minutes\n%s,SD001,5\n%s,SD001,12\n"
                        % (demand.ids[0], demand.ids[1]))
            a = totuo.compute_access(demand, radius=10, travel_times=path)
            self.assertTrue(a.point(0).covered)
            self.assertFalse(a.point(1).covered)
            self.assertEqual(a.point(1).nearest_m, 12)
            with open(path, "w", encoding="utf-8") as f:
                f.write("origin,destination,minutes\nnobody,SD001,5\n")
            with self.assertRaises(totuo.NotFoundError) as caught:
                totuo.compute_access(demand, travel_times=path)
            self.assertIn("t.csv:2:1", str(caught.exception))

    def test_reports(self):
        ds = sample()
        access = totuo.compute_access(sample_demand(ds), circle=10)
        text = access.report(["990101", "990101001"], lang="en")
        self.assertIn("the 10-minute living circle", text)
        csv = access.report(["990101"], "csv")
        self.assertTrue(csv.startswith("code,name,level,points,children,covered_share"))
        self.assertIn('"type": "FeatureCollection"', access.geojson())
        self.assertTrue(access.svg("990101").startswith("<?xml"))
        self.assertTrue(access.points_report("csv").startswith("id,region,lat,lon"))
        self.assertRaises(TypeError, access.report, "990101")
        obs = totuo.Observations()
        access.add_observations(obs, 2024, "covered_share", "within_500m")
        self.assertAlmostEqual(obs.get("within_500m", "990101", 2024),
                               access.region("990101").covered_share)
        self.assertRaises(ValueError, access.add_observations, obs, 2024, "nonsense", "x")

    @unittest.skipIf(pandas is None, "pandas is not installed")
    def test_dataframe(self):
        access = totuo.compute_access(sample_demand(sample()), circle=15)
        frame = access.to_dataframe()
        self.assertEqual(len(frame), 177)
        self.assertEqual(frame.index.name, "id")
        self.assertEqual(str(frame["covered"].dtype), "bool")

    def test_geojson_round_trip(self):
        ds = sample()
        demand = sample_demand(ds)
        access = totuo.compute_access(demand, circle=10)
        again = totuo.Demand.from_json_text(ds, access.geojson(), "a.geojson")
        self.assertEqual(again.ids, demand.ids)
        self.assertEqual([again.children(k) for k in range(len(again))],
                         [demand.children(k) for k in range(len(demand))])
        self.assertEqual(again.location(3), demand.location(3))
        with self.assertRaises(totuo.Error) as caught:
            totuo.Demand.from_json_text(ds, '[{"id": "x"}]', "b.json")
        self.assertIn("b.json: points[0].region", str(caught.exception))

    def test_errors_and_closed_objects(self):
        ds = sample()
        with self.assertRaises(totuo.Error) as caught:
            totuo.Demand.from_text(ds, "id,region,lat,lon,under3\nA,nowhere,30,114,1\n", "d.csv")
        self.assertIn("d.csv:2:2", str(caught.exception))
        self.assertRaises(TypeError, totuo.Demand.from_csv, "not a dataset", "x.csv")
        demand = totuo.Demand.from_regions(ds, "street")
        self.assertEqual(len(demand), 8)
        self.assertIn("location", " ".join(totuo.Demand.from_regions(ds, "township").warnings) or "location")
        access = totuo.compute_access(demand)
        self.assertRaises(totuo.NotFoundError, access.region, "nope")
        self.assertRaises(totuo.UndefinedError, access.region, "990101001001")
        self.assertRaises(IndexError, access.point, 10 ** 6)
        self.assertRaises(TypeError, access.point, "0")
        demand.close()
        self.assertRaises(totuo.ClosedError, totuo.compute_access, demand)
        self.assertEqual(access.region("990101").n_points, 8)   # the results keep their points
        access.close()
        self.assertRaises(totuo.ClosedError, access.region, "990101")
        self.assertRaises(totuo.ClosedError, access.columns)


if __name__ == "__main__":
    unittest.main()
