/* Fuzzes the region CSV reader.
 *
 * Invariants: a failed load leaves the dataset exactly as it was; a
 * successful one saves to CSV and to JSON, and each loads back to an equal
 * dataset; the roll-up has one row per region. */
#include "fuzz-util.h"

/* Loaded into before the input, so that the input can hang regions under
 * it and a failed load has something to leave alone. */
static const gchar fixed_regions[] =
  "code,name,level,parent,population\n"
  "99,示例省,province,,1000000\n";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TotuoDataset) ds = fuzz_dataset_with_regions (fixed_regions);
  g_autoptr(TotuoDataset) before = fuzz_dataset_with_regions (fixed_regions);
  g_autoptr(TotuoIndicatorTable) table = NULL;
  g_autoptr(GError) error = NULL;

  if (!totuo_dataset_load_regions_csv_data (ds, (const gchar *) data, (gssize) size,
                                            "<fuzz>", &error))
    {
      FUZZ_CHECK_ERROR (error);
      FUZZ_CHECK (totuo_dataset_equal (ds, before));
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  fuzz_check_round_trip (ds);
  table = totuo_indicator_table_new (ds);
  FUZZ_CHECK (totuo_indicator_table_get_n_rows (table) == totuo_dataset_get_n_regions (ds));
  return 0;
}

FUZZ_INITIALIZE
