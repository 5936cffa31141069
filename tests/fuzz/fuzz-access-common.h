/* What the access harnesses share: a small fixed district and the checks
 * every result must pass. */
#pragma once

#include <math.h>

#include "fuzz-util.h"

static TotuoDataset *
fixed_district (void)
{
  TotuoDataset *ds = totuo_dataset_new ();
  FUZZ_CHECK (totuo_dataset_load_regions_csv_data (ds,
    "code,name,level,parent,under3,lat,lon\n1,区,district,,,30.5,114.3\n"
    "11,街道,street,1,300,30.5,114.3\n12,乡,township,1,80,30.6,114.31\n", -1, "<regions>", NULL));
  FUZZ_CHECK (totuo_dataset_load_institutions_csv_data (ds,
    "id,name,region,places,inclusive,status,kind,lat,lon\n"
    "A,a,11,10,true,filed,nursery,30.5,114.3\nB,b,11,40,false,filed,community,30.501,114.302\n"
    "C,c,12,25,true,registered,family,30.6,114.31\nD,d,12,5,,,,,\n", -1, "<insts>", NULL));
  return ds;
}

/* Scores are finite and not negative; coverage agrees with the count; the
 * catchments conserve the places they reach; the reports are UTF-8. */
static void
check_access (TotuoAccess *a)
{
  TotuoDemand *d = totuo_access_get_demand (a);
  gdouble weighted = 0, reached = 0, children = 0;
  g_autofree gchar *geojson = totuo_report_access_geojson (a);
  g_autofree gchar *points = totuo_report_access_points (a, TOTUO_FORMAT_CSV, TOTUO_LANG_ZH);
  TotuoAccessRegion r;

  for (gsize i = 0; i < totuo_demand_get_n_points (d); i++)
    {
      TotuoAccessPoint p;
      totuo_access_get_point (a, i, &p);
      FUZZ_CHECK (isfinite (p.score) && p.score >= 0);
      FUZZ_CHECK (isfinite (p.places) && p.places >= 0);
      FUZZ_CHECK (p.covered == (p.n_providers > 0));
      FUZZ_CHECK (isnan (p.nearest_m) || p.nearest_m >= 0);
      children += (gdouble) totuo_demand_get_children (d, i);
    }
  totuo_access_get_totals (a, &weighted, &reached);
  FUZZ_CHECK (fabs (weighted - reached) <= 1e-6 * MAX (1.0, reached));
  FUZZ_CHECK (geojson != NULL && g_utf8_validate (geojson, -1, NULL));
  FUZZ_CHECK (points != NULL && g_utf8_validate (points, -1, NULL));
  if (totuo_demand_get_n_points (d) > 0)
    {
      FUZZ_CHECK (totuo_access_get_region (a, "1", &r, NULL));
      FUZZ_CHECK (r.children == children);
      FUZZ_CHECK (isnan (r.covered_share) || (r.covered_share >= 0 && r.covered_share <= 100 + 1e-9));
    }
}
