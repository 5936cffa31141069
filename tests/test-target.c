/* Targets: fields, milestones (explicit and interpolated), comparators. */
#include <math.h>

#include "test-util.h"

START_TEST (test_defaults_and_fields)
{
  g_autoptr(TotuoTarget) t = totuo_target_new ("1", "places_per_1000", NULL);
  g_autoptr(TotuoTarget) x = totuo_target_new ("6", "parents_knowledge", "500111");
  g_autoptr(TotuoTarget) c = NULL;
  const gchar *code = "x";
  gint year = 7;
  gdouble value = 7;

  ck_assert_str_eq (totuo_target_get_id (t), "1");
  ck_assert_str_eq (totuo_target_get_indicator (t), "places_per_1000");
  ck_assert (!totuo_target_is_external (t));
  ck_assert_ptr_null (totuo_target_get_region_code (t));
  ck_assert_str_eq (totuo_target_get_name (t), "每千人口托位数");   /* the registry's */
  ck_assert_str_eq (totuo_target_get_unit (t), "places per 1,000 residents");
  ck_assert (!totuo_target_get_baseline (t, &year, &value));
  ck_assert_int_eq (year, 0);
  ck_assert (!totuo_target_get_end (t, &year, NULL));
  ck_assert_int_eq (totuo_target_get_comparator (t), TOTUO_COMPARATOR_GE);
  ck_assert_int_eq (totuo_target_get_attribute (t), TOTUO_ATTRIBUTE_EXPECTED);
  ck_assert_int_eq (totuo_target_get_relative (t, &code), TOTUO_RELATIVE_NONE);
  ck_assert_ptr_null (code);

  ck_assert (totuo_target_is_external (x));
  ck_assert_str_eq (totuo_target_get_region_code (x), "500111");
  ck_assert_str_eq (totuo_target_get_name (x), "parents_knowledge");
  totuo_target_set_name (x, "婴幼儿家长科学育儿知识普及率");
  totuo_target_set_unit (x, "%");
  totuo_target_set_baseline (x, 2022, NAN);
  totuo_target_set_end (x, 2025, 90);
  totuo_target_set_comparator (x, TOTUO_COMPARATOR_GT);
  totuo_target_set_attribute (x, TOTUO_ATTRIBUTE_BINDING);
  totuo_target_set_relative (x, TOTUO_RELATIVE_REGION, "500000");
  c = totuo_target_copy (x);
  totuo_target_set_relative (x, TOTUO_RELATIVE_NONE, NULL);
  ck_assert_str_eq (totuo_target_get_name (c), "婴幼儿家长科学育儿知识普及率");
  ck_assert_str_eq (totuo_target_get_unit (c), "%");
  ck_assert (!totuo_target_get_baseline (c, &year, NULL));
  ck_assert_int_eq (year, 2022);
  ck_assert_int_eq (totuo_target_get_comparator (c), TOTUO_COMPARATOR_GT);
  ck_assert_int_eq (totuo_target_get_attribute (c), TOTUO_ATTRIBUTE_BINDING);
  ck_assert_int_eq (totuo_target_get_relative (c, &code), TOTUO_RELATIVE_REGION);
  ck_assert_str_eq (code, "500000");
  ck_assert (!totuo_target_get_end (c, NULL, NULL));       /* relative: no absolute end */
  ck_assert (totuo_target_get_end (x, &year, &value));
  ck_assert_int_eq (year, 2025);
  ck_assert_double_eq (value, 90);
  ck_assert_ptr_eq (totuo_target_ref (c), c);
  totuo_target_unref (c);
  totuo_target_unref (NULL);
}
END_TEST

START_TEST (test_milestones)
{
  /* Dazu's row 5: 20% in 2022, 30 and 35 set for 2023 and 2024, 40 by 2025. */
  g_autoptr(TotuoTarget) t = totuo_target_new ("5", "kindergarten_share", NULL);
  g_autoptr(TotuoTarget) linear = totuo_target_new ("1", "places_per_1000", NULL);
  g_autoptr(TotuoTarget) no_base = totuo_target_new ("2", "inclusive_share", NULL);
  gdouble v = 0;
  gint year = 0;

  totuo_target_set_baseline (t, 2022, 20);
  totuo_target_set_end (t, 2025, 40);
  totuo_target_set_milestone (t, 2024, 35);
  totuo_target_set_milestone (t, 2023, 31);
  totuo_target_set_milestone (t, 2023, 30);   /* replaces */
  ck_assert_int_eq (totuo_target_get_n_milestones (t), 2);
  totuo_target_get_milestone_at (t, 0, &year, &v);
  ck_assert_int_eq (year, 2023);
  ck_assert_double_eq (v, 30);
  ck_assert (totuo_target_get_milestone (t, 2022, &v));
  ck_assert_double_eq (v, 20);
  ck_assert (totuo_target_get_milestone (t, 2023, &v));
  ck_assert_double_eq (v, 30);
  ck_assert (totuo_target_get_milestone (t, 2024, &v));
  ck_assert_double_eq (v, 35);
  ck_assert (totuo_target_get_milestone (t, 2025, &v));
  ck_assert_double_eq (v, 40);
  ck_assert (!totuo_target_get_milestone (t, 2021, &v));
  ck_assert (!totuo_target_get_milestone (t, 2026, &v));

  /* Without explicit milestones: a straight line from 2 to 4.5. */
  totuo_target_set_baseline (linear, 2022, 2);
  totuo_target_set_end (linear, 2025, 4.5);
  ck_assert (totuo_target_get_milestone (linear, 2023, &v));
  ck_assert_double_eq_tol (v, 2 + 2.5 / 3, 1e-12);
  ck_assert (totuo_target_get_milestone (linear, 2024, &v));
  ck_assert_double_eq_tol (v, 2 + 5.0 / 3, 1e-12);

  /* No baseline: only the end year (and explicit milestones) are known. */
  totuo_target_set_baseline (no_base, 2022, NAN);
  totuo_target_set_end (no_base, 2025, 60);
  ck_assert (!totuo_target_get_milestone (no_base, 2023, NULL));
  ck_assert (totuo_target_get_milestone (no_base, 2025, &v));
  ck_assert_double_eq (v, 60);
  totuo_target_set_milestone (no_base, 2023, 50);
  ck_assert (totuo_target_get_milestone (no_base, 2024, &v));
  ck_assert_double_eq (v, 55);

  /* A relative target has no milestones of its own. */
  totuo_target_set_relative (linear, TOTUO_RELATIVE_PARENT, NULL);
  ck_assert (!totuo_target_get_milestone (linear, 2025, NULL));
}
END_TEST

START_TEST (test_comparators)
{
  TotuoComparator c;
  TotuoAttribute a;

  ck_assert (totuo_comparator_meets (TOTUO_COMPARATOR_GE, 90, 90));
  ck_assert (!totuo_comparator_meets (TOTUO_COMPARATOR_GT, 90, 90));   /* "> 90" */
  ck_assert (totuo_comparator_meets (TOTUO_COMPARATOR_GT, 90.1, 90));
  ck_assert (totuo_comparator_meets (TOTUO_COMPARATOR_LE, 5, 5));
  ck_assert (!totuo_comparator_meets (TOTUO_COMPARATOR_LT, 5, 5));
  ck_assert (totuo_comparator_meets (TOTUO_COMPARATOR_EQ, 1.0000001, 1));
  ck_assert (!totuo_comparator_meets (TOTUO_COMPARATOR_EQ, 1.01, 1));
  ck_assert (!totuo_comparator_meets (TOTUO_COMPARATOR_GE, NAN, 1));
  for (gint k = 0; k <= TOTUO_COMPARATOR_EQ; k++)
    {
      ck_assert (totuo_comparator_from_string (totuo_comparator_to_string (k), &c));
      ck_assert_int_eq (c, k);
    }
  ck_assert (totuo_comparator_from_string (" ≥ ", &c));
  ck_assert_int_eq (c, TOTUO_COMPARATOR_GE);
  ck_assert (totuo_comparator_from_string ("≤", &c));
  ck_assert_int_eq (c, TOTUO_COMPARATOR_LE);
  ck_assert (!totuo_comparator_from_string ("=>", &c));
  ck_assert (totuo_attribute_from_string ("约束性", &a));
  ck_assert_int_eq (a, TOTUO_ATTRIBUTE_BINDING);
  ck_assert (totuo_attribute_from_string ("Expected", &a));
  ck_assert_int_eq (a, TOTUO_ATTRIBUTE_EXPECTED);
  ck_assert (!totuo_attribute_from_string ("optional", &a));
  ck_assert_str_eq (totuo_attribute_to_string (TOTUO_ATTRIBUTE_BINDING), "binding");
  ck_assert_str_eq (totuo_attribute_to_chinese (TOTUO_ATTRIBUTE_EXPECTED), "预期性");
}
END_TEST

static Suite *
target_suite (void)
{
  Suite *s = suite_create ("target");
  TCase *tc = tcase_create ("target");

  tcase_add_test (tc, test_defaults_and_fields);
  tcase_add_test (tc, test_milestones);
  tcase_add_test (tc, test_comparators);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (target_suite)
