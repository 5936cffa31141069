"""Python at scale: whole columns from C (columns.h), to_records() and
to_dataframe() made of them, DataFrames in, and a surface that reads as
Python (enums that are their ids, NotFoundError, Chinese indicator names).
Standard library only; the pandas tests run where pandas is installed.

    TOTUO_LIBRARY=build/lib/libtotuo.so.0 python3 -m unittest test_columns
"""

import math
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if not os.environ.get("TOTUO_TEST_INSTALLED"):   # else: the installed package, from PYTHONPATH
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


def sample_evaluation():
    plan = totuo.Plan.load(os.path.join(DATA, "sample-plan.ini"))
    obs = totuo.Observations()
    obs.add_dataset(2024, sample())
    obs.load_csv(os.path.join(DATA, "sample-observations.csv"))
    return plan.evaluate(obs)


class Records(unittest.TestCase):
    def test_records_equal_the_record_getters(self):
        ds = sample()
        self.assertEqual(ds.to_records(), [i.to_record() for i in ds.institutions])
        self.assertEqual(ds.regions_to_records(), [r.to_record() for r in ds.regions])
        first = ds.to_records()[0]
        self.assertEqual((first["kind"], first["status"]), ("nursery", "none"))
        self.assertIs(first["inclusive"], True)

    def test_unknowns_are_none(self):
        ds = totuo.Dataset()
        ds.load_regions_csv_text("code,level\nD,district\n")
        ds.load_institutions_csv_text("id,region,places\na,D,3\n")
        rec = ds.to_records()[0]
        self.assertEqual((rec["kind"], rec["status"], rec["ownership"]),
                         ("unknown", "unknown", "unknown"))
        for name in ("inclusive", "enrolled", "staff", "monthly_fee", "lat", "health_manager"):
            self.assertIsNone(rec[name], name)
        self.assertIsNone(ds.regions_to_records()[0]["parent"])

    def test_empty_dataset(self):
        ds = totuo.Dataset()
        self.assertEqual(ds.to_records(), [])
        self.assertEqual(ds.regions_to_records(), [])
        self.assertEqual(ds.indicator_table().to_records(), [])

    def test_indicator_records_and_columns(self):
        ds = sample()
        table = ds.indicator_table()
        records = table.to_records()
        self.assertEqual(len(records), len(table))
        for record in records[:20]:
            for ind in totuo.INDICATORS:
                self.assertEqual(record[ind.id], table.value(record["code"], ind.id))
        columns = table.columns(["places_per_1000", "每百名3岁以下婴幼儿托位数"])
        self.assertEqual(sorted(columns), ["places_per_1000", "places_per_100_under3"])
        values = list(columns["places_per_1000"])
        for code, v in zip(table.codes, values):
            expected = table.value(code, "places_per_1000")
            if expected is None:
                self.assertTrue(math.isnan(v))
            else:
                self.assertEqual(v, expected)

    def test_closed_dataset_is_refused(self):
        ds = sample()
        ds.close()
        self.assertRaises(totuo.ClosedError, ds.to_records)
        self.assertRaises(totuo.ClosedError, ds.regions_to_records)

    def test_stale_table_is_refused(self):
        ds = sample()
        table = ds.indicator_table()
        ds.remove_institution(ds.institutions[0].id)
        self.assertRaises(totuo.StaleError, table.to_records)


class TablesIn(unittest.TestCase):
    """Mappings of columns load as files would; pandas DataFrames too."""

    def test_a_mapping_of_columns(self):
        clean = sample()
        regions = clean.regions_to_records()
        insts = clean.to_records()
        ds = totuo.Dataset.from_dataframes(
            {k: [r[k] for r in regions] for k in regions[0]},
            {k: [i[k] for i in insts] for k in insts[0]})
        self.assertTrue(ds == clean)

    def test_office_headers_and_words(self):
        ds = totuo.Dataset.from_dataframes(
            {"区划代码": ["D", "S"], "名称": ["区", "汉丰街道"], "层级": ["区县", "街道"],
             "上级代码": [None, "D"], "常住人口（万人）": [128.4182, None]},
            {"机构名称": ["甲园", "乙园"], "所属街道": ["汉丰街道", "S"], "托位数(个)": ["1,514", "20个"],
             "备案状态": ["已备案", "未备案"]})
        table = ds.indicator_table()
        self.assertEqual(table.get("D", "places"), 1534)
        self.assertEqual(table.get("D", "population"), 1284182)
        self.assertEqual(table.get("D", "filing_rate"), 50)
        self.assertIn("no id column", "\n".join(ds.warnings))

    def test_errors_name_the_row(self):
        ds = totuo.Dataset.from_dataframes({"code": ["D"], "level": ["district"]})
        with self.assertRaises(totuo.InputError) as caught:
            ds.load_institutions_dataframe({"id": ["a", "b"], "region": ["D", "D"],
                                            "places": ["3", "many"]})
        self.assertIn("institutions DataFrame, row 1: column 'places'", str(caught.exception))
        self.assertEqual(len(ds), 0)
        with self.assertRaises(totuo.InputError) as caught:
            ds.load_institutions_dataframe({"id": ["a"], "places": ["3"]})
        self.assertIn("institutions DataFrame, header: ", str(caught.exception))
        self.assertRaises(ValueError, ds.load_institutions_dataframe,
                          {"id": ["a", "b"], "region": ["D"]})
        self.assertRaises(ValueError, ds.load_institutions_dataframe,
                          {"id": ["a\0b"], "region": ["D"], "places": [1]})
        self.assertRaises(TypeError, ds.load_institutions_dataframe, [("id", "a")])

    @unittest.skipIf(pandas is None, "pandas is not installed")
    def test_dataframes_in_and_out(self):
        clean = sample()
        regions = pandas.read_csv(os.path.join(DATA, "sample-regions.csv"),
                                  dtype={"code": str, "parent": str})
        insts = pandas.read_csv(os.path.join(DATA, "sample-institutions.csv"),
                                dtype={"region": str})
        self.assertTrue(totuo.Dataset.from_dataframes(regions, insts) == clean)
        again = totuo.Dataset.from_dataframes(clean.regions_to_dataframe().reset_index(),
                                              clean.to_dataframe())
        self.assertTrue(again == clean)
        bad = insts.copy()
        bad.index = ["机构%d" % k for k in range(len(bad))]
        bad.loc["机构5", "places"] = -3
        with self.assertRaises(totuo.InputError) as caught:
            totuo.Dataset.from_dataframes(regions, bad)
        self.assertIn("row '机构5': column 'places'", str(caught.exception))


@unittest.skipIf(pandas is None, "pandas is not installed")
class DataFrames(unittest.TestCase):
    def test_institutions(self):
        ds = sample()
        frame = ds.to_dataframe()
        self.assertEqual(list(frame.columns), list(_columns.CSV_INSTITUTION_FIELDS))
        self.assertEqual(len(frame), len(ds))
        self.assertEqual(str(frame["places"].dtype), "Int64")
        self.assertEqual(str(frame["kind"].dtype), "category")
        self.assertEqual(str(frame["inclusive"].dtype), "boolean")
        self.assertEqual(frame["region"].iloc[0], ds.institutions[0].region)
        self.assertEqual(frame["places"].sum(), ds.indicator_table().get("990101", "places"))

    def test_indicator_table(self):
        ds = sample()
        table = ds.indicator_table()
        frame = table.to_dataframe()
        self.assertEqual(frame.index.name, "code")
        self.assertEqual(list(frame.columns[:3]), ["name", "level", "parent"])
        self.assertEqual(frame.loc["990101", "places"], table.get("990101", "places"))
        self.assertEqual(str(frame["places"].dtype), "Int64")
        self.assertEqual(str(frame["places_per_1000"].dtype), "float64")
        self.assertEqual(frame.loc["990101001", "level"], "street")
        some = table.to_dataframe(["每千人口托位数", "places"])
        self.assertEqual(list(some.columns), ["name", "level", "parent", "places_per_1000",
                                              "places"])
        kaizhou = totuo.Dataset(os.path.join(DATA, "kaizhou-regions.csv"),
                                os.path.join(DATA, "kaizhou-institutions.csv"))
        enrolled = kaizhou.indicator_table().to_dataframe()["enrolled"]
        self.assertTrue(pandas.isna(enrolled.loc["500154"]))   # no institution reports it


class Surface(unittest.TestCase):
    def test_enums_are_their_ids(self):
        ds = sample()
        street = ds.region("990101001")
        self.assertEqual(str(street.level), "street")
        self.assertTrue(street.level == "street" and street.level == "街道")
        self.assertTrue(street.level == totuo.RegionLevel.STREET == 3)
        self.assertFalse(street.level != "street")
        self.assertEqual("%s|%6s" % (street.level, totuo.Kind.FAMILY), "street|family")
        self.assertEqual(f"{totuo.Status.NOT_FILED}", "not_filed")
        self.assertEqual({totuo.Kind.NURSERY: 1}[ds.institutions[0].kind], 1)
        self.assertEqual(str(totuo.Progress.ON_TRACK), "on_track")
        self.assertEqual(totuo.Progress.ON_TRACK.chinese, totuo.Progress.ON_TRACK._chinese_of())

    def test_not_found_is_a_key_error(self):
        ds = sample()
        for call in (lambda: ds.region("nope"), lambda: ds.institution("nope"),
                     lambda: ds.children("nope"), lambda: totuo.indicator("nope")):
            with self.assertRaises(totuo.NotFoundError) as caught:
                call()
            self.assertIsInstance(caught.exception, KeyError)
        with self.assertRaises(KeyError) as caught:
            totuo.indicator("places_per_100")
        self.assertIn("did you mean 'places_per_1000'", str(caught.exception))

    def test_chinese_indicator_names(self):
        table = sample().indicator_table()
        self.assertEqual(table.value("990101", "每千人口托位数"),
                         table.value("990101", "places_per_1000"))
        self.assertEqual(totuo.indicator("备案率").id, "filing_rate")

    def test_csv_for_excel(self):
        table = sample().indicator_table()
        csv = totuo.report_regions(table, ["990101"], ["places_per_1000"], format="csv")
        excel = totuo.csv_for_excel(csv, lang="zh")
        self.assertTrue(excel.startswith("\ufeff区划代码,名称,层级,每千人口托位数\n"))
        self.assertEqual(excel.split("\n", 1)[1], csv.split("\n", 1)[1])

    def test_bar_chart(self):
        ds = sample()
        streets = [c for c in ds.children("990101") if ds.region(c).level == "street"]
        svg = totuo.report_bar_chart_svg(ds.indicator_table(), streets, "每千人口托位数", 4.5)
        self.assertIn("目标 4.5", svg)
        self.assertRaises(TypeError, totuo.report_bar_chart_svg, ds.indicator_table(), "990101",
                          "places")

    def test_xlsx(self):
        import tempfile
        import zipfile
        ds = sample()
        table = ds.indicator_table()
        streets = [c for c in ds.children("990101") if ds.region(c).level == "street"]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "streets.xlsx")
            totuo.report_regions_xlsx(table, streets, ["places", "每千人口托位数", "inclusive_share"],
                                      path, lang="en")
            with zipfile.ZipFile(path) as z:
                self.assertIn("places per 1,000 residents", z.read("xl/sharedStrings.xml").decode())
            try:
                import openpyxl  # Debian's python3-openpyxl, when installed
            except ImportError:
                openpyxl = None
            if openpyxl is not None:
                sheet = openpyxl.load_workbook(path).worksheets[0]
                self.assertEqual(sheet.freeze_panes, "C2")
                self.assertEqual(sheet["A2"].value, streets[0])
                self.assertEqual(sheet["D2"].value, table.value(streets[0], "places"))
                self.assertEqual(sheet["D2"].number_format, "#,##0")
                self.assertAlmostEqual(sheet["F2"].value, table.value(streets[0], "inclusive_share") / 100)
                self.assertEqual(sheet["F2"].number_format, "0.00%")
            one = os.path.join(tmp, "one.xlsx")
            totuo.report_region_xlsx(table, "990101", one)
            self.assertTrue(zipfile.is_zipfile(one))
            plan = os.path.join(tmp, "plan.xlsx")
            totuo.report_evaluation_xlsx(sample_evaluation(), plan)
            with zipfile.ZipFile(plan) as z:
                self.assertIn("逐年", z.read("xl/workbook.xml").decode())
            self.assertRaises(totuo.NotFoundError, totuo.report_region_xlsx, table, "nope", one)
            self.assertRaises(totuo.IOFailure, totuo.report_region_xlsx, table, "990101",
                              os.path.join(tmp, "no", "such", "dir.xlsx"))
            self.assertRaises(TypeError, totuo.report_regions_xlsx, table, "990101", ["places"], path)
            self.assertRaises(TypeError, totuo.report_evaluation_xlsx, table, plan)

    def test_html_report(self):
        table = sample().indicator_table()
        page = totuo.report_html(table, "990101", sample_evaluation())
        self.assertTrue(page.startswith("<!DOCTYPE html>"))
        self.assertIn("<h2>规划评估</h2>", page)
        self.assertNotIn("<script", page)
        english = totuo.report_html(table, "990101", lang="en")
        self.assertIn("<h2>Streets and townships</h2>", english)
        self.assertNotIn("The plan", english)
        self.assertRaises(totuo.NotFoundError, totuo.report_html, table, "nope")
        self.assertRaises(TypeError, totuo.report_html, table, "990101", table)
        self.assertRaises(ValueError, totuo.report_html, table, "990101", None, "fr")

    def test_gaps_and_translations(self):
        table = sample().indicator_table()
        csv = totuo.report_gaps(table, ["990101"], 4.5, format="csv")
        self.assertEqual(csv.splitlines()[1], "990101,示例区(虚构),820000,3426,4.178048780487805,4.5,3690,264")
        self.assertRaises(TypeError, totuo.report_gaps, table, "990101", 4.5)
        self.assertEqual(totuo.translate("street"), "街道")
        self.assertEqual(totuo.translate("street", "en"), "street")
        self.assertEqual(totuo.translate("no such text"), "no such text")
        self.assertIn(totuo.lang_from_locale(), (totuo.Lang.ZH, totuo.Lang.EN))
        self.assertIn("成都日报", totuo.indicator("enrollment_rate").source)

    def test_messages_in_chinese(self):
        self.assertEqual(totuo.get_message_lang(), totuo.Lang.EN)
        try:
            totuo.set_message_lang("zh")
            with self.assertRaises(totuo.Error) as caught:
                totuo.Dataset().load_regions_csv_text("code,name\n", "r.csv")
            self.assertIn("表头缺少必需的列", str(caught.exception))
        finally:
            totuo.set_message_lang("en")
        with self.assertRaises(totuo.Error) as caught:
            totuo.Dataset().load_regions_csv_text("code,name\n", "r.csv")
        self.assertIn("missing from the header", str(caught.exception))

    def test_sizes(self):
        ds = sample()
        self.assertEqual(len(ds), ds.n_institutions)
        self.assertEqual(ds.n_regions, len(ds.regions_to_records()))


if __name__ == "__main__":
    unittest.main()
