/* Fuzzes the travel-time table reader and access by travel time.
 *
 * Invariants: a failed load returns an error of the library's domain in
 * UTF-8; after a successful one, access by its trips passes check_access(),
 * conservation included (one weight in both steps). */
#include "fuzz-access-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TotuoDataset) ds = fixed_district ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TotuoDemand) d = totuo_demand_load_csv_data (ds,
    "id,region,lat,lon,under3\np,11,30.5,114.3,120\nq,11,30.51,114.3,60\nr,12,30.6,114.31,30\n", -1,
    "<demand>", TOTUO_DATUM_WGS84, NULL);
  g_autoptr(TotuoTravelTimes) t = NULL;
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;

  FUZZ_CHECK (d != NULL);
  t = totuo_travel_times_load_csv_data (d, (const gchar *) data, (gssize) size, "<fuzz>", &error);
  if (t == NULL)
    {
      FUZZ_CHECK_ERROR (error);
      return 0;
    }
  totuo_access_options_set_travel_times (o, t);
  totuo_access_options_set_method (o, (TotuoAccessMethod) (size % 3));
  FUZZ_CHECK (totuo_access_options_set_radius (o, 5.0 + (gdouble) (size % 5) * 10, NULL));
  a = totuo_access_compute (d, o, &error);
  FUZZ_CHECK (a != NULL);
  check_access (a);
  return 0;
}

FUZZ_INITIALIZE
