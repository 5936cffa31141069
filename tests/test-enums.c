/* Enumerations, their English and Chinese names, and the error domain. */
#include "test-util.h"

START_TEST (test_level_names)
{
  TotuoRegionLevel level;

  for (gint l = 0; l < TOTUO_N_REGION_LEVELS; l++)
    {
      ck_assert (totuo_region_level_from_string (totuo_region_level_to_string (l), &level));
      ck_assert_int_eq (level, l);
      ck_assert (totuo_region_level_from_string (totuo_region_level_to_chinese (l), &level));
      ck_assert_int_eq (level, l);
    }
  ck_assert_str_eq (totuo_region_level_to_chinese (TOTUO_REGION_LEVEL_STREET), "街道");
  ck_assert (totuo_region_level_from_string ("县", &level));
  ck_assert_int_eq (level, TOTUO_REGION_LEVEL_DISTRICT);
  ck_assert (totuo_region_level_from_string (" Township ", &level));
  ck_assert_int_eq (level, TOTUO_REGION_LEVEL_TOWNSHIP);
  ck_assert (totuo_region_level_from_string ("村", &level));
  ck_assert_int_eq (level, TOTUO_REGION_LEVEL_COMMUNITY);
  ck_assert (!totuo_region_level_from_string ("planet", &level));
  ck_assert (!totuo_region_level_from_string ("", &level));
}
END_TEST

START_TEST (test_kind_ownership_status_names)
{
  TotuoKind kind;
  TotuoOwnership ownership;
  TotuoStatus status;

  for (gint k = 0; k < TOTUO_N_KINDS; k++)
    {
      ck_assert (totuo_kind_from_string (totuo_kind_to_string (k), &kind));
      ck_assert_int_eq (kind, k);
      ck_assert (totuo_kind_from_string (totuo_kind_to_chinese (k), &kind));
      ck_assert_int_eq (kind, k);
    }
  for (gint o = 0; o < TOTUO_N_OWNERSHIPS; o++)
    {
      ck_assert (totuo_ownership_from_string (totuo_ownership_to_string (o), &ownership));
      ck_assert_int_eq (ownership, o);
      ck_assert (totuo_ownership_from_string (totuo_ownership_to_chinese (o), &ownership));
      ck_assert_int_eq (ownership, o);
    }
  for (gint s = 0; s < TOTUO_N_STATUSES; s++)
    {
      ck_assert (totuo_status_from_string (totuo_status_to_string (s), &status));
      ck_assert_int_eq (status, s);
      ck_assert (totuo_status_from_string (totuo_status_to_chinese (s), &status));
      ck_assert_int_eq (status, s);
    }
  ck_assert (totuo_kind_from_string ("幼儿园", &kind));
  ck_assert_int_eq (kind, TOTUO_KIND_KINDERGARTEN);
  ck_assert (totuo_ownership_from_string ("公建民营", &ownership));
  ck_assert_int_eq (ownership, TOTUO_OWNERSHIP_MIXED);
  ck_assert (totuo_ownership_from_string ("民办公助", &ownership));
  ck_assert_int_eq (ownership, TOTUO_OWNERSHIP_MIXED);
  ck_assert (totuo_status_from_string ("已备案", &status));
  ck_assert_int_eq (status, TOTUO_STATUS_FILED);
  ck_assert (!totuo_kind_from_string ("zoo", &kind));
  ck_assert (!totuo_ownership_from_string ("state", &ownership));
  ck_assert (!totuo_status_from_string ("licensed", &status));
  /* 未备案 says "not filed", and nothing of registration. */
  ck_assert (totuo_status_from_string ("未备案", &status));
  ck_assert_int_eq (status, TOTUO_STATUS_NOT_FILED);
  ck_assert (totuo_status_from_string ("已登记未备案", &status));
  ck_assert_int_eq (status, TOTUO_STATUS_REGISTERED);
  ck_assert (totuo_kind_from_string ("不详", &kind));
  ck_assert_int_eq (kind, TOTUO_KIND_UNKNOWN);
}
END_TEST

START_TEST (test_flags)
{
  static const struct { const gchar *word; TotuoFlag flag; } words[] = {
    { "是", TOTUO_FLAG_YES }, { "否", TOTUO_FLAG_NO }, { "有", TOTUO_FLAG_YES },
    { "无", TOTUO_FLAG_NO }, { "√", TOTUO_FLAG_YES }, { "×", TOTUO_FLAG_NO },
    { "Y", TOTUO_FLAG_YES }, { "n", TOTUO_FLAG_NO }, { "普惠", TOTUO_FLAG_YES },
    { "非普惠", TOTUO_FLAG_NO }, { "unknown", TOTUO_FLAG_UNKNOWN },
    { "不详", TOTUO_FLAG_UNKNOWN }, { "未知", TOTUO_FLAG_UNKNOWN },
  };
  TotuoFlag flag;

  for (gint f = 0; f < TOTUO_N_FLAGS; f++)
    {
      ck_assert (totuo_flag_from_string (totuo_flag_to_string (f), &flag));
      ck_assert_int_eq (flag, f);
      ck_assert (totuo_flag_from_string (totuo_flag_to_chinese (f), &flag));
      ck_assert_int_eq (flag, f);
    }
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    {
      ck_assert_msg (totuo_flag_from_string (words[k].word, &flag), "%s", words[k].word);
      ck_assert_int_eq (flag, words[k].flag);
    }
  ck_assert (!totuo_flag_from_string ("maybe", &flag));
  ck_assert (!totuo_flag_from_string ("", &flag));
  ck_assert_str_eq (totuo_flag_to_string (TOTUO_FLAG_YES), "yes");
  ck_assert_str_eq (totuo_flag_to_chinese (TOTUO_FLAG_NO), "否");
  /* A known flag is a gboolean. */
  ck_assert_int_eq (TOTUO_FLAG_YES, TRUE);
  ck_assert_int_eq (TOTUO_FLAG_NO, FALSE);
}
END_TEST

START_TEST (test_modes)
{
  TotuoModes modes;
  gchar *text;

  ck_assert (totuo_modes_from_string ("full_day|hourly", &modes));
  ck_assert_int_eq (modes, TOTUO_MODE_FULL_DAY | TOTUO_MODE_HOURLY);
  ck_assert (totuo_modes_from_string ("全日托、半日托、计时托、临时托", &modes));
  ck_assert_int_eq (modes, TOTUO_MODE_ALL);
  ck_assert (totuo_modes_from_string ("", &modes));
  ck_assert_int_eq (modes, TOTUO_MODE_NONE);
  ck_assert (!totuo_modes_from_string ("full_day|", &modes));
  ck_assert (!totuo_modes_from_string ("overnight", &modes));
  text = totuo_modes_to_string (TOTUO_MODE_HALF_DAY | TOTUO_MODE_TEMPORARY);
  ck_assert_str_eq (text, "half_day|temporary");
  g_free (text);
  text = totuo_modes_to_string (TOTUO_MODE_NONE);
  ck_assert_str_eq (text, "");
  g_free (text);
}
END_TEST

START_TEST (test_error_domain)
{
  GError *error = g_error_new (TOTUO_ERROR, TOTUO_ERROR_CYCLE, "x");

  ck_assert (g_error_matches (error, TOTUO_ERROR, TOTUO_ERROR_CYCLE));
  ck_assert_str_eq (g_quark_to_string (TOTUO_ERROR), "totuo-error-quark");
  ck_assert_uint_eq (totuo_error_quark (), TOTUO_ERROR);
  ck_assert_str_eq (totuo_error_code_to_string (TOTUO_ERROR_CYCLE), "TOTUO_ERROR_CYCLE");
  ck_assert_str_eq (totuo_error_code_to_string (TOTUO_ERROR_LIMIT), "TOTUO_ERROR_LIMIT");
  ck_assert_ptr_null (totuo_error_code_to_string ((TotuoError) 999));
  g_error_free (error);
}
END_TEST

START_TEST (test_version)
{
  ck_assert (TOTUO_CHECK_VERSION (0, 0, 0));
  ck_assert (TOTUO_CHECK_VERSION (TOTUO_MAJOR_VERSION, TOTUO_MINOR_VERSION, TOTUO_MICRO_VERSION));
  ck_assert (!TOTUO_CHECK_VERSION (TOTUO_MAJOR_VERSION + 1, 0, 0));
  ck_assert (!TOTUO_CHECK_VERSION (TOTUO_MAJOR_VERSION, TOTUO_MINOR_VERSION + 1, 0));
  ck_assert_str_eq (TOTUO_VERSION_S, "0.1.0");
}
END_TEST

static Suite *
enums_suite (void)
{
  Suite *s = suite_create ("enums");
  TCase *tc = tcase_create ("names");

  tcase_add_test (tc, test_level_names);
  tcase_add_test (tc, test_kind_ownership_status_names);
  tcase_add_test (tc, test_flags);
  tcase_add_test (tc, test_modes);
  tcase_add_test (tc, test_error_domain);
  tcase_add_test (tc, test_version);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (enums_suite)
