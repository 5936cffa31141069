/* The indicator registry and the roll-up. */
#include <string.h>

#include "test-util.h"

START_TEST (test_registry)
{
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
  TotuoIndicator found;

  ck_assert_int_eq (totuo_indicator_get_count (), TOTUO_N_INDICATORS);
  for (guint i = 0; i < totuo_indicator_get_count (); i++)
    {
      const gchar *id = totuo_indicator_get_id (i);
      ck_assert (!g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer) id);
      ck_assert (totuo_indicator_from_id (id, &found));
      ck_assert_int_eq (found, i);
      ck_assert (g_utf8_validate (totuo_indicator_get_name_zh (i), -1, NULL));
      ck_assert (strlen (totuo_indicator_get_name_en (i)) > 0);
      ck_assert (strlen (totuo_indicator_get_unit (i)) > 0);
      ck_assert (strlen (totuo_indicator_get_formula (i)) > 0);
    }
  ck_assert_str_eq (totuo_indicator_get_id (TOTUO_INDICATOR_PLACES_PER_1000), "places_per_1000");
  ck_assert_str_eq (totuo_indicator_get_name_zh (TOTUO_INDICATOR_PLACES_PER_1000), "每千人口托位数");
  ck_assert (totuo_indicator_is_ratio (TOTUO_INDICATOR_UTILIZATION));
  ck_assert (!totuo_indicator_is_ratio (TOTUO_INDICATOR_PLACES));
  ck_assert (!totuo_indicator_from_id ("places_per_million", &found));
  /* Ids and Chinese names; typos get the id meant, others nothing. */
  ck_assert (totuo_indicator_from_name (" 每千人口托位数", &found));
  ck_assert_int_eq (found, TOTUO_INDICATOR_PLACES_PER_1000);
  ck_assert (totuo_indicator_from_name ("filing_rate", &found));
  ck_assert_int_eq (found, TOTUO_INDICATOR_FILING_RATE);
  ck_assert (!totuo_indicator_from_name ("places per 1,000 residents", &found));
  ck_assert_str_eq (totuo_indicator_suggest ("palces_per_1000"), "places_per_1000");
  ck_assert_str_eq (totuo_indicator_suggest ("filing_rat"), "filing_rate");
  ck_assert_str_eq (totuo_indicator_suggest ("备案律"), "filing_rate");
  ck_assert_ptr_null (totuo_indicator_suggest ("places_per_1000"));
  ck_assert_ptr_null (totuo_indicator_suggest ("parents_knowledge"));
  ck_assert_ptr_null (totuo_indicator_suggest ("guidance_centres"));
  ck_assert_ptr_null (totuo_indicator_suggest (""));
  /* One English name per indicator. */
  for (guint i = 0; i < TOTUO_N_INDICATORS; i++)
    for (guint j = i + 1; j < TOTUO_N_INDICATORS; j++)
      ck_assert_msg (strcmp (totuo_indicator_get_name_en (i), totuo_indicator_get_name_en (j)) != 0,
                     "%s and %s share an English name", totuo_indicator_get_id (i),
                     totuo_indicator_get_id (j));
  g_hash_table_unref (seen);
}
END_TEST

/* Two districts with different ratios: the city's ratio is the ratio of
 * sums, not the mean of the districts' ratios. */
static TotuoDataset *
two_districts (void)
{
  return dataset_from_csv (REGIONS_HEADER
                           "C,,city,,,,,,\n"
                           "A,,district,C,1000,100,10,,\n"
                           "B,,district,C,9000,,5,,\n"
                           "A1,,street,A,,,,,\n"
                           "A2,,street,A,,,,,\n"
                           "A3,,township,A,,,,,\n"
                           "B1,,township,B,,,,,\n"
                           "B1v,,community,B1,,,,,\n",
                           INSTITUTIONS_HEADER
                           "a,,A1,nursery,public,true,10,8,filed,,,4,2,true,,\n"
                           "b,,A1,kindergarten,private,false,30,12,registered,,,6,6,,,\n"
                           "c,,A3,family,mixed,true,5,,none,,,,,,,\n"
                           "d,,B1v,kindergarten,,false,15,3,filed,,,2,,false,,\n");
}

START_TEST (test_roll_up_sums_first)
{
  g_autoptr(TotuoDataset) ds = two_districts ();
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);

  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_PLACES), 60);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_POPULATION), 10000);
  /* (10 + 30 + 5 + 15) / 10000 × 1000 = 6, not the mean of 45 and 1.67. */
  ck_assert_double_eq_tol (indicator_value (t, "C", TOTUO_INDICATOR_PLACES_PER_1000), 6.0, 1e-12);
  ck_assert_double_eq_tol (indicator_value (t, "A", TOTUO_INDICATOR_PLACES_PER_1000), 45.0, 1e-12);
  /* Utilisation counts only institutions reporting enrolled: 23 / 55. */
  ck_assert_double_eq_tol (indicator_value (t, "C", TOTUO_INDICATOR_UTILIZATION),
                           23.0 / 55.0 * 100, 1e-9);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_ENROLLED), 23);
  ck_assert_double_eq_tol (indicator_value (t, "C", TOTUO_INDICATOR_INCLUSIVE_SHARE),
                           15.0 / 60.0 * 100, 1e-9);
  /* Ownership: d does not report it, so 10 of the 45 places that do. */
  ck_assert_double_eq_tol (indicator_value (t, "C", TOTUO_INDICATOR_PUBLIC_SHARE),
                           10.0 / 45.0 * 100, 1e-9);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_REGISTRATION_RATE), 75);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_FILING_RATE), 50);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_HEALTH_MANAGER_RATE), 50);
  /* Certificates: only a and b report both staff and certified. */
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_CERTIFIED_STAFF_RATE), 80);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_KINDERGARTENS), 15);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_KINDERGARTENS_OFFERING), 2);
  ck_assert_double_eq_tol (indicator_value (t, "C", TOTUO_INDICATOR_KINDERGARTEN_SHARE),
                           2.0 / 15.0 * 100, 1e-9);
}
END_TEST

START_TEST (test_coverage)
{
  g_autoptr(TotuoDataset) ds = two_districts ();
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);

  /* Streets A1 (covered, inclusive) and A2 (empty); townships A3 and B1
   * (covered through its village). */
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_STREET_COVERAGE), 50);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE), 50);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_TOWNSHIP_COVERAGE), 100);
  ck_assert_double_eq (indicator_value (t, "A2", TOTUO_INDICATOR_STREET_COVERAGE), 0);
  ck_assert_double_eq (indicator_value (t, "B", TOTUO_INDICATOR_TOWNSHIP_COVERAGE), 100);
}
END_TEST

START_TEST (test_breakdowns_add_up)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);

  for (gsize row = 0; row < totuo_indicator_table_get_n_rows (t); row++)
    {
      gdouble places = 0, institutions = 0, by_kind = 0, by_kind_n = 0, by_owner = 0, v;
      ck_assert (totuo_indicator_table_get_at (t, row, TOTUO_INDICATOR_PLACES, &places, NULL));
      ck_assert (totuo_indicator_table_get_at (t, row, TOTUO_INDICATOR_INSTITUTIONS,
                                               &institutions, NULL));
      for (gint k = 0; k < TOTUO_KIND_UNKNOWN; k++)
        {
          ck_assert (totuo_indicator_table_get_at (t, row, TOTUO_INDICATOR_PLACES_NURSERY + k,
                                                   &v, NULL));
          by_kind += v;
          ck_assert (totuo_indicator_table_get_at (t, row,
                                                   TOTUO_INDICATOR_INSTITUTIONS_NURSERY + k,
                                                   &v, NULL));
          by_kind_n += v;
        }
      ck_assert (totuo_indicator_table_get_at (t, row, TOTUO_INDICATOR_PLACES_KIND_UNKNOWN,
                                               &v, NULL));
      by_kind += v;
      ck_assert (totuo_indicator_table_get_at (t, row, TOTUO_INDICATOR_INSTITUTIONS_KIND_UNKNOWN,
                                               &v, NULL));
      by_kind_n += v;
      for (gint o = 0; o < TOTUO_N_OWNERSHIPS; o++)
        {
          ck_assert (totuo_indicator_table_get_at (t, row, TOTUO_INDICATOR_PLACES_PUBLIC + o,
                                                   &v, NULL));
          by_owner += v;
        }
      ck_assert_double_eq (by_kind, places);
      ck_assert_double_eq (by_owner, places);
      ck_assert_double_eq (by_kind_n, institutions);
    }
}
END_TEST

START_TEST (test_population_rule)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER
                                                 "P,,province,,,,,,\n"
                                                 "C1,,city,P,,,,,\n"
                                                 "C2,,city,P,500,,,,\n"
                                                 "D1,,district,C1,100,7,,,\n"
                                                 "D2,,district,C1,200,,,,\n"
                                                 "Q,,province,,42,,,,\n"
                                                 "Q1,,city,Q,1,,,,\n", NULL);
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  GError *error = NULL;
  gdouble v;

  /* C1 is unknown, but both its districts are known: 300. */
  ck_assert_double_eq (indicator_value (t, "C1", TOTUO_INDICATOR_POPULATION), 300);
  ck_assert_double_eq (indicator_value (t, "P", TOTUO_INDICATOR_POPULATION), 800);
  /* A region's own figure wins over its children's. */
  ck_assert_double_eq (indicator_value (t, "Q", TOTUO_INDICATOR_POPULATION), 42);
  /* Under-3s: D2 unknown, so C1 and P are unknown, not 7. */
  ck_assert (!totuo_indicator_table_get (t, "C1", TOTUO_INDICATOR_UNDER3, &v, &error));
  assert_totuo_error (error, TOTUO_ERROR_UNDEFINED);
  g_clear_error (&error);
  ck_assert (!totuo_indicator_table_get (t, "P", TOTUO_INDICATOR_UNDER3, &v, &error));
  assert_totuo_error (error, TOTUO_ERROR_UNDEFINED);
  g_clear_error (&error);
  /* A leaf with no figure stays unknown. */
  ck_assert (!totuo_indicator_table_get (t, "C2", TOTUO_INDICATOR_KINDERGARTENS, &v, NULL));
}
END_TEST

START_TEST (test_undefined)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER
                                                 "D,,district,,0,,,,\n"
                                                 "S,,street,D,,,,,\n",
                                                 INSTITUTIONS_HEADER
                                                 "a,,S,nursery,public,true,0,,none,,,,,,,\n");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  GError *error = NULL;
  gdouble v = 99;

  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_PLACES_PER_1000, &v, &error));
  assert_totuo_error (error, TOTUO_ERROR_UNDEFINED);
  ck_assert (strstr (error->message, "population") != NULL);
  ck_assert (strstr (error->message, "zero") != NULL);
  ck_assert_double_eq (v, 99);   /* untouched */
  g_clear_error (&error);
  ck_assert (!totuo_indicator_table_get (t, "S", TOTUO_INDICATOR_PLACES_PER_1000, &v, &error));
  ck_assert (strstr (error->message, "unknown") != NULL);
  g_clear_error (&error);
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_INCLUSIVE_SHARE, &v, &error));
  assert_totuo_error (error, TOTUO_ERROR_UNDEFINED);
  g_clear_error (&error);
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_ENROLLED, &v, &error));
  ck_assert (strstr (error->message, "enrolled") != NULL);
  g_clear_error (&error);
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_UTILIZATION, &v, NULL));
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_ENROLLMENT_RATE, &v, NULL));
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_TOWNSHIP_COVERAGE, &v, NULL));
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_HEALTH_MANAGER_RATE, &v, NULL));
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_CERTIFIED_STAFF_RATE, &v, NULL));
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_KINDERGARTEN_SHARE, &v, NULL));
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_PLACES_PER_100_UNDER3, &v, NULL));
  /* Counts are defined even when zero. */
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_PLACES), 0);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_STREET_COVERAGE), 100);
}
END_TEST

/* A field a file does not give is unknown, never a default: without a
 * status column the filing rate is undefined, not 0; 未备案 says "not
 * filed" and nothing of registration; each indicator is made over the
 * institutions that report its field (docs/indicators.md, "Unknowns"). */
START_TEST (test_unknowns)
{
  g_autoptr(TotuoDataset) bare = dataset_from_csv (REGIONS_HEADER
                                                   "D,,district,,1000,,,,\n"
                                                   "S,,street,D,,,,,\n",
                                                   "id,region,places\n"
                                                   "a,S,10\n"
                                                   "b,S,30\n");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (bare);
  g_autoptr(TotuoDataset) ds = NULL;
  g_autoptr(TotuoIndicatorTable) u = NULL;
  GError *error = NULL;
  gint64 of = 0;
  static const TotuoIndicator need_a_field[] = {
    TOTUO_INDICATOR_FILING_RATE, TOTUO_INDICATOR_REGISTRATION_RATE,
    TOTUO_INDICATOR_FILED_INSTITUTIONS, TOTUO_INDICATOR_REGISTERED_INSTITUTIONS,
    TOTUO_INDICATOR_INCLUSIVE_SHARE, TOTUO_INDICATOR_INCLUSIVE_PLACES,
    TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS, TOTUO_INDICATOR_PUBLIC_SHARE,
    TOTUO_INDICATOR_KINDERGARTENS_OFFERING, TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE,
  };

  for (guint k = 0; k < G_N_ELEMENTS (need_a_field); k++)
    {
      ck_assert_msg (!totuo_indicator_table_get (t, "D", need_a_field[k], NULL, &error),
                     "%s is defined", totuo_indicator_get_id (need_a_field[k]));
      assert_totuo_error (error, TOTUO_ERROR_UNDEFINED);
      g_clear_error (&error);
    }
  ck_assert (!totuo_indicator_table_get (t, "D", TOTUO_INDICATOR_FILING_RATE, NULL, &error));
  ck_assert_msg (strstr (error->message, "status") != NULL &&
                 strstr (error->message, "column") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_PLACES_PER_1000), 40);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_INSTITUTIONS_KIND_UNKNOWN), 2);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_PLACES_KIND_UNKNOWN), 40);
  ck_assert_int_eq (totuo_indicator_table_get_reporting_at (t, 0, TOTUO_INDICATOR_FILING_RATE,
                                                            &of), 0);
  ck_assert_int_eq (of, 2);

  /* Some institutions report, some do not. */
  ds = dataset_from_csv (REGIONS_HEADER
                         "D,,district,,1000,,,,\n"
                         "S,,street,D,,,,,\n"
                         "T,,street,D,,,,,\n",
                         INSTITUTIONS_HEADER
                         "a,,S,nursery,public,是,10,,已备案,,,,,有,,\n"
                         "b,,S,,,否,20,,未备案,,,,,,,\n"
                         "c,,S,—,不详,,30,,,,,,,,,\n"
                         "d,,S,托育中心,民营,N/A,40,,未登记,,,,,,,\n"
                         "e,,T,,,,50,,已备案,,,,,不详,,\n");
  u = totuo_indicator_table_new (ds);
  /* Filing is known for a, b, d, e: 2 of 4 filed. */
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_FILING_RATE), 50);
  ck_assert_int_eq (totuo_indicator_table_get_reporting_at (u, 0, TOTUO_INDICATOR_FILING_RATE,
                                                            &of), 4);
  ck_assert_int_eq (of, 5);
  /* Registration is known for a, d, e (b is only "not filed"): 2 of 3. */
  ck_assert_double_eq_tol (indicator_value (u, "D", TOTUO_INDICATOR_REGISTRATION_RATE),
                           200.0 / 3, 1e-9);
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_REGISTERED_INSTITUTIONS), 2);
  /* Inclusive is known for a and b: 10 of 30 places. */
  ck_assert_double_eq_tol (indicator_value (u, "D", TOTUO_INDICATOR_INCLUSIVE_SHARE),
                           100.0 / 3, 1e-9);
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS), 1);
  /* Ownership: a public, d private; 10 of 50 places. */
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_PUBLIC_SHARE), 20);
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_INSTITUTIONS_OWNERSHIP_UNKNOWN), 3);
  /* Health managers: of the filed a and e, only a reports one. */
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_HEALTH_MANAGER_RATE), 100);
  ck_assert_int_eq (totuo_indicator_table_get_reporting_at (u, 0,
                                                            TOTUO_INDICATOR_HEALTH_MANAGER_RATE,
                                                            &of), 1);
  ck_assert_int_eq (of, 2);
  /* Kinds: a and d are nurseries; b, c, e not known. */
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_INSTITUTIONS_NURSERY), 2);
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_INSTITUTIONS_KIND_UNKNOWN), 3);
  ck_assert_double_eq (indicator_value (u, "D", TOTUO_INDICATOR_PLACES_KIND_UNKNOWN), 100);
  /* S has an inclusive institution; T's only one does not say. */
  ck_assert (!totuo_indicator_table_get (u, "D", TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE,
                                         NULL, &error));
  ck_assert_msg (strstr (error->message, "1 street") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert_double_eq (indicator_value (u, "S", TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE), 100);
}
END_TEST

/* National figures: a nation above the provinces rolls them up. */
START_TEST (test_national_level)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER
                                                 "CN,中国,全国,,,,,,\n"
                                                 "P1,甲省,省,CN,1000,,,,\n"
                                                 "P2,乙省,province,CN,3000,,,,\n",
                                                 INSTITUTIONS_HEADER
                                                 "a,,P1,nursery,public,true,10,,filed,,,,,,,\n"
                                                 "b,,P2,nursery,public,true,6,,filed,,,,,,,\n");
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  g_autoptr(TotuoRegion) cn = totuo_dataset_lookup_region (ds, "CN");
  g_autoptr(TotuoDataset) upside_down = totuo_dataset_new ();
  GError *error = NULL;

  ck_assert_int_eq (totuo_region_get_level (cn), TOTUO_REGION_LEVEL_NATION);
  ck_assert_str_eq (totuo_region_level_to_chinese (TOTUO_REGION_LEVEL_NATION), "全国");
  ck_assert_double_eq (indicator_value (t, "CN", TOTUO_INDICATOR_POPULATION), 4000);
  ck_assert_double_eq (indicator_value (t, "CN", TOTUO_INDICATOR_PLACES_PER_1000), 4);
  /* Nothing stands above the nation. */
  ck_assert (!totuo_dataset_load_regions_csv_data (upside_down, REGIONS_HEADER
                                                   "P,,province,,,,,,\nCN,,nation,P,,,,,\n",
                                                   -1, "r.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_LEVEL);
  g_clear_error (&error);
}
END_TEST

START_TEST (test_rows_not_found_and_stale)
{
  g_autoptr(TotuoDataset) ds = two_districts ();
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  GError *error = NULL;
  gdouble v;

  ck_assert_int_eq (totuo_indicator_table_get_n_rows (t), 8);
  ck_assert_str_eq (totuo_indicator_table_get_row_code (t, 0), "C");
  ck_assert (totuo_indicator_table_get_at (t, 1, TOTUO_INDICATOR_PLACES, &v, NULL));
  ck_assert_double_eq (v, 45);
  ck_assert (!totuo_indicator_table_get (t, "nope", TOTUO_INDICATOR_PLACES, &v, &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ck_assert_ptr_eq (totuo_indicator_table_ref (t), t);
  totuo_indicator_table_unref (t);

  ck_assert (totuo_dataset_remove_institution (ds, "a", NULL));
  ck_assert (!totuo_indicator_table_get (t, "C", TOTUO_INDICATOR_PLACES, &v, &error));
  assert_totuo_error (error, TOTUO_ERROR_STALE);
  g_clear_error (&error);
  /* Rows stay readable, with the values of when they were computed. */
  ck_assert (totuo_indicator_table_get_at (t, 0, TOTUO_INDICATOR_PLACES, &v, NULL));
  ck_assert_double_eq (v, 60);
}
END_TEST

START_TEST (test_empty_dataset)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  ck_assert_int_eq (totuo_indicator_table_get_n_rows (t), 0);
}
END_TEST

START_TEST (test_sums_past_32_bits)
{
  /* The roll-up adds a region's institutions in 16 bits and moves them
   * into 64 bits before they would overflow, or adds an institution too
   * big for 16 bits straight into 64: five institutions at the largest
   * count, and every sum that counts them, must come out exact. */
  GString *insts = g_string_new (INSTITUTIONS_HEADER);
  g_autoptr(TotuoDataset) ds = NULL;
  g_autoptr(TotuoIndicatorTable) t = NULL;
  const gdouble five = 5.0 * G_MAXINT32;

  for (guint k = 0; k < 5; k++)
    g_string_append_printf (insts, "g%u,,A1,nursery,public,true,%d,%d,filed,,,%d,%d,true,,\n",
                            k, G_MAXINT32, G_MAXINT32, G_MAXINT32, G_MAXINT32);
  g_string_append (insts, "s,,A1,family,private,false,10,4,registered,,,3,1,,,\n");
  /* In A2 the staff pass 2^32 while the places stay small. */
  for (guint k = 0; k < 5; k++)
    g_string_append_printf (insts, "h%u,,A2,nursery,public,true,1,,filed,,,%d,%d,,,\n",
                            k, G_MAXINT32, k < 4 ? G_MAXINT32 : 0);
  ds = dataset_from_csv (REGIONS_HEADER "A,,district,,,,,,\nA1,,street,A,,,,,\n"
                         "A2,,street,A,,,,,\n", insts->str);
  t = totuo_indicator_table_new (ds);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_INSTITUTIONS), 6);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_PLACES), five + 10);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_ENROLLED), five + 4);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_INCLUSIVE_PLACES), five);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_PLACES_NURSERY), five);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_PLACES_FAMILY), 10);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_PLACES_PUBLIC), five);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_INSTITUTIONS_NURSERY), 5);
  ck_assert_double_eq_tol (indicator_value (t, "A1", TOTUO_INDICATOR_CERTIFIED_STAFF_RATE),
                           100.0 * (five + 1) / (five + 3), 1e-9);
  ck_assert_double_eq (indicator_value (t, "A2", TOTUO_INDICATOR_PLACES), 5);
  ck_assert_double_eq (indicator_value (t, "A2", TOTUO_INDICATOR_CERTIFIED_STAFF_RATE), 80);
  ck_assert_double_eq (indicator_value (t, "A", TOTUO_INDICATOR_INSTITUTIONS), 11);
  ck_assert_double_eq (indicator_value (t, "A", TOTUO_INDICATOR_PLACES), five + 15);
  ck_assert_double_eq (indicator_value (t, "A", TOTUO_INDICATOR_INCLUSIVE_PLACES), five + 5);
  g_string_free (insts, TRUE);
}
END_TEST

/* A load of regions builds the tree the roll-ups use, and a load of
 * institutions keeps it (lib/dataset.c). Every change to the regions
 * after that must be seen: a region added, a failed load rolled back, a
 * region removed. */
START_TEST (test_tree_follows_region_changes)
{
  g_autoptr(TotuoDataset) ds =
    dataset_from_csv (REGIONS_HEADER "D,,district,,,,,,\nS1,,street,D,,,,,\n",
                      INSTITUTIONS_HEADER "a,,S1,,,,10,,,,,,,,,\n");
  g_autoptr(TotuoRegion) s2 = totuo_region_new ("S2", NULL, TOTUO_REGION_LEVEL_STREET);
  g_autoptr(TotuoInstitution) b = totuo_institution_new ("b", NULL, "S2");
  TotuoIndicatorTable *t = totuo_indicator_table_new (ds);
  GError *error = NULL;

  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_PLACES), 10);
  totuo_indicator_table_unref (t);

  /* A street added after the tree was built, and an institution in it. */
  totuo_region_set_parent_code (s2, "D");
  ck_assert (totuo_dataset_add_region (ds, s2, &error));
  t = totuo_indicator_table_new (ds);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_STREET_COVERAGE), 50);
  totuo_indicator_table_unref (t);
  totuo_institution_set_places (b, 5);
  ck_assert (totuo_dataset_add_institution (ds, b, &error));
  t = totuo_indicator_table_new (ds);
  ck_assert_double_eq (indicator_value (t, "S2", TOTUO_INDICATOR_PLACES), 5);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_PLACES), 15);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_STREET_COVERAGE), 100);
  totuo_indicator_table_unref (t);

  /* A load that fails halfway leaves the regions, and the tree, as they were. */
  ck_assert (!totuo_dataset_load_regions_csv_data (ds, REGIONS_HEADER "S3,,street,D,,,,,\n"
                                                   "S4,,street,nope,,,,,\n", -1, "r.csv",
                                                   &error));
  g_clear_error (&error);
  t = totuo_indicator_table_new (ds);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_PLACES), 15);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_STREET_COVERAGE), 100);
  totuo_indicator_table_unref (t);

  /* A street removed, once its institution is. */
  ck_assert (totuo_dataset_remove_institution (ds, "b", &error));
  ck_assert (totuo_dataset_remove_region (ds, "S2", &error));
  t = totuo_indicator_table_new (ds);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_PLACES), 10);
  ck_assert_double_eq (indicator_value (t, "D", TOTUO_INDICATOR_STREET_COVERAGE), 100);
  totuo_indicator_table_unref (t);
}
END_TEST

/* More institutions in one region than 16 bits count, none with places:
 * the count alone must move the tallies into 64 bits (lib/indicator-table.c). */
START_TEST (test_counts_past_16_bits)
{
  const guint n = 70000;
  GString *insts = g_string_new (INSTITUTIONS_HEADER);
  g_autoptr(TotuoDataset) ds = NULL;
  g_autoptr(TotuoIndicatorTable) t = NULL;

  for (guint k = 0; k < n; k++)
    g_string_append_printf (insts, "i%u,,A1,family,private,true,0,0,filed,,,,,true,,\n", k);
  ds = dataset_from_csv (REGIONS_HEADER "A,,district,,,,,,\nA1,,street,A,,,,,\n", insts->str);
  t = totuo_indicator_table_new (ds);
  ck_assert_double_eq (indicator_value (t, "A1", TOTUO_INDICATOR_INSTITUTIONS), n);
  ck_assert_double_eq (indicator_value (t, "A", TOTUO_INDICATOR_INSTITUTIONS), n);
  ck_assert_double_eq (indicator_value (t, "A", TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS), n);
  ck_assert_double_eq (indicator_value (t, "A", TOTUO_INDICATOR_FILED_INSTITUTIONS), n);
  ck_assert_double_eq (indicator_value (t, "A", TOTUO_INDICATOR_INSTITUTIONS_FAMILY), n);
  ck_assert_double_eq (indicator_value (t, "A", TOTUO_INDICATOR_PLACES), 0);
  g_string_free (insts, TRUE);
}
END_TEST

START_TEST (test_large_dataset_two_threads)
{
  /* Above 200,000 institutions the roll-up splits the work between two
   * threads: the sums must be those of one. */
  GString *regions = g_string_new (REGIONS_HEADER "C,,city,,,,,,\n");
  GString *insts = g_string_new (INSTITUTIONS_HEADER);
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoIndicatorTable) t = NULL;
  gint64 places = 0, inclusive = 0;
  guint in_district[100] = { 0 };

  for (guint k = 0; k < 100; k++)
    g_string_append_printf (regions, "D%u,,district,C,%u,,,,\n", k, 1000 + k);
  for (guint k = 0; k < 250000; k++)
    {
      /* Every 50,000th row, and the last, is a giant in D99: three in each
       * thread's half, whose places pass 2^32 together. */
      gboolean giant = k % 50000 == 0 || k == 249999;
      guint p = giant ? G_MAXINT32 : k % 37, d = giant ? 99 : (k * 7) % 99;
      in_district[d]++;
      g_string_append_printf (insts, "i%u,,D%u,%s,public,%s,%u,,none,,,,,,,\n", k, d,
                              k % 2 ? "nursery" : "family", k % 3 ? "true" : "false", p);
      places += p;
      inclusive += k % 3 ? p : 0;
    }
  ck_assert (totuo_dataset_load_regions_csv_data (ds, regions->str, -1, NULL, NULL));
  ck_assert (totuo_dataset_load_institutions_csv_data (ds, insts->str, -1, NULL, NULL));
  t = totuo_indicator_table_new (ds);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_INSTITUTIONS), 250000);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_PLACES), (gdouble) places);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_INCLUSIVE_PLACES),
                       (gdouble) inclusive);
  ck_assert_double_eq (indicator_value (t, "C", TOTUO_INDICATOR_INSTITUTIONS_NURSERY), 125000);
  ck_assert_double_eq (indicator_value (t, "D7", TOTUO_INDICATOR_INSTITUTIONS), in_district[7]);
  ck_assert_double_eq (indicator_value (t, "D98", TOTUO_INDICATOR_INSTITUTIONS), in_district[98]);
  ck_assert_double_eq (indicator_value (t, "D99", TOTUO_INDICATOR_INSTITUTIONS), 6);
  ck_assert_double_eq (indicator_value (t, "D99", TOTUO_INDICATOR_PLACES), 6.0 * G_MAXINT32);
  g_string_free (regions, TRUE);
  g_string_free (insts, TRUE);
}
END_TEST

/* Figures that load but cannot be right are warned about, one per rule. */
START_TEST (test_plausibility_warnings)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (
      REGIONS_HEADER "D,区,district,,100000,2000,1,,\nS1,甲街道,street,D,62445,99999999,,,\n"
                     "S2,乙街道,street,D,,,,,\nS3,丙街道,street,D,1000,30,,,\n",
      INSTITUTIONS_HEADER "a,,S2,nursery,public,true,10,5,none,,,,,,,\n"
                          "b,,S1,kindergarten,public,true,4000,3000,none,,,,,,,\n"
                          "c,,S1,kindergarten,public,true,1,,none,,,,,,,\n"
                          "d,,S3,nursery,public,true,4,1,none,,,,,,,\n");
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (ds);
  g_auto(GStrv) warnings = NULL;
  gsize n = 0;

  warnings = totuo_indicator_table_get_warnings (table, &n);
  ck_assert_uint_eq (n, 5);
  ck_assert_str_eq (warnings[0], "region \"D\" (区): an enrollment rate of 150.3%, above 100%: "
                                 "more children enrolled than live there");
  ck_assert_ptr_nonnull (strstr (warnings[1], "region \"D\" (区): 200.0% of kindergartens"));
  ck_assert_ptr_nonnull (strstr (warnings[2], "99999999 children under three in 62445 residents"));
  ck_assert_ptr_nonnull (strstr (warnings[3], "64.1 places per 1,000 residents, above 50"));
  ck_assert_str_eq (warnings[4], "region \"S2\" (乙街道) has institutions but no population: "
                                 "its places per 1,000 are undefined");
  g_strfreev (g_steal_pointer (&warnings));
  /* Kaizhou's streets have no population of their own: told once. */
  {
    g_autoptr(TotuoDataset) kz = example_dataset ("kaizhou");
    g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (kz);
    warnings = totuo_indicator_table_get_warnings (t, &n);
    ck_assert_uint_eq (n, 1);
    ck_assert_ptr_nonnull (strstr (warnings[0], "streets, townships or communities have "
                                                "institutions but no population"));
  }
}
END_TEST

static Suite *
indicators_suite (void)
{
  Suite *s = suite_create ("indicators");
  TCase *tc = tcase_create ("indicators");

  tcase_add_test (tc, test_registry);
  tcase_add_test (tc, test_roll_up_sums_first);
  tcase_add_test (tc, test_coverage);
  tcase_add_test (tc, test_breakdowns_add_up);
  tcase_add_test (tc, test_population_rule);
  tcase_add_test (tc, test_undefined);
  tcase_add_test (tc, test_rows_not_found_and_stale);
  tcase_add_test (tc, test_empty_dataset);
  tcase_add_test (tc, test_sums_past_32_bits);
  tcase_add_test (tc, test_counts_past_16_bits);
  tcase_add_test (tc, test_large_dataset_two_threads);
  tcase_add_test (tc, test_tree_follows_region_changes);
  tcase_add_test (tc, test_plausibility_warnings);
  tcase_add_test (tc, test_unknowns);
  tcase_add_test (tc, test_national_level);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (indicators_suite)
