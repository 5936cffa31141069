"""The Python docs run as written: every ```python block of docs/python.md,
top to bottom in one namespace, from the root of the checkout. A block that
starts with "# needs pandas" is skipped where pandas is not installed (the
blocks after it must not need what it makes).

    TOTUO_LIBRARY=build/lib/libtotuo.so.0 python3 -m unittest test_docs
"""

import contextlib
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if not os.environ.get("TOTUO_TEST_INSTALLED"):   # else: the installed package, from PYTHONPATH
    sys.path.insert(0, os.path.dirname(HERE))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DOC = os.path.join(ROOT, "docs", "python.md")

try:
    import pandas  # noqa: F401
    HAVE_PANDAS = not os.environ.get("TOTUO_PYTHON_NO_NUMPY")
except ImportError:
    HAVE_PANDAS = False


def blocks(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"^```python\n(.*?)^```", text, re.M | re.S)


class Docs(unittest.TestCase):
    def test_python_md_runs(self):
        found = blocks(DOC)
        self.assertGreaterEqual(len(found), 5)
        namespace = {"__name__": "__docs__"}
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            for k, code in enumerate(found):
                if code.startswith("# needs pandas") and not HAVE_PANDAS:
                    continue
                with self.subTest(block=k, first_line=code.splitlines()[0]):
                    with contextlib.redirect_stdout(io.StringIO()):
                        exec(compile(code, "docs/python.md block %d" % k, "exec"), namespace)
        finally:
            os.chdir(cwd)


    def test_access_md_runs(self):
        found = blocks(os.path.join(ROOT, "docs", "access.md"))
        self.assertGreaterEqual(len(found), 1)
        namespace = {"__name__": "__docs__"}
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            for k, code in enumerate(found):
                with contextlib.redirect_stdout(io.StringIO()):
                    exec(compile(code, "docs/access.md block %d" % k, "exec"), namespace)
        finally:
            os.chdir(cwd)


if __name__ == "__main__":
    unittest.main()
