/* The schema of tabular inputs (lib/schema.c, compiled into this suite):
 * header keys, aliases, units, and the warnings for columns not used; then
 * the same through the CSV loaders and totuo_dataset_get_warnings(). */
#include <string.h>

#include <glib/gstdio.h>

#include "test-util.h"
#include "schema.h"

static void
assert_key (const gchar *header, const gchar *key, const gchar *unit)
{
  gchar *got_unit = NULL;
  g_autofree gchar *got = totuo_header_key (header, strlen (header), &got_unit);

  ck_assert_msg (strcmp (got, key) == 0, "%s: key \"%s\", expected \"%s\"", header, got, key);
  ck_assert_msg (g_strcmp0 (got_unit, unit) == 0, "%s: unit \"%s\", expected \"%s\"", header,
                 got_unit, unit);
  g_free (got_unit);
}

START_TEST (test_header_keys)
{
  assert_key ("托位数", "托位数", NULL);
  assert_key ("托位数(个)", "托位数", "个");
  assert_key ("托位数（个）", "托位数", "个");
  assert_key (" 在托人数（人） ", "在托人数", "人");
  assert_key ("常住人口\n（万人）", "常住人口", "万人");
  assert_key ("常住\u3000人口", "常住人口", NULL);
  assert_key ("\xef\xbb\xbf" "code", "code", NULL);
  assert_key ("ＰＬＡＣＥＳ", "places", NULL);
  assert_key ("Monthly_Fee", "monthly_fee", NULL);
  assert_key ("月收费【元/月】", "月收费", "元/月");
  assert_key ("(个)", "(个)", NULL);
}
END_TEST

static gint
find (const TotuoColumnSpec *specs, guint n, const gchar *header, gdouble *scale, GError **error)
{
  return totuo_schema_find (specs, n, NULL, header, strlen (header), "t.csv", 1, scale, error);
}

START_TEST (test_find_with_units)
{
  GError *error = NULL;
  gdouble scale = 0;

  ck_assert_int_eq (find (totuo_inst_columns, TOTUO_N_INST_COLUMNS, "托位数(个)", &scale, &error),
                    TOTUO_I_PLACES);
  ck_assert_double_eq (scale, 1);
  ck_assert_int_eq (find (totuo_inst_columns, TOTUO_N_INST_COLUMNS, "备案状态", &scale, &error),
                    TOTUO_I_STATUS);
  ck_assert_int_eq (find (totuo_inst_columns, TOTUO_N_INST_COLUMNS, "统一社会信用代码", &scale,
                          &error), TOTUO_I_ID);
  ck_assert_int_eq (find (totuo_inst_columns, TOTUO_N_INST_COLUMNS, "月收费（元/月）", &scale,
                          &error), TOTUO_I_FEE);
  ck_assert_int_eq (find (totuo_region_columns, TOTUO_N_REGION_COLUMNS, "常住人口（万人）", &scale,
                          &error), TOTUO_R_POPULATION);
  ck_assert_double_eq (scale, 10000);
  ck_assert_int_eq (find (totuo_region_columns, TOTUO_N_REGION_COLUMNS, "Population", &scale,
                          &error), TOTUO_R_POPULATION);
  ck_assert_int_eq (find (totuo_inst_columns, TOTUO_N_INST_COLUMNS, "备注", &scale, &error), -1);
  ck_assert_ptr_null (error);
  /* A scale where it makes no sense, and a unit nobody knows: errors. */
  ck_assert_int_eq (find (totuo_inst_columns, TOTUO_N_INST_COLUMNS, "托位数(万)", &scale, &error),
                    -2);
  assert_totuo_error (error, TOTUO_ERROR_UNKNOWN_VALUE);
  ck_assert_ptr_nonnull (strstr (error->message, "t.csv:1:"));
  g_clear_error (&error);
  ck_assert_int_eq (find (totuo_region_columns, TOTUO_N_REGION_COLUMNS, "常住人口(千人)", &scale,
                          &error), -2);
  ck_assert_ptr_nonnull (strstr (error->message, "unknown unit '千人'"));
  g_clear_error (&error);
}
END_TEST

START_TEST (test_no_name_stands_for_two_columns)
{
  const TotuoColumnSpec *tables[] = { totuo_region_columns, totuo_inst_columns };
  const guint sizes[] = { TOTUO_N_REGION_COLUMNS, TOTUO_N_INST_COLUMNS };

  for (guint t = 0; t < 2; t++)
    for (guint c = 0; c < sizes[t]; c++)
      for (guint a = 0; tables[t][c].aliases[a] != NULL; a++)
        {
          gdouble scale;
          const gchar *alias = tables[t][c].aliases[a];
          ck_assert_msg (find (tables[t], sizes[t], alias, &scale, NULL) == (gint) c,
                         "'%s' of '%s' is found as another column", alias, tables[t][c].id);
        }
}
END_TEST

static gchar *
unused (const gchar *header)
{
  return totuo_schema_unused_warning (totuo_inst_columns, TOTUO_N_INST_COLUMNS, header,
                                      strlen (header), "机构.csv", 1);
}

START_TEST (test_unused_suggests)
{
  g_autofree gchar *a = unused ("登记备案情况");
  g_autofree gchar *b = unused ("托位数合计");
  g_autofree gchar *c = unused ("备注");
  g_autofree gchar *d = unused ("");

  ck_assert_str_eq (a, "机构.csv:1: column '登记备案情况' is not used; did you mean "
                       "'登记备案状态' (status)?");
  ck_assert_ptr_nonnull (strstr (b, "did you mean '托位数' (places)?"));
  ck_assert_str_eq (c, "机构.csv:1: column '备注' is not used (no known column is like it)");
  ck_assert_str_eq (d, "机构.csv:1: a column without a header is not used");
}
END_TEST

START_TEST (test_loaders_warn_and_scale)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoIndicatorTable) table = NULL;
  g_auto(GStrv) warnings = NULL;
  GError *error = NULL;
  gsize n = 0;
  gdouble v = 0;

  ck_assert_msg (totuo_dataset_load_regions_csv_data (ds,
                   "区划代码,名称,层级,常住人口（万人）,备注\n"
                   "D,区,区县,128.4182,x\n", -1, "区划.csv", &error), "%s", error->message);
  ck_assert_msg (totuo_dataset_load_institutions_csv_data (ds,
                   "机构编号,所属区划代码,托位数（个）,备案状态,登记备案情况\n"
                   "a,D,100,备案,\nb,D,50,登记,\n", -1, "机构.csv", &error),
                 "%s", error->message);
  warnings = totuo_dataset_get_warnings (ds, &n);
  ck_assert_uint_eq (n, 2);
  ck_assert_str_eq (warnings[0], "区划.csv:1: column '备注' is not used (no known column is like it)");
  ck_assert_ptr_nonnull (strstr (warnings[1], "'登记备案情况' is not used; did you mean"));
  table = totuo_indicator_table_new (ds);
  ck_assert (totuo_indicator_table_get (table, "D", TOTUO_INDICATOR_POPULATION, &v, NULL));
  ck_assert_double_eq (v, 1284182);
  ck_assert (totuo_indicator_table_get (table, "D", TOTUO_INDICATOR_FILING_RATE, &v, NULL));
  ck_assert_double_eq (v, 50);
  totuo_dataset_clear_warnings (ds);
  g_strfreev (g_steal_pointer (&warnings));
  warnings = totuo_dataset_get_warnings (ds, &n);
  ck_assert_uint_eq (n, 0);
  /* A failed load keeps no warning. */
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, "id,region,places,x\nc,NOPE,1,\n", -1,
                                                        "bad.csv", &error));
  g_clear_error (&error);
  g_strfreev (g_steal_pointer (&warnings));
  warnings = totuo_dataset_get_warnings (ds, &n);
  ck_assert_uint_eq (n, 0);
  /* A unit that cannot be read refuses the file, at its header. */
  ck_assert (!totuo_dataset_load_regions_csv_data (ds, "code,level,人口(千人)\nE,city,5\n", -1,
                                                   "r.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_UNKNOWN_VALUE);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_regions_csv_data (ds, "code,level,人口(万人)\nE,city,-5\n", -1,
                                                   "r.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_NEGATIVE);
  ck_assert_ptr_nonnull (strstr (error->message, "r.csv:2: column '人口(万人)'"));
  g_clear_error (&error);
}
END_TEST

START_TEST (test_numbers_as_offices_write_them)
{
  static const struct { const gchar *text; gint64 count; } counts[] = {
    { "1,514", 1514 }, { "12,345,678", 12345678 }, { "１２０", 120 }, { "120个", 120 },
    { "  35 人", 35 }, { "—", -1 }, { "-", -1 }, { "－", -1 }, { "/", -1 }, { "无", -1 },
    { "不详", -1 }, { "N/A", -1 }, { "#N/A", -1 }, { "", -1 },
  };
  static const gchar *const not_counts[] = { "1,51", "1,5140", "12.5", "-5", "1 234", "abc",
                                             "1,514.5", "七", "120只", "%", NULL };
  gint64 count = 0;
  gdouble amount = 0;

  for (guint k = 0; k < G_N_ELEMENTS (counts); k++)
    {
      ck_assert_msg (totuo_schema_parse_count (counts[k].text, strlen (counts[k].text), 100000000,
                                               &count), "'%s' refused", counts[k].text);
      ck_assert_msg (count == counts[k].count, "'%s' read as %" G_GINT64_FORMAT, counts[k].text,
                     count);
    }
  for (guint k = 0; not_counts[k] != NULL; k++)
    ck_assert_msg (!totuo_schema_parse_count (not_counts[k], strlen (not_counts[k]), 100000000,
                                              &count), "'%s' read as a count", not_counts[k]);
  ck_assert (!totuo_schema_parse_count ("2,000", 5, 1999, &count));
  ck_assert (totuo_schema_parse_amount ("1800元/月", strlen ("1800元/月"), &amount));
  ck_assert_double_eq (amount, 1800);
  ck_assert (totuo_schema_parse_amount ("1,800.50元", strlen ("1,800.50元"), &amount));
  ck_assert_double_eq (amount, 1800.5);
  ck_assert (!totuo_schema_parse_amount ("-3元", strlen ("-3元"), &amount));
}
END_TEST

START_TEST (test_words_through_the_loader)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER "D,d,district,,1000,,,,\n", NULL);
  g_autoptr(TotuoInstitution) a = NULL, b = NULL;
  GError *error = NULL;

  ck_assert_msg (totuo_dataset_load_institutions_csv_data (ds,
      "机构编号,所属区划代码,核定托位数,在托人数（人）,是否普惠,月收费（元）,配备健康管理员\n"
      "a,D,\"1,514\",—,√,1800元,有\n"
      "b,D,１２０个,30人,非普惠,—,×\n", -1, "机构.csv", &error), "%s", error->message);
  a = totuo_dataset_lookup_institution (ds, "a");
  b = totuo_dataset_lookup_institution (ds, "b");
  ck_assert_int_eq (totuo_institution_get_places (a), 1514);
  ck_assert_int_eq (totuo_institution_get_enrolled (a), TOTUO_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_inclusive (a), TOTUO_FLAG_YES);
  ck_assert_int_eq (totuo_institution_get_inclusive (b), TOTUO_FLAG_NO);
  ck_assert_int_eq (totuo_institution_get_health_manager (a), TOTUO_FLAG_YES);
  ck_assert_int_eq (totuo_institution_get_health_manager (b), TOTUO_FLAG_NO);
  ck_assert_int_eq (totuo_institution_get_places (b), 120);
  ck_assert_int_eq (totuo_institution_get_enrolled (b), 30);
  ck_assert (!totuo_institution_get_monthly_fee (b, NULL));
  /* A number still unreadable is an error at its cell. */
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, "id,region,places\nc,D,1,51\n", -1,
                                                        "i.csv", &error));
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, "id,region,places\nc,D,\"1,51\"\n",
                                                        -1, "i.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_BAD_NUMBER);
  ck_assert_ptr_nonnull (strstr (error->message, "i.csv:2: column 'places'"));
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, "id,region,places\nc,D,—\n", -1,
                                                        "i.csv", &error));
  g_clear_error (&error);
}
END_TEST

/* A registry without an id column: the names are the ids, and it says so. */
START_TEST (test_names_stand_for_ids)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER "D,d,district,,1000,,,,\n", NULL);
  g_autoptr(TotuoInstitution) a = NULL;
  g_auto(GStrv) warnings = NULL;
  GError *error = NULL;
  gsize n = 0;

  ck_assert_msg (totuo_dataset_load_institutions_csv_data (ds,
      "机构名称,所属区划代码,托位数\n甲园,D,10\n乙园,D,20\n", -1, "机构.csv", &error),
      "%s", error->message);
  a = totuo_dataset_lookup_institution (ds, "乙园");
  ck_assert_ptr_nonnull (a);
  ck_assert_str_eq (totuo_institution_get_name (a), "乙园");
  warnings = totuo_dataset_get_warnings (ds, &n);
  ck_assert_uint_eq (n, 1);
  ck_assert_str_eq (warnings[0], "机构.csv:1: no id column: each institution's name "
                                 "(column '机构名称') is its id");
  /* Two institutions of one name cannot both be its id. */
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, "name,region,places\n丙,D,1\n丙,D,2\n",
                                                        -1, "i.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  /* Without a name either, the id is still required. */
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, "region,places\nD,1\n", -1,
                                                        "i.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_MISSING_COLUMN);
  g_clear_error (&error);
}
END_TEST

/* An institution's region by its name, when one region has that name. */
START_TEST (test_regions_by_name)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER
      "D,开州区,district,,,,,,\nS1,汉丰街道,street,D,,,,,\nS2,文峰街道,street,D,,,,,\n"
      "S3,文峰街道,township,D,,,,,\n", NULL);
  g_autofree gchar *code = NULL;
  GError *error = NULL;

  ck_assert_msg (totuo_dataset_load_institutions_csv_data (ds,
      "机构编号,所属街道,托位数\na,汉丰街道,10\nb,S2,5\nc,汉丰街道,3\n", -1, "机构.csv", &error),
      "%s", error != NULL ? error->message : "");
  {
    g_auto(GStrv) in = totuo_dataset_get_institutions_in (ds, "S1", NULL);
    ck_assert_uint_eq (g_strv_length (in), 2);
  }
  code = totuo_dataset_resolve_region (ds, "汉丰街道", &error);
  ck_assert_str_eq (code, "S1");
  g_clear_pointer (&code, g_free);
  code = totuo_dataset_resolve_region (ds, "S3", &error);
  ck_assert_str_eq (code, "S3");
  ck_assert_ptr_null (totuo_dataset_resolve_region (ds, "文峰街道", &error));
  assert_totuo_error (error, TOTUO_ERROR_UNKNOWN_REGION);
  ck_assert_str_eq (error->message, "2 regions are named \"文峰街道\": S2 (开州区), S3 (开州区); "
                                    "write the code instead");
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, "id,region,places\nz,文峰街道,1\n",
                                                        -1, "i.csv", &error));
  ck_assert_ptr_nonnull (strstr (error->message, "i.csv:2: column 'region': 2 regions are named"));
  g_clear_error (&error);
  /* A regions file may name its parents by name, even regions of the same file. */
  ck_assert_msg (totuo_dataset_load_regions_csv_data (ds, "区划代码,名称,层级,上级\n"
                   "C1,一社区,社区,汉丰街道\nT,新镇,乡镇,开州区\n", -1, "r.csv", &error),
                 "%s", error != NULL ? error->message : "");
  {
    g_autoptr(TotuoRegion) c1 = totuo_dataset_lookup_region (ds, "C1");
    g_autoptr(TotuoRegion) t = totuo_dataset_lookup_region (ds, "T");
    ck_assert_str_eq (totuo_region_get_parent_code (c1), "S1");
    ck_assert_str_eq (totuo_region_get_parent_code (t), "D");
  }
  ck_assert (!totuo_dataset_load_regions_csv_data (ds, "code,name,level,parent\nZ,z,community,"
                                                   "文峰街道\n", -1, "r.csv", &error));
  ck_assert_ptr_nonnull (strstr (error->message, "region \"Z\": parent: 2 regions are named"));
  g_clear_error (&error);
  ck_assert_uint_eq (totuo_dataset_get_n_regions (ds), 6);
}
END_TEST

/* A mapping file names what no alias covers; title lines above a CSV
 * header are passed over, and lines keep their numbers. */
START_TEST (test_mapping_file_and_titles)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autofree gchar *regions = g_build_filename (TEST_DATA_DIR, "sample-regions.csv", NULL);
  g_autofree gchar *map = g_build_filename (TEST_DATA_DIR, "sample-export-map.ini", NULL);
  g_autofree gchar *mapped = g_build_filename (TEST_DATA_DIR, "..", "..", "tests", "registries",
                                               "mapped-institutions.csv", NULL);
  g_autofree gchar *dir = g_dir_make_tmp ("totuo-map-XXXXXX", NULL);
  g_autofree gchar *bad = g_build_filename (dir, "bad.ini", NULL);
  g_autoptr(TotuoInstitution) sd001 = NULL;
  g_auto(GStrv) warnings = NULL;
  GError *error = NULL;

  ck_assert (totuo_dataset_load_regions_csv (ds, regions, &error));
  /* Without the mapping the export's columns are unknown. */
  ck_assert (!totuo_dataset_load_institutions_csv (ds, mapped, &error));
  assert_totuo_error (error, TOTUO_ERROR_MISSING_COLUMN);
  g_clear_error (&error);
  ck_assert (totuo_dataset_load_mapping (ds, map, &error));
  ck_assert_msg (totuo_dataset_load_institutions_csv (ds, mapped, &error), "%s",
                 error != NULL ? error->message : "");
  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 150);
  sd001 = totuo_dataset_lookup_institution (ds, "SD001");
  ck_assert_int_eq (totuo_institution_get_kind (sd001), TOTUO_KIND_NURSERY);
  ck_assert_int_eq (totuo_institution_get_ownership (sd001), TOTUO_OWNERSHIP_MIXED);
  ck_assert_int_eq (totuo_institution_get_places (sd001), 54);
  ck_assert_int_eq (totuo_institution_get_enrolled (sd001), 45);
  warnings = totuo_dataset_get_warnings (ds, NULL);
  ck_assert_ptr_nonnull (strstr (warnings[0], "mapped-institutions.csv: the header is line 2; "
                                              "the title line above it is not read"));
  /* An error below the title keeps the file's line numbers. */
  {
    g_autoptr(TotuoDataset) other = dataset_from_csv (REGIONS_HEADER "D,d,district,,,,,,\n", NULL);
    ck_assert (!totuo_dataset_load_institutions_csv_data (other,
                 "标题\n\nid,region,places\na,D,1\nb,D,x\n", -1, "t.csv", &error));
    ck_assert_msg (strstr (error->message, "t.csv:5: column 'places'") != NULL, "%s",
                   error->message);
    g_clear_error (&error);
  }
  /* A mapping file's mistakes are named with their group and key. */
  ck_assert (g_file_set_contents (bad, "[columns]\n托位 = seats\n", -1, NULL));
  ck_assert (!totuo_dataset_load_mapping (ds, bad, &error));
  ck_assert_ptr_nonnull (strstr (error->message, "bad.ini: [columns] 托位: not a column id"));
  g_clear_error (&error);
  ck_assert (g_file_set_contents (bad, "[colums]\n", -1, NULL));
  ck_assert (!totuo_dataset_load_mapping (ds, bad, &error));
  ck_assert_ptr_nonnull (strstr (error->message, "unknown group"));
  g_clear_error (&error);
  ck_assert (g_file_set_contents (bad, "[table]\nheader_row = 0\n", -1, NULL));
  ck_assert (!totuo_dataset_load_mapping (ds, bad, &error));
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_mapping (ds, "/no/such/map.ini", &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);
  ck_assert (totuo_dataset_load_mapping (ds, NULL, &error));
  g_unlink (bad);
  g_rmdir (dir);
}
END_TEST

static Suite *
schema_suite (void)
{
  Suite *s = suite_create ("schema");
  TCase *t = tcase_create ("schema");

  tcase_add_test (t, test_header_keys);
  tcase_add_test (t, test_find_with_units);
  tcase_add_test (t, test_no_name_stands_for_two_columns);
  tcase_add_test (t, test_unused_suggests);
  tcase_add_test (t, test_loaders_warn_and_scale);
  tcase_add_test (t, test_numbers_as_offices_write_them);
  tcase_add_test (t, test_words_through_the_loader);
  tcase_add_test (t, test_names_stand_for_ids);
  tcase_add_test (t, test_regions_by_name);
  tcase_add_test (t, test_mapping_file_and_titles);
  suite_add_tcase (s, t);
  return s;
}

TEST_MAIN (schema_suite)
