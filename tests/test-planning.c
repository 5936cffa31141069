/* Planning helpers: places needed, nursery classes, completion rates. */
#include <math.h>

#include "test-util.h"

START_TEST (test_places_needed)
{
  gint64 required = 0, additional = 0;
  GError *error = NULL;

  /* Kaizhou (seed 000): 4.5 per 1,000 of 1,284,182 is 5,778.8: 5,779. */
  ck_assert (totuo_places_needed (1284182, 4.5, 1514, &required, &additional, &error));
  ck_assert_int_eq (required, 5779);
  ck_assert_int_eq (additional, 4265);
  /* An exact product is not rounded up by binary noise. */
  ck_assert (totuo_places_needed (2000, 4.5, 0, &required, NULL, &error));
  ck_assert_int_eq (required, 9);
  /* A target already met needs nothing more. */
  ck_assert (totuo_places_needed (1000, 2.0, 50, &required, &additional, &error));
  ck_assert_int_eq (required, 2);
  ck_assert_int_eq (additional, 0);
  ck_assert (totuo_places_needed (0, 4.5, 0, &required, &additional, NULL));
  ck_assert_int_eq (required, 0);

  ck_assert (!totuo_places_needed (-1, 4.5, 0, NULL, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_NEGATIVE);
  g_clear_error (&error);
  ck_assert (!totuo_places_needed (10, 4.5, -1, NULL, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_NEGATIVE);
  g_clear_error (&error);
  ck_assert (!totuo_places_needed (10, NAN, 0, NULL, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_BAD_NUMBER);
  g_clear_error (&error);
  ck_assert (!totuo_places_needed (10, -1, 0, NULL, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_BAD_NUMBER);
  g_clear_error (&error);
  ck_assert (!totuo_places_needed (G_MAXINT64, 1e9, 0, NULL, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
}
END_TEST

START_TEST (test_nursery_classes)
{
  /* Taizhou (seed 001): urban 6/9/12+ classes -> 2/3/4, rural -> 1/2/3. */
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (6, TRUE, TRUE), 2);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (8, TRUE, TRUE), 2);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (9, TRUE, TRUE), 3);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (12, TRUE, TRUE), 4);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (20, TRUE, TRUE), 4);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (6, FALSE, TRUE), 1);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (9, FALSE, TRUE), 2);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (15, FALSE, TRUE), 3);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (3, TRUE, TRUE), 1);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (12, TRUE, FALSE), 1);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (0, FALSE, FALSE), 1);
}
END_TEST

START_TEST (test_completion_rate)
{
  gdouble rate = 0;
  GError *error = NULL;

  /* Taizhou's provincial tasks (seed 001): 131%, 109%, 145%. */
  ck_assert (totuo_completion_rate (21, 16, &rate, &error));
  ck_assert_int_eq ((gint) lround (rate), 131);
  ck_assert (totuo_completion_rate (5671, 5200, &rate, &error));
  ck_assert_int_eq ((gint) lround (rate), 109);
  ck_assert (totuo_completion_rate (4584, 3160, &rate, &error));
  ck_assert_int_eq ((gint) lround (rate), 145);
  ck_assert (totuo_completion_rate (0, 5, &rate, &error));
  ck_assert_double_eq (rate, 0);

  ck_assert (!totuo_completion_rate (3, 0, &rate, &error));
  assert_totuo_error (error, TOTUO_ERROR_UNDEFINED);
  g_clear_error (&error);
  ck_assert (!totuo_completion_rate (-3, 5, &rate, &error));
  assert_totuo_error (error, TOTUO_ERROR_NEGATIVE);
  g_clear_error (&error);
  ck_assert (!totuo_completion_rate (INFINITY, 5, &rate, &error));
  assert_totuo_error (error, TOTUO_ERROR_BAD_NUMBER);
  g_clear_error (&error);
  ck_assert (!totuo_completion_rate (1, NAN, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_BAD_NUMBER);
  g_clear_error (&error);
}
END_TEST

static Suite *
planning_suite (void)
{
  Suite *s = suite_create ("planning");
  TCase *tc = tcase_create ("planning");

  tcase_add_test (tc, test_places_needed);
  tcase_add_test (tc, test_nursery_classes);
  tcase_add_test (tc, test_completion_rate);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (planning_suite)
