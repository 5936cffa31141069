/* Fuzzes the institution CSV reader against a fixed region tree.
 *
 * Invariants: a failed load leaves the dataset exactly as it was; a
 * successful one saves to CSV and JSON and loads back equal; the roll-up
 * counts every institution and every place at the root. */
#include "fuzz-util.h"

static const gchar fixed_regions[] =
  "code,name,level,parent,population,under3,kindergartens\n"
  "99,示例省,province,,9000000,200000,3000\n"
  "9901,示例市,city,99,3000000,60000,900\n"
  "990101,示例区,district,9901,800000,16000,\n"
  "990101001,一街道,street,990101,,,\n"
  "990101101,二镇,township,990101,50000,,12\n"
  "990101001001,一社区,community,990101001,8000,150,1\n";

static void
check_roll_up (TotuoDataset *ds)
{
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (ds);
  gsize n = totuo_dataset_get_n_institutions (ds);
  gdouble institutions = -1, places = -1;
  gint64 sum = 0;

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(TotuoInstitution) inst = totuo_dataset_get_institution (ds, i);
      sum += totuo_institution_get_places (inst);
    }
  FUZZ_CHECK (totuo_indicator_table_get (table, "99", TOTUO_INDICATOR_INSTITUTIONS,
                                         &institutions, NULL));
  FUZZ_CHECK (institutions == (gdouble) n);
  FUZZ_CHECK (totuo_indicator_table_get (table, "99", TOTUO_INDICATOR_PLACES, &places, NULL));
  FUZZ_CHECK (places == (gdouble) sum);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TotuoDataset) ds = fuzz_dataset_with_regions (fixed_regions);
  g_autoptr(TotuoDataset) before = fuzz_dataset_with_regions (fixed_regions);
  g_autoptr(GError) error = NULL;

  if (!totuo_dataset_load_institutions_csv_data (ds, (const gchar *) data, (gssize) size,
                                                 "<fuzz>", &error))
    {
      FUZZ_CHECK_ERROR (error);
      FUZZ_CHECK (totuo_dataset_equal (ds, before));
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  fuzz_check_round_trip (ds);
  check_roll_up (ds);
  return 0;
}

FUZZ_INITIALIZE
