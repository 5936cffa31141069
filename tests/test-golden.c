/* Every figure of ../shared/DOMAIN.md, computed from the example data sets
 * (examples/data), rounded as the documents round them. */
#include <math.h>

#include "test-util.h"

static gdouble
round_to (gdouble value, gint digits)
{
  gdouble scale = pow (10, digits);
  return round (value * scale) / scale;
}

START_TEST (test_kaizhou)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("kaizhou");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  gint64 required = 0, additional = 0;

  ck_assert_double_eq (indicator_value (t, "500154", TOTUO_INDICATOR_POPULATION), 1284182);
  ck_assert_double_eq (indicator_value (t, "500154", TOTUO_INDICATOR_UNDER3), 26876);
  ck_assert_double_eq (indicator_value (t, "500154001", TOTUO_INDICATOR_UNDER3) +
                       indicator_value (t, "500154002", TOTUO_INDICATOR_UNDER3) +
                       indicator_value (t, "500154003", TOTUO_INDICATOR_UNDER3), 10747);
  ck_assert_double_eq (indicator_value (t, "500154", TOTUO_INDICATOR_INSTITUTIONS), 55);
  ck_assert_double_eq (indicator_value (t, "500154", TOTUO_INDICATOR_INSTITUTIONS_NURSERY), 4);
  ck_assert_double_eq (indicator_value (t, "500154", TOTUO_INDICATOR_INSTITUTIONS_KINDERGARTEN),
                       51);
  ck_assert_double_eq (indicator_value (t, "500154", TOTUO_INDICATOR_INSTITUTIONS_PRIVATE), 55);
  ck_assert_double_eq (indicator_value (t, "500154", TOTUO_INDICATOR_PLACES), 1514);
  ck_assert_double_eq (indicator_value (t, "500154", TOTUO_INDICATOR_FILED_INSTITUTIONS), 18);
  ck_assert_double_eq (round_to (indicator_value (t, "500154", TOTUO_INDICATOR_PLACES_PER_1000),
                                 2), 1.18);
  ck_assert (totuo_places_needed (1284182, 4.5, 1514, &required, &additional, NULL));
  ck_assert_int_eq (required, 5779);
  ck_assert_int_eq (additional, 4265);
}
END_TEST

START_TEST (test_kaizhou_kindergartens_by_level)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("kaizhou");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  g_auto(GStrv) units = totuo_dataset_get_children (ds, "500154", NULL);
  gdouble streets = 0, townships = 0;

  for (guint k = 0; units[k] != NULL; k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_lookup_region (ds, units[k]);
      gdouble n = indicator_value (t, units[k], TOTUO_INDICATOR_INSTITUTIONS_KINDERGARTEN);
      if (totuo_region_get_level (r) == TOTUO_REGION_LEVEL_STREET)
        streets += n;
      else
        townships += n;
    }
  ck_assert_double_eq (streets, 40);
  ck_assert_double_eq (townships, 11);
}
END_TEST

START_TEST (test_taizhou)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("taizhou");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  gdouble rate = 0;

  ck_assert_double_eq (indicator_value (t, "331000", TOTUO_INDICATOR_INSTITUTIONS), 446);
  ck_assert_double_eq (indicator_value (t, "331000", TOTUO_INDICATOR_PLACES), 22015);
  ck_assert_double_eq (round_to (indicator_value (t, "331000", TOTUO_INDICATOR_PLACES_PER_1000),
                                 2), 3.30);
  ck_assert_double_eq (round (indicator_value (t, "331000", TOTUO_INDICATOR_TOWNSHIP_COVERAGE)),
                       79);
  ck_assert_double_eq (indicator_value (t, "331000", TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS), 353);
  ck_assert_double_eq (indicator_value (t, "331000", TOTUO_INDICATOR_INCLUSIVE_PLACES), 15317);
  ck_assert_double_eq (round (indicator_value (t, "331000", TOTUO_INDICATOR_INCLUSIVE_SHARE)), 70);
  ck_assert_double_eq (round_to (indicator_value (t, "331000", TOTUO_INDICATOR_INCLUSIVE_SHARE),
                                 1), 69.6);
  ck_assert (totuo_completion_rate (21, 16, &rate, NULL));
  ck_assert_double_eq (round (rate), 131);
  ck_assert (totuo_completion_rate (5671, 5200, &rate, NULL));
  ck_assert_double_eq (round (rate), 109);
  ck_assert (totuo_completion_rate (4584, 3160, &rate, NULL));
  ck_assert_double_eq (round (rate), 145);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (6, TRUE, TRUE), 2);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (9, TRUE, TRUE), 3);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (12, TRUE, TRUE), 4);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (6, FALSE, TRUE), 1);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (9, FALSE, TRUE), 2);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (12, FALSE, TRUE), 3);
  ck_assert_int_eq (totuo_nursery_classes_for_kindergarten (4, TRUE, FALSE), 1);
}
END_TEST

START_TEST (test_chengdu)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("chengdu");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);

  ck_assert_double_eq (indicator_value (t, "510100", TOTUO_INDICATOR_INSTITUTIONS), 1609);
  ck_assert_double_eq (indicator_value (t, "510100", TOTUO_INDICATOR_REGISTERED_INSTITUTIONS), 804);
  ck_assert_double_eq (indicator_value (t, "510100", TOTUO_INDICATOR_FILED_INSTITUTIONS), 341);
  ck_assert_double_eq (round_to (indicator_value (t, "510100", TOTUO_INDICATOR_PLACES_PER_1000),
                                 2), 3.56);
  ck_assert_double_eq (round_to (indicator_value (t, "510100", TOTUO_INDICATOR_ENROLLMENT_RATE),
                                 2), 7.17);
  ck_assert_double_eq (indicator_value (t, "510100", TOTUO_INDICATOR_HEALTH_MANAGER_RATE), 100);
}
END_TEST

START_TEST (test_wuhan)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("wuhan");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);

  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_INSTITUTIONS), 374);
  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS), 328);
  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_PLACES), 12123);
  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_INSTITUTIONS_NURSERY), 150);
  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_PLACES_NURSERY), 7985);
  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_INSTITUTIONS_KINDERGARTEN),
                       213);
  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_PLACES_KINDERGARTEN), 3797);
  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_INSTITUTIONS_EMPLOYER), 11);
  ck_assert_double_eq (indicator_value (t, "420100", TOTUO_INDICATOR_PLACES_EMPLOYER), 341);
}
END_TEST

START_TEST (test_dazu_baseline)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("dazu");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);

  ck_assert_double_eq (round (indicator_value (t, "500111", TOTUO_INDICATOR_PLACES_PER_1000)), 2);
  ck_assert_double_eq (round (indicator_value (t, "500111", TOTUO_INDICATOR_UTILIZATION)), 30);
  ck_assert_double_eq (indicator_value (t, "500111", TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE),
                       50);
  ck_assert_double_eq (indicator_value (t, "500111", TOTUO_INDICATOR_KINDERGARTEN_SHARE), 20);
  ck_assert_double_eq (indicator_value (t, "500111", TOTUO_INDICATOR_CERTIFIED_STAFF_RATE), 50);
}
END_TEST

static Suite *
golden_suite (void)
{
  Suite *s = suite_create ("golden");
  TCase *tc = tcase_create ("documents");

  tcase_add_test (tc, test_kaizhou);
  tcase_add_test (tc, test_kaizhou_kindergartens_by_level);
  tcase_add_test (tc, test_taizhou);
  tcase_add_test (tc, test_chengdu);
  tcase_add_test (tc, test_wuhan);
  tcase_add_test (tc, test_dazu_baseline);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (golden_suite)
