/* Fuzzes the mapping-file reader (lib/schema.c) and what a mapping does
 * to a load: the input is a mapping file, then a fixed export is loaded
 * with it.
 *
 * Invariants: a mapping that fails to load is an error in TOTUO_ERROR
 * whose message is UTF-8, and leaves the dataset's mapping as it was; with
 * a mapping that loads, the export loads or fails cleanly (the dataset as
 * it was), and what loads saves to CSV and JSON that load back equal. */
#include <unistd.h>

#include <glib/gstdio.h>

#include "fuzz-util.h"

static const gchar fixed_regions[] =
  "code,name,level,parent\n"
  "500154,开州区,district,\n"
  "500154001,汉丰街道,street,500154\n";

static const gchar export_csv[] =
  "平台编号,服务机构,服务网格编码,机构形态,主办方性质,收托规模,实收人数,监管状态\n"
  "P1,甲,500154001,全日制托育,财政举办,30,20,备案通过\n"
  "P2,乙,汉丰街道,社区托育,社会举办,20,—,已登记待备案\n";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(TotuoDataset) ds = fuzz_dataset_with_regions (fixed_regions);
  g_autoptr(TotuoDataset) before = fuzz_dataset_with_regions (fixed_regions);
  g_autoptr(GError) error = NULL;
  g_autofree gchar *path = NULL;
  gint fd = g_file_open_tmp ("totuo-fuzz-XXXXXX.ini", &path, NULL);
  gboolean loaded;

  FUZZ_CHECK (fd >= 0);
  FUZZ_CHECK (write (fd, data, size) == (ssize_t) size);
  close (fd);
  loaded = totuo_dataset_load_mapping (ds, path, &error);
  g_unlink (path);
  if (!loaded)
    {
      FUZZ_CHECK_ERROR (error);
      return 0;
    }
  if (!totuo_dataset_load_institutions_csv_data (ds, export_csv, -1, "<export>", &error))
    {
      FUZZ_CHECK_ERROR (error);
      FUZZ_CHECK (totuo_dataset_equal (ds, before));
      return 0;
    }
  fuzz_check_round_trip (ds);
  return 0;
}

FUZZ_INITIALIZE
