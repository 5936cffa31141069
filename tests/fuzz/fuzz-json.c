/* Fuzzes the JSON reader.
 *
 * Invariants: a failed load leaves the dataset empty; a successful one
 * saves to JSON and loads back equal, and saves to CSV (regions, then
 * institutions) and loads back equal. */
#include "fuzz-util.h"

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
      FUZZ_CHECK_ERROR (error);
      FUZZ_CHECK (totuo_dataset_get_n_regions (ds) == 0);
      FUZZ_CHECK (totuo_dataset_get_n_institutions (ds) == 0);
      return 0;
    }
  fuzz_check_round_trip (ds);
  table = totuo_indicator_table_new (ds);
  FUZZ_CHECK (totuo_indicator_table_get_n_rows (table) == totuo_dataset_get_n_regions (ds));
  return 0;
}

FUZZ_INITIALIZE
