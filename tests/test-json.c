/* JSON: round trips, files, and malformed documents. */
#include <string.h>

#include <glib/gstdio.h>

#include "test-util.h"

START_TEST (test_round_trip_examples)
{
  const gchar *names[] = { "kaizhou", "taizhou", "chengdu", "wuhan", "dazu", "sample" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autoptr(TotuoDataset) ds = example_dataset (names[k]);
      g_autoptr(TotuoDataset) again = totuo_dataset_new ();
      g_autofree gchar *json = totuo_dataset_to_json (ds, NULL);
      g_autofree gchar *json2 = NULL;
      GError *error = NULL;

      ck_assert_msg (totuo_dataset_load_json_data (again, json, -1, names[k], &error),
                     "%s", error ? error->message : "");
      ck_assert (totuo_dataset_equal (ds, again));
      json2 = totuo_dataset_to_json (again, NULL);
      ck_assert_str_eq (json, json2);
    }
}
END_TEST

START_TEST (test_awkward_values)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoDataset) again = totuo_dataset_new ();
  g_autoptr(TotuoRegion) r = totuo_region_new ("\"q\"\\", "tab\there\x01 名", TOTUO_REGION_LEVEL_CITY);
  g_autoptr(TotuoInstitution) i = totuo_institution_new ("i\n", "", "\"q\"\\");
  g_autofree gchar *json = NULL;
  GError *error = NULL;

  totuo_region_set_location (r, 1e-300, -0.0);
  ck_assert (totuo_dataset_add_region (ds, r, &error));
  totuo_institution_set_modes (i, TOTUO_MODE_HALF_DAY | TOTUO_MODE_TEMPORARY);
  totuo_institution_set_monthly_fee (i, 1234.5678);
  totuo_institution_set_places (i, 2147483647);
  ck_assert (totuo_dataset_add_institution (ds, i, &error));
  json = totuo_dataset_to_json (ds, NULL);
  ck_assert_msg (totuo_dataset_load_json_data (again, json, -1, NULL, &error), "%s",
                 error ? error->message : "");
  ck_assert (totuo_dataset_equal (ds, again));
}
END_TEST

/* Every control character in a name is escaped, and reads back. */
START_TEST (test_control_characters_escaped)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoDataset) again = totuo_dataset_new ();
  GString *name = g_string_new ("a");
  g_autofree gchar *json = NULL;
  GError *error = NULL;

  for (gchar c = 1; c < 0x20; c++)
    g_string_append_c (g_string_append_c (name, c), 'b');
  {
    g_autoptr(TotuoRegion) r = totuo_region_new ("R", name->str, TOTUO_REGION_LEVEL_CITY);
    ck_assert (totuo_dataset_add_region (ds, r, &error));
  }
  json = totuo_dataset_to_json (ds, NULL);
  ck_assert (strstr (json, "\"a\\u0001b\\u0002b") != NULL);
  ck_assert (strstr (json, "b\\tb\\nb\\u000bb\\u000cb\\rb\\u000eb") != NULL);
  ck_assert (strstr (json, "b\\u001fb\"") != NULL);
  ck_assert_msg (totuo_dataset_load_json_data (again, json, -1, NULL, &error), "%s",
                 error ? error->message : "");
  ck_assert (totuo_dataset_equal (ds, again));
  g_string_free (name, TRUE);
}
END_TEST

START_TEST (test_empty_and_minimal)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoInstitution) i = NULL;
  g_autofree gchar *json = NULL;
  GError *error = NULL;

  ck_assert (totuo_dataset_load_json_data (ds, "{}", -1, NULL, &error));
  json = totuo_dataset_to_json (ds, NULL);
  ck_assert (totuo_dataset_load_json_data (ds, json, -1, NULL, &error));
  ck_assert (totuo_dataset_load_json_data (ds,
      "{\"regions\": [{\"code\": \"D\", \"level\": \"区县\"}],"
      " \"institutions\": [{\"id\": \"x\", \"region\": \"D\", \"places\": 3,"
      " \"modes\": \"全日托|计时托\", \"kind\": null}]}", -1, NULL, &error));
  i = totuo_dataset_lookup_institution (ds, "x");
  ck_assert_int_eq (totuo_institution_get_modes (i), TOTUO_MODE_FULL_DAY | TOTUO_MODE_HOURLY);
  ck_assert_int_eq (totuo_institution_get_kind (i), TOTUO_KIND_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_status (i), TOTUO_STATUS_UNKNOWN);
  ck_assert_int_eq (totuo_institution_get_inclusive (i), TOTUO_FLAG_UNKNOWN);
}
END_TEST

START_TEST (test_files)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("wuhan");
  g_autoptr(TotuoDataset) again = totuo_dataset_new ();
  gchar *dir = g_dir_make_tmp ("totuo-XXXXXX", NULL);
  gchar *path = g_build_filename (dir, "d.json", NULL);
  gchar *missing = g_build_filename (dir, "no", "d.json", NULL);
  GError *error = NULL;

  ck_assert (totuo_dataset_save_json (ds, path, &error));
  ck_assert (totuo_dataset_load_json (again, path, &error));
  ck_assert (totuo_dataset_equal (ds, again));
  ck_assert (!totuo_dataset_load_json (again, missing, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_save_json (ds, missing, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);
  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
  g_free (missing);
  g_free (dir);
}
END_TEST

typedef struct {
  const gchar *text;
  TotuoError code;
  const gchar *where;
} Malformed;

#define REG(members) "{\"regions\": [{\"code\": \"D\", \"level\": \"district\"}, {" members "}]}"
#define INST(members) "{\"regions\": [{\"code\": \"D\", \"level\": \"district\"}]," \
                      " \"institutions\": [{" members "}]}"

static const Malformed corpus[] = {
  { "{\"regions\": [", TOTUO_ERROR_SYNTAX, "d.json:1:" },
  { "[1, 2]", TOTUO_ERROR_SYNTAX, "top level" },
  { "{\"regions\": 5}", TOTUO_ERROR_SYNTAX, "must be an array" },
  { "{\"regions\": [5]}", TOTUO_ERROR_SYNTAX, "regions[0] must be an object" },
  { "{\"format\": \"csv\"}", TOTUO_ERROR_UNKNOWN_VALUE, "format" },
  { "{\"version\": 2}", TOTUO_ERROR_UNKNOWN_VALUE, "version" },
  { REG ("\"level\": \"street\""), TOTUO_ERROR_MISSING_VALUE, "regions[1].code" },
  { REG ("\"code\": 7, \"level\": \"street\""), TOTUO_ERROR_SYNTAX, "regions[1].code" },
  { REG ("\"code\": \"S\", \"level\": \"moon\""), TOTUO_ERROR_UNKNOWN_VALUE, "regions[1].level" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"population\": \"12\""),
    TOTUO_ERROR_BAD_NUMBER, "regions[1].population" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"population\": -12"),
    TOTUO_ERROR_NEGATIVE, "regions[1].population" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"population\": 1.5"),
    TOTUO_ERROR_BAD_NUMBER, "regions[1].population" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"under3\": 100000000000000"),
    TOTUO_ERROR_OUT_OF_RANGE, "regions[1].under3" },
  { REG ("\"code\": \"D\", \"level\": \"street\""), TOTUO_ERROR_DUPLICATE_ID, "regions[1].code" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"parent\": \"X\""),
    TOTUO_ERROR_UNKNOWN_PARENT, "regions[1]" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"parent\": \"S\""), TOTUO_ERROR_CYCLE,
    "regions[1]" },
  { REG ("\"code\": \"S\", \"level\": \"city\", \"parent\": \"D\""), TOTUO_ERROR_LEVEL,
    "regions[1]" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"lat\": 10"), TOTUO_ERROR_MISSING_VALUE,
    "regions[1].lon" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"lat\": 100, \"lon\": 0"),
    TOTUO_ERROR_OUT_OF_RANGE, "regions[1]" },
  { "{\"regions\": [{\"code\": \"\xff\"}]}", TOTUO_ERROR_ENCODING, "d.json:1:24" },
  { INST ("\"id\": \"x\", \"region\": \"D\""), TOTUO_ERROR_MISSING_VALUE,
    "institutions[0].places" },
  { INST ("\"id\": \"x\", \"region\": \"Q\", \"places\": 1"), TOTUO_ERROR_UNKNOWN_REGION,
    "institutions[0].region" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, \"enrolled\": 2"),
    TOTUO_ERROR_INCONSISTENT, "institutions[0]" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, \"modes\": [\"nightly\"]"),
    TOTUO_ERROR_UNKNOWN_VALUE, "institutions[0].modes" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, \"modes\": [1]"),
    TOTUO_ERROR_SYNTAX, "institutions[0].modes" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, \"inclusive\": \"yes\""),
    TOTUO_ERROR_SYNTAX, "institutions[0].inclusive" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, \"monthly_fee\": -1"),
    TOTUO_ERROR_NEGATIVE, "institutions[0].monthly_fee" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, \"kind\": \"zoo\""),
    TOTUO_ERROR_UNKNOWN_VALUE, "institutions[0].kind" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, \"staff\": 1, \"certified_staff\": 2"),
    TOTUO_ERROR_INCONSISTENT, "certified_staff" },
  { INST ("\"id\": \"\", \"region\": \"D\", \"places\": 1"), TOTUO_ERROR_MISSING_VALUE,
    "institutions[0].id" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 99999999999"),
    TOTUO_ERROR_OUT_OF_RANGE, "institutions[0].places" },
  { "{\"institutions\": [{\"id\": \"x\", \"region\": \"D\", \"places\": 1}]}",
    TOTUO_ERROR_UNKNOWN_REGION, "institutions[0].region" },
  /* json-glib turns a lone surrogate escape into bytes that are not UTF-8:
   * in a value, or in its own message when the escape ends the string. */
  { REG ("\"code\": \"\\ud800b\", \"level\": \"street\""), TOTUO_ERROR_ENCODING,
    "regions[1].code" },
  { INST ("\"id\": \"x\", \"name\": \"a\\udfffb\", \"region\": \"D\", \"places\": 1"),
    TOTUO_ERROR_ENCODING, "institutions[0].name" },
  { INST ("\"id\": \"x\", \"name\": \"a\\ud800\", \"region\": \"D\", \"places\": 1"),
    TOTUO_ERROR_SYNTAX, "d.json:1:" },
  /* A long value is cut in a message, never inside a character. */
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, "
          "\"kind\": \"一二三四五六七八九十一二三四五六七八九十\""),
    TOTUO_ERROR_UNKNOWN_VALUE, "\"一二三四五六七八九十一二三...\"" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1}, {\"id\": \"x\", \"region\": \"D\", "
          "\"places\": 1"), TOTUO_ERROR_DUPLICATE_ID, "institutions[1].id" },
  /* What json-glib takes without a word. */
  { "{\"regions\": [{\"code\": \"D\", \"level\": \"district\"}], \"regions\": []}",
    TOTUO_ERROR_SYNTAX, "d.json:1:51: the key \"regions\" is repeated" },
  { REG ("\"code\": \"S\", \"level\": \"street\", \"population\": 5, \"population\": 6"),
    TOTUO_ERROR_SYNTAX, "\"population\" is repeated" },
  { "{\"regions\": []}\n{\"regions\": [{\"code\": \"D\", \"level\": \"district\"}]}",
    TOTUO_ERROR_SYNTAX, "d.json:2:1: text after the end" },
  { "{\"regions\": []} []", TOTUO_ERROR_SYNTAX, "second document" },
  { REG ("\"code\": \"S\\u0000x\", \"level\": \"street\""), TOTUO_ERROR_SYNTAX, "\\u0000" },
  { INST ("\"id\": \"x\", \"region\": \"D\", \"places\": 1, \"name\": \"a\\u0000\""),
    TOTUO_ERROR_SYNTAX, "NUL character" },
};

START_TEST (test_malformed)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  GError *error = NULL;

  ck_assert_msg (!totuo_dataset_load_json_data (ds, corpus[_i].text, -1, "d.json", &error),
                 "entry %d loaded", _i);
  assert_totuo_error (error, corpus[_i].code);
  ck_assert_msg (strstr (error->message, corpus[_i].where) != NULL,
                 "entry %d: \"%s\" not in \"%s\"", _i, corpus[_i].where, error->message);
  ck_assert (g_utf8_validate (error->message, -1, NULL));
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 0);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 0);
  g_error_free (error);
}
END_TEST

START_TEST (test_deep_nesting)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  GString *text = g_string_new ("{\"x\": ");
  GError *error = NULL;

  for (guint k = 0; k < 100000; k++)
    g_string_append_c (text, '[');
  ck_assert (!totuo_dataset_load_json_data (ds, text->str, -1, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_error_free (error);
  g_string_free (text, TRUE);
}
END_TEST

static Suite *
json_suite (void)
{
  Suite *s = suite_create ("json");
  TCase *good = tcase_create ("good");
  TCase *bad = tcase_create ("malformed");

  tcase_add_test (good, test_round_trip_examples);
  tcase_add_test (good, test_awkward_values);
  tcase_add_test (good, test_control_characters_escaped);
  tcase_add_test (good, test_empty_and_minimal);
  tcase_add_test (good, test_files);
  tcase_add_loop_test (bad, test_malformed, 0, G_N_ELEMENTS (corpus));
  tcase_add_test (bad, test_deep_nesting);
  suite_add_tcase (s, good);
  suite_add_tcase (s, bad);
  return s;
}

TEST_MAIN (json_suite)
