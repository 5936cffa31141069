/* Excel workbooks (lib/xlsx.c, lib/xls.c, lib/sheet.c) through the
 * loaders: .xlsx and legacy .xls, title rows, units,
 * shared and inline strings, numbers stored as numbers or text, totals
 * rows, a cover sheet, a named sheet, and errors that name sheet and cell.
 * The workbooks are written by tests/registries/make-workbooks.py. */
#include <string.h>

#include "test-util.h"

static gchar *
registry (const gchar *name)
{
  return g_build_filename (TEST_REGISTRIES_DIR, name, NULL);
}

static gboolean
has_warning (TotuoDataset *ds, const gchar *text)
{
  g_auto(GStrv) warnings = totuo_dataset_get_warnings (ds, NULL);
  for (guint k = 0; warnings[k] != NULL; k++)
    if (strstr (warnings[k], text) != NULL)
      return TRUE;
  return FALSE;
}

START_TEST (test_kaizhou_workbooks)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoIndicatorTable) table = NULL;
  g_autofree gchar *regions = registry ("kaizhou-regions.xlsx");
  g_autofree gchar *institutions = registry ("kaizhou-institutions.xlsx");
  g_autoptr(TotuoInstitution) a2 = NULL;
  GError *error = NULL;
  gdouble v = 0;

  ck_assert_msg (totuo_dataset_load_regions_csv (ds, regions, &error), "%s", error->message);
  ck_assert_msg (totuo_dataset_load_institutions_csv (ds, institutions, &error), "%s",
                 error->message);
  ck_assert_uint_eq (totuo_dataset_get_n_regions (ds), 3);
  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 2);
  ck_assert (has_warning (ds, "kaizhou-regions.xlsx[区划]:8: a totals row (合计) is not loaded"));
  ck_assert (has_warning (ds, "sheet '说明' has no header row; the next sheet is read"));
  ck_assert (has_warning (ds, "[机构名录]:5: a totals row (总计) is not loaded"));
  table = totuo_indicator_table_new (ds);
  /* 常住人口（万人） 128.4182 is 1,284,182 residents, as in Kaizhou's plan. */
  ck_assert (totuo_indicator_table_get (table, "500154", TOTUO_INDICATOR_POPULATION, &v, NULL));
  ck_assert_double_eq (v, 1284182);
  ck_assert (totuo_indicator_table_get (table, "500154", TOTUO_INDICATOR_UNDER3, &v, NULL));
  ck_assert_double_eq (v, 26876);
  ck_assert (totuo_indicator_table_get (table, "500154002", TOTUO_INDICATOR_UNDER3, &v, NULL));
  ck_assert_double_eq (v, 3721);           /* "3,721" stored as text */
  ck_assert (totuo_indicator_table_get (table, "500154", TOTUO_INDICATOR_PLACES, &v, NULL));
  ck_assert_double_eq (v, 150);
  ck_assert (totuo_indicator_table_get (table, "500154", TOTUO_INDICATOR_FILING_RATE, &v, NULL));
  ck_assert_double_eq (v, 50);
  ck_assert (totuo_indicator_table_get (table, "500154", TOTUO_INDICATOR_INCLUSIVE_PLACES, &v,
                                        NULL));
  ck_assert_double_eq (v, 100);
  /* The region by name (所属街道), "50" as text, "—" as unknown. */
  a2 = totuo_dataset_lookup_institution (ds, "A2");
  ck_assert_str_eq (totuo_institution_get_region_code (a2), "500154002");
  ck_assert_int_eq (totuo_institution_get_places (a2), 50);
  ck_assert_int_eq (totuo_institution_get_enrolled (a2), TOTUO_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_status (a2), TOTUO_STATUS_REGISTERED);
}
END_TEST

START_TEST (test_named_sheet_and_errors)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autofree gchar *regions = registry ("kaizhou-regions.xlsx");
  g_autofree gchar *institutions = registry ("kaizhou-institutions.xlsx");
  g_autofree gchar *bad = registry ("bad-places.xlsx");
  GError *error = NULL;

  ck_assert (totuo_dataset_load_regions_csv (ds, regions, &error));
  ck_assert (!totuo_dataset_load_institutions_csv (ds, bad, &error));
  assert_totuo_error (error, TOTUO_ERROR_BAD_NUMBER);
  ck_assert_msg (strstr (error->message, "bad-places.xlsx[机构]:4: column '核定托位数（个）' "
                                         "(D4): \"很多\" is not a whole number") != NULL,
                 "%s", error->message);
  g_clear_error (&error);
  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 0);
  totuo_dataset_set_input_sheet (ds, "说明");
  ck_assert (!totuo_dataset_load_institutions_csv (ds, institutions, &error));
  assert_totuo_error (error, TOTUO_ERROR_MISSING_COLUMN);
  ck_assert_ptr_nonnull (strstr (error->message, "[说明]: no header row"));
  g_clear_error (&error);
  totuo_dataset_set_input_sheet (ds, "没有");
  ck_assert (!totuo_dataset_load_institutions_csv (ds, institutions, &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  ck_assert_ptr_nonnull (strstr (error->message, "(the sheets: '说明', '机构名录')"));
  g_clear_error (&error);
  totuo_dataset_set_input_sheet (ds, "机构名录");
  ck_assert_msg (totuo_dataset_load_institutions_csv (ds, institutions, &error), "%s",
                 error->message);
  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 2);
}
END_TEST

START_TEST (test_broken_workbooks)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autofree gchar *regions = registry ("kaizhou-regions.xlsx");
  g_autofree gchar *whole = NULL;
  gsize len = 0;
  GError *error = NULL;

  ck_assert (g_file_get_contents (regions, &whole, &len, NULL));
  /* Cut short at every 97th byte: an error every time, never a crash. */
  for (gsize cut = 4; cut < len; cut += 97)
    {
      ck_assert (!totuo_dataset_load_regions_csv_data (ds, whole, (gssize) cut, "cut.xlsx",
                                                       &error));
      ck_assert_ptr_nonnull (error);
      ck_assert (g_utf8_validate (error->message, -1, NULL));
      g_clear_error (&error);
    }
  ck_assert (!totuo_dataset_load_regions_csv_data (ds, "PK\x03\x04 not a zip", -1, "x.xlsx",
                                                   &error));
  assert_totuo_error (error, TOTUO_ERROR_SYNTAX);
  ck_assert_ptr_nonnull (strstr (error->message, "x.xlsx: not a readable .xlsx workbook"));
  g_clear_error (&error);
  ck_assert_uint_eq (totuo_dataset_get_n_regions (ds), 0);
}
END_TEST

/* A legacy .xls goes through the same rules, sheet and cell included. */
START_TEST (test_legacy_xls)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autofree gchar *regions = registry ("kaizhou-regions.xlsx");
  g_autofree gchar *institutions = registry ("kaizhou-institutions.xls");
  g_autofree gchar *bad = registry ("bad-places.xls");
  g_autofree gchar *whole = NULL;
  g_autoptr(TotuoInstitution) a2 = NULL;
  gsize len = 0;
  GError *error = NULL;

  ck_assert_msg (totuo_dataset_load_regions_csv (ds, regions, &error), "%s", error->message);
  ck_assert_msg (totuo_dataset_load_institutions_csv (ds, institutions, &error), "%s",
                 error->message);
  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 2);
  ck_assert (has_warning (ds, "kaizhou-institutions.xls: sheet '说明' has no header row"));
  ck_assert (has_warning (ds, "kaizhou-institutions.xls[机构名录]:5: a totals row (总计)"));
  a2 = totuo_dataset_lookup_institution (ds, "A2");
  ck_assert_int_eq (totuo_institution_get_places (a2), 50);
  ck_assert_int_eq (totuo_institution_get_enrolled (a2), TOTUO_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_status (a2), TOTUO_STATUS_REGISTERED);
  totuo_dataset_clear_warnings (ds);

  /* A named sheet; one that is not there lists those that are. */
  totuo_dataset_set_input_sheet (ds, "说明");
  ck_assert (!totuo_dataset_load_institutions_csv (ds, institutions, &error));
  assert_totuo_error (error, TOTUO_ERROR_MISSING_COLUMN);
  g_clear_error (&error);
  totuo_dataset_set_input_sheet (ds, "名录");
  ck_assert (!totuo_dataset_load_institutions_csv (ds, institutions, &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  ck_assert_ptr_nonnull (strstr (error->message, "(the sheets: '说明', '机构名录')"));
  g_clear_error (&error);
  totuo_dataset_set_input_sheet (ds, NULL);

  totuo_dataset_remove_institution (ds, "A1", NULL);
  totuo_dataset_remove_institution (ds, "A2", NULL);
  ck_assert (!totuo_dataset_load_institutions_csv (ds, bad, &error));
  ck_assert_ptr_nonnull (strstr (error->message, "bad-places.xls[机构]:4: column '核定托位数"));
  ck_assert_ptr_nonnull (strstr (error->message, "(D4)"));
  g_clear_error (&error);

  /* Cut short anywhere: an error every time, never a crash. */
  ck_assert (g_file_get_contents (institutions, &whole, &len, NULL));
  for (gsize cut = 8; cut < len; cut += 331)
    {
      ck_assert (!totuo_dataset_load_institutions_csv_data (ds, whole, (gssize) cut, "cut.xls",
                                                            &error));
      ck_assert_ptr_nonnull (error);
      ck_assert (g_utf8_validate (error->message, -1, NULL));
      g_clear_error (&error);
    }
  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 0);
}
END_TEST

static Suite *
xlsx_suite (void)
{
  Suite *s = suite_create ("xlsx");
  TCase *t = tcase_create ("xlsx");

  tcase_add_test (t, test_kaizhou_workbooks);
  tcase_add_test (t, test_named_sheet_and_errors);
  tcase_add_test (t, test_broken_workbooks);
  tcase_add_test (t, test_legacy_xls);
  suite_add_tcase (s, t);
  return s;
}

TEST_MAIN (xlsx_suite)
