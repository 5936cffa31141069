/* Reports: formats, widths, well-formed JSON and SVG. */
#include <math.h>
#include <string.h>
#include <json-glib/json-glib.h>
#include <zip.h>
#include <glib/gstdio.h>

#include "test-util.h"

static TotuoEvaluation *
sample_evaluation (void)
{
  g_autofree gchar *plan_path = g_build_filename (TEST_DATA_DIR, "sample-plan.ini", NULL);
  g_autofree gchar *obs_path = g_build_filename (TEST_DATA_DIR, "sample-observations.csv", NULL);
  g_autoptr(TotuoPlan) plan = totuo_plan_load (plan_path, NULL);
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");

  ck_assert (plan != NULL);
  ck_assert (totuo_observations_load_csv (obs, obs_path, NULL));
  ck_assert (totuo_observations_add_dataset (obs, 2024, ds, NULL));
  return totuo_evaluation_new (plan, obs);
}

static void
assert_json (const gchar *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GError *error = NULL;
  ck_assert_msg (json_parser_load_from_data (parser, text, -1, &error), "%s",
                 error ? error->message : "");
}

START_TEST (test_names_and_width)
{
  TotuoFormat f;
  TotuoLang l;

  ck_assert (totuo_format_from_string ("md", &f) && f == TOTUO_FORMAT_MARKDOWN);
  ck_assert (totuo_format_from_string ("JSON", &f) && f == TOTUO_FORMAT_JSON);
  ck_assert (totuo_format_from_string ("text", &f) && f == TOTUO_FORMAT_TEXT);
  ck_assert (totuo_format_from_string ("csv", &f) && f == TOTUO_FORMAT_CSV);
  ck_assert (!totuo_format_from_string ("pdf", &f));
  ck_assert (totuo_lang_from_string ("en", &l) && l == TOTUO_LANG_EN);
  ck_assert (totuo_lang_from_string ("zh", &l) && l == TOTUO_LANG_ZH);
  ck_assert (!totuo_lang_from_string ("fr", &l));
  ck_assert_uint_eq (totuo_text_width ("abc"), 3);
  ck_assert_uint_eq (totuo_text_width ("开州区"), 6);
  ck_assert_uint_eq (totuo_text_width ("汉丰 street"), 11);
  ck_assert_uint_eq (totuo_text_width ("—"), 1);
}
END_TEST

START_TEST (test_region_reports)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("kaizhou");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  const gchar *codes[] = { "500154", "500154001", NULL };
  const TotuoIndicator columns[] = { TOTUO_INDICATOR_PLACES, TOTUO_INDICATOR_PLACES_PER_1000 };
  GError *error = NULL;
  gchar *text;

  ck_assert_ptr_eq (totuo_indicator_table_get_dataset (t), ds);
  text = totuo_report_region (t, "500154", TOTUO_FORMAT_TEXT, TOTUO_LANG_ZH, &error);
  ck_assert (strstr (text, "每千人口托位数") != NULL);
  ck_assert (strstr (text, "1.18") != NULL);
  g_free (text);
  text = totuo_report_region (t, "500154", TOTUO_FORMAT_JSON, TOTUO_LANG_EN, &error);
  assert_json (text);
  ck_assert (strstr (text, "\"value\": null") != NULL);   /* enrolled: nobody reports it */
  g_free (text);
  text = totuo_report_region (t, "500154", TOTUO_FORMAT_MARKDOWN, TOTUO_LANG_EN, &error);
  ck_assert (strstr (text, "| places per 1,000 residents |") != NULL);
  g_free (text);
  text = totuo_report_regions (t, codes, columns, 2, TOTUO_FORMAT_CSV, TOTUO_LANG_ZH, &error);
  ck_assert_str_eq (text, "code,name,level,places,places_per_1000\n"
                          "500154,开州区,district,1514,1.1789606146169314\n"
                          "500154001,汉丰街道,street,224,\n");
  g_free (text);
  text = totuo_report_regions (t, codes, columns, 2, TOTUO_FORMAT_JSON, TOTUO_LANG_ZH, &error);
  assert_json (text);
  g_free (text);
  ck_assert_ptr_null (totuo_report_region (t, "nope", TOTUO_FORMAT_TEXT, TOTUO_LANG_ZH, &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  codes[1] = "nope";
  ck_assert_ptr_null (totuo_report_regions (t, codes, columns, 2, TOTUO_FORMAT_TEXT,
                                            TOTUO_LANG_ZH, &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
}
END_TEST

START_TEST (test_text_alignment)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("dazu");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  const gchar *codes[] = { "500111001", "500111003", NULL };
  const TotuoIndicator columns[] = { TOTUO_INDICATOR_PLACES };
  g_autofree gchar *text = totuo_report_regions (t, codes, columns, 1, TOTUO_FORMAT_TEXT,
                                                 TOTUO_LANG_EN, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  /* Every line of the table is equally wide on a terminal, whatever the
   * mix of Chinese and Latin letters. */
  for (guint k = 1; lines[k] != NULL && lines[k][0] != '\0'; k++)
    ck_assert_uint_eq (totuo_text_width (lines[k]), totuo_text_width (lines[0]));
}
END_TEST

START_TEST (test_evaluation_reports)
{
  g_autoptr(TotuoEvaluation) ev = sample_evaluation ();
  gchar *text;

  text = totuo_report_evaluation (ev, TOTUO_FORMAT_TEXT, TOTUO_LANG_ZH);
  ck_assert (strstr (text, "汇总") != NULL && strstr (text, "年度任务") != NULL);
  g_free (text);
  text = totuo_report_evaluation (ev, TOTUO_FORMAT_MARKDOWN, TOTUO_LANG_EN);
  ck_assert (strstr (text, "# ") == text && strstr (text, "Annual tasks") != NULL);
  g_free (text);
  text = totuo_report_evaluation (ev, TOTUO_FORMAT_CSV, TOTUO_LANG_EN);
  ck_assert (g_str_has_prefix (text, "target,indicator,name,attribute,status,year,"));
  g_free (text);
  text = totuo_report_evaluation (ev, TOTUO_FORMAT_JSON, TOTUO_LANG_EN);
  assert_json (text);
  ck_assert (strstr (text, "\"binding_missed\"") != NULL);
  ck_assert (strstr (text, "\"completion_rate\"") != NULL);
  /* Row 1: 1.5 (2022) and 4.178 (2024) lead to 5.517 in 2025. */
  ck_assert_msg (strstr (text, "\"projection\": 5.517") != NULL, "%s", text);
  ck_assert (strstr (text, "\"end_target\": 4.5,") != NULL);
  g_free (text);
}
END_TEST

static void
count_element (GMarkupParseContext *context,
               const gchar         *name,
               const gchar        **attribute_names,
               const gchar        **attribute_values,
               gpointer             user_data,
               GError             **error)
{
  if (strcmp (name, "circle") == 0)
    (*(guint *) user_data)++;
}

START_TEST (test_svg_is_well_formed)
{
  g_autoptr(TotuoEvaluation) ev = sample_evaluation ();
  g_autofree gchar *svg = totuo_report_evaluation_svg (ev, TOTUO_LANG_ZH);
  g_autofree gchar *svg_en = totuo_report_evaluation_svg (ev, TOTUO_LANG_EN);
  GMarkupParser parser = { count_element, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context;
  GError *error = NULL;
  guint circles = 0;
  const gchar *body = strstr (svg, "<svg");

  /* GMarkup reads XML without the declaration: parse from <svg>. */
  context = g_markup_parse_context_new (&parser, 0, &circles, NULL);
  ck_assert_msg (g_markup_parse_context_parse (context, body, -1, &error) &&
                 g_markup_parse_context_end_parse (context, &error), "%s",
                 error ? error->message : "");
  g_markup_parse_context_free (context);
  ck_assert_uint_gt (circles, 0);       /* observed values are drawn */
  ck_assert (strstr (svg, "已实现") != NULL || strstr (svg, "需加快进度") != NULL);
  ck_assert (strstr (svg_en, "grey dashes") != NULL);
}
END_TEST

/* One indicator across the streets: sorted bars, names, values, the
 * target, undefined values last; well-formed; unknown codes refused. */
START_TEST (test_bar_chart)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  const gchar *streets[] = { "990101002", "990101008", "990101001", NULL };
  const gchar *unknown[] = { "990101001", "nope", NULL };
  g_autofree gchar *svg = totuo_report_bar_chart_svg (t, streets, TOTUO_INDICATOR_PLACES_PER_1000,
                                                      4.5, TOTUO_LANG_ZH, NULL);
  g_autofree gchar *en = totuo_report_bar_chart_svg (t, streets, TOTUO_INDICATOR_ENROLLMENT_RATE,
                                                     NAN, TOTUO_LANG_EN, NULL);
  GMarkupParser parser = { count_element, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context;
  GError *error = NULL;
  guint circles = 0;
  const gchar *west, *east, *wenchang;

  context = g_markup_parse_context_new (&parser, 0, &circles, NULL);
  ck_assert_msg (g_markup_parse_context_parse (context, strstr (svg, "<svg"), -1, &error) &&
                 g_markup_parse_context_end_parse (context, &error), "%s",
                 error ? error->message : "");
  g_markup_parse_context_free (context);
  ck_assert (strstr (svg, "每千人口托位数") != NULL);
  ck_assert (strstr (svg, "目标 4.5") != NULL);
  /* Highest first: 文昌 7.69, 东城 3.99, 西城 2.17. */
  wenchang = strstr (svg, "文昌街道");
  east = strstr (svg, "东城街道");
  west = strstr (svg, "西城街道");
  ck_assert (wenchang != NULL && east != NULL && west != NULL);
  ck_assert (wenchang < east && east < west);
  ck_assert (strstr (svg, ">7.69<") != NULL);
  ck_assert (strstr (en, "enrollment rate") != NULL);
  ck_assert (strstr (en, "target") == NULL);
  ck_assert_ptr_null (totuo_report_bar_chart_svg (t, unknown, TOTUO_INDICATOR_PLACES, NAN,
                                                  TOTUO_LANG_ZH, &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
}
END_TEST

/* Numbers for people: grouped, and never rounded onto what they are
 * judged against. */
START_TEST (test_numbers_as_people_read_them)
{
  g_autoptr(TotuoPlan) plan = totuo_plan_new ("p", "D", 2023, 2025);
  g_autoptr(TotuoTarget) t = totuo_target_new ("1", "coverage", NULL);
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(TotuoEvaluation) ev = NULL;
  g_autofree gchar *text = NULL, *a = totuo_format_number (1284182);
  g_autofree gchar *b = totuo_format_number (-1234.5), *c = totuo_format_number (4.5);
  g_autofree gchar *d = totuo_format_number (1.17896), *e = totuo_format_number (999);
  GError *error = NULL;

  ck_assert_str_eq (a, "1,284,182");
  ck_assert_str_eq (b, "-1,234.5");
  ck_assert_str_eq (c, "4.5");
  ck_assert_str_eq (d, "1.18");
  ck_assert_str_eq (e, "999");
  totuo_target_set_name (t, "覆盖率");
  totuo_target_set_baseline (t, 2022, 90);
  totuo_target_set_end (t, 2025, 100);
  ck_assert (totuo_plan_add_target (plan, t, &error));
  ck_assert (totuo_observations_add (obs, "coverage", "D", 2025, 99.999, &error));
  ev = totuo_evaluation_new (plan, obs);
  text = totuo_report_evaluation (ev, TOTUO_FORMAT_TEXT, TOTUO_LANG_EN);
  /* 99.999 is not met, and is not printed as 100. */
  ck_assert_msg (strstr (text, "99.999 (2025)") != NULL, "%s", text);
  /* The chart's value axis, 90 (the baseline) to 99.999 and 100: ticks in
   * 1-2-5 steps, 90, 92 ... 102, room above the highest value, and no
   * end such as 101.2 that padding would give. */
  {
    g_autofree gchar *svg = totuo_report_evaluation_svg (ev, TOTUO_LANG_EN);
    ck_assert_msg (strstr (svg, "class=\"tick\">90</text>") != NULL, "%s", svg);
    ck_assert (strstr (svg, "class=\"tick\">92</text>") != NULL);
    ck_assert (strstr (svg, "class=\"tick\">102</text>") != NULL);
    ck_assert (strstr (svg, "class=\"tick\">104</text>") == NULL);
    ck_assert (strstr (svg, ".") == NULL || strstr (svg, "class=\"tick\">101.") == NULL);
  }
}
END_TEST

/* CSV for Excel: a byte order mark, the header in the report's language,
 * the rows as they were. */
START_TEST (test_csv_for_excel)
{
  static const gchar csv[] = "code,name,places_per_1000,mystery\n500154,开州区,1.1789606146169314,x\n";
  g_autofree gchar *zh = totuo_report_csv_for_excel (csv, TOTUO_LANG_ZH);
  g_autofree gchar *en = totuo_report_csv_for_excel (csv, TOTUO_LANG_EN);
  g_autofree gchar *again = totuo_report_csv_for_excel (zh, TOTUO_LANG_ZH);
  g_autofree gchar *empty = totuo_report_csv_for_excel ("", TOTUO_LANG_ZH);

  ck_assert_str_eq (zh, "\xEF\xBB\xBF区划代码,名称,每千人口托位数,mystery\n"
                        "500154,开州区,1.1789606146169314,x\n");
  ck_assert_str_eq (en, "\xEF\xBB\xBF" "code,name,\"places per 1,000 residents\",mystery\n"
                        "500154,开州区,1.1789606146169314,x\n");
  ck_assert_str_eq (again, zh);          /* one mark, however often */
  ck_assert_str_eq (empty, "\xEF\xBB\xBF");
}
END_TEST

/* One part of a workbook (a zip archive), as text. */
static gchar *
workbook_part (const gchar *path,
               const gchar *part)
{
  zip_t *zip = zip_open (path, ZIP_RDONLY, NULL);
  zip_stat_t st;
  zip_file_t *file;
  gchar *text;

  ck_assert_msg (zip != NULL, "%s is not a zip archive", path);
  ck_assert_msg (zip_stat (zip, part, 0, &st) == 0, "%s has no %s", path, part);
  text = g_malloc0 (st.size + 1);
  file = zip_fopen (zip, part, 0);
  ck_assert (file != NULL);
  ck_assert_int_eq (zip_fread (file, text, st.size), (zip_int64_t) st.size);
  zip_fclose (file);
  zip_close (zip);
  return text;
}

/* The number a sheet's cell holds ("D2"), or NaN. */
static gdouble
cell_value (const gchar *sheet,
            const gchar *ref)
{
  g_autofree gchar *start = g_strdup_printf ("<c r=\"%s\"", ref);
  const gchar *cell = strstr (sheet, start);
  const gchar *end = cell != NULL ? strstr (cell, "</c>") : NULL;
  const gchar *v = cell != NULL ? strstr (cell, "<v>") : NULL;

  if (v == NULL || end == NULL || v > end || strstr (cell, " t=\"s\"") == cell + strlen (start))
    return NAN;
  return g_ascii_strtod (v + 3, NULL);
}

START_TEST (test_xlsx)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("kaizhou");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  g_autofree gchar *dir = g_dir_make_tmp ("totuo-xlsx-XXXXXX", NULL);
  g_autofree gchar *path = g_build_filename (dir, "streets.xlsx", NULL);
  g_autofree gchar *plan_path = g_build_filename (dir, "plan.xlsx", NULL);
  g_autofree gchar *sheet = NULL, *strings = NULL, *styles = NULL, *comments = NULL;
  g_autofree gchar *years = NULL, *en_strings = NULL;
  g_autoptr(TotuoEvaluation) ev = sample_evaluation ();
  const gchar *codes[] = { "500154", "500154001", NULL };
  const gchar *unknown[] = { "500154", "nowhere", NULL };
  const TotuoIndicator columns[] = { TOTUO_INDICATOR_PLACES, TOTUO_INDICATOR_PLACES_PER_1000,
                                     TOTUO_INDICATOR_INCLUSIVE_SHARE };
  gdouble places = 0, share = 0;
  GError *error = NULL;

  ck_assert_msg (totuo_report_regions_xlsx (t, codes, columns, 3, TOTUO_LANG_ZH, path, &error),
                 "%s", error ? error->message : "");
  sheet = workbook_part (path, "xl/worksheets/sheet1.xml");
  strings = workbook_part (path, "xl/sharedStrings.xml");
  styles = workbook_part (path, "xl/styles.xml");
  comments = workbook_part (path, "xl/comments1.xml");
  /* Headers in Chinese, codes as text, levels named in Chinese. */
  ck_assert_ptr_nonnull (strstr (strings, "区划代码"));
  ck_assert_ptr_nonnull (strstr (strings, "每千人口托位数"));
  ck_assert_ptr_nonnull (strstr (strings, "街道"));
  /* Numbers as numbers: places as it is, a share as a fraction of one. */
  ck_assert (totuo_indicator_table_get (t, "500154", TOTUO_INDICATOR_PLACES, &places, NULL));
  ck_assert (totuo_indicator_table_get (t, "500154", TOTUO_INDICATOR_INCLUSIVE_SHARE, &share, NULL));
  ck_assert_double_eq_tol (cell_value (sheet, "D2"), places, 1e-9);
  ck_assert_double_eq_tol (cell_value (sheet, "F2"), share / 100, 1e-12);
  /* The formats, the frozen header and the filter. */
  ck_assert_ptr_nonnull (strstr (styles, "formatCode=\"#,##0\""));
  ck_assert_ptr_nonnull (strstr (styles, "formatCode=\"0.00%\""));
  ck_assert_ptr_nonnull (strstr (sheet, "state=\"frozen\""));
  ck_assert_ptr_nonnull (strstr (sheet, "<autoFilter ref=\"A1:F3\""));
  ck_assert_ptr_nonnull (strstr (sheet, "<col min=\"2\" max=\"2\" width="));
  /* The street's population is unknown: an empty cell that says why. */
  ck_assert_ptr_nonnull (strstr (comments, "ref=\"E3\""));
  ck_assert_ptr_nonnull (strstr (comments, "分母（常住人口）不详"));
  ck_assert_ptr_null (strstr (sheet, "r=\"E3\" s=\"2\"><v>"));

  /* An unknown code fails before any file is written. */
  ck_assert (g_unlink (path) == 0);
  ck_assert (!totuo_report_regions_xlsx (t, unknown, columns, 3, TOTUO_LANG_ZH, path, &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ck_assert (!g_file_test (path, G_FILE_TEST_EXISTS));
  /* A directory that does not exist is an error naming the file. */
  ck_assert (!totuo_report_region_xlsx (t, "500154", TOTUO_LANG_EN, "/nonexistent/x.xlsx", &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  ck_assert_ptr_nonnull (strstr (error->message, "/nonexistent/x.xlsx"));
  g_clear_error (&error);
  ck_assert (totuo_report_region_xlsx (t, "500154", TOTUO_LANG_EN, path, &error));
  en_strings = workbook_part (path, "xl/sharedStrings.xml");
  ck_assert_ptr_nonnull (strstr (en_strings, "places per 1,000 residents"));

  /* An evaluation: targets, years, tasks, each a sheet. */
  ck_assert_msg (totuo_report_evaluation_xlsx (ev, TOTUO_LANG_ZH, plan_path, &error), "%s",
                 error ? error->message : "");
  years = workbook_part (plan_path, "xl/workbook.xml");
  ck_assert_ptr_nonnull (strstr (years, "name=\"目标\""));
  ck_assert_ptr_nonnull (strstr (years, "name=\"逐年\""));
  ck_assert_ptr_nonnull (strstr (years, "name=\"年度任务\""));
  g_unlink (path);
  g_unlink (plan_path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_html_report)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  g_autoptr(TotuoEvaluation) ev = sample_evaluation ();
  g_autofree gchar *zh = totuo_report_html (t, "990101", ev, TOTUO_LANG_ZH, NULL);
  g_autofree gchar *en = totuo_report_html (t, "990101", NULL, TOTUO_LANG_EN, NULL);
  g_autofree gchar *street = totuo_report_html (t, "990101001", NULL, TOTUO_LANG_ZH, NULL);
  GError *error = NULL;

  ck_assert_ptr_nonnull (zh);
  ck_assert (g_str_has_prefix (zh, "<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
  ck_assert (g_str_has_suffix (zh, "</html>\n"));
  ck_assert (g_utf8_validate (zh, -1, NULL));
  /* Self-contained: no script, nothing fetched, the charts inside. */
  ck_assert_ptr_null (strstr (zh, "<script"));
  ck_assert_ptr_null (strstr (zh, "http://"));
  ck_assert_ptr_null (strstr (zh, "<link"));
  ck_assert_ptr_nonnull (strstr (zh, "src=\"data:image/svg+xml;base64,"));
  ck_assert_ptr_nonnull (strstr (zh, "@page { size: A4"));
  /* Every section, in Chinese; the plan's target on the chart. */
  ck_assert_ptr_nonnull (strstr (zh, "<h1>示例区(虚构) 3岁以下婴幼儿照护服务报告</h1>"));
  ck_assert_ptr_nonnull (strstr (zh, "<h2>街道和乡镇</h2>"));
  ck_assert_ptr_nonnull (strstr (zh, "<h2>规划评估</h2>"));
  ck_assert_ptr_nonnull (strstr (zh, "<h2>数据提示</h2>"));
  ck_assert_ptr_nonnull (strstr (zh, "<h2>指标定义与来源</h2>"));
  ck_assert_ptr_nonnull (strstr (zh, "<td>东城街道</td><td>街道</td>"));
  ck_assert_ptr_nonnull (strstr (zh, "进展顺利"));
  ck_assert_ptr_nonnull (strstr (zh, "大足府办发〔2024〕16号"));
  /* Without a plan, no plan section; in English, English headings. */
  ck_assert_ptr_null (strstr (en, "<h2>The plan</h2>"));
  ck_assert_ptr_nonnull (strstr (en, "<h2>Streets and townships</h2>"));
  ck_assert_ptr_nonnull (strstr (en, "<html lang=\"en\">"));
  /* A street has no streets beneath it: said, not an empty table. */
  ck_assert_ptr_nonnull (strstr (street, "数据中该地区没有街道或乡镇。"));
  /* Names are escaped. */
  ck_assert (totuo_report_html (t, "nowhere", NULL, TOTUO_LANG_ZH, &error) == NULL);
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
}
END_TEST

START_TEST (test_html_escapes_names)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoIndicatorTable) t = NULL;
  g_autofree gchar *page = NULL;
  static const gchar regions[] = "code,name,level,parent,population\n"
                                 "1,<b>A&B</b>,district,,1000\n"
                                 "11,\"<script>x</script>\",street,1,500\n";
  static const gchar institutions[] = "id,name,region,kind,places\n1,n,11,nursery,5\n";

  ck_assert (totuo_dataset_load_regions_csv_data (ds, regions, -1, "r.csv", NULL));
  ck_assert (totuo_dataset_load_institutions_csv_data (ds, institutions, -1, "i.csv", NULL));
  t = totuo_indicator_table_new (ds);
  page = totuo_report_html (t, "1", NULL, TOTUO_LANG_ZH, NULL);
  ck_assert_ptr_nonnull (page);
  ck_assert_ptr_null (strstr (page, "<script>"));
  ck_assert_ptr_null (strstr (page, "<b>A"));
  ck_assert_ptr_nonnull (strstr (page, "&lt;b&gt;A&amp;B&lt;/b&gt;"));
  ck_assert_ptr_nonnull (strstr (page, "&lt;script&gt;x&lt;/script&gt;"));
}
END_TEST

START_TEST (test_gaps)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("kaizhou");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  const gchar *codes[] = { "500154", "500154001", NULL };
  const gchar *bad[] = { "nowhere", NULL };
  g_autofree gchar *text = totuo_report_gaps (t, codes, 4.5, TOTUO_FORMAT_TEXT, TOTUO_LANG_ZH, NULL);
  g_autofree gchar *csv = totuo_report_gaps (t, codes, 4.5, TOTUO_FORMAT_CSV, TOTUO_LANG_ZH, NULL);
  g_autofree gchar *json = totuo_report_gaps (t, codes, 4.5, TOTUO_FORMAT_JSON, TOTUO_LANG_EN, NULL);
  GError *error = NULL;

  /* DOMAIN.md: Kaizhou needs 5,779 places for 4.5, 4,265 more. */
  ck_assert_ptr_nonnull (strstr (text, "5,779"));
  ck_assert_ptr_nonnull (strstr (text, "4,265"));
  ck_assert_ptr_nonnull (strstr (text, "尚需新增"));
  ck_assert (g_str_has_prefix (csv, "code,name,population,places,per_1000_now,target_per_1000,"
                                    "required,additional\n500154,开州区,1284182,1514,"
                                    "1.1789606146169314,4.5,5779,4265\n"));
  /* The street's population is unknown: no figure, not 0. */
  ck_assert_ptr_nonnull (strstr (csv, "500154001,汉丰街道,,224,,4.5,,\n"));
  assert_json (json);
  ck_assert_ptr_nonnull (strstr (json, "\"population\": null"));
  ck_assert (totuo_report_gaps (t, bad, 4.5, TOTUO_FORMAT_TEXT, TOTUO_LANG_ZH, &error) == NULL);
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
}
END_TEST

START_TEST (test_translations)
{
  /* The catalog's Chinese names are those of the enums. */
  for (gint l = 0; l <= TOTUO_REGION_LEVEL_NATION; l++)
    ck_assert_str_eq (totuo_translate (TOTUO_LANG_ZH, totuo_region_level_to_string (l)),
                      totuo_region_level_to_chinese (l));
  ck_assert_str_eq (totuo_translate (TOTUO_LANG_ZH, "expected"),
                    totuo_attribute_to_chinese (TOTUO_ATTRIBUTE_EXPECTED));
  ck_assert_str_eq (totuo_translate (TOTUO_LANG_ZH, "binding"),
                    totuo_attribute_to_chinese (TOTUO_ATTRIBUTE_BINDING));
  ck_assert_str_eq (totuo_translate (TOTUO_LANG_EN, "street"), "street");
  ck_assert_str_eq (totuo_translate (TOTUO_LANG_ZH, "no such message"), "no such message");
  ck_assert_str_eq (totuo_translate (TOTUO_LANG_ZH, "Summary"), "汇总");
  /* Statuses read as words, in both languages. */
  {
    g_autoptr(TotuoEvaluation) ev = sample_evaluation ();
    g_autofree gchar *en = totuo_report_evaluation (ev, TOTUO_FORMAT_TEXT, TOTUO_LANG_EN);
    g_autofree gchar *zh = totuo_report_evaluation (ev, TOTUO_FORMAT_TEXT, TOTUO_LANG_ZH);
    ck_assert_ptr_nonnull (strstr (en, "on track"));
    ck_assert_ptr_null (strstr (en, "on_track"));
    ck_assert_ptr_nonnull (strstr (zh, totuo_progress_to_chinese (TOTUO_PROGRESS_ON_TRACK)));
  }
  /* The locale chooses when asked: zh for zh_*, en for others, zh for C. */
  g_setenv ("LANGUAGE", "", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  ck_assert_int_eq (totuo_lang_from_locale (), TOTUO_LANG_ZH);
  g_setenv ("LC_ALL", "en_GB.UTF-8", TRUE);
  ck_assert_int_eq (totuo_lang_from_locale (), TOTUO_LANG_EN);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  ck_assert_int_eq (totuo_lang_from_locale (), TOTUO_LANG_ZH);
  g_setenv ("LANGUAGE", "fr", TRUE);
  ck_assert_int_eq (totuo_lang_from_locale (), TOTUO_LANG_EN);
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
}
END_TEST

START_TEST (test_sources)
{
  for (guint i = 0; i < totuo_indicator_get_count (); i++)
    {
      const gchar *source = totuo_indicator_get_source (i);
      ck_assert_ptr_nonnull (source);
      ck_assert (g_utf8_validate (source, -1, NULL));
      ck_assert_uint_gt (strlen (source), 10);
    }
  ck_assert_ptr_nonnull (strstr (totuo_indicator_get_source (TOTUO_INDICATOR_PLACES_PER_1000),
                                 "开州区卫生健康委员会"));
}
END_TEST

static Suite *
report_suite (void)
{
  Suite *s = suite_create ("report");
  TCase *tc = tcase_create ("report");

  tcase_add_test (tc, test_names_and_width);
  tcase_add_test (tc, test_region_reports);
  tcase_add_test (tc, test_text_alignment);
  tcase_add_test (tc, test_evaluation_reports);
  tcase_add_test (tc, test_svg_is_well_formed);
  tcase_add_test (tc, test_numbers_as_people_read_them);
  tcase_add_test (tc, test_bar_chart);
  tcase_add_test (tc, test_csv_for_excel);
  tcase_add_test (tc, test_xlsx);
  tcase_add_test (tc, test_html_report);
  tcase_add_test (tc, test_html_escapes_names);
  tcase_add_test (tc, test_gaps);
  tcase_add_test (tc, test_translations);
  tcase_add_test (tc, test_sources);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (report_suite)
