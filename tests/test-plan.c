/* Plans and the plan file: Dazu's table, round trips, malformed files. */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "test-util.h"

static TotuoPlan *
dazu_plan (void)
{
  GError *error = NULL;
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "dazu-plan.ini", NULL);
  TotuoPlan *plan = totuo_plan_load (path, &error);

  if (plan == NULL)
    ck_abort_msg ("%s", error->message);
  return plan;
}

START_TEST (test_dazu_table)
{
  g_autoptr(TotuoPlan) plan = dazu_plan ();
  const TotuoTarget *t;
  const gchar *code;
  gint start, end, year;
  gdouble v;

  ck_assert_str_eq (totuo_plan_get_name (plan), "大足区3岁以下婴幼儿照护服务能力提升三年行动");
  ck_assert_str_eq (totuo_plan_get_region_code (plan), "500111");
  totuo_plan_get_period (plan, &start, &end);
  ck_assert_int_eq (start, 2023);
  ck_assert_int_eq (end, 2025);
  ck_assert_int_eq (totuo_plan_get_n_targets (plan), 10);

  t = totuo_plan_get_target (plan, 0);       /* 2 -> 4.5 places per 1,000 */
  ck_assert (totuo_target_get_baseline (t, &year, &v));
  ck_assert_int_eq (year, 2022);
  ck_assert_double_eq (v, 2);
  ck_assert (totuo_target_get_end (t, &year, &v));
  ck_assert_int_eq (year, 2025);
  ck_assert_double_eq (v, 4.5);
  t = totuo_plan_get_target (plan, 1);       /* "—" -> 60 */
  ck_assert (!totuo_target_get_baseline (t, NULL, NULL));
  t = totuo_plan_get_target (plan, 2);       /* >= the city's average */
  ck_assert_int_eq (totuo_target_get_relative (t, &code), TOTUO_RELATIVE_PARENT);
  t = totuo_plan_get_target (plan, 3);       /* 50 -> > 90 */
  ck_assert_int_eq (totuo_target_get_comparator (t), TOTUO_COMPARATOR_GT);
  t = totuo_plan_get_target (plan, 4);       /* milestones 30, 35 */
  ck_assert_int_eq (totuo_target_get_n_milestones (t), 2);
  ck_assert (totuo_target_get_milestone (t, 2024, &v));
  ck_assert_double_eq (v, 35);
  t = totuo_plan_get_target (plan, 5);       /* an external indicator */
  ck_assert (totuo_target_is_external (t));
  ck_assert_str_eq (totuo_target_get_unit (t), "%");
  ck_assert_str_eq (totuo_target_get_name (t), "婴幼儿家长科学育儿知识普及率(%)");
  t = totuo_plan_get_target (plan, 9);       /* 1 -> 1 demonstration unit */
  ck_assert_int_eq (totuo_target_get_attribute (t), TOTUO_ATTRIBUTE_EXPECTED);
  ck_assert_ptr_eq (totuo_plan_ref (plan), plan);
  totuo_plan_unref (plan);
  totuo_plan_unref (NULL);
}
END_TEST

START_TEST (test_round_trip)
{
  g_autoptr(TotuoPlan) plan = dazu_plan ();
  g_autoptr(TotuoPlan) again = NULL, from_file = NULL;
  g_autofree gchar *text = totuo_plan_to_data (plan, NULL);
  gchar *dir = g_dir_make_tmp ("totuo-XXXXXX", NULL);
  gchar *path = g_build_filename (dir, "p.ini", NULL);
  gchar *missing = g_build_filename (dir, "no", "p.ini", NULL);
  GError *error = NULL;

  ck_assert (totuo_plan_add_task (plan, "新增托位", 2024, 5200, 5671, &error));
  ck_assert (totuo_plan_add_task (plan, "新增普惠托位, \"含\"", 2025, 3160, NAN, &error));
  g_free (text);
  text = totuo_plan_to_data (plan, NULL);
  again = totuo_plan_load_data (text, -1, "again", &error);
  ck_assert_msg (again != NULL, "%s", error ? error->message : "");
  ck_assert (totuo_plan_equal (plan, again));
  ck_assert (totuo_plan_save (plan, path, &error));
  from_file = totuo_plan_load (path, &error);
  ck_assert (from_file != NULL && totuo_plan_equal (plan, from_file));
  ck_assert (!totuo_plan_save (plan, missing, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);
  ck_assert_ptr_null (totuo_plan_load (missing, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);
  {
    g_autoptr(TotuoPlan) original = dazu_plan ();   /* without the tasks */
    ck_assert (!totuo_plan_equal (plan, original));
  }
  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
  g_free (missing);
  g_free (dir);
}
END_TEST

START_TEST (test_add_rejects)
{
  g_autoptr(TotuoPlan) plan = totuo_plan_new ("p", "D", 2023, 2025);
  g_autoptr(TotuoTarget) t = totuo_target_new ("1", "places", NULL);
  g_autoptr(TotuoTarget) x = totuo_target_new ("2", "centres", NULL);
  GError *error = NULL;
  const gchar *name;
  gint year;
  gdouble planned, achieved;

  ck_assert (!totuo_plan_add_target (plan, t, &error));   /* no end value */
  assert_totuo_error (error, TOTUO_ERROR_MISSING_VALUE);
  g_clear_error (&error);
  totuo_target_set_end (t, 2025, 10);
  totuo_target_set_baseline (t, 2025, 1);
  ck_assert (!totuo_plan_add_target (plan, t, &error));   /* baseline not before end */
  assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  totuo_target_set_baseline (t, 2022, 1);
  ck_assert (totuo_plan_add_target (plan, t, &error));
  ck_assert (!totuo_plan_add_target (plan, t, &error));
  assert_totuo_error (error, TOTUO_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  totuo_target_set_end (x, 2025, 1);
  ck_assert (!totuo_plan_add_target (plan, x, &error));   /* external without a name */
  assert_totuo_error (error, TOTUO_ERROR_MISSING_VALUE);
  g_clear_error (&error);

  ck_assert (!totuo_plan_add_task (plan, "t", 2023, -1, 2, &error));
  assert_totuo_error (error, TOTUO_ERROR_NEGATIVE);
  g_clear_error (&error);
  ck_assert (!totuo_plan_add_task (plan, "t", 2023, NAN, 2, &error));
  assert_totuo_error (error, TOTUO_ERROR_BAD_NUMBER);
  g_clear_error (&error);
  ck_assert (totuo_plan_add_task (plan, "新增托育覆盖乡镇", 2022, 16, 21, &error));
  ck_assert_int_eq (totuo_plan_get_n_tasks (plan), 1);
  totuo_plan_get_task (plan, 0, &name, &year, &planned, &achieved);
  ck_assert_str_eq (name, "新增托育覆盖乡镇");
  ck_assert_int_eq (year, 2022);
  ck_assert_double_eq (planned, 16);
  ck_assert_double_eq (achieved, 21);
}
END_TEST

typedef struct {
  const gchar *text;
  TotuoError code;
  const gchar *where;
} Malformed;

#define PLAN "[plan]\nname=p\nregion=D\nstart=2023\nend=2025\n"
#define T1 "[target 1]\nindicator=places\n"

static const Malformed corpus[] = {
  { "", TOTUO_ERROR_MISSING_COLUMN, "[plan] group is missing" },
  { "[plan]\nregion=D\nstart=2023\nend=2025\n", TOTUO_ERROR_MISSING_VALUE, "p.ini:1: [plan]" },
  { "[plan]\nname=p\nregion=D\nstart=twenty\nend=2025\n", TOTUO_ERROR_BAD_NUMBER,
    "p.ini:4: [plan] key 'start'" },
  { "[plan]\nname=p\nregion=D\nstart=2023\nend=2020\n", TOTUO_ERROR_OUT_OF_RANGE, "p.ini:5" },
  { "[plan]\nname=p\nregion=D\nstart=23\nend=2025\n", TOTUO_ERROR_OUT_OF_RANGE, "'start'" },
  { PLAN "colour=red\n", TOTUO_ERROR_UNKNOWN_VALUE, "p.ini:6: [plan] key 'colour'" },
  { PLAN "[budget]\nyuan=5\n", TOTUO_ERROR_UNKNOWN_VALUE, "p.ini:6: unknown group [budget]" },
  { PLAN "[plan]\n", TOTUO_ERROR_DUPLICATE_ID, "p.ini:6: a group is written twice (first at line 1)" },
  { PLAN "name=q\n", TOTUO_ERROR_DUPLICATE_ID, "p.ini:6: a key is written twice (first at line 2)" },
  { PLAN "just words\n", TOTUO_ERROR_SYNTAX, "p.ini:6" },
  { "name=p\n" PLAN, TOTUO_ERROR_SYNTAX, "p.ini:1: a key before any [group]" },
  { PLAN "[target 1\n", TOTUO_ERROR_SYNTAX, "p.ini:6" },
  { PLAN "[target 1]\ntarget=4.5\n", TOTUO_ERROR_MISSING_VALUE, "key 'indicator'" },
  { PLAN T1 "target=lots\n", TOTUO_ERROR_BAD_NUMBER, "p.ini:8: [target 1] key 'target'" },
  { PLAN T1 "target=NaN\n", TOTUO_ERROR_BAD_NUMBER, "'target'" },
  { PLAN T1 "target=1\ncomparator==>\n", TOTUO_ERROR_UNKNOWN_VALUE, "p.ini:9" },
  { PLAN T1 "target=1\nattribute=optional\n", TOTUO_ERROR_UNKNOWN_VALUE, "'attribute'" },
  { PLAN T1 "target=1\nmilestones=2023=3\n", TOTUO_ERROR_SYNTAX, "'milestones'" },
  { PLAN T1 "target=1\ntarge=2\n", TOTUO_ERROR_UNKNOWN_VALUE, "key 'targe'" },
  { PLAN T1, TOTUO_ERROR_MISSING_VALUE, "p.ini:6: target \"1\" has neither" },
  { PLAN "[target 2]\nindicator=centres\ntarget=1\n", TOTUO_ERROR_MISSING_VALUE, "needs a name" },
  { PLAN T1 "target=1\nbaseline_year=2026\n", TOTUO_ERROR_OUT_OF_RANGE, "p.ini:6" },
  { PLAN T1 "target=1\n[target 1]\n", TOTUO_ERROR_DUPLICATE_ID, "p.ini:9" },
  { PLAN "[task 1]\nname=t\nplanned=-5\nachieved=3\n", TOTUO_ERROR_NEGATIVE, "p.ini:6" },
  { PLAN "[task 1]\nname=t\nachieved=3\n", TOTUO_ERROR_MISSING_VALUE, "'planned'" },
  { PLAN "[task 1]\nplanned=1\n", TOTUO_ERROR_MISSING_VALUE, "'name'" },
  { "[plan]\nname=\xff\n", TOTUO_ERROR_ENCODING, "p.ini:2:6" },
  { PLAN T1 "target=1\nend=twenty\n", TOTUO_ERROR_BAD_NUMBER, "p.ini:9: [target 1] key 'end'" },
  { PLAN T1 "target=-\n", TOTUO_ERROR_MISSING_VALUE, "has neither a target value" },
  { PLAN "[task 1]\nname=t\nyear=1800\nplanned=1\n", TOTUO_ERROR_OUT_OF_RANGE, "'year'" },
  /* One of its own that looks like one of ours is a typo. */
  { PLAN "[target 1]\nindicator=palces_per_1000\nname=x\ntarget=1\n", TOTUO_ERROR_UNKNOWN_VALUE,
    "p.ini:7: [target 1] key 'indicator': \"palces_per_1000\" is not an indicator libtotuo "
    "computes; did you mean \"places_per_1000\" (每千人口托位数)?" },
  { PLAN "[target 1]\nindicator=每千人口托位 数\nname=x\ntarget=1\n", TOTUO_ERROR_UNKNOWN_VALUE,
    "did you mean \"places_per_1000\"" },
};

/* A target's indicator by its Chinese name is stored as its id. */
START_TEST (test_chinese_indicator_names)
{
  GError *error = NULL;
  g_autoptr(TotuoPlan) plan = totuo_plan_load_data (
      PLAN "[target 1]\nindicator= 每千人口托位数 \nbaseline=3.5\ntarget=4.5\n"
           "[target 2]\nindicator=parents_knowledge\nname=家长知晓率\nbaseline=50\ntarget=80\n",
      -1, "p.ini", &error);
  const TotuoTarget *t;

  ck_assert_msg (plan != NULL, "%s", error != NULL ? error->message : "");
  t = totuo_plan_get_target (plan, 0);
  ck_assert_str_eq (totuo_target_get_indicator (t), "places_per_1000");
  /* An indicator of the plan's own, unlike any of ours, stays as it is. */
  t = totuo_plan_get_target (plan, 1);
  ck_assert_str_eq (totuo_target_get_indicator (t), "parents_knowledge");
}
END_TEST

START_TEST (test_malformed)
{
  GError *error = NULL;
  TotuoPlan *plan = totuo_plan_load_data (corpus[_i].text, -1, "p.ini", &error);

  ck_assert_msg (plan == NULL, "entry %d loaded", _i);
  assert_totuo_error (error, corpus[_i].code);
  ck_assert_msg (strstr (error->message, corpus[_i].where) != NULL,
                 "entry %d: \"%s\" not in \"%s\"", _i, corpus[_i].where, error->message);
  g_error_free (error);
}
END_TEST

/* Failed preconditions are counted here instead of aborting the suite. */
static guint n_criticals;

static void
count_critical (const gchar   *domain,
                GLogLevelFlags level,
                const gchar   *message,
                gpointer       data)
{
  n_criticals++;
}

START_TEST (test_years_bounded)
{
  g_autoptr(TotuoPlan) plan = totuo_plan_new ("p", "R", TOTUO_MIN_YEAR, TOTUO_MAX_YEAR);
  g_autoptr(TotuoTarget) target = totuo_target_new ("t", "places", NULL);
  const gint bad[] = { G_MININT, -1, 0, TOTUO_MIN_YEAR - 1, TOTUO_MAX_YEAR + 1, G_MAXINT };
  GError *error = NULL;
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  guint handler = g_log_set_handler ("totuo", G_LOG_LEVEL_CRITICAL, count_critical, NULL);

  ck_assert_ptr_nonnull (plan);
  for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
    {
      n_criticals = 0;
      /* The span that once overflowed the evaluation's arrays cannot be made. */
      ck_assert_ptr_null (totuo_plan_new ("p", "R", bad[k], 2025));
      ck_assert_ptr_null (totuo_plan_new ("p", "R", 2023, bad[k]));
      totuo_target_set_milestone (target, bad[k], 1.0);
      ck_assert_uint_eq (totuo_target_get_n_milestones (target), 0);
      ck_assert_uint_eq (n_criticals, 3);
      if (bad[k] != 0)
        {
          totuo_target_set_end (target, bad[k], 1.0);
          totuo_target_set_baseline (target, bad[k], 1.0);
          ck_assert_uint_eq (n_criticals, 5);
        }
      ck_assert (!totuo_plan_add_task (plan, "t", bad[k], 1, 1, &error));
      assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
      g_clear_error (&error);
    }
  /* Invalid UTF-8 cannot enter a plan that the plan file could not read back. */
  n_criticals = 0;
  ck_assert_ptr_null (totuo_plan_new ("\xff", "R", 2023, 2025));
  ck_assert_ptr_null (totuo_target_new ("\xfe", "places", NULL));
  ck_assert_uint_eq (n_criticals, 2);
  ck_assert (!totuo_plan_add_task (plan, "\xff", 2024, 1, 1, &error));
  assert_totuo_error (error, TOTUO_ERROR_ENCODING);
  g_clear_error (&error);
  g_log_remove_handler ("totuo", handler);
  g_log_set_always_fatal (fatal);
}
END_TEST

START_TEST (test_many_targets_and_milestones)
{
  g_autoptr(TotuoPlan) plan = totuo_plan_new ("p", "R", 2023, 2025);
  g_autoptr(TotuoTarget) target = totuo_target_new ("m", "places", NULL);
  GError *error = NULL;
  gdouble v = 0;
  gint year = 0;

  /* 100,000 targets: each id is checked against a set, not against every
   * target before it; the last repeat is still found. */
  for (guint k = 0; k < 100000; k++)
    {
      g_autofree gchar *id = g_strdup_printf ("t%u", k);
      g_autoptr(TotuoTarget) t = totuo_target_new (id, "places", NULL);
      totuo_target_set_end (t, 2025, 1.0);
      ck_assert (totuo_plan_add_target (plan, t, &error));
    }
  {
    g_autoptr(TotuoTarget) again = totuo_target_new ("t99999", "places", NULL);
    totuo_target_set_end (again, 2025, 1.0);
    ck_assert (!totuo_plan_add_target (plan, again, &error));
    assert_totuo_error (error, TOTUO_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
  }
  ck_assert_uint_eq (totuo_plan_get_n_targets (plan), 100000);
  /* Every year of the range as a milestone, given backwards and then again:
   * kept sorted, one per year, the last value winning. */
  for (gint y = TOTUO_MAX_YEAR; y >= TOTUO_MIN_YEAR; y--)
    totuo_target_set_milestone (target, y, y);
  for (gint y = TOTUO_MIN_YEAR; y <= TOTUO_MAX_YEAR; y += 2)
    totuo_target_set_milestone (target, y, -y);
  ck_assert_uint_eq (totuo_target_get_n_milestones (target), TOTUO_MAX_YEAR - TOTUO_MIN_YEAR + 1);
  for (guint k = 0; k < totuo_target_get_n_milestones (target); k++)
    {
      totuo_target_get_milestone_at (target, k, &year, &v);
      ck_assert_int_eq (year, TOTUO_MIN_YEAR + (gint) k);
      ck_assert_double_eq (v, k % 2 == 0 ? -year : year);
    }
}
END_TEST

static Suite *
plan_suite (void)
{
  Suite *s = suite_create ("plan");
  TCase *good = tcase_create ("plan");
  TCase *bad = tcase_create ("malformed");

  tcase_add_test (good, test_dazu_table);
  tcase_add_test (good, test_round_trip);
  tcase_add_test (good, test_add_rejects);
  tcase_add_test (good, test_years_bounded);
  tcase_add_test (good, test_many_targets_and_milestones);
  tcase_add_test (good, test_chinese_indicator_names);
  tcase_add_loop_test (bad, test_malformed, 0, G_N_ELEMENTS (corpus));
  suite_add_tcase (s, good);
  suite_add_tcase (s, bad);
  return s;
}

TEST_MAIN (plan_suite)
