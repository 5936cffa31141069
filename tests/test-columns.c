/* Columns (columns.h, totuo_indicator_table_get_column()): every field of
 * every row in one call, equal to what the record getters give row by row. */
#include <math.h>
#include <string.h>

#include "test-util.h"

START_TEST (test_field_names_and_types)
{
  ck_assert_str_eq (totuo_region_field_get_name (TOTUO_REGION_FIELD_UNDER3), "under3");
  ck_assert_int_eq (totuo_region_field_get_type (TOTUO_REGION_FIELD_PARENT), TOTUO_COLUMN_TEXT);
  ck_assert_int_eq (totuo_region_field_get_type (TOTUO_REGION_FIELD_LAT), TOTUO_COLUMN_REAL);
  ck_assert_str_eq (totuo_institution_field_get_name (TOTUO_INSTITUTION_FIELD_CERTIFIED_STAFF),
                    "certified_staff");
  ck_assert_int_eq (totuo_institution_field_get_type (TOTUO_INSTITUTION_FIELD_MONTHLY_FEE),
                    TOTUO_COLUMN_REAL);
  ck_assert_int_eq (totuo_institution_field_get_type (TOTUO_INSTITUTION_FIELD_STATUS),
                    TOTUO_COLUMN_INTEGER);
  /* The names are the CSV header's, in its order. */
  {
    g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
    g_autofree gchar *csv = totuo_dataset_institutions_to_csv (ds, NULL);
    GString *header = g_string_new (NULL);
    for (guint f = 0; f < TOTUO_INSTITUTION_FIELD_REGION_ROW; f++)
      g_string_append_printf (header, "%s%s", f > 0 ? "," : "",
                              totuo_institution_field_get_name (f));
    g_string_append_c (header, '\n');
    ck_assert_str_eq (csv, header->str);
    g_string_free (header, TRUE);
  }
}
END_TEST

/* A text column, the way a caller reads it: size, then fill. */
static gchar **
region_texts (TotuoDataset *ds, TotuoRegionField field)
{
  gsize n = totuo_dataset_get_n_regions (ds);
  gsize size = totuo_dataset_get_region_texts (ds, field, NULL, 0, NULL, n);
  gchar *buffer = g_malloc (size);
  guint64 *offsets = g_new (guint64, n + 1);
  gchar **texts = g_new0 (gchar *, n + 1);

  ck_assert_uint_eq (totuo_dataset_get_region_texts (ds, field, buffer, size, offsets, n), size);
  ck_assert_uint_eq (offsets[n], size);
  for (gsize k = 0; k < n; k++)
    {
      ck_assert_uint_eq (strlen (buffer + offsets[k]), offsets[k + 1] - offsets[k] - 1);
      texts[k] = g_strdup (buffer + offsets[k]);
    }
  g_free (buffer);
  g_free (offsets);
  return texts;
}

START_TEST (test_region_columns)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  gsize n = totuo_dataset_get_n_regions (ds);
  g_autofree gint64 *levels = g_new (gint64, n), *population = g_new (gint64, n);
  g_autofree gdouble *lat = g_new (gdouble, n);
  g_auto(GStrv) codes = region_texts (ds, TOTUO_REGION_FIELD_CODE);
  g_auto(GStrv) parents = region_texts (ds, TOTUO_REGION_FIELD_PARENT);

  totuo_dataset_get_region_integers (ds, TOTUO_REGION_FIELD_LEVEL, levels, n);
  totuo_dataset_get_region_integers (ds, TOTUO_REGION_FIELD_POPULATION, population, n);
  totuo_dataset_get_region_reals (ds, TOTUO_REGION_FIELD_LAT, lat, n);
  for (gsize k = 0; k < n; k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_get_region (ds, k);
      const gchar *parent = totuo_region_get_parent_code (r);
      gdouble rlat = NAN, rlon;
      ck_assert_str_eq (codes[k], totuo_region_get_code (r));
      ck_assert_str_eq (parents[k], parent != NULL ? parent : "");
      ck_assert_int_eq (levels[k], totuo_region_get_level (r));
      ck_assert_int_eq (population[k], totuo_region_get_population (r));
      if (totuo_region_get_location (r, &rlat, &rlon))
        ck_assert_double_eq (lat[k], rlat);
      else
        ck_assert (isnan (lat[k]));
    }
}
END_TEST

START_TEST (test_institution_columns)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  gsize n = totuo_dataset_get_n_institutions (ds);
  g_autofree gint64 *status = g_new (gint64, n), *enrolled = g_new (gint64, n);
  g_autofree gint64 *inclusive = g_new (gint64, n), *region_rows = g_new (gint64, n);
  g_autofree gdouble *fee = g_new (gdouble, n);
  gsize size = totuo_dataset_get_institution_texts (ds, TOTUO_INSTITUTION_FIELD_REGION, NULL, 0,
                                                    NULL, n);
  g_autofree gchar *regions = g_malloc (size);
  g_autofree guint64 *offsets = g_new (guint64, n + 1);

  ck_assert_uint_gt (n, 0);
  /* Too small a buffer is left as it is, and says what it needs. */
  regions[0] = 'x';
  ck_assert_uint_eq (totuo_dataset_get_institution_texts (ds, TOTUO_INSTITUTION_FIELD_REGION,
                                                          regions, size - 1, offsets, n), size);
  ck_assert_int_eq (regions[0], 'x');
  /* Without offsets: the texts, split at their NULs. */
  ck_assert_uint_eq (totuo_dataset_get_institution_texts (ds, TOTUO_INSTITUTION_FIELD_REGION,
                                                          regions, size, NULL, n), size);
  ck_assert_int_eq (regions[size - 1], '\0');
  totuo_dataset_get_institution_texts (ds, TOTUO_INSTITUTION_FIELD_REGION, regions, size,
                                       offsets, n);
  totuo_dataset_get_institution_integers (ds, TOTUO_INSTITUTION_FIELD_STATUS, status, n);
  totuo_dataset_get_institution_integers (ds, TOTUO_INSTITUTION_FIELD_ENROLLED, enrolled, n);
  totuo_dataset_get_institution_integers (ds, TOTUO_INSTITUTION_FIELD_INCLUSIVE, inclusive, n);
  totuo_dataset_get_institution_reals (ds, TOTUO_INSTITUTION_FIELD_MONTHLY_FEE, fee, n);
  totuo_dataset_get_institution_integers (ds, TOTUO_INSTITUTION_FIELD_REGION_ROW, region_rows, n);
  for (gsize k = 0; k < n; k++)
    {
      g_autoptr(TotuoInstitution) i = totuo_dataset_get_institution (ds, k);
      gdouble f = 0;
      g_autoptr(TotuoRegion) r = NULL;
      ck_assert_str_eq (regions + offsets[k], totuo_institution_get_region_code (i));
      r = totuo_dataset_get_region (ds, (gsize) region_rows[k]);
      ck_assert_str_eq (totuo_region_get_code (r), totuo_institution_get_region_code (i));
      ck_assert_int_eq (status[k], totuo_institution_get_status (i));
      ck_assert_int_eq (enrolled[k], totuo_institution_get_enrolled (i));
      ck_assert_int_eq (inclusive[k], totuo_institution_get_inclusive (i));
      if (totuo_institution_get_monthly_fee (i, &f))
        ck_assert_double_eq (fee[k], f);
      else
        ck_assert (isnan (fee[k]));
    }
}
END_TEST

START_TEST (test_indicator_column)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("kaizhou");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  gsize n = totuo_indicator_table_get_n_rows (t);
  g_autofree gdouble *values = g_new (gdouble, n);
  g_autofree guint8 *defined = g_new (guint8, n);

  for (guint ind = 0; ind < TOTUO_N_INDICATORS; ind++)
    {
      gsize n_defined = totuo_indicator_table_get_column (t, ind, values, defined, n), count = 0;
      for (gsize row = 0; row < n; row++)
        {
          gdouble v = 0;
          gboolean ok = totuo_indicator_table_get_at (t, row, ind, &v, NULL);
          ck_assert_int_eq (defined[row], ok);
          if (ok)
            ck_assert_double_eq (values[row], v);
          else
            ck_assert (isnan (values[row]));
          count += ok;
        }
      ck_assert_uint_eq (n_defined, count);
    }
  /* Kaizhou reports no enrolled children: undefined in every row. */
  ck_assert_uint_eq (totuo_indicator_table_get_column (t, TOTUO_INDICATOR_UTILIZATION, values,
                                                       NULL, n), 0);
}
END_TEST

/* A table big enough for two threads gives what one row at a time gives. */
START_TEST (test_indicator_columns_two_threads)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoIndicatorTable) t = NULL;
  GString *regions = g_string_new (REGIONS_HEADER "D,,district,,,,,,\n");
  GString *institutions = g_string_new (INSTITUTIONS_HEADER);
  TotuoIndicator all[TOTUO_N_INDICATORS];
  gsize n;
  g_autofree gdouble *values = NULL;
  g_autofree guint8 *defined = NULL;
  GError *error = NULL;

  for (guint k = 0; k < 6000; k++)
    {
      g_string_append_printf (regions, "S%u,,street,D,%u,%u,,,\n", k, k % 7 == 0 ? 0 : 1000 + k,
                              k % 5 == 0 ? 0 : 40 + k % 9);
      if (k % 3 != 0)
        g_string_append_printf (institutions, "i%u,,S%u,nursery,%s,%s,%u,%s,%s,,,,,,,\n", k, k,
                                k % 2 ? "public" : "", k % 4 ? "true" : "", 10 + k % 50,
                                k % 6 ? "5" : "", k % 8 ? "filed" : "");
    }
  ck_assert_msg (totuo_dataset_load_regions_csv_data (ds, regions->str, -1, "r", &error) &&
                 totuo_dataset_load_institutions_csv_data (ds, institutions->str, -1, "i", &error),
                 "%s", error->message);
  t = totuo_indicator_table_new (ds);
  n = totuo_indicator_table_get_n_rows (t);
  for (guint k = 0; k < TOTUO_N_INDICATORS; k++)
    all[k] = k;
  values = g_new (gdouble, n * TOTUO_N_INDICATORS);
  defined = g_new (guint8, n * TOTUO_N_INDICATORS);
  ck_assert_uint_ge (n * TOTUO_N_INDICATORS, 200000);   /* two threads */
  totuo_indicator_table_get_columns (t, all, TOTUO_N_INDICATORS, values, defined, n);
  for (guint k = 0; k < TOTUO_N_INDICATORS; k++)
    for (gsize row = 0; row < n; row++)
      {
        gdouble v = 0;
        gboolean ok = totuo_indicator_table_get_at (t, row, k, &v, NULL);
        ck_assert_int_eq (defined[k * n + row], ok);
        if (ok)
          ck_assert_double_eq (values[k * n + row], v);
      }
  g_string_free (regions, TRUE);
  g_string_free (institutions, TRUE);
}
END_TEST

/* Columns in memory load as a file would: headers by alias and unit,
 * words, numbers, errors at the line of the row. */
START_TEST (test_load_columns)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoInstitution) b = NULL;
  static const gchar codes[] = "D\0S\0", names[] = "区\0汉丰街道\0", levels[] = "区县\0街道\0";
  static const gchar parents[] = "\0D\0";
  const gdouble population[] = { 128.4182, NAN };
  const TotuoColumn regions[] = {
    { "区划代码", TOTUO_COLUMN_TEXT, codes, sizeof codes - 1, NULL, NULL },
    { "名称", TOTUO_COLUMN_TEXT, names, sizeof names - 1, NULL, NULL },
    { "层级", TOTUO_COLUMN_TEXT, levels, sizeof levels - 1, NULL, NULL },
    { "上级代码", TOTUO_COLUMN_TEXT, parents, sizeof parents - 1, NULL, NULL },
    { "常住人口（万人）", TOTUO_COLUMN_REAL, NULL, 0, NULL, population },
  };
  static const gchar ids[] = "a\0b\0c\0", where[] = "S\0汉丰街道\0S\0";
  static const gchar status[] = "已备案\0未备案\0\0";
  const gint64 places[] = { 10, 20, 30 }, enrolled[] = { 5, TOTUO_UNKNOWN, 40 };
  const gint64 enrolled_ok[] = { 5, TOTUO_UNKNOWN, 25 };
  TotuoColumn institutions[] = {
    { "机构编号", TOTUO_COLUMN_TEXT, ids, sizeof ids - 1, NULL, NULL },
    { "所属街道", TOTUO_COLUMN_TEXT, where, sizeof where - 1, NULL, NULL },
    { "托位数", TOTUO_COLUMN_INTEGER, NULL, 0, places, NULL },
    { "在托人数", TOTUO_COLUMN_INTEGER, NULL, 0, enrolled, NULL },
    { "备案状态", TOTUO_COLUMN_TEXT, status, sizeof status - 1, NULL, NULL },
  };
  GError *error = NULL;
  gdouble v = 0;
  g_autoptr(TotuoIndicatorTable) t = NULL;

  ck_assert_msg (totuo_dataset_load_regions_columns (ds, regions, G_N_ELEMENTS (regions), 2,
                                                     "regions", &error), "%s", error->message);
  /* Row 2 has more children enrolled than places: an error at its line. */
  ck_assert (!totuo_dataset_load_institutions_columns (ds, institutions,
                                                       G_N_ELEMENTS (institutions), 3,
                                                       "frame", &error));
  ck_assert_ptr_nonnull (strstr (error->message, "frame:4: column 'enrolled'"));
  g_clear_error (&error);
  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 0);
  institutions[3].integers = enrolled_ok;
  ck_assert_msg (totuo_dataset_load_institutions_columns (ds, institutions,
                                                          G_N_ELEMENTS (institutions), 3,
                                                          "frame", &error), "%s", error->message);
  b = totuo_dataset_lookup_institution (ds, "b");
  ck_assert_str_eq (totuo_institution_get_region_code (b), "S");
  ck_assert_int_eq (totuo_institution_get_status (b), TOTUO_STATUS_NOT_FILED);
  ck_assert_int_eq (totuo_institution_get_enrolled (b), TOTUO_UNKNOWN);
  t = totuo_indicator_table_new (ds);
  ck_assert (totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_POPULATION, &v, NULL));
  ck_assert_double_eq (v, 1284182);
  /* a filed, b not filed, c unknown: 1 of 2. */
  ck_assert (totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_FILING_RATE, &v, NULL));
  ck_assert_double_eq (v, 50);
}
END_TEST

/* An integer label column as the texts of its ids. */
static void
label_texts (TotuoColumn   *c,
             const gint64  *values,
             gsize          n,
             const gchar *(*id) (gint),
             GPtrArray     *keep)
{
  GString *texts = g_string_new (NULL);

  for (gsize k = 0; k < n; k++)
    g_string_append_len (texts, id ((gint) values[k]), (gssize) strlen (id ((gint) values[k])) + 1);
  c->type = TOTUO_COLUMN_TEXT;
  c->texts_size = texts->len;
  c->texts = texts->str;
  g_ptr_array_add (keep, g_string_free (texts, FALSE));
}

/* What a dataset gives as columns loads back as the same dataset. */
START_TEST (test_columns_round_trip)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  g_autoptr(TotuoDataset) again = totuo_dataset_new ();
  gsize n = totuo_dataset_get_n_institutions (ds), m = totuo_dataset_get_n_regions (ds);
  TotuoColumn inst[TOTUO_INSTITUTION_FIELD_REGION_ROW], reg[TOTUO_N_REGION_FIELDS];
  GPtrArray *keep = g_ptr_array_new_with_free_func (g_free);
  GError *error = NULL;

  for (guint f = 0; f < TOTUO_N_REGION_FIELDS; f++)
    {
      TotuoColumn *c = &reg[f];
      memset (c, 0, sizeof *c);
      c->name = totuo_region_field_get_name (f);
      c->type = totuo_region_field_get_type (f);
      if (c->type == TOTUO_COLUMN_TEXT)
        {
          gchar *buffer;
          c->texts_size = totuo_dataset_get_region_texts (ds, f, NULL, 0, NULL, m);
          c->texts = buffer = g_malloc (c->texts_size);
          totuo_dataset_get_region_texts (ds, f, buffer, c->texts_size, NULL, m);
          g_ptr_array_add (keep, buffer);
        }
      else if (c->type == TOTUO_COLUMN_INTEGER)
        {
          gint64 *values = g_new (gint64, m);
          totuo_dataset_get_region_integers (ds, f, values, m);
          c->integers = values;
          g_ptr_array_add (keep, values);
          if (f == TOTUO_REGION_FIELD_LEVEL)
            label_texts (c, values, m, (const gchar *(*) (gint)) totuo_region_level_to_string,
                         keep);
        }
      else
        {
          gdouble *values = g_new (gdouble, m);
          totuo_dataset_get_region_reals (ds, f, values, m);
          c->reals = values;
          g_ptr_array_add (keep, values);
        }
    }
  for (guint f = 0; f < TOTUO_INSTITUTION_FIELD_REGION_ROW; f++)
    {
      TotuoColumn *c = &inst[f];
      memset (c, 0, sizeof *c);
      c->name = totuo_institution_field_get_name (f);
      c->type = totuo_institution_field_get_type (f);
      if (c->type == TOTUO_COLUMN_TEXT)
        {
          gchar *buffer;
          c->texts_size = totuo_dataset_get_institution_texts (ds, f, NULL, 0, NULL, n);
          c->texts = buffer = g_malloc (c->texts_size);
          totuo_dataset_get_institution_texts (ds, f, buffer, c->texts_size, NULL, n);
          g_ptr_array_add (keep, buffer);
        }
      else if (c->type == TOTUO_COLUMN_INTEGER)
        {
          gint64 *values = g_new (gint64, n);
          totuo_dataset_get_institution_integers (ds, f, values, n);
          c->integers = values;
          g_ptr_array_add (keep, values);
          /* Labels as numbers are not words: they go as their ids. */
          if (f == TOTUO_INSTITUTION_FIELD_KIND)
            label_texts (c, values, n, (const gchar *(*) (gint)) totuo_kind_to_string, keep);
          else if (f == TOTUO_INSTITUTION_FIELD_OWNERSHIP)
            label_texts (c, values, n, (const gchar *(*) (gint)) totuo_ownership_to_string, keep);
          else if (f == TOTUO_INSTITUTION_FIELD_STATUS)
            label_texts (c, values, n, (const gchar *(*) (gint)) totuo_status_to_string, keep);
          else if (f == TOTUO_INSTITUTION_FIELD_INCLUSIVE ||
                   f == TOTUO_INSTITUTION_FIELD_HEALTH_MANAGER)
            label_texts (c, values, n, (const gchar *(*) (gint)) totuo_flag_to_string, keep);
          else if (f == TOTUO_INSTITUTION_FIELD_MODES)
            {
              GString *texts = g_string_new (NULL);
              for (gsize k = 0; k < n; k++)
                {
                  g_autofree gchar *modes = totuo_modes_to_string ((TotuoModes) values[k]);
                  g_string_append_len (texts, modes, (gssize) strlen (modes) + 1);
                }
              c->type = TOTUO_COLUMN_TEXT;
              c->texts_size = texts->len;
              c->texts = texts->str;
              g_ptr_array_add (keep, g_string_free (texts, FALSE));
            }
        }
      else
        {
          gdouble *values = g_new (gdouble, n);
          totuo_dataset_get_institution_reals (ds, f, values, n);
          c->reals = values;
          g_ptr_array_add (keep, values);
        }
    }
  ck_assert_msg (totuo_dataset_load_regions_columns (again, reg, TOTUO_N_REGION_FIELDS, m, NULL,
                                                     &error), "%s", error->message);
  ck_assert_msg (totuo_dataset_load_institutions_columns (again, inst, G_N_ELEMENTS (inst), n,
                                                          NULL, &error), "%s", error->message);
  ck_assert (totuo_dataset_equal (ds, again));
  g_ptr_array_unref (keep);
}
END_TEST

START_TEST (test_empty_dataset)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  guint64 offset = 99;

  totuo_dataset_get_institution_integers (ds, TOTUO_INSTITUTION_FIELD_PLACES, NULL, 0);
  ck_assert_uint_eq (totuo_dataset_get_region_texts (ds, TOTUO_REGION_FIELD_CODE, NULL, 0,
                                                     NULL, 0), 0);
  ck_assert_uint_eq (totuo_dataset_get_region_texts (ds, TOTUO_REGION_FIELD_CODE, (gchar *) "",
                                                     0, &offset, 0), 0);
  ck_assert_uint_eq (offset, 0);
}
END_TEST

static Suite *
columns_suite (void)
{
  Suite *s = suite_create ("columns");
  TCase *t = tcase_create ("columns");

  tcase_add_test (t, test_field_names_and_types);
  tcase_add_test (t, test_region_columns);
  tcase_add_test (t, test_institution_columns);
  tcase_add_test (t, test_indicator_column);
  tcase_add_test (t, test_indicator_columns_two_threads);
  tcase_add_test (t, test_load_columns);
  tcase_add_test (t, test_columns_round_trip);
  tcase_add_test (t, test_empty_dataset);
  suite_add_tcase (s, t);
  return s;
}

TEST_MAIN (columns_suite)
