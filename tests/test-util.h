/* Shared by the Check suites: a main() that runs one suite, and helpers to
 * build small datasets from CSV text. */
#pragma once

#include <check.h>
#include <stdlib.h>

#include <totuo/totuo.h>

#define TEST_MAIN(suite_function)                                       \
  int main (void)                                                       \
  {                                                                     \
    SRunner *runner = srunner_create (suite_function ());               \
    int failed;                                                         \
    srunner_run_all (runner, CK_ENV);                                   \
    failed = srunner_ntests_failed (runner);                            \
    srunner_free (runner);                                              \
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;                   \
  }

/* Asserts that an error is set, in TOTUO_ERROR, with the code given. */
#define assert_totuo_error(error, expected)                                      \
  do {                                                                           \
    ck_assert_msg ((error) != NULL, "expected %s, got no error",                 \
                   totuo_error_code_to_string (expected));                       \
    ck_assert_msg ((error)->domain == TOTUO_ERROR && (error)->code == (gint) (expected), \
                   "expected %s, got %s: %s", totuo_error_code_to_string (expected), \
                   totuo_error_code_to_string ((TotuoError) (error)->code),      \
                   (error)->message);                                            \
  } while (0)

#define REGIONS_HEADER "code,name,level,parent,population,under3,kindergartens,lat,lon\n"
#define INSTITUTIONS_HEADER "id,name,region,kind,ownership,inclusive,places,enrolled,status," \
                            "modes,monthly_fee,staff,certified_staff,health_manager,lat,lon\n"

/* A dataset from region and institution CSV text; fails the test on error. */
static inline TotuoDataset *
dataset_from_csv (const gchar *regions, const gchar *institutions)
{
  GError *error = NULL;
  TotuoDataset *ds = totuo_dataset_new ();

  if (!totuo_dataset_load_regions_csv_data (ds, regions, -1, "regions.csv", &error))
    ck_abort_msg ("regions: %s", error->message);
  if (institutions != NULL &&
      !totuo_dataset_load_institutions_csv_data (ds, institutions, -1, "institutions.csv",
                                                 &error))
    ck_abort_msg ("institutions: %s", error->message);
  return ds;
}

/* Loads one example data set (regions and institutions) from examples/data. */
static inline TotuoDataset *
example_dataset (const gchar *name)
{
  GError *error = NULL;
  gchar *regions = g_strdup_printf ("%s/%s-regions.csv", TEST_DATA_DIR, name);
  gchar *institutions = g_strdup_printf ("%s/%s-institutions.csv", TEST_DATA_DIR, name);
  TotuoDataset *ds = totuo_dataset_new ();

  if (!totuo_dataset_load_regions_csv (ds, regions, &error) ||
      !totuo_dataset_load_institutions_csv (ds, institutions, &error))
    ck_abort_msg ("%s", error->message);
  g_free (regions);
  g_free (institutions);
  return ds;
}

/* The value of an indicator, failing the test if it is undefined. */
static inline gdouble
indicator_value (TotuoIndicatorTable *table, const gchar *code, TotuoIndicator indicator)
{
  GError *error = NULL;
  gdouble value = -12345;

  if (!totuo_indicator_table_get (table, code, indicator, &value, &error))
    ck_abort_msg ("%s for %s: %s", totuo_indicator_get_id (indicator), code, error->message);
  return value;
}
