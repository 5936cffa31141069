/* Fuzzes the observations CSV reader.
 *
 * Invariants: a failed load adds nothing (the years and a value known
 * before stay as they were); a successful load is deterministic (loading
 * the same text into a fresh set gives the same years), and a fixed plan
 * evaluates against the result with reports that are valid UTF-8. */
#include <string.h>

#include "fuzz-util.h"

static const gchar fixed_plan[] =
  "[plan]\nname=示例\nregion=990101\nstart=2023\nend=2025\nbaseline_year=2022\n"
  "[target 1]\nindicator=places_per_1000\nbaseline=1.5\ntarget=4.5\ncomparator=>=\n"
  "[target 2]\nindicator=parents_knowledge\nname=家长知晓率\nunit=%\nbaseline=60\n"
  "target=90\ncomparator=>\nattribute=binding\n"
  "[target 3]\nindicator=inclusive_share\nrelative_to=parent\ncomparator=>=\n";

static gboolean
same_years (const gint *a, gsize n_a, const gint *b, gsize n_b)
{
  return n_a == n_b && (n_a == 0 || memcmp (a, b, n_a * sizeof (gint)) == 0);
}

static void
check_evaluation (TotuoObservations *obs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TotuoPlan) plan = totuo_plan_load_data (fixed_plan, -1, "<fixed>", &error);
  g_autoptr(TotuoEvaluation) ev = NULL;
  g_autofree gchar *text = NULL, *svg = NULL;

  FUZZ_CHECK (plan != NULL);
  ev = totuo_evaluation_new (plan, obs);
  text = totuo_report_evaluation (ev, TOTUO_FORMAT_JSON, TOTUO_LANG_EN);
  FUZZ_CHECK (text != NULL && g_utf8_validate (text, -1, NULL));
  svg = totuo_report_evaluation_svg (ev, TOTUO_LANG_ZH);
  FUZZ_CHECK (svg != NULL && g_utf8_validate (svg, -1, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(GError) error = NULL;
  g_autofree gint *before = NULL, *after = NULL;
  gsize n_before = 0, n_after = 0;
  gdouble known = 0;

  FUZZ_CHECK (totuo_observations_add (obs, "places_per_1000", "990101", 2022, 1.5, NULL));
  before = totuo_observations_get_years (obs, &n_before);
  if (!totuo_observations_load_csv_data (obs, (const gchar *) data, (gssize) size, "<fuzz>",
                                         &error))
    {
      FUZZ_CHECK_ERROR (error);
      after = totuo_observations_get_years (obs, &n_after);
      FUZZ_CHECK (same_years (before, n_before, after, n_after));
      FUZZ_CHECK (totuo_observations_lookup (obs, "places_per_1000", "990101", 2022, &known));
      FUZZ_CHECK (known == 1.5);
      return 0;
    }
  {
    g_autoptr(TotuoObservations) fresh = totuo_observations_new ();
    g_autofree gint *fresh_years = NULL, *all_years = NULL;
    gsize n_fresh = 0, n_all = 0;

    FUZZ_CHECK (totuo_observations_load_csv_data (fresh, (const gchar *) data, (gssize) size,
                                                  "<fuzz>", NULL));
    fresh_years = totuo_observations_get_years (fresh, &n_fresh);
    all_years = totuo_observations_get_years (obs, &n_all);
    FUZZ_CHECK (n_all >= n_fresh);
  }
  check_evaluation (obs);
  return 0;
}

FUZZ_INITIALIZE
