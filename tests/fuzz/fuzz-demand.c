/* Fuzzes the demand points reader (demand.h) and access over what it reads.
 *
 * Invariants: a failed load returns an error of the library's domain in
 * UTF-8; a successful one holds at least one point, each in a region of the
 * dataset with a WGS84 location, and access over it passes check_access(). */
#include "fuzz-access-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TotuoDataset) ds = fixed_district ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TotuoDemand) d = totuo_demand_load_csv_data (ds, (const gchar *) data, (gssize) size,
                                                         "<fuzz>", TOTUO_DATUM_GCJ02, &error);
  g_autoptr(TotuoAccessOptions) o = totuo_access_options_new ();
  g_autoptr(TotuoAccess) a = NULL;

  {
    /* The same bytes as JSON: an error in the domain, or points that pass. */
    g_autoptr(GError) json_error = NULL;
    g_autoptr(TotuoDemand) j = totuo_demand_load_json_data (ds, (const gchar *) data, (gssize) size,
                                                            "<fuzz>", TOTUO_DATUM_WGS84, &json_error);
    if (j == NULL)
      FUZZ_CHECK_ERROR (json_error);
    else
      {
        g_autoptr(TotuoAccess) ja = totuo_access_compute (j, NULL, NULL);
        FUZZ_CHECK (ja != NULL);
        check_access (ja);
      }
  }
  if (d == NULL)
    {
      FUZZ_CHECK_ERROR (error);
      return 0;
    }
  FUZZ_CHECK (totuo_demand_get_n_points (d) > 0);
  for (gsize i = 0; i < totuo_demand_get_n_points (d); i++)
    {
      g_autoptr(TotuoRegion) region = totuo_dataset_lookup_region (ds, totuo_demand_get_region_code (d, i));
      gdouble lat, lon;
      totuo_demand_get_location (d, i, &lat, &lon);
      FUZZ_CHECK (lat >= -90.5 && lat <= 90.5 && lon >= -180.5 && lon <= 180.5);
      FUZZ_CHECK (totuo_demand_get_children (d, i) >= 0);
      FUZZ_CHECK (g_utf8_validate (totuo_demand_get_id (d, i), -1, NULL));
      FUZZ_CHECK (region != NULL);
    }
  totuo_access_options_set_method (o, (TotuoAccessMethod) (size % 3));
  FUZZ_CHECK (totuo_access_options_set_radius (o, 100.0 + (gdouble) (size % 7) * 700, NULL));
  a = totuo_access_compute (d, o, &error);
  FUZZ_CHECK (a != NULL);
  check_access (a);
  return 0;
}

FUZZ_INITIALIZE
