/* The dataset: validation on the way in, lookups, the tree, removal. */
#include "test-util.h"

static TotuoDataset *
small_tree (void)
{
  return dataset_from_csv (REGIONS_HEADER
                           "C,City,city,,1000,,,,\n"
                           "D1,District 1,district,C,,,,,\n"
                           "D2,District 2,district,C,,,,,\n"
                           "S1,Street 1,street,D1,,,,,\n"
                           "T1,Town 1,township,D1,,,,,\n"
                           "V1,Village,community,T1,,,,,\n",
                           INSTITUTIONS_HEADER
                           "i1,,S1,nursery,public,true,10,5,filed,,,,,,,\n"
                           "i2,,V1,family,private,false,5,,none,,,,,,,\n"
                           "i3,,D2,other,,false,7,,none,,,,,,,\n");
}

START_TEST (test_add_and_lookup)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoRegion) p = totuo_region_new ("500000", "重庆市", TOTUO_REGION_LEVEL_PROVINCE);
  g_autoptr(TotuoRegion) d = totuo_region_new ("500154", "开州区", TOTUO_REGION_LEVEL_DISTRICT);
  g_autoptr(TotuoInstitution) i = totuo_institution_new ("KZ1", "园", "500154");
  g_autoptr(TotuoRegion) got = NULL;
  g_autoptr(TotuoInstitution) got_i = NULL;
  GError *error = NULL;

  totuo_region_set_parent_code (d, "500000");
  totuo_region_set_population (d, 1284182);
  ck_assert (totuo_dataset_add_region (ds, p, &error));
  ck_assert (totuo_dataset_add_region (ds, d, &error));
  totuo_institution_set_places (i, 30);
  totuo_institution_set_enrolled (i, 30);
  ck_assert (totuo_dataset_add_institution (ds, i, &error));
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 2);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 1);

  got = totuo_dataset_lookup_region (ds, "500154");
  ck_assert_str_eq (totuo_region_get_name (got), "开州区");
  ck_assert_str_eq (totuo_region_get_parent_code (got), "500000");
  ck_assert_int_eq (totuo_region_get_population (got), 1284182);
  got_i = totuo_dataset_lookup_institution (ds, "KZ1");
  ck_assert_int_eq (totuo_institution_get_places (got_i), 30);
  totuo_institution_unref (got_i);
  got_i = totuo_dataset_get_institution (ds, 0);      /* by position */
  ck_assert_str_eq (totuo_institution_get_id (got_i), "KZ1");
  ck_assert_str_eq (totuo_institution_get_region_code (got_i), "500154");
  ck_assert_ptr_null (totuo_dataset_lookup_region (ds, "nope"));
  ck_assert_ptr_null (totuo_dataset_lookup_institution (ds, "nope"));

  /* The dataset keeps its own copy: changing ours changes nothing there. */
  totuo_region_set_population (d, 1);
  totuo_region_unref (got);
  got = totuo_dataset_get_region (ds, 1);
  ck_assert_int_eq (totuo_region_get_population (got), 1284182);
}
END_TEST

START_TEST (test_add_rejects)
{
  g_autoptr(TotuoDataset) ds = small_tree ();
  g_autoptr(TotuoRegion) r = totuo_region_new ("S1", NULL, TOTUO_REGION_LEVEL_STREET);
  g_autoptr(TotuoInstitution) i = totuo_institution_new ("i1", NULL, "S1");
  GError *error = NULL;

  totuo_region_set_parent_code (r, "D1");
  ck_assert (!totuo_dataset_add_region (ds, r, &error));
  assert_totuo_error (error, TOTUO_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  totuo_region_unref (r);
  r = totuo_region_new ("S9", NULL, TOTUO_REGION_LEVEL_STREET);
  totuo_region_set_parent_code (r, "nowhere");
  ck_assert (!totuo_dataset_add_region (ds, r, &error));
  assert_totuo_error (error, TOTUO_ERROR_UNKNOWN_PARENT);
  g_clear_error (&error);

  totuo_region_set_parent_code (r, "T1");   /* a street under a township */
  ck_assert (!totuo_dataset_add_region (ds, r, &error));
  assert_totuo_error (error, TOTUO_ERROR_LEVEL);
  g_clear_error (&error);

  totuo_region_set_parent_code (r, "D1");
  totuo_region_set_population (r, -5);
  ck_assert (!totuo_dataset_add_region (ds, r, &error));
  assert_totuo_error (error, TOTUO_ERROR_NEGATIVE);
  g_clear_error (&error);

  totuo_region_set_population (r, G_MAXINT64);
  ck_assert (!totuo_dataset_add_region (ds, r, &error));
  assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  totuo_region_set_population (r, 10);
  totuo_region_set_name (r, "bad \xff name");
  ck_assert (!totuo_dataset_add_region (ds, r, &error));
  assert_totuo_error (error, TOTUO_ERROR_ENCODING);
  g_clear_error (&error);

  totuo_region_set_name (r, "ok");
  totuo_region_set_location (r, 95.0, 10.0);
  ck_assert (!totuo_dataset_add_region (ds, r, &error));
  assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  ck_assert (!totuo_dataset_add_institution (ds, i, &error));
  assert_totuo_error (error, TOTUO_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  totuo_institution_unref (i);
  i = totuo_institution_new ("i9", NULL, "nowhere");
  ck_assert (!totuo_dataset_add_institution (ds, i, &error));
  assert_totuo_error (error, TOTUO_ERROR_UNKNOWN_REGION);
  g_clear_error (&error);

  totuo_institution_set_region_code (i, "S1");
  totuo_institution_set_places (i, 3);
  totuo_institution_set_enrolled (i, 4);
  ck_assert (!totuo_dataset_add_institution (ds, i, &error));
  assert_totuo_error (error, TOTUO_ERROR_INCONSISTENT);
  g_clear_error (&error);

  totuo_institution_set_enrolled (i, 3);
  totuo_institution_set_staff (i, 1);
  totuo_institution_set_certified_staff (i, 2);
  ck_assert (!totuo_dataset_add_institution (ds, i, &error));
  assert_totuo_error (error, TOTUO_ERROR_INCONSISTENT);
  g_clear_error (&error);

  totuo_institution_set_certified_staff (i, 1);
  totuo_institution_set_places (i, TOTUO_UNKNOWN);
  ck_assert (!totuo_dataset_add_institution (ds, i, &error));
  assert_totuo_error (error, TOTUO_ERROR_MISSING_VALUE);
  g_clear_error (&error);

  totuo_institution_set_places (i, (gint64) G_MAXINT32 + 1);
  ck_assert (!totuo_dataset_add_institution (ds, i, &error));
  assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  totuo_institution_set_places (i, -2);
  ck_assert (!totuo_dataset_add_institution (ds, i, &error));
  assert_totuo_error (error, TOTUO_ERROR_NEGATIVE);
  g_clear_error (&error);

  /* Nothing of the failures stayed behind. */
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 6);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 3);
  ck_assert_ptr_null (totuo_dataset_lookup_region (ds, "S9"));
  ck_assert_ptr_null (totuo_dataset_lookup_institution (ds, "i9"));
}
END_TEST

static void
assert_strv (gchar **got, const gchar *expected)
{
  gchar *joined = g_strjoinv (",", got);
  ck_assert_str_eq (joined, expected);
  g_free (joined);
  g_strfreev (got);
}

START_TEST (test_tree)
{
  g_autoptr(TotuoDataset) ds = small_tree ();
  gsize n = 0;

  assert_strv (totuo_dataset_get_children (ds, NULL, &n), "C");
  ck_assert_int_eq (n, 1);
  assert_strv (totuo_dataset_get_children (ds, "C", &n), "D1,D2");
  ck_assert_int_eq (n, 2);
  assert_strv (totuo_dataset_get_children (ds, "V1", &n), "");
  ck_assert_int_eq (n, 0);
  ck_assert_ptr_null (totuo_dataset_get_children (ds, "nope", NULL));
  assert_strv (totuo_dataset_get_subtree (ds, "C", &n), "C,D1,S1,T1,V1,D2");
  ck_assert_int_eq (n, 6);
  assert_strv (totuo_dataset_get_subtree (ds, "T1", NULL), "T1,V1");
  ck_assert_ptr_null (totuo_dataset_get_subtree (ds, "nope", NULL));
  assert_strv (totuo_dataset_get_institutions_in (ds, "D1", &n), "i1,i2");
  ck_assert_int_eq (n, 2);
  assert_strv (totuo_dataset_get_institutions_in (ds, "C", NULL), "i1,i2,i3");
  assert_strv (totuo_dataset_get_institutions_in (ds, "S1", NULL), "i1");
  ck_assert_ptr_null (totuo_dataset_get_institutions_in (ds, "nope", NULL));
}
END_TEST

START_TEST (test_regions_in_any_order)
{
  /* Children may come before their parents in a file. */
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER
                                                  "V,,community,T,,,,,\n"
                                                  "T,,township,D,,,,,\n"
                                                  "D,,district,,,,,,\n", NULL);
  gchar **sub = totuo_dataset_get_subtree (ds, "D", NULL);
  assert_strv (sub, "D,T,V");
}
END_TEST

START_TEST (test_remove)
{
  g_autoptr(TotuoDataset) ds = small_tree ();
  GError *error = NULL;
  g_autoptr(TotuoInstitution) i2 = NULL;

  ck_assert (!totuo_dataset_remove_region (ds, "T1", &error));
  assert_totuo_error (error, TOTUO_ERROR_IN_USE);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_remove_region (ds, "V1", &error));   /* holds i2 */
  assert_totuo_error (error, TOTUO_ERROR_IN_USE);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_remove_region (ds, "nope", &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_remove_institution (ds, "nope", &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  ck_assert (totuo_dataset_remove_institution (ds, "i1", &error));
  ck_assert (totuo_dataset_remove_region (ds, "S1", &error));
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 5);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 2);
  /* Rows after the removed ones still find their parents and regions. */
  i2 = totuo_dataset_lookup_institution (ds, "i2");
  ck_assert_str_eq (totuo_institution_get_region_code (i2), "V1");
  assert_strv (totuo_dataset_get_subtree (ds, "C", NULL), "C,D1,T1,V1,D2");
  ck_assert (totuo_dataset_remove_institution (ds, "i2", &error));
  ck_assert (totuo_dataset_remove_region (ds, "V1", &error));
  ck_assert (totuo_dataset_remove_region (ds, "T1", &error));
  ck_assert_ptr_null (totuo_dataset_lookup_region (ds, "T1"));
  assert_strv (totuo_dataset_get_institutions_in (ds, "C", NULL), "i3");
}
END_TEST

START_TEST (test_equal)
{
  g_autoptr(TotuoDataset) a = small_tree ();
  g_autoptr(TotuoDataset) b = small_tree ();
  GError *error = NULL;

  ck_assert (totuo_dataset_equal (a, b));
  ck_assert (totuo_dataset_equal (a, a));
  ck_assert_ptr_eq (totuo_dataset_ref (a), a);
  totuo_dataset_unref (a);
  totuo_dataset_unref (NULL);
  ck_assert (totuo_dataset_remove_institution (b, "i3", &error));
  ck_assert (!totuo_dataset_equal (a, b));
}
END_TEST

START_TEST (test_many_rows)
{
  /* Enough rows to grow every array and index several times. */
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  GString *regions = g_string_new (REGIONS_HEADER "root,,district,,,,,,\n");
  GString *insts = g_string_new (INSTITUTIONS_HEADER);
  GError *error = NULL;
  g_autoptr(TotuoInstitution) last = NULL;

  for (guint k = 0; k < 2000; k++)
    g_string_append_printf (regions, "s%u,,street,root,,,,,\n", k);
  for (guint k = 0; k < 20000; k++)
    g_string_append_printf (insts, "i%u,,s%u,nursery,public,true,%u,,none,,,,,,,\n",
                            k, k % 2000, k % 50);
  ck_assert (totuo_dataset_load_regions_csv_data (ds, regions->str, -1, NULL, &error));
  ck_assert (totuo_dataset_load_institutions_csv_data (ds, insts->str, -1, NULL, &error));
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 2001);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 20000);
  last = totuo_dataset_lookup_institution (ds, "i19999");
  ck_assert_str_eq (totuo_institution_get_region_code (last), "s1999");
  g_string_free (regions, TRUE);
  g_string_free (insts, TRUE);
}
END_TEST

typedef struct {
  TotuoDataset *ds;
  gint failures;
} Shared;

static gpointer
read_everything (gpointer data)
{
  Shared *shared = data;

  for (guint round = 0; round < 50; round++)
    {
      gsize n = 0;
      g_auto(GStrv) sub = totuo_dataset_get_subtree (shared->ds, "990101", &n);
      g_auto(GStrv) ids = totuo_dataset_get_institutions_in (shared->ds, "990101", NULL);
      g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (shared->ds);
      g_autoptr(TotuoInstitution) i = totuo_dataset_lookup_institution (shared->ds, "SD042");
      gdouble places = 0;

      if (n != 37 || g_strv_length (sub) != n || g_strv_length (ids) != 150 || i == NULL ||
          !totuo_indicator_table_get (t, "990101", TOTUO_INDICATOR_PLACES, &places, NULL) ||
          places != 3426)
        g_atomic_int_inc (&shared->failures);
    }
  return NULL;
}

START_TEST (test_concurrent_readers)
{
  /* A dataset that no thread changes may be read from several at once,
   * including the first use that builds its tree. */
  Shared shared = { example_dataset ("sample"), 0 };
  GThread *threads[4];

  for (guint k = 0; k < G_N_ELEMENTS (threads); k++)
    threads[k] = g_thread_new ("reader", read_everything, &shared);
  for (guint k = 0; k < G_N_ELEMENTS (threads); k++)
    g_thread_join (threads[k]);
  ck_assert_int_eq (shared.failures, 0);
  totuo_dataset_unref (shared.ds);
}
END_TEST

static Suite *
dataset_suite (void)
{
  Suite *s = suite_create ("dataset");
  TCase *tc = tcase_create ("dataset");

  tcase_add_test (tc, test_add_and_lookup);
  tcase_add_test (tc, test_add_rejects);
  tcase_add_test (tc, test_tree);
  tcase_add_test (tc, test_regions_in_any_order);
  tcase_add_test (tc, test_remove);
  tcase_add_test (tc, test_equal);
  tcase_add_test (tc, test_many_rows);
  tcase_add_test (tc, test_concurrent_readers);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (dataset_suite)
