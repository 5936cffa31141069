/* The limits of docs/security.md, each enforced with TOTUO_ERROR_LIMIT or
 * a clear error of its own, by every reader: inputs over 2 GiB, very long
 * fields, very many columns, deep JSON, counts near G_MAXINT64. */
#include <check.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <totuo/totuo.h>

#include "test-util.h"

/* A file one byte over the limit. It is sparse: it takes no disk and no
 * memory, and a reader that checked nothing would read only zeros. */
static gchar *
oversized_file (void)
{
  GError *error = NULL;
  gchar *path = NULL;
  gint fd = g_file_open_tmp ("totuo-limit-XXXXXX", &path, &error);

  ck_assert_msg (fd >= 0, "%s", error != NULL ? error->message : "");
  ck_assert_int_eq (ftruncate (fd, (off_t) TOTUO_MAX_INPUT_BYTES + 1), 0);
  close (fd);
  return path;
}

START_TEST (test_oversized_files)
{
  g_autofree gchar *path = oversized_file ();
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  GError *error = NULL;

  ck_assert (!totuo_dataset_load_regions_csv (ds, path, &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  ck_assert_msg (strstr (error->message, "2 GiB") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv (ds, path, &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_json (ds, path, &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert (totuo_plan_load (path, &error) == NULL);
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert (!totuo_observations_load_csv (obs, path, &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 0);
  g_unlink (path);
}
END_TEST

START_TEST (test_oversized_buffers)
{
  g_autofree gchar *path = oversized_file ();
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  gsize len = TOTUO_MAX_INPUT_BYTES + 1;
  gint fd = open (path, O_RDONLY);
  const gchar *data = mmap (NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
  GError *error = NULL;

  ck_assert (data != MAP_FAILED);
  ck_assert (!totuo_dataset_load_regions_csv_data (ds, data, (gssize) len, "big", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, data, (gssize) len, "big", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_json_data (ds, data, (gssize) len, "big", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert (totuo_plan_load_data (data, (gssize) len, "big", &error) == NULL);
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert (!totuo_observations_load_csv_data (obs, data, (gssize) len, "big", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  munmap ((gpointer) data, len);
  close (fd);
  g_unlink (path);
}
END_TEST

/* A text of @n copies of @unit between @head and @tail. */
static gchar *
repeated (const gchar *head, const gchar *unit, gsize n, const gchar *tail)
{
  GString *s = g_string_new (head);
  for (gsize k = 0; k < n; k++)
    g_string_append (s, unit);
  g_string_append (s, tail);
  return g_string_free (s, FALSE);
}

START_TEST (test_long_fields_and_many_columns)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv ("code,level\nD,district\n", NULL);
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autofree gchar *long_id = repeated ("id,region,places\n", "x", TOTUO_MAX_FIELD_BYTES + 1,
                                        ",D,1\n");
  /* The same with usual rows after it: the fast split of an unquoted
   * record must check the length too, not only the general loop. */
  g_autofree gchar *long_id_then_rows =
    repeated ("id,region,places\n", "x", TOTUO_MAX_FIELD_BYTES + 1,
              ",D,1\na,D,1\nb,D,1\nc,D,1\nd,D,1\ne,D,1\nf,D,1\ng,D,1\nh,D,1\n"
              "i,D,1\nj,D,1\nk,D,1\nl,D,1\nm,D,1\nn,D,1\no,D,1\np,D,1\nq,D,1\n");
  g_autofree gchar *long_last_then_rows =
    repeated ("id,region,places\na,D,", "9", TOTUO_MAX_FIELD_BYTES + 1,
              "\nb,D,1\nc,D,1\nd,D,1\ne,D,1\nf,D,1\ng,D,1\nh,D,1\ni,D,1\nj,D,1\n"
              "k,D,1\nl,D,1\nm,D,1\nn,D,1\no,D,1\np,D,1\nq,D,1\nr,D,1\ns,D,1\n");
  g_autofree gchar *wide = repeated ("id,region,places", ",c", TOTUO_MAX_COLUMNS, "\n");
  g_autofree gchar *long_value = repeated ("indicator,region,year,value\nplaces,D,2024,", "1",
                                           TOTUO_MAX_FIELD_BYTES + 1, "\n");
  GError *error = NULL;

  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, long_id, -1, "long", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  ck_assert_msg (strstr (error->message, "long:2:") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, long_id_then_rows, -1, "long",
                                                        &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  ck_assert_msg (strstr (error->message, "long:2:") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, long_last_then_rows, -1, "long",
                                                        &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  ck_assert_msg (strstr (error->message, "long:2:") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv_data (ds, wide, -1, "wide", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  ck_assert_msg (strstr (error->message, "wide:1:") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert (!totuo_observations_load_csv_data (obs, long_value, -1, "obs", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 0);
}
END_TEST

/* A record of many empty fields, after a row that leaves it at any
 * place in a 64-byte block: the fast split fills up to 65 fields a block
 * and must stop where its arrays end (ASan watches this one). */
START_TEST (test_many_fields_in_one_block)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv ("code,level\nD,district\n", NULL);
  g_autofree gchar *commas = g_strnfill (100, ',');

  for (guint pad = 0; pad < 64; pad++)
    {
      g_autofree gchar *id = g_strnfill (pad + 1, 'x');
      g_autofree gchar *csv = g_strdup_printf ("id,region,places\n%s,D,1\n%s\na,D,1\n",
                                               id, commas);
      GError *error = NULL;

      ck_assert (!totuo_dataset_load_institutions_csv_data (ds, csv, -1, "many", &error));
      ck_assert_msg (strstr (error->message, "many:3: 101 fields") != NULL, "%s", error->message);
      g_clear_error (&error);
    }
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 0);
}
END_TEST

START_TEST (test_deep_json)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autofree gchar *deep = repeated ("{\"regions\":", "[", TOTUO_MAX_JSON_DEPTH + 1, "");
  g_autofree gchar *very_deep = repeated ("", "{\"a\":", 1000000, "");
  GError *error = NULL;

  ck_assert (!totuo_dataset_load_json_data (ds, deep, -1, "deep.json", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  /* A million levels: refused before the parser could recurse into them. */
  ck_assert (!totuo_dataset_load_json_data (ds, very_deep, -1, "deeper.json", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
}
END_TEST

/* Counts at and past G_MAXINT64 and G_MININT64, in CSV, JSON and
 * observations: never wrapped, never silently clamped. */
static const gchar *const huge_counts[] = {
  "9223372036854775807", "9223372036854775808", "-9223372036854775808",
  "99999999999999999999999999", "10000000001", "1e19",
};

START_TEST (test_huge_counts_csv)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autofree gchar *regions = g_strdup_printf ("code,level,population\nD,district,%s\n",
                                               huge_counts[_i]);
  g_autofree gchar *json = g_strdup_printf ("{\"regions\":[{\"code\":\"D\",\"level\":"
                                            "\"district\",\"population\":%s}]}",
                                            huge_counts[_i]);
  g_autoptr(TotuoDataset) with_region = dataset_from_csv ("code,level\nD,district\n", NULL);
  g_autofree gchar *insts = g_strdup_printf ("id,region,places\nA,D,%s\n", huge_counts[_i]);
  GError *error = NULL;

  ck_assert (!totuo_dataset_load_regions_csv_data (ds, regions, -1, "r.csv", &error));
  ck_assert_msg (error->code == TOTUO_ERROR_OUT_OF_RANGE || error->code == TOTUO_ERROR_NEGATIVE ||
                 error->code == TOTUO_ERROR_BAD_NUMBER, "%s", error->message);
  ck_assert_msg (strstr (error->message, "r.csv:2:") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_json_data (ds, json, -1, "r.json", &error));
  ck_assert_msg (error->domain == TOTUO_ERROR, "%s", error->message);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv_data (with_region, insts, -1, "i.csv", &error));
  ck_assert_msg (error->code == TOTUO_ERROR_OUT_OF_RANGE || error->code == TOTUO_ERROR_NEGATIVE ||
                 error->code == TOTUO_ERROR_BAD_NUMBER, "%s", error->message);
  g_clear_error (&error);
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 0);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (with_region), 0);
}
END_TEST

START_TEST (test_largest_counts_sum)
{
  /* The largest counts allowed, summed over a district: exact in 64 bits. */
  g_autoptr(TotuoDataset) ds = dataset_from_csv (
    "code,level,parent,population\nD,district,,\nS1,street,D,10000000000\n"
    "S2,street,D,10000000000\n",
    "id,region,places\nA,S1,2147483647\nB,S2,2147483647\nC,S2,2147483647\n");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  gdouble v = 0;

  ck_assert (totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_PLACES, &v, NULL));
  ck_assert (v == 3.0 * 2147483647.0);
  ck_assert (totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_POPULATION, &v, NULL));
  ck_assert (v == 2e10);
}
END_TEST

/* What enters a dataset by any route saves to CSV and loads back. */
START_TEST (test_saved_values_load_back)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER "R,r,district,,,,,,\n", NULL);
  g_autoptr(TotuoDataset) back = totuo_dataset_new ();
  g_autoptr(TotuoRegion) long_name = totuo_region_new ("L", NULL, TOTUO_REGION_LEVEL_DISTRICT);
  g_autoptr(TotuoInstitution) tiny_fee = totuo_institution_new ("I", NULL, "R");
  g_autofree gchar *name = g_malloc (TOTUO_MAX_FIELD_BYTES + 2);
  g_autofree gchar *json = NULL, *regions = NULL, *institutions = NULL;
  GError *error = NULL;
  gdouble fee = 0;

  memset (name, 'n', TOTUO_MAX_FIELD_BYTES + 1);
  name[TOTUO_MAX_FIELD_BYTES + 1] = '\0';
  totuo_region_set_name (long_name, name);
  ck_assert (!totuo_dataset_add_region (ds, long_name, &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  json = g_strdup_printf ("{\"regions\": [{\"code\": \"L\", \"level\": \"district\", "
                          "\"name\": \"%s\"}]}", name);
  ck_assert (!totuo_dataset_load_json_data (back, json, -1, "d.json", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  /* The smallest subnormal fee is written as %.15g writes it and read back exactly. */
  totuo_institution_set_places (tiny_fee, 1);
  totuo_institution_set_monthly_fee (tiny_fee, 5e-324);
  ck_assert (totuo_dataset_add_institution (ds, tiny_fee, &error));
  regions = totuo_dataset_regions_to_csv (ds, NULL);
  institutions = totuo_dataset_institutions_to_csv (ds, NULL);
  ck_assert_msg (totuo_dataset_load_regions_csv_data (back, regions, -1, "r.csv", &error) &&
                 totuo_dataset_load_institutions_csv_data (back, institutions, -1, "i.csv",
                                                           &error),
                 "%s", error != NULL ? error->message : "");
  {
    g_autoptr(TotuoInstitution) got = totuo_dataset_lookup_institution (back, "I");
    ck_assert (totuo_institution_get_monthly_fee (got, &fee));
    ck_assert (fee == 5e-324);
  }
  /* Overflow and underflow to zero are still out of range. */
  ck_assert (!totuo_dataset_load_institutions_csv_data (back, INSTITUTIONS_HEADER
             "J,,R,other,unknown,false,1,,none,,1e999,,,false,,\n", -1, "i.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
}
END_TEST

static Suite *
limits_suite (void)
{
  Suite *s = suite_create ("limits");
  TCase *inputs = tcase_create ("inputs");
  TCase *counts = tcase_create ("counts");

  tcase_set_timeout (inputs, 120);
  tcase_add_test (inputs, test_oversized_files);
  tcase_add_test (inputs, test_oversized_buffers);
  tcase_add_test (inputs, test_long_fields_and_many_columns);
  tcase_add_test (inputs, test_many_fields_in_one_block);
  tcase_add_test (inputs, test_deep_json);
  tcase_add_test (inputs, test_saved_values_load_back);
  tcase_add_loop_test (counts, test_huge_counts_csv, 0, G_N_ELEMENTS (huge_counts));
  tcase_add_test (counts, test_largest_counts_sum);
  suite_add_tcase (s, inputs);
  suite_add_tcase (s, counts);
  return s;
}

TEST_MAIN (limits_suite)
