/* libtotuo - writing regions and institutions as CSV: the English header
 * and ids, every value written so that the readers of lib/csv.c read it
 * back the same (quotes where a value needs them, the shortest decimals
 * that read back). */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/csv.h>
#include <totuo/enums.h>
#include <totuo/error.h>

#include "dataset-private.h"
#include "enums-private.h"
#include "file-io.h"
#include "records-private.h"
#include "text.h"

/* ---- writing ---------------------------------------------------------------- */

/* Counts in a dataset are never negative but for TOTUO_UNKNOWN: adding a
 * region or institution checks them. */
static void
append_count (GString *out,
              gint64   value)
{
  if (value != TOTUO_UNKNOWN)
    totuo_append_unsigned (out, (guint64) value);
}

/* ",word,": a name or flag that never needs quoting. */
static void
append_between_commas (GString     *out,
                       const gchar *word)
{
  g_string_append_c (out, ',');
  g_string_append (out, word);
  g_string_append_c (out, ',');
}

/* A flag as the readers take it back: true, false, or nothing for "not
 * known". */
static const gchar *
flag_field (guint8 flag)
{
  return flag == TOTUO_FLAG_YES ? "true" : flag == TOTUO_FLAG_NO ? "false" : "";
}

static void
append_location (GString *out,
                 gdouble  lat,
                 gdouble  lon)
{
  if (!isnan (lat))
    totuo_append_double (out, lat);
  g_string_append_c (out, ',');
  if (!isnan (lon))
    totuo_append_double (out, lon);
}

gchar *
totuo_dataset_regions_to_csv (TotuoDataset *dataset,
                              gsize        *out_length)
{
  GString *out;

  g_return_val_if_fail (dataset != NULL, NULL);
  out = g_string_sized_new (64 + 80 * (gsize) dataset->n_regions);
  g_string_append (out, "code,name,level,parent,population,under3,kindergartens,lat,lon\n");
  for (guint32 r = 0; r < dataset->n_regions; r++)
    {
      const TotuoRegionRec *rec = &dataset->regions[r];
      totuo_append_csv_field (out, rec->code);
      g_string_append_c (out, ',');
      totuo_append_csv_field (out, rec->name);
      append_between_commas (out, totuo_region_level_to_string (rec->level));
      if (rec->parent != TOTUO_NO_INDEX)
        totuo_append_csv_field (out, dataset->regions[rec->parent].code);
      g_string_append_c (out, ',');
      append_count (out, rec->population);
      g_string_append_c (out, ',');
      append_count (out, rec->under3);
      g_string_append_c (out, ',');
      append_count (out, rec->kindergartens);
      g_string_append_c (out, ',');
      append_location (out, rec->lat, rec->lon);
      g_string_append_c (out, '\n');
    }
  if (out_length != NULL)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}

gchar *
totuo_dataset_institutions_to_csv (TotuoDataset *dataset,
                                   gsize        *out_length)
{
  GString *out;

  g_return_val_if_fail (dataset != NULL, NULL);
  out = g_string_sized_new (128 + 120 * (gsize) dataset->n_insts);
  g_string_append (out, "id,name,region,kind,ownership,inclusive,places,enrolled,status,"
                        "modes,monthly_fee,staff,certified_staff,health_manager,lat,lon\n");
  for (guint32 i = 0; i < dataset->n_insts; i++)
    {
      TotuoInstRec rec;

      totuo_dataset_get_institution_rec (dataset, i, &rec);
      totuo_append_csv_field (out, rec.id);
      g_string_append_c (out, ',');
      totuo_append_csv_field (out, rec.name);
      g_string_append_c (out, ',');
      totuo_append_csv_field (out, dataset->regions[rec.region].code);
      append_between_commas (out, totuo_kind_to_string (rec.kind));
      g_string_append (out, totuo_ownership_to_string (rec.ownership));
      append_between_commas (out, flag_field (rec.inclusive));
      totuo_append_unsigned (out, (guint64) rec.places);
      g_string_append_c (out, ',');
      append_count (out, rec.enrolled);
      append_between_commas (out, totuo_status_to_string (rec.status));
      totuo_modes_append (out, rec.modes);
      g_string_append_c (out, ',');
      if (rec.monthly_fee >= 0)
        totuo_append_double (out, rec.monthly_fee);
      g_string_append_c (out, ',');
      append_count (out, rec.staff);
      g_string_append_c (out, ',');
      append_count (out, rec.certified_staff);
      append_between_commas (out, flag_field (rec.health_manager));
      append_location (out, rec.lat, rec.lon);
      g_string_append_c (out, '\n');
    }
  if (out_length != NULL)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
totuo_dataset_save_regions_csv (TotuoDataset *dataset,
                                const gchar  *path,
                                GError      **error)
{
  g_autofree gchar *text = NULL;
  gsize len = 0;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  text = totuo_dataset_regions_to_csv (dataset, &len);
  return totuo_save_file (path, text, len, error);
}

gboolean
totuo_dataset_save_institutions_csv (TotuoDataset *dataset,
                                     const gchar  *path,
                                     GError      **error)
{
  g_autofree gchar *text = NULL;
  gsize len = 0;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  text = totuo_dataset_institutions_to_csv (dataset, &len);
  return totuo_save_file (path, text, len, error);
}
