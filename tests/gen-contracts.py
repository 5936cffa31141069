#!/usr/bin/env python3
"""Writes tests/test-contracts.c: for every public function, one call for
each argument that can be wrong by mistake: a pointer its documentation
does not mark (nullable) or (optional) passed NULL, an enumeration value
out of range, an index past the end. Each must end in a GLib critical and
never in a crash.

usage: gen-contracts.py INCLUDE_DIR > tests/test-contracts.c

Run it again when the API grows; the 'contracts-cover-exports' test fails
while an exported function is missing from test-contracts.c."""
import glob
import os
import re
import sys

# A valid value for each argument type, taken from the test's fixture.
VALID = {
    "TotuoDataset *": "fx.dataset",
    "TotuoRegion *": "fx.region",
    "const TotuoRegion *": "fx.region",
    "TotuoInstitution *": "fx.institution",
    "const TotuoInstitution *": "fx.institution",
    "TotuoIndicatorTable *": "fx.table",
    "TotuoTarget *": "fx.target",
    "const TotuoTarget *": "fx.target",
    "TotuoPlan *": "fx.plan",
    "const TotuoPlan *": "fx.plan",
    "TotuoObservations *": "fx.observations",
    "TotuoEvaluation *": "fx.evaluation",
    "TotuoDemand *": "fx.demand",
    "TotuoAccessOptions *": "fx.options",
    "TotuoAccess *": "fx.access",
    "TotuoTravelTimes *": "fx.times",
    "TotuoAccessPoint *": "&fx.access_point",
    "TotuoAccessRegion *": "&fx.access_region",
    "guint8 *": "fx.bytes",
    "const gchar *": '"x"',
    "const gchar **": "&fx.text",
    "const gchar *const *": "fx.codes",
    "const TotuoIndicator *": "fx.indicators",
    "TotuoYearResult *": "&fx.year_result",
    "gdouble *": "&fx.number",
    "gsize *": "&fx.size",
    "gint *": "&fx.integer",
    "gint64 *": "&fx.count",
    "GError **": "NULL",
    # -1: the text is NUL-terminated, so a NULL text cannot be empty.
    "gssize": "-1",
    "gsize": "1",
}


def valid_value(ctype):
    if ctype in VALID:
        return VALID[ctype]
    if ctype.endswith("*"):
        # Out arguments of enumeration types: an int-sized home will do.
        return "(%s) &fx.integer" % ctype
    return "(%s) 0" % ctype


# Indexes past the end and enumeration values out of range are misuse too.
INDEX_NAMES = {"index", "row", "target", "position"}


# Functions for which an argument out of range is not misuse.
EXEMPT = {
    # Documented to return NULL for a code it does not know: a GError may
    # come from a newer libtotuo.
    "totuo_error_code_to_string",
}


def bad_value(ctype, pname):
    if ctype.startswith("Totuo") and not ctype.endswith("*"):
        return "(%s) 1000" % ctype
    if ctype in ("gsize", "guint") and pname in INDEX_NAMES:
        return "(%s) 100000" % ctype
    return None


def declarations(include_dir):
    for header in sorted(glob.glob(os.path.join(include_dir, "*.h"))):
        text = open(header, encoding="utf-8").read()
        pattern = r"/\*\*(.*?)\*/\s*TOTUO_AVAILABLE_IN_0_1\s*(.*?);"
        for m in re.finditer(pattern, text, re.S):
            doc, decl = m.group(1), " ".join(m.group(2).split())
            # A trailing attribute (G_GNUC_FORMAT (2)) is not part of the call.
            decl = re.sub(r"\)\s*G_GNUC_\w+\s*\([^()]*\)$", ")", decl)
            name, params = re.match(r".*?\b(totuo_\w+)\s*\((.*)\)$", decl).groups()
            optional = set()
            for line in doc.splitlines():
                p = re.search(r"@param (\w+)(.*)", line)
                if p and re.search(r"\((nullable|optional)\)", p.group(2)):
                    optional.add(p.group(1))
            args = []
            for param in params.split(","):
                param = param.strip()
                if param == "void":
                    continue
                ctype, pname = re.match(r"(.*?)\s*(\w+)$", param).groups()
                args.append((ctype.strip(), pname))
            yield name, args, optional


def main():
    out = sys.stdout
    out.write(HEAD)
    table = []
    for name, args, optional in declarations(sys.argv[1]):
        calls = []
        for k, (ctype, pname) in enumerate(args):
            if not ctype.endswith("*") or ctype == "GError **" or pname in optional:
                continue
            values = [valid_value(t) for t, _ in args]
            values[k] = "NULL"
            calls.append("  (void) %s (%s);" % (name, ", ".join(values)))
        for k, (ctype, pname) in enumerate(args):
            bad = bad_value(ctype, pname)
            if bad is None or name in EXEMPT:
                continue
            values = [valid_value(t) for t, _ in args]
            values[k] = bad
            calls.append("  (void) %s (%s);" % (name, ", ".join(values)))
        if not calls:
            out.write("/* %s: no argument can be wrong by mistake. */\n\n" % name)
            continue
        out.write("static guint\ncontract_%s (void)\n{\n%s\n  return %d;\n}\n\n"
                  % (name, "\n".join(calls), len(calls)))
        table.append(name)
    out.write("static const Contract contracts[] = {\n")
    for name in table:
        out.write('  { "%s", contract_%s },\n' % (name, name))
    out.write("};\n\n")
    out.write(TAIL)


HEAD = """\
/* API misuse: a pointer argument that may not be NULL passed NULL, an
 * enumeration value out of range, an index past the end: each ends in a
 * GLib critical (g_return_val_if_fail) and never in a crash.
 *
 * Written by tests/gen-contracts.py from the public headers; edit that,
 * not this. */
#include <check.h>

#include <totuo/totuo.h>

#include "test-util.h"
#include "test-contracts-fixture.h"

typedef struct {
  const gchar *name;
  guint (*run) (void);   /* makes the calls; returns how many */
} Contract;

"""

TAIL = """\
START_TEST (test_contract)
{
  const Contract *c = &contracts[_i];
  guint expected;

  contract_fixture_setup ();
  criticals_seen = 0;
  expected = c->run ();
  ck_assert_msg (criticals_seen == expected, "%s: %u criticals for %u wrong arguments",
                 c->name, criticals_seen, expected);
  contract_fixture_teardown ();
}
END_TEST

static Suite *
contracts_suite (void)
{
  Suite *s = suite_create ("contracts");
  TCase *tc = tcase_create ("null-arguments");

  tcase_add_loop_test (tc, test_contract, 0, G_N_ELEMENTS (contracts));
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (contracts_suite)
"""

if __name__ == "__main__":
    main()
