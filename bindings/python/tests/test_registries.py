"""Real registries in: the corpus of tests/registries/corpus/ (written by
make-corpus.py) holds the sample district as 48 offices might export it:
encodings, separators, workbooks, header names and units, words, numbers,
regions by name. Every one must load to the same dataset as the clean
files, with the warnings its form calls for. Standard library only.

    TOTUO_LIBRARY=build/lib/libtotuo.so.0 python3 -m unittest discover -s bindings/python/tests
"""

import glob
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if not os.environ.get("TOTUO_TEST_INSTALLED"):   # else: the installed package, from PYTHONPATH
    sys.path.insert(0, os.path.dirname(HERE))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DATA = os.environ.get("TOTUO_DATA", os.path.join(ROOT, "examples", "data"))
CORPUS = os.path.join(ROOT, "tests", "registries", "corpus")

import totuo  # noqa: E402


def files(folder, stem):
    found = glob.glob(os.path.join(folder, stem + ".*"))
    assert len(found) == 1, found
    return found[0]


class Corpus(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.clean = totuo.Dataset(os.path.join(DATA, "sample-regions.csv"),
                                  os.path.join(DATA, "sample-institutions.csv"))
        cls.clean_table = cls.clean.indicator_table()

    def test_corpus_is_there(self):
        self.assertGreaterEqual(len(os.listdir(CORPUS)), 40)

    def test_every_export_loads_as_the_clean_files(self):
        for folder in sorted(glob.glob(os.path.join(CORPUS, "*"))):
            name = os.path.basename(folder)
            with self.subTest(export=name):
                ds = totuo.Dataset()
                ds.load_regions_csv(files(folder, "regions"))
                ds.load_institutions_csv(files(folder, "institutions"))
                self.assertEqual(ds.n_regions, self.clean.n_regions)
                self.assertEqual(len(ds), len(self.clean))
                self.assertTrue(ds == self.clean, "%s differs from the clean files" % name)
                table = ds.indicator_table()
                for code in ("990101", "990101001"):
                    for ind in ("places_per_1000", "filing_rate", "inclusive_share", "enrollment_rate"):
                        self.assertEqual(table.value(code, ind), self.clean_table.value(code, ind))
                warnings = "\n".join(ds.warnings)
                if name.endswith("-extra"):
                    self.assertIn("column '备注' is not used", warnings)
                if "gb18030" in name:
                    self.assertIn("read as GB18030", warnings)
                if "utf-16" in name:
                    self.assertIn("read as UTF-16LE, tab-separated", warnings)
                if "xls" in name:       # .xlsx and .xls
                    self.assertIn("a totals row (合计) is not loaded", warnings)
                if "-extra" not in name and "xls" not in name and "gb18030" not in name and \
                        "tab" not in name and "semicolon" not in name:
                    self.assertEqual(ds.warnings, [], name)

    def test_a_broken_export_is_refused_at_its_cell(self):
        ds = totuo.Dataset()
        ds.load_regions_csv(os.path.join(ROOT, "tests", "registries", "kaizhou-regions.xlsx"))
        bad = os.path.join(ROOT, "tests", "registries", "bad-places.xlsx")
        with self.assertRaises(totuo.InputError) as caught:
            ds.load_institutions_csv(bad)
        self.assertIn("bad-places.xlsx[机构]:4:", str(caught.exception))
        self.assertIn("(D4)", str(caught.exception))
        self.assertEqual(len(ds), 0)

    def test_legacy_xls(self):
        """An .xls (Excel 97-2003) goes through the same rules as .xlsx."""
        ds = totuo.Dataset()
        ds.load_regions_csv(os.path.join(ROOT, "tests", "registries", "kaizhou-regions.xlsx"))
        ds.load_institutions_csv(os.path.join(ROOT, "tests", "registries",
                                              "kaizhou-institutions.xls"))
        self.assertEqual(len(ds), 2)
        a2 = ds.institution("A2")
        self.assertEqual((a2.places, a2.enrolled, a2.status), (50, None, totuo.Status.REGISTERED))
        self.assertIn("kaizhou-institutions.xls: sheet '说明' has no header row",
                      "\n".join(ds.warnings))
        bad = os.path.join(ROOT, "tests", "registries", "bad-places.xls")
        fresh = totuo.Dataset()
        fresh.load_regions_csv(os.path.join(ROOT, "tests", "registries", "kaizhou-regions.xlsx"))
        with self.assertRaises(totuo.InputError) as caught:
            fresh.load_institutions_csv(bad)
        self.assertIn("bad-places.xls[机构]:4:", str(caught.exception))
        self.assertIn("(D4)", str(caught.exception))
        self.assertEqual(len(fresh), 0)
        with self.assertRaises(totuo.InputError) as caught:
            ds.load_institutions_csv_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
                                          name="broken.xls")
        self.assertIn("broken.xls: not a readable .xls workbook", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
