/* Fuzzes the JSON reader.
 *
 * Invariants: a failed load leaves the dataset empty; a successful one
 * saves to JSON and loads back equal, and saves to CSV (regions, then
 * institutions) and loads back equal. */
#include "fuzz-util.h"

static void
check_json_round_trip (TotuoDataset *ds)
{
  g_autoptr(TotuoDataset) again = totuo_dataset_new ();
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_autofree gchar *json = totuo_dataset_to_json (ds, &len);

  FUZZ_CHECK (totuo_dataset_load_json_data (again, json, (gssize) len, "<saved>", &error));
  FUZZ_CHECK (totuo_dataset_equal (ds, again));
}

static void
check_csv_round_trip (TotuoDataset *ds)
{
  g_autoptr(TotuoDataset) again = totuo_dataset_new ();
  g_autoptr(GError) error = NULL;
  gsize regions_len = 0, insts_len = 0;
  g_autofree gchar *regions = totuo_dataset_regions_to_csv (ds, &regions_len);
  g_autofree gchar *insts = totuo_dataset_institutions_to_csv (ds, &insts_len);

  FUZZ_CHECK (totuo_dataset_load_regions_csv_data (again, regions, (gssize) regions_len,
                                                   "<regions>", &error));
  FUZZ_CHECK (totuo_dataset_load_institutions_csv_data (again, insts, (gssize) insts_len,
                                                        "<institutions>", &error));
  FUZZ_CHECK (totuo_dataset_equal (ds, again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoIndicatorTable) table = NULL;
  g_autoptr(GError) error = NULL;

  if (!totuo_dataset_load_json_data (ds, (const gchar *) data, (gssize) size, "<fuzz>",
                                     &error))
    {
      FUZZ_CHECK (error != NULL && error->domain == TOTUO_ERROR);
      FUZZ_CHECK (totuo_dataset_get_n_regions (ds) == 0);
      FUZZ_CHECK (totuo_dataset_get_n_institutions (ds) == 0);
      return 0;
    }
  check_json_round_trip (ds);
  check_csv_round_trip (ds);
  table = totuo_indicator_table_new (ds);
  FUZZ_CHECK (totuo_indicator_table_get_n_rows (table) == totuo_dataset_get_n_regions (ds));
  return 0;
}

FUZZ_INITIALIZE
