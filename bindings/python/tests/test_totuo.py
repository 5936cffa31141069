"""The Python bindings: every DOMAIN.md figure, every class, every error
code, ownership, threads. Standard library only: any Python 3 runs it.

    TOTUO_LIBRARY=build/lib/libtotuo.so.0 python3 -m unittest discover -s bindings/python/tests
"""

import ctypes
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if not os.environ.get("TOTUO_TEST_INSTALLED"):   # else: the installed package, from PYTHONPATH
    sys.path.insert(0, os.path.dirname(HERE))
DATA = os.environ.get("TOTUO_DATA",
                      os.path.normpath(os.path.join(HERE, "..", "..", "..", "examples", "data")))

import totuo  # noqa: E402
from totuo import _native  # noqa: E402


def data(name):
    return os.path.join(DATA, name)


def example(name):
    return totuo.Dataset(data(name + "-regions.csv"), data(name + "-institutions.csv"))


def sample_evaluation():
    plan = totuo.Plan.load(data("sample-plan.ini"))
    obs = totuo.Observations()
    regions = data("sample-regions.csv")
    obs.add_dataset(2022, totuo.Dataset(regions, data("sample-2022-institutions.csv")))
    obs.add_dataset(2023, totuo.Dataset(regions, data("sample-2023-institutions.csv")))
    obs.add_dataset(2024, totuo.Dataset(regions, data("sample-institutions.csv")))
    obs.load_csv(data("sample-observations.csv"))
    return plan.evaluate(obs)


class GoldenFigures(unittest.TestCase):
    """Every figure of ../shared/DOMAIN.md, from Python."""

    def test_kaizhou(self):
        ds = example("kaizhou")
        v = ds.indicators("500154")
        self.assertEqual(v["population"], 1284182)
        self.assertEqual(v["under3"], 26876)
        self.assertEqual(sum(ds.indicators(c)["under3"] for c in
                             ("500154001", "500154002", "500154003")), 10747)
        self.assertEqual(v["institutions"], 55)
        self.assertEqual(v["institutions_nursery"], 4)
        self.assertEqual(v["institutions_kindergarten"], 51)
        self.assertEqual(v["places"], 1514)
        self.assertEqual(v["filed_institutions"], 18)
        self.assertEqual(round(v["places_per_1000"], 2), 1.18)
        self.assertEqual(totuo.places_needed(1284182, 4.5, 1514), (5779, 4265))
        streets = sum(ds.indicators(c)["institutions_kindergarten"] for c in ds.children("500154")
                      if ds.region(c).level == totuo.RegionLevel.STREET)
        self.assertEqual(streets, 40)

    def test_taizhou(self):
        v = example("taizhou").indicators("331000")
        self.assertEqual((v["institutions"], v["places"]), (446, 22015))
        self.assertEqual(round(v["places_per_1000"], 2), 3.30)
        self.assertEqual(round(v["township_coverage"]), 79)
        self.assertEqual((v["inclusive_institutions"], v["inclusive_places"]), (353, 15317))
        self.assertEqual(round(v["inclusive_share"]), 70)
        self.assertEqual(round(v["inclusive_share"], 1), 69.6)
        self.assertEqual([round(totuo.completion_rate(a, p)) for a, p in
                          ((21, 16), (5671, 5200), (4584, 3160))], [131, 109, 145])
        self.assertEqual([totuo.nursery_classes(n) for n in (6, 9, 12)], [2, 3, 4])
        self.assertEqual([totuo.nursery_classes(n, urban=False) for n in (6, 9, 12)], [1, 2, 3])
        self.assertEqual(totuo.nursery_classes(9, new=False), 1)

    def test_chengdu(self):
        v = example("chengdu").indicators("510100")
        self.assertEqual((v["institutions"], v["registered_institutions"],
                          v["filed_institutions"]), (1609, 804, 341))
        self.assertEqual(round(v["places_per_1000"], 2), 3.56)
        self.assertEqual(round(v["enrollment_rate"], 2), 7.17)
        self.assertEqual(v["health_manager_rate"], 100)

    def test_wuhan(self):
        v = example("wuhan").indicators("420100")
        self.assertEqual((v["institutions"], v["inclusive_institutions"], v["places"]),
                         (374, 328, 12123))
        self.assertEqual((v["institutions_nursery"], v["places_nursery"]), (150, 7985))
        self.assertEqual((v["institutions_kindergarten"], v["places_kindergarten"]), (213, 3797))
        self.assertEqual((v["institutions_employer"], v["places_employer"]), (11, 341))

    def test_dazu(self):
        v = example("dazu").indicators("500111")
        self.assertEqual(round(v["places_per_1000"]), 2)
        self.assertEqual(round(v["utilization"]), 30)
        self.assertEqual(v["street_inclusive_coverage"], 50)
        self.assertEqual(v["kindergarten_share"], 20)
        self.assertEqual(v["certified_staff_rate"], 50)
        plan = totuo.Plan.load(data("dazu-plan.ini"))
        self.assertEqual(len(plan.targets), 10)
        self.assertEqual(plan.targets[4].milestones, {2023: 30.0, 2024: 35.0})
        self.assertEqual(plan.targets[2].relative_to, "parent")
        self.assertEqual(plan.targets[1].baseline, (2022, None))


class Records(unittest.TestCase):
    def test_region(self):
        r = totuo.Region("500154", "开州区", totuo.RegionLevel.DISTRICT, population=1284182,
                         location=(31.16, 108.39))
        self.assertEqual((r.code, r.name, r.level, r.parent), ("500154", "开州区",
                                                               totuo.RegionLevel.DISTRICT, None))
        self.assertEqual((r.population, r.under3, r.kindergartens), (1284182, None, None))
        self.assertEqual(r.location, (31.16, 108.39))
        c = r.copy()
        r.name, r.under3, r.location, r.parent = "x", 5, None, "500000"
        self.assertEqual((c.name, c.under3, c.location), ("开州区", None, (31.16, 108.39)))
        self.assertEqual(r.to_record()["parent"], "500000")
        self.assertEqual(totuo.RegionLevel.parse("街道"), totuo.RegionLevel.STREET)
        self.assertEqual(totuo.RegionLevel.TOWNSHIP.chinese, "乡镇")
        self.assertRaises(ValueError, totuo.RegionLevel.parse, "planet")
        self.assertIn("开州区", repr(r.copy()) + repr(c))

    def test_institution(self):
        i = totuo.Institution("a", "园", region="S", kind=totuo.Kind.FAMILY,
                              ownership=totuo.Ownership.MIXED, inclusive=True, places=5,
                              enrolled=4, status=totuo.Status.FILED,
                              modes=totuo.Modes.FULL_DAY | totuo.Modes.HOURLY, monthly_fee=2500,
                              staff=3, certified_staff=2, health_manager=True,
                              location=(30.5, 114.3))
        rec = i.copy().to_record()
        self.assertEqual(rec["kind"], "family")
        self.assertEqual(rec["modes"], "full_day|hourly")
        self.assertEqual((i.monthly_fee, i.enrolled, i.location), (2500, 4, (30.5, 114.3)))
        i.monthly_fee, i.enrolled, i.location = None, None, None
        self.assertEqual((i.monthly_fee, i.enrolled, i.location), (None, None, None))
        self.assertEqual(totuo.Kind.parse("幼儿园"), totuo.Kind.KINDERGARTEN)
        self.assertEqual(totuo.Ownership.parse("公建民营"), totuo.Ownership.MIXED)
        self.assertEqual(totuo.Status.parse("已备案"), totuo.Status.FILED)
        self.assertEqual(totuo.Modes.parse("全日托、临时托"),
                         totuo.Modes.FULL_DAY | totuo.Modes.TEMPORARY)
        self.assertEqual(totuo.Kind.NURSERY.chinese, "托育机构")
        self.assertEqual(totuo.Ownership.PUBLIC.chinese, "公办")
        self.assertEqual(totuo.Status.REGISTERED.chinese, "登记")
        self.assertRaises(ValueError, totuo.Institution, "a")
        self.assertIn("'a'", repr(i))

    def test_unknown_is_not_a_default(self):
        i = totuo.Institution("a", region="S", places=3)
        self.assertEqual((i.kind, i.status, i.ownership),
                         (totuo.Kind.UNKNOWN, totuo.Status.UNKNOWN, totuo.Ownership.UNKNOWN))
        self.assertIsNone(i.inclusive)
        self.assertIsNone(i.health_manager)
        i.inclusive, i.health_manager = False, True
        self.assertEqual((i.inclusive, i.health_manager), (False, True))
        i.inclusive = None
        self.assertIsNone(i.inclusive)
        self.assertRaises(TypeError, setattr, i, "inclusive", "no")
        self.assertEqual(totuo.Status.parse("未备案"), totuo.Status.NOT_FILED)

    def test_indicators_over_those_reporting(self):
        with tempfile.TemporaryDirectory() as d:
            regions = os.path.join(d, "r.csv")
            insts = os.path.join(d, "i.csv")
            with open(regions, "w", encoding="utf-8") as f:
                f.write("code,level,parent,population\nD,district,,1000\n")
            with open(insts, "w", encoding="utf-8") as f:
                f.write("机构编号,所属区划代码,托位数,备案状态\n"
                        "a,D,10,已备案\nb,D,10,未备案\nc,D,10,\nd,D,10,未登记\n")
            ds = totuo.Dataset()
            ds.load_regions_csv(regions)
            ds.load_institutions_csv(insts)
            t = ds.indicator_table()
            # a filed, b and d not: 1 of the 3 whose status is known.
            self.assertAlmostEqual(t.get("D", "filing_rate"), 100 / 3)
            self.assertEqual(t.reporting("D", "filing_rate"), (3, 4))
            # Registration is known for a and d only (b says only "not filed").
            self.assertEqual(t.get("D", "registration_rate"), 50)
            self.assertEqual(t.reporting("D", "registration_rate"), (2, 4))
            with self.assertRaises(totuo.UndefinedError) as cm:
                t.get("D", "inclusive_share")
            self.assertIn("column", str(cm.exception))


class Datasets(unittest.TestCase):
    def test_tree_and_lookup(self):
        ds = example("sample")
        self.assertEqual((ds.n_regions, len(ds)), (37, 150))
        self.assertEqual(ds.children(), ["990101"])
        self.assertEqual(len(ds.subtree("990101")), 37)
        self.assertEqual(len(ds.institutions_in("990101")), 150)
        self.assertIn("990101", ds)
        self.assertNotIn("nope", ds)
        self.assertRaises(KeyError, ds.region, "nope")
        self.assertRaises(KeyError, ds.institution, "nope")
        self.assertRaises(KeyError, ds.children, "nope")
        self.assertEqual(ds.institution("SD001").id, "SD001")
        self.assertEqual(len(ds.regions), 37)
        self.assertEqual(len(ds.institutions), 150)
        self.assertEqual(len(ds.to_records()), 150)
        self.assertEqual(len(ds.regions_to_records()), 37)
        self.assertIn("150 institutions", repr(ds))

    def test_add_remove(self):
        ds = totuo.Dataset()
        ds.add_region(totuo.Region("D", level=totuo.RegionLevel.DISTRICT, population=1000))
        ds.add_region(totuo.Region("S", level=totuo.RegionLevel.STREET, parent="D"))
        ds.add_institution(totuo.Institution("a", region="S", places=4, enrolled=2))
        self.assertEqual(ds.indicators("D")["places_per_1000"], 4)
        self.assertIsNone(ds.indicators("D")["enrollment_rate"])   # under-3s unknown
        ds.remove_institution("a")
        self.assertEqual(ds.indicators("D")["places"], 0)           # the table was recomputed
        ds.remove_region("S")
        self.assertEqual(ds.n_regions, 1)

    def test_round_trips(self):
        ds = example("sample")
        with tempfile.TemporaryDirectory() as d:
            ds.save_regions_csv(os.path.join(d, "r.csv"))
            ds.save_institutions_csv(os.path.join(d, "i.csv"))
            ds.save_json(os.path.join(d, "d.json"))
            self.assertEqual(ds, totuo.Dataset(os.path.join(d, "r.csv"), os.path.join(d, "i.csv")))
            self.assertEqual(ds, totuo.Dataset(json=os.path.join(d, "d.json")))
        again = totuo.Dataset()
        again.load_regions_csv_text(ds.regions_csv())
        again.load_institutions_csv_text(ds.institutions_csv())
        self.assertEqual(ds, again)
        third = totuo.Dataset()
        third.load_json_text(ds.to_json())
        self.assertEqual(ds, third)
        self.assertNotEqual(ds, totuo.Dataset())

    def test_check(self):
        ds = totuo.Dataset()
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "r.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("code,level,parent,population\nD,district,,\nS,street,D,-1\nT,street,X,\n")
            errors = ds.check_regions_csv(path)
            self.assertEqual(len(errors), 2)
            self.assertIn("r.csv:3", errors[0])
            path = os.path.join(d, "i.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("id,region,places\na,D,1\nb,D,x\n")
            self.assertEqual(len(ds.check_institutions_csv(path)), 1)


class Indicators(unittest.TestCase):
    def test_registry(self):
        self.assertEqual(len(totuo.INDICATORS), 47)
        ppt = totuo.indicator("places_per_1000")
        self.assertEqual((ppt.name_zh, ppt.is_ratio), ("每千人口托位数", True))
        self.assertEqual(totuo.indicator(ppt.index), ppt)
        self.assertTrue(ppt.formula and ppt.unit and ppt.name_en)
        self.assertRaises(KeyError, totuo.indicator, "nope")

    def test_table(self):
        ds = example("kaizhou")
        t = ds.indicator_table()
        self.assertEqual(len(t), 41)
        self.assertEqual(t.codes[0], "500154")
        self.assertEqual(t.get("500154", "places"), 1514)
        self.assertIsNone(t.value("500154", "enrolled"))
        with self.assertRaises(totuo.UndefinedError) as cm:
            t.get("500154", "utilization")
        self.assertEqual(cm.exception.code, totuo.ErrorCode.UNDEFINED)
        self.assertEqual(t.dataset, ds)
        records = t.to_records()
        self.assertEqual(records[0]["places"], 1514)
        self.assertIsNone(records[0]["enrolled"])


class Tracking(unittest.TestCase):
    def test_target_and_plan(self):
        t = totuo.Target("1", "places_per_1000", baseline_year=2022, baseline=2, end_year=2025,
                         target=4.5, comparator=totuo.Comparator.GE,
                         attribute=totuo.Attribute.BINDING, milestones={2024: 3.5})
        self.assertEqual((t.id, t.indicator, t.external, t.region), ("1", "places_per_1000",
                                                                     False, None))
        self.assertEqual((t.baseline, t.end, t.relative_to), ((2022, 2.0), (2025, 4.5), None))
        self.assertAlmostEqual(t.milestone(2023), 2.75)
        self.assertEqual((t.name, t.unit), ("每千人口托位数", "places per 1,000 residents"))
        self.assertEqual(str(t.comparator), ">=")
        self.assertTrue(totuo.Comparator.GT.meets(91, 90))
        self.assertFalse(totuo.Comparator.GT.meets(90, 90))
        self.assertEqual(totuo.Comparator.parse("≤"), totuo.Comparator.LE)
        self.assertEqual(totuo.Attribute.parse("约束性"), totuo.Attribute.BINDING)
        self.assertEqual(totuo.Attribute.EXPECTED.chinese, "预期性")
        x = totuo.Target("6", "parents_knowledge", name="家长知识", unit="%", target=90,
                         end_year=2025, relative_to="500000").copy()
        self.assertEqual((x.external, x.unit, x.relative_to), (True, "%", "500000"))
        plan = totuo.Plan("p", "D", 2023, 2025)
        plan.add_target(t)
        plan.add_task("新增托位", 2023, 5200, 5671)
        plan.add_task("明年", 2024, 100)
        self.assertEqual(plan.period, (2023, 2025))
        self.assertEqual((plan.name, plan.region), ("p", "D"))
        self.assertEqual(plan.tasks[1].achieved, None)
        self.assertEqual(totuo.Plan.from_text(plan.to_text()), plan)
        with tempfile.TemporaryDirectory() as d:
            plan.save(os.path.join(d, "p.ini"))
            self.assertEqual(totuo.Plan.load(os.path.join(d, "p.ini")), plan)
        self.assertRaises(totuo.ConsistencyError, plan.add_target, t)

    def test_evaluation(self):
        ev = sample_evaluation()
        results = ev.results
        self.assertEqual(results[0].status, totuo.Progress.ON_TRACK)
        self.assertEqual(results[2].target.attribute, totuo.Attribute.BINDING)
        self.assertTrue(results[2].binding_missed)
        self.assertEqual(results[6].status, totuo.Progress.ACHIEVED)
        year = results[0].years[1]
        self.assertEqual(year.year, 2023)
        self.assertIsNotNone(year.observed)
        self.assertTrue(year.met)
        self.assertAlmostEqual(results[0].end_target, 4.5)
        summary = ev.summary()
        self.assertEqual(sum(summary[p.id] for p in totuo.Progress), 7)
        self.assertEqual(summary["binding_missed"], 1)
        self.assertEqual(ev.count(totuo.Progress.ACHIEVED, totuo.Attribute.EXPECTED), 2)
        self.assertGreater(ev.task_completion(0), 100)
        self.assertEqual(len(ev.to_records()), 28)
        self.assertEqual(ev.plan.name, totuo.Plan.load(data("sample-plan.ini")).name)
        self.assertEqual(totuo.Progress.NEEDS_ACCELERATION.chinese, "需加快进度")

    def test_observations(self):
        obs = totuo.Observations()
        obs.add("parents_knowledge", "D", 2024, 80)
        obs.load_csv_text("indicator,region,year,value\nx,D,2023,1\n")
        obs.add_dataset(2022, example("dazu"))
        self.assertEqual(obs.get("parents_knowledge", "D", 2024), 80)
        self.assertIsNone(obs.get("parents_knowledge", "D", 2023))
        self.assertEqual(obs.years, [2022, 2023, 2024])
        self.assertEqual(obs.parent_of("500111001"), "500111")
        self.assertAlmostEqual(obs.get("places_per_1000", "500111", 2022), 2, places=2)


class Reports(unittest.TestCase):
    def test_formats(self):
        import json
        ds = example("kaizhou")
        t = ds.indicator_table()
        self.assertIn("1.18", totuo.report_region(t, "500154"))
        json.loads(totuo.report_region(t, "500154", format="json", lang="en"))
        csv_text = totuo.report_regions(t, ["500154", "500154001"], ["places", "places_per_1000"],
                                        format=totuo.Format.CSV)
        self.assertTrue(csv_text.startswith("code,name,level,places,places_per_1000\n"))
        ev = sample_evaluation()
        json.loads(totuo.report_evaluation(ev, format="json"))
        self.assertIn("| ", totuo.report_evaluation(ev, format="markdown", lang="en"))
        with tempfile.TemporaryDirectory() as d:
            svg = totuo.report_evaluation_svg(ev, path=os.path.join(d, "c.svg"))
            with open(os.path.join(d, "c.svg"), encoding="utf-8") as f:
                self.assertEqual(f.read(), svg)
        import xml.dom.minidom
        xml.dom.minidom.parseString(svg.encode("utf-8"))     # well formed
        self.assertEqual(totuo.text_width("开州区 x"), 8)


class Errors(unittest.TestCase):
    """Every error code, as the exception a caller can catch."""

    def expect(self, code, cls, call, *args):
        with self.assertRaises(cls) as cm:
            call(*args)
        self.assertIsInstance(cm.exception, totuo.Error)
        self.assertEqual(cm.exception.code, code)
        self.assertTrue(str(cm.exception))

    def regions(self, text):
        totuo.Dataset().load_regions_csv_text(text, "r.csv")

    def test_every_code(self):
        E, H = totuo.ErrorCode, "code,name,level,parent,population\n"
        self.expect(E.IO, totuo.IOFailure, totuo.Dataset, "/no/such/file.csv")
        self.expect(E.IO, OSError, totuo.Dataset, "/no/such/file.csv")
        self.expect(E.ENCODING, totuo.InputError, self.regions, b"code,level\nX,\xff\n")
        self.expect(E.SYNTAX, totuo.InputError, self.regions, 'code,level\n"X,city\n')
        self.expect(E.MISSING_COLUMN, totuo.InputError, self.regions, "name\nx\n")
        self.expect(E.DUPLICATE_COLUMN, totuo.InputError, self.regions, "code,level,code\n")
        self.expect(E.MISSING_VALUE, totuo.InputError, self.regions, H + ",x,city,,\n")
        self.expect(E.BAD_NUMBER, totuo.InputError, self.regions, H + "X,x,city,,many\n")
        self.expect(E.NEGATIVE, totuo.InputError, self.regions, H + "X,x,city,,-1\n")
        self.expect(E.OUT_OF_RANGE, totuo.InputError, self.regions, H + "X,x,city,,1" + "0" * 20 + "\n")
        self.expect(E.UNKNOWN_VALUE, totuo.InputError, self.regions, H + "X,x,moon,,\n")
        self.expect(E.DUPLICATE_ID, totuo.ConsistencyError, self.regions, H + "X,,city,,\nX,,city,,\n")
        self.expect(E.UNKNOWN_PARENT, totuo.ConsistencyError, self.regions, H + "X,,city,Y,\n")
        self.expect(E.CYCLE, totuo.ConsistencyError, self.regions, H + "X,,city,X,\n")
        self.expect(E.LEVEL, totuo.ConsistencyError, self.regions, H + "X,,city,,\nY,,province,X,\n")
        ds = example("dazu")
        self.expect(E.UNKNOWN_REGION, totuo.ConsistencyError, ds.load_institutions_csv_text,
                    "id,region,places\nz,NOPE,1\n")
        self.expect(E.INCONSISTENT, totuo.ConsistencyError, ds.load_institutions_csv_text,
                    "id,region,places,enrolled\nz,500111,1,2\n")
        self.expect(E.IN_USE, totuo.ConsistencyError, ds.remove_region, "500111")
        self.expect(E.NOT_FOUND, totuo.NotFoundError, ds.remove_region, "nope")
        self.expect(E.NOT_FOUND, LookupError, ds.remove_institution, "nope")
        self.expect(E.UNDEFINED, totuo.UndefinedError, totuo.completion_rate, 1, 0)
        table = ds.indicator_table()
        ds.remove_institution(ds.institutions[0].id)
        self.expect(E.STALE, totuo.StaleError, table.get, "500111", "places")
        self.expect(E.LIMIT, totuo.InputError, totuo.Dataset().load_json_text, "[" * 100)
        self.assertIs(type(totuo._errors.error_from_code(0, "m")), totuo.Error)

    def test_limits_are_the_librarys(self):
        E = totuo.ErrorCode
        at, past = "x" * totuo.MAX_FIELD_BYTES, "x" * (totuo.MAX_FIELD_BYTES + 1)
        self.regions("code,level,name\nX,city,%s\n" % at)
        self.expect(E.LIMIT, totuo.InputError, self.regions, "code,level,name\nX,city,%s\n" % past)
        wide = "code,level" + ",c" * (totuo.MAX_COLUMNS - 2)
        self.regions(wide + "\n")
        self.expect(E.LIMIT, totuo.InputError, self.regions, wide + ",c\n")
        self.expect(E.SYNTAX, totuo.InputError, totuo.Dataset().load_json_text,
                    "[" * totuo.MAX_JSON_DEPTH)
        self.expect(E.LIMIT, totuo.InputError, totuo.Dataset().load_json_text,
                    "[" * (totuo.MAX_JSON_DEPTH + 1))
        h = "code,level,population\nX,city,"
        self.regions(h + "%d\n" % totuo.MAX_REGION_COUNT)
        self.expect(E.OUT_OF_RANGE, totuo.InputError, self.regions,
                    h + "%d\n" % (totuo.MAX_REGION_COUNT + 1))
        ds = example("dazu")
        ds.load_institutions_csv_text("id,region,places\nz,500111,%d\n" % totuo.MAX_INSTITUTION_COUNT)
        self.expect(E.OUT_OF_RANGE, totuo.InputError, ds.load_institutions_csv_text,
                    "id,region,places\ny,500111,%d\n" % (totuo.MAX_INSTITUTION_COUNT + 1))
        self.assertEqual(totuo.MAX_INPUT_BYTES, 2 ** 31)
        self.assertEqual(totuo._errors.error_from_code(99, "m").code, E.FAILED)
        self.assertEqual(sorted(E), sorted(E(c) for c in range(22)))


class Library(unittest.TestCase):
    def test_every_exported_symbol_is_bound(self):
        nm = shutil.which("nm")
        if nm is None:
            self.skipTest("nm (binutils) is not installed")
        out = subprocess.run([nm, "-D", "--defined-only", _native.library_path],
                             capture_output=True, text=True, check=True).stdout
        exported = {line.split()[-1] for line in out.splitlines()
                    if line.split()[-1].startswith("totuo_")}
        known = set(_native.PROTOTYPES) | set(_native.NOT_BOUND)
        self.assertEqual(exported - known, set(), "exported but neither bound nor excused")
        self.assertEqual(set(_native.PROTOTYPES) - exported, set(), "bound but not exported")

    def test_lookup_failure_lists_every_place(self):
        saved = _native._candidates
        _native._candidates = lambda: iter([("one", "/no/one.so"), ("two", "/no/two.so")])
        try:
            with self.assertRaises(ImportError) as cm:
                _native._load()
        finally:
            _native._candidates = saved
        self.assertIn("/no/one.so (one)", str(cm.exception))
        self.assertIn("/no/two.so (two)", str(cm.exception))

    def test_every_public_name_is_documented(self):
        import enum
        import inspect
        missing = []
        for name in totuo.__all__:
            obj = getattr(totuo, name)
            if isinstance(obj, (tuple, str)):
                continue
            if not inspect.getdoc(obj) or (inspect.isclass(obj) and obj.__doc__ is None):
                missing.append(name)
            if not inspect.isclass(obj) or issubclass(obj, enum.Enum):
                continue
            for attr, value in vars(obj).items():
                if attr.startswith("_"):
                    continue
                if isinstance(value, property) and not value.__doc__:
                    missing.append(name + "." + attr)
                elif inspect.isfunction(getattr(value, "__func__", value)) and \
                        not getattr(value, "__func__", value).__doc__:
                    missing.append(name + "." + attr)
        self.assertEqual(missing, [])

    def test_context_manager_and_close(self):
        with totuo.Dataset() as ds:
            self.assertEqual(len(ds), 0)
        ds.close()       # twice is harmless


def _rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


class Resources(unittest.TestCase):
    @unittest.skipIf(os.environ.get("TOTUO_SANITIZED"),
                     "under AddressSanitizer, freed memory stays in quarantine: RSS tells nothing")
    def test_memory_stays_flat(self):
        def once():
            ds = example("dazu")
            ds.indicators("500111")
            plan = totuo.Plan.load(data("dazu-plan.ini"))
            obs = totuo.Observations()
            obs.add_dataset(2022, ds)
            totuo.report_evaluation(plan.evaluate(obs), format="json")
        for _ in range(200):
            once()
        gc.collect()
        before = _rss_kib()
        for _ in range(2000):
            once()
        gc.collect()
        grown = _rss_kib() - before
        self.assertLess(grown, 4096, "memory grew by %d KiB over 2,000 rounds" % grown)

    def test_threads_read_one_dataset(self):
        ds = example("sample")
        table = ds.indicator_table()
        failures = []

        def read():
            for _ in range(100):
                if (len(ds.subtree("990101")) != 37 or table.get("990101", "places") != 3426
                        or len(ds.institutions_in("990101")) != 150):
                    failures.append(1)

        threads = [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])


if __name__ == "__main__":
    unittest.main()
