/* Region and institution records: defaults, setters, copies, references. */
#include "test-util.h"

START_TEST (test_region_defaults)
{
  g_autoptr(TotuoRegion) r = totuo_region_new ("500154", "开州区", TOTUO_REGION_LEVEL_DISTRICT);
  gdouble lat = 0, lon = 0;

  ck_assert_str_eq (totuo_region_get_code (r), "500154");
  ck_assert_str_eq (totuo_region_get_name (r), "开州区");
  ck_assert_int_eq (totuo_region_get_level (r), TOTUO_REGION_LEVEL_DISTRICT);
  ck_assert_ptr_null (totuo_region_get_parent_code (r));
  ck_assert_int_eq (totuo_region_get_population (r), TOTUO_UNKNOWN);
  ck_assert_int_eq (totuo_region_get_under3 (r), TOTUO_UNKNOWN);
  ck_assert_int_eq (totuo_region_get_kindergartens (r), TOTUO_UNKNOWN);
  ck_assert (!totuo_region_get_location (r, &lat, &lon));
}
END_TEST

START_TEST (test_region_setters_and_copy)
{
  g_autoptr(TotuoRegion) r = totuo_region_new ("x", NULL, TOTUO_REGION_LEVEL_STREET);
  g_autoptr(TotuoRegion) copy = NULL;
  gdouble lat = 0, lon = 0;

  ck_assert_str_eq (totuo_region_get_name (r), "");
  totuo_region_set_name (r, "汉丰街道");
  totuo_region_set_level (r, TOTUO_REGION_LEVEL_TOWNSHIP);
  totuo_region_set_parent_code (r, "500154");
  totuo_region_set_population (r, 0);
  totuo_region_set_under3 (r, 4512);
  totuo_region_set_kindergartens (r, 7);
  totuo_region_set_location (r, 31.16, 108.39);
  copy = totuo_region_copy (r);
  totuo_region_set_name (r, "changed");
  totuo_region_set_parent_code (r, "");
  ck_assert_ptr_null (totuo_region_get_parent_code (r));
  ck_assert_str_eq (totuo_region_get_name (copy), "汉丰街道");
  ck_assert_int_eq (totuo_region_get_level (copy), TOTUO_REGION_LEVEL_TOWNSHIP);
  ck_assert_str_eq (totuo_region_get_parent_code (copy), "500154");
  ck_assert_int_eq (totuo_region_get_population (copy), 0);
  ck_assert_int_eq (totuo_region_get_under3 (copy), 4512);
  ck_assert_int_eq (totuo_region_get_kindergartens (copy), 7);
  ck_assert (totuo_region_get_location (copy, &lat, &lon));
  ck_assert_double_eq (lat, 31.16);
  ck_assert_double_eq (lon, 108.39);
  totuo_region_clear_location (copy);
  ck_assert (!totuo_region_get_location (copy, NULL, NULL));
  ck_assert_ptr_eq (totuo_region_ref (copy), copy);
  totuo_region_unref (copy);
  totuo_region_unref (NULL);
}
END_TEST

START_TEST (test_institution_defaults)
{
  g_autoptr(TotuoInstitution) i = totuo_institution_new ("KZ-1", "托育园", "500154001");
  gdouble fee = 0;

  ck_assert_str_eq (totuo_institution_get_id (i), "KZ-1");
  ck_assert_str_eq (totuo_institution_get_name (i), "托育园");
  ck_assert_str_eq (totuo_institution_get_region_code (i), "500154001");
  /* Nothing that is not known is taken for a default. */
  ck_assert_int_eq (totuo_institution_get_kind (i), TOTUO_KIND_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_ownership (i), TOTUO_OWNERSHIP_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_inclusive (i), TOTUO_FLAG_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_places (i), 0);
  ck_assert_int_eq (totuo_institution_get_enrolled (i), TOTUO_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_status (i), TOTUO_STATUS_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_modes (i), TOTUO_MODE_NONE);
  ck_assert (!totuo_institution_get_monthly_fee (i, &fee));
  ck_assert_int_eq (totuo_institution_get_staff (i), TOTUO_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_certified_staff (i), TOTUO_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_health_manager (i), TOTUO_FLAG_UNKNOWN);
  ck_assert (!totuo_institution_get_location (i, NULL, NULL));
}
END_TEST

START_TEST (test_institution_setters_and_copy)
{
  g_autoptr(TotuoInstitution) i = totuo_institution_new ("a", NULL, "r");
  g_autoptr(TotuoInstitution) c = NULL;
  gdouble fee = 0, lat = 0, lon = 0;

  totuo_institution_set_name (i, "名");
  totuo_institution_set_region_code (i, "r2");
  totuo_institution_set_kind (i, TOTUO_KIND_FAMILY);
  totuo_institution_set_ownership (i, TOTUO_OWNERSHIP_MIXED);
  totuo_institution_set_inclusive (i, TRUE);
  totuo_institution_set_places (i, 5);
  totuo_institution_set_enrolled (i, 4);
  totuo_institution_set_status (i, TOTUO_STATUS_FILED);
  totuo_institution_set_modes (i, TOTUO_MODE_HOURLY | TOTUO_MODE_TEMPORARY);
  totuo_institution_set_monthly_fee (i, 2999.5);
  totuo_institution_set_staff (i, 3);
  totuo_institution_set_certified_staff (i, 2);
  totuo_institution_set_health_manager (i, TOTUO_FLAG_YES);
  totuo_institution_set_location (i, 30.5, 114.3);
  c = totuo_institution_copy (i);
  totuo_institution_set_name (i, "other");
  totuo_institution_set_monthly_fee (i, -5);
  ck_assert (!totuo_institution_get_monthly_fee (i, NULL));
  ck_assert_str_eq (totuo_institution_get_name (c), "名");
  ck_assert_str_eq (totuo_institution_get_region_code (c), "r2");
  ck_assert_int_eq (totuo_institution_get_kind (c), TOTUO_KIND_FAMILY);
  ck_assert_int_eq (totuo_institution_get_ownership (c), TOTUO_OWNERSHIP_MIXED);
  ck_assert (totuo_institution_get_inclusive (c));
  ck_assert_int_eq (totuo_institution_get_places (c), 5);
  ck_assert_int_eq (totuo_institution_get_enrolled (c), 4);
  ck_assert_int_eq (totuo_institution_get_status (c), TOTUO_STATUS_FILED);
  ck_assert_int_eq (totuo_institution_get_modes (c), TOTUO_MODE_HOURLY | TOTUO_MODE_TEMPORARY);
  ck_assert (totuo_institution_get_monthly_fee (c, &fee));
  ck_assert_double_eq (fee, 2999.5);
  ck_assert_int_eq (totuo_institution_get_staff (c), 3);
  ck_assert_int_eq (totuo_institution_get_certified_staff (c), 2);
  ck_assert_int_eq (totuo_institution_get_health_manager (c), TOTUO_FLAG_YES);
  /* TRUE and FALSE are the known flags. */
  totuo_institution_set_inclusive (c, FALSE);
  ck_assert_int_eq (totuo_institution_get_inclusive (c), TOTUO_FLAG_NO);
  totuo_institution_set_inclusive (c, TOTUO_FLAG_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_inclusive (c), TOTUO_FLAG_UNKNOWN);
  ck_assert (totuo_institution_get_location (c, &lat, &lon));
  ck_assert_double_eq (lat, 30.5);
  totuo_institution_clear_location (c);
  ck_assert (!totuo_institution_get_location (c, &lat, &lon));
  ck_assert_ptr_eq (totuo_institution_ref (c), c);
  totuo_institution_unref (c);
  totuo_institution_unref (NULL);
}
END_TEST

static Suite *
records_suite (void)
{
  Suite *s = suite_create ("records");
  TCase *tc = tcase_create ("records");

  tcase_add_test (tc, test_region_defaults);
  tcase_add_test (tc, test_region_setters_and_copy);
  tcase_add_test (tc, test_institution_defaults);
  tcase_add_test (tc, test_institution_setters_and_copy);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (records_suite)
