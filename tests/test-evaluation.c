/* Evaluation: statuses, year results, relative and external targets,
 * summaries, annual tasks, and Dazu's plan against its 2022 baseline. */
#include <math.h>

#include "test-util.h"

/* A plan with one target; values for the years after 2022 follow. */
static TotuoEvaluation *
evaluate_one (const gchar *target_keys, const gdouble *values, guint n_values)
{
  g_autofree gchar *text = g_strdup_printf ("[plan]\nname=p\nregion=D\nstart=2023\nend=2025\n"
                                            "[target 1]\n%s", target_keys);
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  GError *error = NULL;
  g_autoptr(TotuoPlan) plan = totuo_plan_load_data (text, -1, "p.ini", &error);

  if (plan == NULL)
    ck_abort_msg ("%s", error->message);
  for (guint k = 0; k < n_values; k++)
    if (!isnan (values[k]))
      ck_assert (totuo_observations_add (obs, totuo_target_get_indicator (
                                           totuo_plan_get_target (plan, 0)),
                                         "D", 2023 + (gint) k, values[k], NULL));
  return totuo_evaluation_new (plan, obs);
}

#define UP "indicator=places_per_1000\nbaseline=2\ntarget=4.5\n"

static void
assert_status (TotuoEvaluation *ev, TotuoProgress expected)
{
  const gchar *reason = NULL;
  TotuoProgress got = totuo_evaluation_get_status (ev, 0, &reason);
  ck_assert_msg (got == expected, "expected %s, got %s (%s)",
                 totuo_progress_to_string (expected), totuo_progress_to_string (got), reason);
  ck_assert (reason != NULL);
}

START_TEST (test_on_track)
{
  const gdouble values[] = { 3.0, 4.0 };
  g_autoptr(TotuoEvaluation) ev = evaluate_one (UP, values, 2);
  gdouble p = 0;

  assert_status (ev, TOTUO_PROGRESS_ON_TRACK);
  ck_assert (totuo_evaluation_get_projection (ev, 0, &p));
  ck_assert_double_eq_tol (p, 5.0, 1e-9);   /* the line through 2, 3, 4 */
}
END_TEST

START_TEST (test_needs_acceleration)
{
  const gdouble values[] = { 2.5, 3.0 };
  g_autoptr(TotuoEvaluation) ev = evaluate_one (UP, values, 2);
  gdouble p = 0;

  assert_status (ev, TOTUO_PROGRESS_NEEDS_ACCELERATION);
  ck_assert (totuo_evaluation_get_projection (ev, 0, &p));
  ck_assert_double_eq_tol (p, 3.5, 1e-9);   /* gap (2.5 - 1.5) / 2.5 = 0.4 */
}
END_TEST

START_TEST (test_off_track)
{
  const gdouble values[] = { 1.8, 1.5 };
  g_autoptr(TotuoEvaluation) ev = evaluate_one (UP, values, 2);
  assert_status (ev, TOTUO_PROGRESS_OFF_TRACK);
}
END_TEST

START_TEST (test_achieved_early)
{
  const gdouble values[] = { 3.0, 4.6 };
  g_autoptr(TotuoEvaluation) ev = evaluate_one (UP, values, 2);
  assert_status (ev, TOTUO_PROGRESS_ACHIEVED);
}
END_TEST

START_TEST (test_decreasing_target)
{
  const gdouble on[] = { 8, 6 };
  const gdouble off[] = { 11, 12 };
  g_autoptr(TotuoEvaluation) a = evaluate_one ("indicator=waiting\nname=等待\nbaseline=10\n"
                                               "target=5\ncomparator=<=\n", on, 2);
  g_autoptr(TotuoEvaluation) b = evaluate_one ("indicator=waiting\nname=等待\nbaseline=10\n"
                                               "target=5\ncomparator=<=\n", off, 2);
  assert_status (a, TOTUO_PROGRESS_ON_TRACK);
  assert_status (b, TOTUO_PROGRESS_OFF_TRACK);
}
END_TEST

START_TEST (test_met_at_baseline)
{
  const gdouble kept[] = { 1 };
  const gdouble lost[] = { 0 };
  g_autoptr(TotuoEvaluation) a = evaluate_one ("indicator=units\nname=示范单位\nbaseline=1\n"
                                               "target=1\n", kept, 1);
  g_autoptr(TotuoEvaluation) b = evaluate_one ("indicator=units\nname=示范单位\nbaseline=1\n"
                                               "target=1\n", lost, 1);
  g_autoptr(TotuoEvaluation) c = evaluate_one ("indicator=units\nname=示范单位\nbaseline=1\n"
                                               "target=1\n", NULL, 0);
  assert_status (a, TOTUO_PROGRESS_ACHIEVED);
  assert_status (b, TOTUO_PROGRESS_OFF_TRACK);
  assert_status (c, TOTUO_PROGRESS_ACHIEVED);   /* Dazu's row 10 at its baseline */
}
END_TEST

START_TEST (test_strict_comparator)
{
  const gdouble values[] = { 70, 90 };
  g_autoptr(TotuoEvaluation) ev = evaluate_one ("indicator=street_inclusive_coverage\n"
                                                "baseline=50\ntarget=90\ncomparator=>\n",
                                                values, 2);
  /* 90 is not "> 90"; the line through 50, 70, 90 reaches 110 by 2025. */
  assert_status (ev, TOTUO_PROGRESS_ON_TRACK);
}
END_TEST

START_TEST (test_missing_baseline)
{
  const gdouble two[] = { NAN, 50, 55 };
  const gdouble one[] = { NAN, 50 };
  g_autoptr(TotuoEvaluation) a = evaluate_one ("indicator=inclusive_share\nbaseline=—\n"
                                               "target=60\n", two + 1, 2);
  g_autoptr(TotuoEvaluation) b = evaluate_one ("indicator=inclusive_share\nbaseline=—\n"
                                               "target=60\n", one + 1, 1);
  g_autoptr(TotuoEvaluation) c = evaluate_one ("indicator=inclusive_share\nbaseline=—\n"
                                               "target=60\n", NULL, 0);
  TotuoYearResult r;

  assert_status (a, TOTUO_PROGRESS_ON_TRACK);     /* 50, 55 -> 60 in 2025 */
  ck_assert (totuo_evaluation_get_year_result (a, 0, 2022, &r));
  ck_assert (!r.has_observed);
  ck_assert (totuo_evaluation_get_year_result (a, 0, 2024, &r));
  ck_assert_double_eq (r.progress, 50);           /* from 50 (2023) half way to 60 */
  assert_status (b, TOTUO_PROGRESS_NOT_ASSESSABLE);
  assert_status (c, TOTUO_PROGRESS_NOT_ASSESSABLE);
  ck_assert (!totuo_evaluation_get_projection (c, 0, NULL));
}
END_TEST

START_TEST (test_year_results)
{
  const gdouble values[] = { 3.0, 3.2 };
  g_autoptr(TotuoEvaluation) ev = evaluate_one (UP, values, 2);
  TotuoYearResult r;
  gint first, last;

  totuo_evaluation_get_years (ev, 0, &first, &last);
  ck_assert_int_eq (first, 2022);
  ck_assert_int_eq (last, 2025);
  ck_assert (!totuo_evaluation_get_year_result (ev, 0, 2026, &r));
  ck_assert (totuo_evaluation_get_year_result (ev, 0, 2022, &r));
  ck_assert (r.has_observed && r.observed == 2);   /* the plan's baseline */
  ck_assert (totuo_evaluation_get_year_result (ev, 0, 2023, &r));
  ck_assert_int_eq (r.year, 2023);
  ck_assert (r.has_milestone);
  ck_assert_double_eq_tol (r.milestone, 2 + 2.5 / 3, 1e-12);
  ck_assert (r.met);                                /* 3.0 >= 2.83 */
  ck_assert_double_eq_tol (r.gap, 2 + 2.5 / 3 - 3.0, 1e-12);
  ck_assert_double_eq_tol (r.progress, 40, 1e-9);   /* (3 - 2) / (4.5 - 2) */
  ck_assert_double_eq_tol (r.pace_required, 0.75, 1e-12);   /* (4.5 - 3) / 2 years */
  ck_assert (totuo_evaluation_get_year_result (ev, 0, 2024, &r));
  ck_assert (!r.met);                               /* 3.2 < 3.67 */
  ck_assert (totuo_evaluation_get_year_result (ev, 0, 2025, &r));
  ck_assert (!r.has_observed && !r.has_pace && r.has_milestone && r.milestone == 4.5);
}
END_TEST

START_TEST (test_relative_to_parent)
{
  g_autoptr(TotuoPlan) plan = totuo_plan_load_data (
    "[plan]\nname=p\nregion=D\nstart=2023\nend=2025\n"
    "[target 3]\nindicator=utilization\nbaseline=30\nrelative_to=parent\n"
    "[target 4]\nindicator=utilization\nbaseline=30\nrelative_to=X\n", -1, NULL, NULL);
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER "C,,city,,,,,,\n"
                                                 "D,,district,C,,,,,\n", NULL);
  g_autoptr(TotuoEvaluation) ev = NULL;
  TotuoYearResult r;
  gdouble end = 0;

  ck_assert (totuo_observations_add_dataset (obs, 2022, ds, NULL));
  ck_assert (totuo_observations_add (obs, "utilization", "C", 2023, 45, NULL));
  ck_assert (totuo_observations_add (obs, "utilization", "C", 2024, 46, NULL));
  ck_assert (totuo_observations_add (obs, "utilization", "D", 2023, 40, NULL));
  ck_assert (totuo_observations_add (obs, "utilization", "D", 2024, 48, NULL));
  ev = totuo_evaluation_new (plan, obs);
  ck_assert_int_eq (totuo_evaluation_get_status (ev, 0, NULL), TOTUO_PROGRESS_ACHIEVED);
  ck_assert (totuo_evaluation_get_year_result (ev, 0, 2023, &r));
  ck_assert (r.has_milestone && r.milestone == 45 && !r.met);
  ck_assert (totuo_evaluation_get_year_result (ev, 0, 2024, &r));
  ck_assert (r.met);
  ck_assert (totuo_evaluation_get_end_target (ev, 0, &end));
  ck_assert_double_eq_tol (end, 47, 1e-9);          /* the city's line, 45 -> 46 -> 47 */
  /* A named reference with no values cannot be assessed. */
  ck_assert_int_eq (totuo_evaluation_get_status (ev, 1, NULL), TOTUO_PROGRESS_NOT_ASSESSABLE);
  ck_assert (!totuo_evaluation_get_end_target (ev, 1, NULL));
}
END_TEST

START_TEST (test_summary_and_tasks)
{
  g_autoptr(TotuoPlan) plan = totuo_plan_load_data (
    "[plan]\nname=p\nregion=D\nstart=2023\nend=2025\n"
    "[target 1]\nindicator=places_per_1000\nbaseline=2\ntarget=4.5\nattribute=约束性\n"
    "[target 2]\nindicator=places_per_1000\nbaseline=2\ntarget=2.5\nattribute=binding\n"
    "[target 3]\nindicator=places_per_1000\nbaseline=2\ntarget=9\n"
    "[task 1]\nname=新增托育覆盖乡镇\nyear=2022\nplanned=16\nachieved=21\n"
    "[task 2]\nname=新增托位\nyear=2022\nplanned=5200\nachieved=5671\n"
    "[task 3]\nname=其中普惠托位\nyear=2022\nplanned=3160\nachieved=4584\n"
    "[task 4]\nname=明年任务\nyear=2023\nplanned=600\nachieved=—\n", -1, NULL, NULL);
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(TotuoEvaluation) ev = NULL;
  GError *error = NULL;
  gdouble rate = 0;

  ck_assert (totuo_observations_add (obs, "places_per_1000", "D", 2023, 2.6, NULL));
  ev = totuo_evaluation_new (plan, obs);
  ck_assert_ptr_eq (totuo_evaluation_get_plan (ev), plan);
  /* 1: binding, too slow; 2: binding, achieved; 3: expected, too slow. */
  ck_assert_int_eq (totuo_evaluation_count (ev, TOTUO_PROGRESS_NEEDS_ACCELERATION, -1), 2);
  ck_assert_int_eq (totuo_evaluation_count (ev, TOTUO_PROGRESS_NEEDS_ACCELERATION,
                                            TOTUO_ATTRIBUTE_BINDING), 1);
  ck_assert_int_eq (totuo_evaluation_count (ev, TOTUO_PROGRESS_ACHIEVED, -1), 1);
  ck_assert (totuo_evaluation_is_binding_missed (ev, 0));
  ck_assert (!totuo_evaluation_is_binding_missed (ev, 1));
  ck_assert (!totuo_evaluation_is_binding_missed (ev, 2));   /* expected, not binding */

  /* Taizhou's provincial tasks (seed 001). */
  ck_assert (totuo_evaluation_get_task_completion (ev, 0, &rate, &error));
  ck_assert_int_eq ((gint) lround (rate), 131);
  ck_assert (totuo_evaluation_get_task_completion (ev, 1, &rate, &error));
  ck_assert_int_eq ((gint) lround (rate), 109);
  ck_assert (totuo_evaluation_get_task_completion (ev, 2, &rate, &error));
  ck_assert_int_eq ((gint) lround (rate), 145);
  ck_assert (!totuo_evaluation_get_task_completion (ev, 3, &rate, &error));
  assert_totuo_error (error, TOTUO_ERROR_UNDEFINED);
  g_clear_error (&error);
  ck_assert_ptr_eq (totuo_evaluation_ref (ev), ev);
  totuo_evaluation_unref (ev);
  totuo_evaluation_unref (NULL);
}
END_TEST

START_TEST (test_dazu_at_baseline)
{
  /* Dazu's plan against the 2022 registry only: row 10 (1 demonstration
   * unit, target 1) is achieved at the baseline; the rest cannot be judged
   * from one year. */
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "dazu-plan.ini", NULL);
  g_autoptr(TotuoPlan) plan = totuo_plan_load (path, NULL);
  g_autoptr(TotuoDataset) ds = example_dataset ("dazu");
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(TotuoEvaluation) ev = NULL;
  TotuoYearResult r;

  ck_assert (totuo_observations_add_dataset (obs, 2022, ds, NULL));
  ev = totuo_evaluation_new (plan, obs);
  ck_assert_int_eq (totuo_evaluation_get_status (ev, 9, NULL), TOTUO_PROGRESS_ACHIEVED);
  ck_assert_int_eq (totuo_evaluation_count (ev, TOTUO_PROGRESS_NOT_ASSESSABLE, -1), 9);
  /* Row 2 has no baseline in the plan: the registry's 2022 value is used. */
  ck_assert (totuo_evaluation_get_year_result (ev, 1, 2022, &r));
  ck_assert (r.has_observed);
  ck_assert_double_eq_tol (r.observed, 6.928, 1e-3);
  /* Row 5's milestone for 2024 is the plan's 35%. */
  ck_assert (totuo_evaluation_get_year_result (ev, 4, 2024, &r));
  ck_assert (r.has_milestone && r.milestone == 35);
  ck_assert_str_eq (totuo_progress_to_chinese (TOTUO_PROGRESS_ACHIEVED), "已实现");
}
END_TEST

static Suite *
evaluation_suite (void)
{
  Suite *s = suite_create ("evaluation");
  TCase *tc = tcase_create ("evaluation");

  tcase_add_test (tc, test_on_track);
  tcase_add_test (tc, test_needs_acceleration);
  tcase_add_test (tc, test_off_track);
  tcase_add_test (tc, test_achieved_early);
  tcase_add_test (tc, test_decreasing_target);
  tcase_add_test (tc, test_met_at_baseline);
  tcase_add_test (tc, test_strict_comparator);
  tcase_add_test (tc, test_missing_baseline);
  tcase_add_test (tc, test_year_results);
  tcase_add_test (tc, test_relative_to_parent);
  tcase_add_test (tc, test_summary_and_tasks);
  tcase_add_test (tc, test_dazu_at_baseline);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (evaluation_suite)
