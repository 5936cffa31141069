/* Fuzzes the legacy workbook reader (lib/xls.c, FreeXL) through the
 * institution loader, from valid .xls workbooks mutated (the corpus holds
 * tests/registries').
 *
 * Invariants: a failed load leaves the dataset as it was, with an error in
 * TOTUO_ERROR whose message is UTF-8; a load that succeeds saves to CSV
 * and JSON that load back to an equal dataset (fuzz_check_round_trip()). */
#include "fuzz-util.h"

static const gchar fixed_regions[] =
  "code,name,level,parent\n"
  "500154,开州区,district,\n"
  "500154001,汉丰街道,street,500154\n"
  "500154002,文峰街道,street,500154\n";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TotuoDataset) ds = fuzz_dataset_with_regions (fixed_regions);
  g_autoptr(TotuoDataset) before = fuzz_dataset_with_regions (fixed_regions);
  g_autoptr(GError) error = NULL;

  if (!totuo_dataset_load_institutions_csv_data (ds, (const gchar *) data, (gssize) size,
                                                 "<fuzz>.xls", &error))
    {
      FUZZ_CHECK_ERROR (error);
      FUZZ_CHECK (totuo_dataset_equal (ds, before));
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  fuzz_check_round_trip (ds);
  return 0;
}

FUZZ_INITIALIZE
