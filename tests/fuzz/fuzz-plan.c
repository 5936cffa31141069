/* Fuzzes the plan-file reader.
 *
 * Invariants: a plan that loads saves to text that loads back to an equal
 * plan; it evaluates against a fixed set of observations, and every report
 * of the evaluation is valid UTF-8. */
#include "fuzz-util.h"

static TotuoObservations *
fixed_observations (void)
{
  TotuoObservations *obs = totuo_observations_new ();
  static const gchar *const indicators[] = { "places_per_1000", "inclusive_share",
                                             "filing_rate", "parents_knowledge" };

  for (guint k = 0; k < G_N_ELEMENTS (indicators); k++)
    for (gint year = 2022; year <= 2024; year++)
      {
        FUZZ_CHECK (totuo_observations_add (obs, indicators[k], "990101", year,
                                            1.5 * (year - 2021) + k, NULL));
        FUZZ_CHECK (totuo_observations_add (obs, indicators[k], "9901", year,
                                            2.0 * (year - 2021) + k, NULL));
      }
  return obs;
}

static void
check_round_trip (const TotuoPlan *plan)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_autofree gchar *text = totuo_plan_to_data (plan, &len);
  g_autoptr(TotuoPlan) again = totuo_plan_load_data (text, (gssize) len, "<saved>", &error);

  FUZZ_CHECK (again != NULL);
  FUZZ_CHECK (totuo_plan_equal (plan, again));
}

static void
check_reports (TotuoPlan *plan)
{
  g_autoptr(TotuoObservations) obs = fixed_observations ();
  g_autoptr(TotuoEvaluation) ev = totuo_evaluation_new (plan, obs);

  for (gint format = TOTUO_FORMAT_TEXT; format <= TOTUO_FORMAT_JSON; format++)
    for (gint lang = TOTUO_LANG_ZH; lang <= TOTUO_LANG_EN; lang++)
      {
        g_autofree gchar *report = totuo_report_evaluation (ev, (TotuoFormat) format,
                                                            (TotuoLang) lang);
        FUZZ_CHECK (report != NULL && g_utf8_validate (report, -1, NULL));
      }
  {
    g_autofree gchar *svg = totuo_report_evaluation_svg (ev, TOTUO_LANG_ZH);
    FUZZ_CHECK (svg != NULL && g_utf8_validate (svg, -1, NULL));
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TotuoPlan) plan = totuo_plan_load_data ((const gchar *) data, (gssize) size,
                                                    "<fuzz>", &error);

  if (plan == NULL)
    {
      FUZZ_CHECK_ERROR (error);
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  check_round_trip (plan);
  check_reports (plan);
  return 0;
}

FUZZ_INITIALIZE
