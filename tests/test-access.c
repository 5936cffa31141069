/* Spatial access: datums on known points, distances, the floating
 * catchments against a brute force over every pair, the catchment's edge,
 * conservation, deserts, the roll-up, the demand loader's errors, and the
 * measures as observations a plan can track. */
#include <math.h>
#include <string.h>

#include "test-util.h"

/* ---- datums and distance ---------------------------------------------------------- */

START_TEST (test_datums_on_known_points)
{
  /* WGS84 -> GCJ-02, as published with the open ports of the formula. */
  static const gdouble known[][4] = {
    { 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215 },    /* Shanghai */
    { 22.543847, 113.912316, 22.540796131694766, 113.9171764808363 },    /* Shenzhen */
    { 39.911954, 116.377817, 39.91334545536069, 116.38404722455657 },   /* Beijing */
    { 39.915, 116.404, 39.91640428150164, 116.41024449916938 },
  };
  gdouble lat, lon, back_lat, back_lon;
  TotuoDatum d;

  for (guint k = 0; k < G_N_ELEMENTS (known); k++)
    {
      ck_assert (totuo_datum_from_wgs84 (TOTUO_DATUM_GCJ02, known[k][0], known[k][1], &lat, &lon));
      ck_assert_double_eq_tol (lat, known[k][2], 1e-9);
      ck_assert_double_eq_tol (lon, known[k][3], 1e-9);
      /* The inverse comes back to well under a millimetre. */
      ck_assert (totuo_datum_to_wgs84 (TOTUO_DATUM_GCJ02, lat, lon, &back_lat, &back_lon));
      ck_assert_double_lt (totuo_distance_m (back_lat, back_lon, known[k][0], known[k][1]), 1e-3);
      /* The offset is hundreds of metres: a 5-minute circle. */
      ck_assert_double_gt (totuo_distance_m (lat, lon, known[k][0], known[k][1]), 100);
    }
  /* GCJ-02 -> BD-09 and back, on Baidu's published example. */
  {
    gdouble blat = 0, blon = 0, g_lat, g_lon, w_lat, w_lon;
    ck_assert (totuo_datum_to_wgs84 (TOTUO_DATUM_GCJ02, 39.915, 116.404, &w_lat, &w_lon));
    ck_assert (totuo_datum_from_wgs84 (TOTUO_DATUM_BD09, w_lat, w_lon, &blat, &blon));
    ck_assert_double_eq_tol (blat, 39.92133699351021, 1e-6);
    ck_assert_double_eq_tol (blon, 116.41036949371029, 1e-6);
    /* BD-09 -> GCJ-02 on the same published example. */
    ck_assert (totuo_datum_to_wgs84 (TOTUO_DATUM_BD09, 39.915, 116.404, &w_lat, &w_lon));
    ck_assert (totuo_datum_from_wgs84 (TOTUO_DATUM_GCJ02, w_lat, w_lon, &g_lat, &g_lon));
    ck_assert_double_eq_tol (g_lat, 39.90865673957631, 1e-8);
    ck_assert_double_eq_tol (g_lon, 116.39762729119315, 1e-8);
  }
  /* Outside China GCJ-02 is WGS84. */
  ck_assert (totuo_datum_from_wgs84 (TOTUO_DATUM_GCJ02, 48.8566, 2.3522, &lat, &lon));
  ck_assert_double_eq (lat, 48.8566);
  ck_assert_double_eq (lon, 2.3522);
  ck_assert (!totuo_datum_to_wgs84 (TOTUO_DATUM_GCJ02, 91, 0, &lat, &lon));
  ck_assert (!totuo_datum_to_wgs84 (TOTUO_DATUM_BD09, NAN, 0, &lat, &lon));
  ck_assert (totuo_datum_from_string ("高德", &d) && d == TOTUO_DATUM_GCJ02);
  ck_assert (totuo_datum_from_string ("BD-09", &d) && d == TOTUO_DATUM_BD09);
  ck_assert (totuo_datum_from_string ("EPSG:4326", &d) && d == TOTUO_DATUM_WGS84);
  ck_assert (!totuo_datum_from_string ("utm50n", &d));
  ck_assert_str_eq (totuo_datum_to_string (TOTUO_DATUM_GCJ02), "gcj02");
}
END_TEST

START_TEST (test_distance)
{
  /* One degree of a meridian is pi R / 180. */
  ck_assert_double_eq_tol (totuo_distance_m (30, 114, 31, 114), M_PI * TOTUO_EARTH_RADIUS_M / 180, 1e-6);
  ck_assert_double_eq (totuo_distance_m (30, 114, 30, 114), 0);
  /* Beijing to Shanghai, about 1,068 km. */
  ck_assert_double_eq_tol (totuo_distance_m (39.9042, 116.4074, 31.2304, 121.4737), 1067.3e3, 2e3);
  ck_assert_double_eq (totuo_living_circle_m (5), 300);
  ck_assert_double_eq (totuo_living_circle_m (10), 500);
  ck_assert_double_eq (totuo_living_circle_m (15), 1000);
  ck_assert (isnan (totuo_living_circle_m (7)));
}
END_TEST

/* ---- a synthetic city ------------------------------------------------------------------ */

/* A district of @n_streets streets, @per_street demand points each and
 * @n_insts institutions, all in a box of about 20 km, from @seed. */
static TotuoDataset *
city (guint        seed,
      guint        n_streets,
      guint        n_insts,
      TotuoDemand **out_demand,
      guint        per_street)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *regions = g_string_new ("code,name,level,parent,population,under3,lat,lon\n1,城区,district,,,,,\n");
  GString *insts = g_string_new ("id,name,region,kind,ownership,inclusive,status,places,lat,lon\n");
  GString *demand = g_string_new ("id,region,lat,lon,under3,residents\n");
  static const gchar *const kinds[] = { "nursery", "kindergarten", "community", "family" };
  TotuoDataset *ds = totuo_dataset_new ();
  GError *error = NULL;

  for (guint s = 0; s < n_streets; s++)
    g_string_append_printf (regions, "1%03u,街道%u,street,1,,,,\n", s, s);
  for (guint j = 0; j < n_insts; j++)
    g_string_append_printf (insts, "I%u,机构%u,1%03u,%s,%s,%s,%s,%d,%.6f,%.6f\n", j, j,
                            g_rand_int_range (rand, 0, (gint) n_streets),
                            kinds[g_rand_int_range (rand, 0, 4)],
                            g_rand_boolean (rand) ? "public" : "private",
                            g_rand_boolean (rand) ? "true" : "false",
                            g_rand_boolean (rand) ? "filed" : "registered",
                            g_rand_int_range (rand, 5, 120),
                            30.5 + g_rand_double_range (rand, -0.09, 0.09),
                            114.3 + g_rand_double_range (rand, -0.1, 0.1));
  for (guint s = 0; s < n_streets; s++)
    for (guint k = 0; k < per_street; k++)
      g_string_append_printf (demand, "D%u-%u,1%03u,%.6f,%.6f,%d,%d\n", s, k, s,
                              30.5 + g_rand_double_range (rand, -0.1, 0.1),
                              114.3 + g_rand_double_range (rand, -0.11, 0.11),
                              g_rand_int_range (rand, 0, 300), g_rand_int_range (rand, 500, 9000));
  ck_assert_msg (totuo_dataset_load_regions_csv_data (ds, regions->str, -1, "r.csv", &error), "%s",
                 error ? error->message : "");
  ck_assert_msg (totuo_dataset_load_institutions_csv_data (ds, insts->str, -1, "i.csv", &error),
                 "%s", error ? error->message : "");
  *out_demand = totuo_demand_load_csv_data (ds, demand->str, -1, "d.csv", TOTUO_DATUM_WGS84, &error);
  ck_assert_msg (*out_demand != NULL, "%s", error ? error->message : "");
  g_string_free (regions, TRUE);
  g_string_free (insts, TRUE);
  g_string_free (demand, TRUE);
  return ds;
}

/* The weight of a pair at @d metres, as docs/access.md defines it. */
static gdouble
brute_weight (TotuoAccessMethod method,
              gdouble           d,
              gdouble           d0)
{
  if (d > d0)
    return -1;   /* out */
  if (method == TOTUO_ACCESS_E2SFCA)
    return d <= d0 / 3 ? 1.0 : d <= 2 * d0 / 3 ? 0.68 : 0.22;
  if (method == TOTUO_ACCESS_GAUSSIAN)
    return (exp (-0.5 * (d / d0) * (d / d0)) - exp (-0.5)) / (1 - exp (-0.5));
  return 1.0;
}

/* Every pair, with haversine distances: what the k-d tree must agree with. */
static void
check_against_brute_force (TotuoDataset      *ds,
                           TotuoDemand       *demand,
                           TotuoAccessMethod  method,
                           gdouble            d0)
{
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  gsize n = totuo_demand_get_n_points (demand), m = totuo_dataset_get_n_institutions (ds);
  g_autofree gdouble *ilat = g_new (gdouble, m), *ilon = g_new (gdouble, m), *places = g_new (gdouble, m);
  g_autofree gdouble *dsum = g_new0 (gdouble, m);
  guint64 pairs = 0;
  GError *error = NULL;

  totuo_access_options_set_method (o, method);
  ck_assert (totuo_access_options_set_radius (o, d0, NULL));
  a = totuo_access_compute (demand, o, &error);
  ck_assert_msg (a != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (totuo_access_get_n_providers (a), m);
  for (gsize j = 0; j < m; j++)
    {
      g_autoptr(TotuoInstitution) inst = totuo_dataset_get_institution (ds, j);
      totuo_institution_get_location (inst, &ilat[j], &ilon[j]);
      places[j] = totuo_institution_get_places (inst);
    }
  for (gsize j = 0; j < m; j++)
    for (gsize i = 0; i < n; i++)
      {
        gdouble lat, lon, w;
        totuo_demand_get_location (demand, i, &lat, &lon);
        w = brute_weight (method, totuo_distance_m (lat, lon, ilat[j], ilon[j]), d0);
        if (w >= 0)
          dsum[j] += w * (gdouble) totuo_demand_get_children (demand, i);
      }
  for (gsize i = 0; i < n; i++)
    {
      gdouble lat, lon, score = 0, reach = 0, nearest = G_MAXDOUBLE;
      guint count = 0;
      TotuoAccessPoint p;

      totuo_demand_get_location (demand, i, &lat, &lon);
      for (gsize j = 0; j < m; j++)
        {
          gdouble d = totuo_distance_m (lat, lon, ilat[j], ilon[j]);
          gdouble w = brute_weight (method, d, d0);
          nearest = MIN (nearest, d);
          if (w < 0)
            continue;
          count++;
          reach += places[j];
          if (dsum[j] > 0)
            score += w * places[j] / dsum[j];
        }
      pairs += count;
      totuo_access_get_point (a, i, &p);
      ck_assert_uint_eq (p.n_providers, count);
      ck_assert_double_eq_tol (p.places, reach, 1e-9);
      ck_assert_double_eq_tol (p.score, score, 1e-9 * MAX (1, score));
      ck_assert_double_eq_tol (p.nearest_m, nearest, 1e-6);
      ck_assert (p.covered == (count > 0));
    }
  ck_assert_uint_eq (totuo_access_get_n_pairs (a), pairs);
}

START_TEST (test_methods_match_brute_force)
{
  g_autoptr(TotuoDemand) demand = NULL;
  g_autoptr(TotuoDataset) ds = city (7, 12, 400, &demand, 40);

  check_against_brute_force (ds, demand, TOTUO_ACCESS_2SFCA, 1500);
  check_against_brute_force (ds, demand, TOTUO_ACCESS_E2SFCA, 2000);
  check_against_brute_force (ds, demand, TOTUO_ACCESS_GAUSSIAN, 2500);
  check_against_brute_force (ds, demand, TOTUO_ACCESS_2SFCA, 300);
}
END_TEST

START_TEST (test_across_the_antimeridian)
{
  /* Points on both sides of 180 degrees: the grid does not suit, the k-d
   * tree serves, and a pair 2 km apart across the line is within reach. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  GString *insts = g_string_new ("id,name,region,places,lat,lon\n");
  GString *points = g_string_new ("id,region,lat,lon,under3\n");
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoDemand) demand = NULL;
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  TotuoAccessPoint p;

  ck_assert (totuo_dataset_load_regions_csv_data (ds, "code,name,level,parent\n1,Fiji,district,\n", -1,
                                                  "r", NULL));
  for (guint k = 0; k < 150; k++)
    g_string_append_printf (insts, "I%u,x,1,%d,%.6f,%.6f\n", k, g_rand_int_range (rand, 5, 60),
                            -17 + g_rand_double_range (rand, -0.05, 0.05),
                            fmod (180.0 + g_rand_double_range (rand, -0.06, 0.06) + 540.0, 360.0) - 180.0);
  for (guint k = 0; k < 200; k++)
    g_string_append_printf (points, "D%u,1,%.6f,%.6f,%d\n", k, -17 + g_rand_double_range (rand, -0.05, 0.05),
                            fmod (180.0 + g_rand_double_range (rand, -0.06, 0.06) + 540.0, 360.0) - 180.0,
                            g_rand_int_range (rand, 1, 100));
  ck_assert (totuo_dataset_load_institutions_csv_data (ds, insts->str, -1, "i", NULL));
  demand = totuo_demand_load_csv_data (ds, points->str, -1, "d", TOTUO_DATUM_WGS84, NULL);
  ck_assert_ptr_nonnull (demand);
  check_against_brute_force (ds, demand, TOTUO_ACCESS_2SFCA, 2000);
  check_against_brute_force (ds, demand, TOTUO_ACCESS_GAUSSIAN, 3000);
  g_string_free (insts, TRUE);
  g_string_free (points, TRUE);

  /* One point each side of the line, 0.02 degrees apart: about 2.1 km. */
  {
    g_autoptr(TotuoDataset) two = totuo_dataset_new ();
    g_autoptr(TotuoDemand) d2 = NULL;
    ck_assert (totuo_dataset_load_regions_csv_data (two, "code,name,level,parent\n1,x,district,\n",
                                                    -1, "r", NULL));
    ck_assert (totuo_dataset_load_institutions_csv_data (two, "id,name,region,places,lat,lon\n"
                                                         "E,e,1,10,-17,179.99\n", -1, "i", NULL));
    d2 = totuo_demand_load_csv_data (two, "id,region,lat,lon,under3\nW,1,-17,-179.99,5\n", -1, "d",
                                     TOTUO_DATUM_WGS84, NULL);
    ck_assert (totuo_access_options_set_radius (o, 2500, NULL));
    a = totuo_access_compute (d2, o, NULL);
    totuo_access_get_point (a, 0, &p);
    ck_assert (p.covered);
    ck_assert_double_eq_tol (p.nearest_m, totuo_distance_m (-17, -179.99, -17, 179.99), 1e-6);
  }
}
END_TEST

START_TEST (test_large_input_on_two_threads)
{
  /* 24,000 points and 2,000 institutions: the steps split over threads. */
  g_autoptr(TotuoDemand) demand = NULL;
  g_autoptr(TotuoDataset) ds = city (11, 40, 2000, &demand, 600);
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  gdouble weighted = 0, reached = 0;

  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 2000);
  ck_assert (totuo_access_options_set_radius (o, 1000, NULL));
  a = totuo_access_compute (demand, o, NULL);
  ck_assert_ptr_nonnull (a);
  totuo_access_get_totals (a, &weighted, &reached);
  ck_assert_double_eq_tol (weighted, reached, 1e-8 * reached);
  ck_assert_uint_gt (totuo_access_get_n_pairs (a), 100000);
}
END_TEST

START_TEST (test_conservation)
{
  /* Every institution reachable and one weight in both steps: Σ P A = Σ S. */
  g_autoptr(TotuoDemand) demand = NULL;
  g_autoptr(TotuoDataset) ds = city (3, 5, 60, &demand, 30);
  TotuoAccessMethod methods[] = { TOTUO_ACCESS_2SFCA, TOTUO_ACCESS_E2SFCA, TOTUO_ACCESS_GAUSSIAN };
  gdouble total = 0;

  for (gsize j = 0; j < totuo_dataset_get_n_institutions (ds); j++)
    {
      g_autoptr(TotuoInstitution) inst = totuo_dataset_get_institution (ds, j);
      total += totuo_institution_get_places (inst);
    }
  for (guint k = 0; k < G_N_ELEMENTS (methods); k++)
    {
      g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
      g_autoptr(TotuoAccess) a = NULL;
      gdouble weighted = 0, reached = 0;
      totuo_access_options_set_method (o, methods[k]);
      ck_assert (totuo_access_options_set_radius (o, 60000, NULL));
      a = totuo_access_compute (demand, o, NULL);
      totuo_access_get_totals (a, &weighted, &reached);
      ck_assert_double_eq_tol (reached, total, 1e-9);
      ck_assert_double_eq_tol (weighted, total, 1e-9 * total);
    }
}
END_TEST

/* A dataset of one street, points and institutions placed by hand. */
static TotuoDataset *
street (const gchar *institutions)
{
  TotuoDataset *ds = totuo_dataset_new ();
  ck_assert (totuo_dataset_load_regions_csv_data (ds, "code,name,level,parent,under3,lat,lon\n"
                                                  "1,区,district,,,,\n11,街道,street,1,300,30.5,114.3\n"
                                                  "12,乡,township,1,40,30.6,114.3\n", -1, "r", NULL));
  ck_assert (totuo_dataset_load_institutions_csv_data (ds, institutions, -1, "i", NULL));
  return ds;
}

START_TEST (test_edge_and_zero_distance)
{
  /* 0.0027 degrees of latitude is 300.2 m; 0.0026 is 289.1 m. */
  g_autoptr(TotuoDataset) ds = street ("id,name,region,places,lat,lon\n"
                                       "A,a,11,10,30.5,114.3\nB,b,11,20,30.5027,114.3\n"
                                       "C,c,11,40,30.5026,114.3\n");
  g_autoptr(TotuoDemand) d = totuo_demand_load_csv_data (ds, "id,region,lat,lon,under3\n"
                                                         "p,11,30.5,114.3,30\n", -1, "d",
                                                         TOTUO_DATUM_WGS84, NULL);
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  gdouble edge = totuo_distance_m (30.5, 114.3, 30.5026, 114.3);
  TotuoAccessPoint p;

  a = totuo_access_compute (d, o, NULL);       /* 300 m */
  totuo_access_get_point (a, 0, &p);
  ck_assert_uint_eq (p.n_providers, 2);        /* A at 0 m counts; C in; B out */
  ck_assert_double_eq (p.places, 50);
  ck_assert_double_eq (p.nearest_m, 0);
  ck_assert_double_eq_tol (p.score, 50.0 / 30, 1e-12);
  g_clear_pointer (&a, totuo_access_unref);
  /* The edge itself: in by default, out when strict. */
  ck_assert (totuo_access_options_set_radius (o, edge, NULL));
  a = totuo_access_compute (d, o, NULL);
  totuo_access_get_point (a, 0, &p);
  ck_assert_uint_eq (p.n_providers, 2);
  g_clear_pointer (&a, totuo_access_unref);
  totuo_access_options_set_strict_edge (o, TRUE);
  a = totuo_access_compute (d, o, NULL);
  totuo_access_get_point (a, 0, &p);
  ck_assert_uint_eq (p.n_providers, 1);
  ck_assert_double_eq (p.places, 10);
}
END_TEST

START_TEST (test_deserts_filters_and_roll_up)
{
  g_autoptr(TotuoDataset) ds = street ("id,name,region,places,inclusive,status,kind,lat,lon\n"
                                       "A,a,11,10,true,filed,nursery,30.5,114.3\n"
                                       "B,b,11,100,false,filed,kindergarten,30.5005,114.3\n"
                                       "U,u,11,500,true,filed,nursery,,\n");
  g_autoptr(TotuoDemand) d = totuo_demand_load_csv_data (ds, "id,region,lat,lon,under3,residents\n"
                                                         "near,11,30.5,114.3,120,4000\n"
                                                         "far,11,30.55,114.3,200,6000\n"
                                                         "small,12,30.6,114.3,40,900\n", -1, "d",
                                                         TOTUO_DATUM_WGS84, NULL);
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_auto(GStrv) warnings = NULL;
  TotuoAccessRegion r;
  TotuoAccessPoint p;
  GError *error = NULL;
  gdouble v = 0;

  totuo_access_options_set_supply (o, TOTUO_SUPPLY_INCLUSIVE, 0, 0);
  a = totuo_access_compute (d, o, &error);
  ck_assert_msg (a != NULL, "%s", error ? error->message : "");
  /* U has no location: left out, and said. */
  warnings = totuo_access_get_warnings (a, NULL);
  ck_assert_ptr_nonnull (warnings[0]);
  ck_assert_ptr_nonnull (strstr (warnings[0], "1 of the 2 qualifying institutions have no location"));
  ck_assert_ptr_nonnull (strstr (warnings[0], "500 places"));
  ck_assert_uint_eq (totuo_access_get_n_providers (a), 1);
  /* "near": 10 inclusive places for 120 children, 12 children a place: a desert. */
  totuo_access_get_point (a, 0, &p);
  ck_assert_double_eq_tol (p.score, 10.0 / 120, 1e-12);
  ck_assert (p.covered && p.desert);
  /* "far": nothing within 300 m, 200 children: a desert. */
  totuo_access_get_point (a, 1, &p);
  ck_assert (!p.covered && p.desert && p.score == 0);
  ck_assert_double_eq_tol (p.nearest_m, totuo_distance_m (30.55, 114.3, 30.5, 114.3), 1e-6);
  /* "small": 40 children, not above 50: no desert, however far. */
  totuo_access_get_point (a, 2, &p);
  ck_assert (!p.covered && !p.desert);
  /* The street: 120 of 320 children covered, all 320 in deserts. */
  ck_assert (totuo_access_get_region (a, "11", &r, NULL));
  ck_assert_uint_eq (r.n_points, 2);
  ck_assert_double_eq (r.children, 320);
  ck_assert_double_eq_tol (r.covered_share, 120.0 / 320 * 100, 1e-12);
  ck_assert_double_eq (r.desert_children, 320);
  ck_assert_double_eq_tol (r.mean_score, 120 * (10.0 / 120) / 320, 1e-12);
  ck_assert_double_eq_tol (r.nearest_median_m, totuo_distance_m (30.55, 114.3, 30.5, 114.3), 1e-6);
  /* The district: every point, through the tree. */
  ck_assert (totuo_access_get_region (a, "1", &r, NULL));
  ck_assert_uint_eq (r.n_points, 3);
  ck_assert_double_eq (r.children, 360);
  ck_assert (totuo_access_get_measure (a, "1", TOTUO_ACCESS_MEASURE_DESERT_SHARE, &v, NULL));
  ck_assert_double_eq_tol (v, 320.0 / 360 * 100, 1e-12);
  ck_assert (!totuo_access_get_region (a, "nowhere", &r, &error));
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* As observations, for a plan's target on access. */
  ck_assert (totuo_access_add_observations (a, obs, 2024, TOTUO_ACCESS_MEASURE_COVERED_SHARE,
                                            "inclusive_within_300m", NULL));
  ck_assert (totuo_observations_lookup (obs, "inclusive_within_300m", "11", 2024, &v));
  ck_assert_double_eq_tol (v, 37.5, 1e-12);
  ck_assert (totuo_observations_lookup (obs, "inclusive_within_300m", "1", 2024, &v));
  g_clear_pointer (&a, totuo_access_unref);

  /* With every institution, the rule's threshold higher: fewer deserts. */
  totuo_access_options_set_supply (o, TOTUO_SUPPLY_ANY, 0, 0);
  ck_assert (totuo_access_options_set_desert_rule (o, 150, 3, NULL));
  ck_assert (!totuo_access_options_set_desert_rule (o, -1, 3, &error));
  assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  a = totuo_access_compute (d, o, NULL);
  totuo_access_get_point (a, 0, &p);
  ck_assert (!p.desert);
  ck_assert_uint_eq (p.n_providers, 2);
  totuo_access_get_point (a, 1, &p);
  ck_assert (p.desert);
  g_clear_pointer (&a, totuo_access_unref);
  /* By kind: nurseries only. */
  totuo_access_options_set_supply (o, 0, 1u << TOTUO_KIND_NURSERY, 0);
  a = totuo_access_compute (d, o, NULL);
  ck_assert_uint_eq (totuo_access_get_n_providers (a), 1);
  g_clear_pointer (&a, totuo_access_unref);
  /* Weighted by residents. */
  totuo_access_options_set_weight_residents (o, TRUE);
  a = totuo_access_compute (d, o, NULL);
  ck_assert (totuo_access_get_region (a, "11", &r, NULL));
  ck_assert_double_eq (r.children, 10000);
}
END_TEST

START_TEST (test_options_refuse_nonsense)
{
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  const gdouble edges[] = { 0.5, 1.0 }, weights[] = { 1.0, 0.5 };
  const gdouble bad_edges[] = { 0.5, 0.4 }, short_edges[] = { 0.5, 0.9 }, bad_weights[] = { 1.0, 2.0 };
  GError *error = NULL;
  TotuoAccessMethod m;
  TotuoAccessMeasure me;

  ck_assert (!totuo_access_options_set_radius (o, 0, &error));
  assert_totuo_error (error, TOTUO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  ck_assert (!totuo_access_options_set_radius (o, NAN, NULL));
  ck_assert (!totuo_access_options_set_radius (o, INFINITY, NULL));
  ck_assert (totuo_access_options_set_bands (o, edges, weights, 2, NULL));
  ck_assert (!totuo_access_options_set_bands (o, bad_edges, weights, 2, NULL));
  ck_assert (!totuo_access_options_set_bands (o, short_edges, weights, 2, NULL));
  ck_assert (!totuo_access_options_set_bands (o, edges, bad_weights, 2, NULL));
  ck_assert (!totuo_access_options_set_bands (o, edges, weights, 0, NULL));
  ck_assert (totuo_access_method_from_string ("G2SFCA", &m) && m == TOTUO_ACCESS_GAUSSIAN);
  ck_assert (!totuo_access_method_from_string ("3sfca", &m));
  ck_assert_str_eq (totuo_access_method_to_string (TOTUO_ACCESS_E2SFCA), "e2sfca");
  ck_assert (totuo_access_measure_from_string ("desert_share", &me) &&
             me == TOTUO_ACCESS_MEASURE_DESERT_SHARE);
  ck_assert_str_eq (totuo_access_measure_to_string (TOTUO_ACCESS_MEASURE_NEAREST_MEDIAN),
                    "nearest_median_m");
  ck_assert (!totuo_access_measure_from_string ("x", &me));
}
END_TEST

/* ---- the demand loader ----------------------------------------------------------------- */

static void
assert_demand_error (TotuoDataset *ds,
                     const gchar  *csv,
                     TotuoError    code,
                     const gchar  *where)
{
  GError *error = NULL;
  TotuoDemand *d = totuo_demand_load_csv_data (ds, csv, -1, "d.csv", TOTUO_DATUM_WGS84, &error);

  ck_assert_msg (d == NULL, "loaded: %s", csv);
  assert_totuo_error (error, code);
  ck_assert_msg (strstr (error->message, where) != NULL, "\"%s\" not in \"%s\"", where, error->message);
  g_error_free (error);
}

START_TEST (test_demand_loader)
{
  g_autoptr(TotuoDataset) ds = street ("id,name,region,places\nA,a,11,10\n");
  g_autoptr(TotuoDemand) d = NULL, gcj = NULL, from_regions = NULL;
  g_auto(GStrv) warnings = NULL;
  GError *error = NULL;
  gdouble lat, lon;

  d = totuo_demand_load_csv_data (ds, "编号,区划代码,纬度,经度,3岁以下婴幼儿数,备注\n"
                                  "A1,11,30.5,114.3,12,x\n", -1, "d.csv", TOTUO_DATUM_WGS84, &error);
  ck_assert_msg (d != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (totuo_demand_get_n_points (d), 1);
  ck_assert_str_eq (totuo_demand_get_id (d, 0), "A1");
  ck_assert_str_eq (totuo_demand_get_region_code (d, 0), "11");
  ck_assert_int_eq (totuo_demand_get_children (d, 0), 12);
  ck_assert_int_eq (totuo_demand_get_residents (d, 0), TOTUO_UNKNOWN);
  warnings = totuo_demand_get_warnings (d, NULL);
  ck_assert_ptr_nonnull (strstr (warnings[0], "d.csv:1:6: column '备注' is not used"));

  /* A row's own datum converts it: an Amap point lands on its WGS84 one. */
  gcj = totuo_demand_load_csv_data (ds, "id,region,lat,lon,under3,crs\n"
                                    "g,11,39.91334545536069,116.38404722455657,1,高德\n", -1, "g.csv",
                                    TOTUO_DATUM_WGS84, NULL);
  ck_assert_ptr_nonnull (gcj);
  totuo_demand_get_location (gcj, 0, &lat, &lon);
  ck_assert_double_lt (totuo_distance_m (lat, lon, 39.911954, 116.377817), 1e-3);

  assert_demand_error (ds, "id,region,lat,under3\n", TOTUO_ERROR_MISSING_COLUMN,
                       "required column 'lon' is missing");
  assert_demand_error (ds, "id,region,lat,lon,under3\nA,11,95,114,1\n", TOTUO_ERROR_OUT_OF_RANGE,
                       "d.csv:2:3: column 'lat': latitude 95");
  assert_demand_error (ds, "id,region,lat,lon,under3\nA,99,30,114,1\n", TOTUO_ERROR_UNKNOWN_REGION,
                       "d.csv:2:2: column 'region'");
  assert_demand_error (ds, "id,region,lat,lon,under3\nA,11,30,114,1\nA,11,30,114,2\n",
                       TOTUO_ERROR_DUPLICATE_ID, "d.csv:3:1: column 'id': id \"A\" is given twice (also line 2)");
  assert_demand_error (ds, "id,region,lat,lon,under3\nA,11,30,114,\n", TOTUO_ERROR_MISSING_VALUE,
                       "d.csv:2:5: column 'under3': a value is required");
  assert_demand_error (ds, "id,region,lat,lon,under3\nA,11,30,114,-3\n", TOTUO_ERROR_NEGATIVE,
                       "d.csv:2:5: column 'under3'");
  assert_demand_error (ds, "id,region,lat,lon,under3\nA,11,north,114,3\n", TOTUO_ERROR_BAD_NUMBER,
                       "d.csv:2:3: column 'lat'");
  assert_demand_error (ds, "id,region,lat,lon,under3,crs\nA,11,30,114,3,utm\n",
                       TOTUO_ERROR_UNKNOWN_VALUE, "d.csv:2:6: column 'crs': unknown datum \"utm\"");
  assert_demand_error (ds, "id,region,lat,lon,under3\nA,11,30,114\n", TOTUO_ERROR_SYNTAX,
                       "d.csv:2: 4 fields where the header has 5");
  assert_demand_error (ds, "id,region,lat,lon,under3\n", TOTUO_ERROR_MISSING_VALUE, "no demand point");
  assert_demand_error (ds, "", TOTUO_ERROR_MISSING_COLUMN, "the file is empty");
  assert_demand_error (ds, "id,id,region,lat,lon,under3\n", TOTUO_ERROR_DUPLICATE_COLUMN,
                       "column 'id' is given twice");

  /* From a level's regions: the township knows its children but not its place. */
  from_regions = totuo_demand_new_from_regions (ds, TOTUO_REGION_LEVEL_STREET, TOTUO_DATUM_WGS84,
                                                &error);
  ck_assert_msg (from_regions != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (totuo_demand_get_n_points (from_regions), 1);
  ck_assert (totuo_demand_new_from_regions (ds, TOTUO_REGION_LEVEL_COMMUNITY, TOTUO_DATUM_WGS84,
                                            &error) == NULL);
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
}
END_TEST

START_TEST (test_sample_district)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "sample-demand.csv", NULL);
  g_autoptr(TotuoDemand) d = totuo_demand_load_csv (ds, path, TOTUO_DATUM_WGS84, NULL);
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  g_autoptr(TotuoIndicatorTable) t = totuo_indicator_table_new (ds);
  TotuoAccessRegion r;
  gdouble under3 = 0;

  ck_assert_ptr_nonnull (d);
  ck_assert (totuo_access_options_set_radius (o, 1000, NULL));
  a = totuo_access_compute (d, o, NULL);
  ck_assert (totuo_access_get_region (a, "990101", &r, NULL));
  /* The compounds hold every child of the streets and townships. */
  ck_assert (totuo_indicator_table_get (t, "990101", TOTUO_INDICATOR_UNDER3, &under3, NULL));
  ck_assert_double_eq (r.children, under3);
  ck_assert_uint_eq (r.n_points, totuo_demand_get_n_points (d));
  ck_assert_double_ge (r.covered_share, 0);
  ck_assert_double_le (r.covered_share, 100);
}
END_TEST

START_TEST (test_travel_times)
{
  g_autoptr(TotuoDataset) ds = street ("id,name,region,places,inclusive\n"
                                       "A,a,11,10,true\nB,b,11,30,false\nC,c,11,5,true\n");
  g_autoptr(TotuoDemand) d = totuo_demand_load_csv_data (ds, "id,region,lat,lon,under3\n"
                                                         "p,11,30.5,114.3,10\nq,11,30.6,114.3,30\n"
                                                         "r,12,30.7,114.3,5\n", -1, "d",
                                                         TOTUO_DATUM_WGS84, NULL);
  /* q reaches A in 8 minutes (A's families in 25 the other way: asymmetric
   * costs are the trip from home, always). B is 20 from p; C is listed for
   * no one, r has no trip. */
  static const gchar table[] = "起点,终点,分钟\np,A,5\nq,A,8\np,B,20\nq,B,16\n";
  g_autoptr(TotuoTravelTimes) t = totuo_travel_times_load_csv_data (d, table, -1, "t.csv", NULL);
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  g_auto(GStrv) warnings = NULL;
  TotuoAccessPoint p;
  GError *error = NULL;

  ck_assert_ptr_nonnull (t);
  ck_assert_uint_eq (totuo_travel_times_get_n_pairs (t), 4);
  totuo_access_options_set_travel_times (o, t);
  ck_assert (totuo_access_options_set_radius (o, 15, NULL));   /* minutes */
  a = totuo_access_compute (d, o, &error);
  ck_assert_msg (a != NULL, "%s", error ? error->message : "");
  /* A serves p and q (40 children): R = 10/40. B is beyond 15 minutes. */
  totuo_access_get_point (a, 0, &p);
  ck_assert_double_eq_tol (p.score, 0.25, 1e-12);
  ck_assert_uint_eq (p.n_providers, 1);
  ck_assert_double_eq (p.nearest_m, 5);
  totuo_access_get_point (a, 1, &p);
  ck_assert_double_eq_tol (p.score, 0.25, 1e-12);
  ck_assert_double_eq (p.nearest_m, 8);
  totuo_access_get_point (a, 2, &p);
  ck_assert (!p.covered && isnan (p.nearest_m));
  warnings = totuo_access_get_warnings (a, NULL);
  ck_assert_ptr_nonnull (strstr (warnings[0], "1 of 3 demand points have no trip"));
  g_clear_pointer (&a, totuo_access_unref);
  /* Inclusive only: B leaves the supply, as it would with distances. */
  ck_assert (totuo_access_options_set_radius (o, 30, NULL));
  totuo_access_options_set_supply (o, TOTUO_SUPPLY_INCLUSIVE, 0, 0);
  a = totuo_access_compute (d, o, NULL);
  totuo_access_get_point (a, 0, &p);
  ck_assert_uint_eq (p.n_providers, 1);
  g_clear_pointer (&a, totuo_access_unref);
  /* A table for other points is refused. */
  {
    g_autoptr(TotuoDemand) other = totuo_demand_load_csv_data (ds, "id,region,lat,lon,under3\n"
                                                               "p,11,30.5,114.3,10\n", -1, "o",
                                                               TOTUO_DATUM_WGS84, NULL);
    ck_assert (totuo_access_compute (other, o, &error) == NULL);
    assert_totuo_error (error, TOTUO_ERROR_INCONSISTENT);
    g_clear_error (&error);
  }
  /* Errors, located. */
  {
    static const struct { const gchar *csv; TotuoError code; const gchar *where; } bad[] = {
      { "origin,destination\n", TOTUO_ERROR_MISSING_COLUMN, "required column 'minutes'" },
      { "origin,destination,minutes\nx,A,3\n", TOTUO_ERROR_NOT_FOUND, "t.csv:2:1: column 'origin': no demand point" },
      { "origin,destination,minutes\np,Z,3\n", TOTUO_ERROR_NOT_FOUND, "t.csv:2:2: column 'destination': no institution" },
      { "origin,destination,minutes\np,A,-3\n", TOTUO_ERROR_NEGATIVE, "t.csv:2:3: column 'minutes'" },
      { "origin,destination,minutes\np,A,soon\n", TOTUO_ERROR_BAD_NUMBER, "t.csv:2:3" },
      { "origin,destination,minutes\np,A,3\np,A,4\n", TOTUO_ERROR_DUPLICATE_ID, "t.csv:3:2" },
      { "origin,destination,minutes\np,A,\n", TOTUO_ERROR_MISSING_VALUE, "t.csv:2:3" },
      { "", TOTUO_ERROR_MISSING_COLUMN, "empty" },
    };
    for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
      {
        ck_assert (totuo_travel_times_load_csv_data (d, bad[k].csv, -1, "t.csv", &error) == NULL);
        assert_totuo_error (error, bad[k].code);
        ck_assert_msg (strstr (error->message, bad[k].where) != NULL, "%s", error->message);
        g_clear_error (&error);
      }
  }
}
END_TEST

START_TEST (test_a_plan_tracks_access)
{
  /* "Share of children under three within 300 m of an inclusive place" as a
   * target of a plan, observed from access in 2022 and 2024. */
  static const gchar plan_text[] =
    "[plan]\nname=普惠托位可及\nregion=1\nstart=2023\nend=2025\nbaseline_year=2022\n"
    "[target 1]\nindicator=inclusive_within_300m\nname=普惠性托位5分钟生活圈覆盖率(%)\n"
    "unit=%\nbaseline=30\ntarget=80\ncomparator=>=\n";
  g_autoptr(TotuoDataset) ds = street ("id,name,region,places,inclusive,lat,lon\n"
                                       "A,a,11,10,true,30.5,114.3\n");
  g_autoptr(TotuoDemand) d = totuo_demand_load_csv_data (ds, "id,region,lat,lon,under3\n"
                                                         "near,11,30.5,114.3,60\nfar,11,30.55,114.3,40\n",
                                                         -1, "d", TOTUO_DATUM_WGS84, NULL);
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(TotuoPlan) plan = totuo_plan_load_data (plan_text, -1, "plan.ini", NULL);
  g_autoptr(TotuoEvaluation) ev = NULL;
  TotuoYearResult r;

  ck_assert_ptr_nonnull (plan);
  totuo_access_options_set_supply (o, TOTUO_SUPPLY_INCLUSIVE, 0, 0);
  a = totuo_access_compute (d, o, NULL);
  ck_assert (totuo_observations_add (obs, "inclusive_within_300m", "1", 2022, 30, NULL));
  ck_assert (totuo_access_add_observations (a, obs, 2024, TOTUO_ACCESS_MEASURE_COVERED_SHARE,
                                            "inclusive_within_300m", NULL));
  ev = totuo_evaluation_new (plan, obs);
  ck_assert (totuo_evaluation_get_year_result (ev, 0, 2024, &r));
  ck_assert (r.has_observed);
  ck_assert_double_eq_tol (r.observed, 60, 1e-12);     /* 60 of 100 children */
  ck_assert_int_ne (totuo_evaluation_get_status (ev, 0, NULL), TOTUO_PROGRESS_NOT_ASSESSABLE);
}
END_TEST

START_TEST (test_demand_json)
{
  g_autoptr(TotuoDataset) ds = street ("id,name,region,places,lat,lon\nA,a,11,10,30.5,114.3\n");
  g_autoptr(TotuoDemand) csv = totuo_demand_load_csv_data (ds, "id,region,lat,lon,under3,residents\n"
                                                           "p,11,30.5,114.3,12,400\nq,12,30.6,114.3,5,\n",
                                                           -1, "d.csv", TOTUO_DATUM_WGS84, NULL);
  g_autoptr(TotuoDemand) array = NULL, points = NULL, again = NULL;
  g_autoptr(TotuoAccess) a = totuo_access_compute (csv, NULL, NULL);
  g_autofree gchar *geojson = totuo_report_access_geojson (a);
  GError *error = NULL;
  gdouble lat, lon;

  array = totuo_demand_load_json_data (ds, "[{\"id\": \"p\", \"region\": 11, \"lat\": 30.5, "
                                       "\"lon\": 114.3, \"under3\": 12, \"residents\": 400}]", -1,
                                       "d.json", TOTUO_DATUM_WGS84, &error);
  ck_assert_msg (array != NULL, "%s", error ? error->message : "");
  ck_assert_str_eq (totuo_demand_get_region_code (array, 0), "11");
  ck_assert_int_eq (totuo_demand_get_residents (array, 0), 400);
  points = totuo_demand_load_json_data (ds, "{\"points\": [{\"编号\": \"g\", \"区划代码\": \"11\", "
                                        "\"纬度\": 39.91334545536069, \"经度\": 116.38404722455657, "
                                        "\"children\": 3, \"crs\": \"gcj02\"}]}", -1, "p.json",
                                        TOTUO_DATUM_WGS84, NULL);
  ck_assert_ptr_nonnull (points);
  totuo_demand_get_location (points, 0, &lat, &lon);
  ck_assert_double_lt (totuo_distance_m (lat, lon, 39.911954, 116.377817), 1e-3);
  /* Our own GeoJSON reads back as the points it came from. */
  again = totuo_demand_load_json_data (ds, geojson, -1, "a.geojson", TOTUO_DATUM_WGS84, &error);
  ck_assert_msg (again != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (totuo_demand_get_n_points (again), 2);
  for (gsize i = 0; i < 2; i++)
    {
      gdouble a_lat, a_lon, b_lat, b_lon;
      ck_assert_str_eq (totuo_demand_get_id (again, i), totuo_demand_get_id (csv, i));
      ck_assert_int_eq (totuo_demand_get_children (again, i), totuo_demand_get_children (csv, i));
      ck_assert_int_eq (totuo_demand_get_residents (again, i), totuo_demand_get_residents (csv, i));
      totuo_demand_get_location (again, i, &a_lat, &a_lon);
      totuo_demand_get_location (csv, i, &b_lat, &b_lon);
      ck_assert_double_eq (a_lat, b_lat);
      ck_assert_double_eq (a_lon, b_lon);
    }
  {
    static const struct { const gchar *json; TotuoError code; const gchar *where; } bad[] = {
      { "{\"x\": 1}", TOTUO_ERROR_MISSING_COLUMN, "no demand points" },
      { "[{\"id\": \"p\", \"region\": \"11\", \"lat\": 30.5, \"lon\": 114.3}]",
        TOTUO_ERROR_MISSING_VALUE, "j: points[0].under3: a value is required" },
      { "[{\"id\": \"p\", \"region\": \"99\", \"lat\": 30.5, \"lon\": 114.3, \"under3\": 1}]",
        TOTUO_ERROR_UNKNOWN_REGION, "points[0].region" },
      { "[{\"id\": \"p\", \"region\": \"11\", \"lat\": 95, \"lon\": 114.3, \"under3\": 1}]",
        TOTUO_ERROR_OUT_OF_RANGE, "points[0].lat" },
      { "[{\"id\": \"p\", \"region\": \"11\", \"lat\": 30, \"lon\": 114, \"under3\": 1},"
        " {\"id\": \"p\", \"region\": \"11\", \"lat\": 30, \"lon\": 114, \"under3\": 1}]",
        TOTUO_ERROR_DUPLICATE_ID, "points[1].id" },
      { "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
        "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": []}, \"properties\": {}}]}",
        TOTUO_ERROR_SYNTAX, "features[0].geometry" },
      { "[{\"id\": \"p\", \"region\": \"11\", \"lat\": 30, \"lon\": 114, \"under3\": 1.5}]",
        TOTUO_ERROR_BAD_NUMBER, "points[0].under3" },
      { "[1,", TOTUO_ERROR_SYNTAX, "j:1:" },
      { "[]", TOTUO_ERROR_MISSING_VALUE, "no demand point" },
    };
    for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
      {
        ck_assert (totuo_demand_load_json_data (ds, bad[k].json, -1, "j", TOTUO_DATUM_WGS84, &error) == NULL);
        assert_totuo_error (error, bad[k].code);
        ck_assert_msg (strstr (error->message, bad[k].where) != NULL, "%s", error->message);
        g_clear_error (&error);
      }
  }
}
END_TEST

START_TEST (test_reports)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "sample-demand.csv", NULL);
  g_autoptr(TotuoDemand) d = totuo_demand_load_csv (ds, path, TOTUO_DATUM_WGS84, NULL);
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;
  const gchar *codes[] = { "990101", "990101001", NULL };
  const gchar *bad[] = { "nowhere", NULL };
  const TotuoFormat formats[] = { TOTUO_FORMAT_TEXT, TOTUO_FORMAT_MARKDOWN, TOTUO_FORMAT_CSV,
                                  TOTUO_FORMAT_JSON };
  GError *error = NULL;

  totuo_access_options_set_method (o, TOTUO_ACCESS_E2SFCA);
  totuo_access_options_set_supply (o, TOTUO_SUPPLY_INCLUSIVE | TOTUO_SUPPLY_FILED,
                                   1u << TOTUO_KIND_NURSERY, 0);
  ck_assert (totuo_access_options_set_radius (o, 1000, NULL));
  a = totuo_access_compute (d, o, NULL);
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    for (guint l = 0; l <= TOTUO_LANG_EN; l++)
      {
        g_autofree gchar *regions = totuo_report_access (a, codes, formats[f], l, &error);
        g_autofree gchar *points = totuo_report_access_points (a, formats[f], l);
        ck_assert_msg (regions != NULL, "%s", error ? error->message : "");
        ck_assert (g_utf8_validate (regions, -1, NULL) && g_utf8_validate (points, -1, NULL));
        ck_assert_ptr_nonnull (strstr (regions, "990101001"));
        ck_assert_ptr_nonnull (strstr (points, "990101001-01"));
        if (formats[f] == TOTUO_FORMAT_TEXT)
          ck_assert_ptr_nonnull (strstr (regions, l == TOTUO_LANG_EN ? "e2sfca within 1,000 m"
                                                                     : "e2sfca，服务半径 1,000 米"));
      }
  ck_assert (totuo_report_access (a, bad, TOTUO_FORMAT_TEXT, TOTUO_LANG_ZH, &error) == NULL);
  assert_totuo_error (error, TOTUO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autofree gchar *svg = totuo_report_access_svg (a, "990101", TOTUO_LANG_ZH, &error);
    g_autofree gchar *street = totuo_report_access_svg (a, "990101001", TOTUO_LANG_EN, NULL);
    guint circles = 0;
    ck_assert_msg (svg != NULL, "%s", error ? error->message : "");
    ck_assert (g_str_has_prefix (svg, "<?xml") && g_str_has_suffix (svg, "</svg>\n"));
    for (const gchar *p = svg; (p = strstr (p, "class=\"point\"")) != NULL; p++)
      circles++;
    ck_assert_uint_eq (circles, totuo_demand_get_n_points (d));
    ck_assert_ptr_nonnull (strstr (street, "access to childcare"));
    ck_assert (totuo_report_access_svg (a, "990101001001", TOTUO_LANG_ZH, &error) == NULL);
    assert_totuo_error (error, TOTUO_ERROR_UNDEFINED);
    g_clear_error (&error);
  }
}
END_TEST

static Suite *
access_suite (void)
{
  Suite *s = suite_create ("access");
  TCase *tc = tcase_create ("access");

  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_datums_on_known_points);
  tcase_add_test (tc, test_distance);
  tcase_add_test (tc, test_methods_match_brute_force);
  tcase_add_test (tc, test_large_input_on_two_threads);
  tcase_add_test (tc, test_across_the_antimeridian);
  tcase_add_test (tc, test_conservation);
  tcase_add_test (tc, test_edge_and_zero_distance);
  tcase_add_test (tc, test_deserts_filters_and_roll_up);
  tcase_add_test (tc, test_options_refuse_nonsense);
  tcase_add_test (tc, test_demand_loader);
  tcase_add_test (tc, test_demand_json);
  tcase_add_test (tc, test_sample_district);
  tcase_add_test (tc, test_travel_times);
  tcase_add_test (tc, test_a_plan_tracks_access);
  tcase_add_test (tc, test_reports);
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (access_suite)
