/* libtotuo - observations: yearly datasets and external values. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/indicator-table.h>
#include <totuo/limits.h>
#include <totuo/observations.h>

#include "csv-reader.h"
#include "text.h"
#include "i18n.h"

/* A year's dataset, as it was when it was added: its indicators, and each
 * region's row and parent. The dataset itself is not read again, so a
 * dataset changed (or freed) later changes nothing here. */
typedef struct {
  gsize row;
  gchar *parent;            /* NULL for a root */
} RegionRow;

typedef struct {
  gint year;
  TotuoIndicatorTable *table;
  GHashTable *regions;      /* code -> RegionRow */
} YearData;

static void
free_region_row (gpointer data)
{
  RegionRow *r = data;
  g_free (r->parent);
  g_free (r);
}

struct _TotuoObservations {
  gatomicrefcount ref;
  GArray *years;            /* of YearData, by year */
  GHashTable *external;     /* "indicator\x1fregion\x1fyear" -> gdouble * */
};

static void
clear_year (gpointer data)
{
  YearData *y = data;
  totuo_indicator_table_unref (y->table);
  g_hash_table_unref (y->regions);
}

TotuoObservations *
totuo_observations_new (void)
{
  TotuoObservations *obs = g_new0 (TotuoObservations, 1);

  g_atomic_ref_count_init (&obs->ref);
  obs->years = g_array_new (FALSE, FALSE, sizeof (YearData));
  g_array_set_clear_func (obs->years, clear_year);
  obs->external = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return obs;
}

TotuoObservations *
totuo_observations_ref (TotuoObservations *observations)
{
  g_return_val_if_fail (observations != NULL, NULL);
  g_atomic_ref_count_inc (&observations->ref);
  return observations;
}

void
totuo_observations_unref (TotuoObservations *observations)
{
  if (observations == NULL || !g_atomic_ref_count_dec (&observations->ref))
    return;
  g_array_unref (observations->years);
  g_hash_table_unref (observations->external);
  g_free (observations);
}

static const YearData *
find_year (TotuoObservations *obs,
           gint               year)
{
  for (guint k = 0; k < obs->years->len; k++)
    if (g_array_index (obs->years, YearData, k).year == year)
      return &g_array_index (obs->years, YearData, k);
  return NULL;
}

static gint
compare_years (gconstpointer a,
               gconstpointer b)
{
  const YearData *x = a, *y = b;
  return (x->year > y->year) - (x->year < y->year);
}

gboolean
totuo_observations_add_dataset (TotuoObservations *observations,
                                gint               year,
                                TotuoDataset      *dataset,
                                GError           **error)
{
  YearData y;

  g_return_val_if_fail (observations != NULL, FALSE);
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!TOTUO_YEAR_IS_VALID (year))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("the year %d of a dataset is outside %d..%d"), year, TOTUO_MIN_YEAR,
                   TOTUO_MAX_YEAR);
      return FALSE;
    }
  if (find_year (observations, year) != NULL)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                   M_("the year %d already has a dataset"), year);
      return FALSE;
    }
  y.year = year;
  y.table = totuo_indicator_table_new (dataset);
  y.regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_region_row);
  for (gsize k = 0; k < totuo_indicator_table_get_n_rows (y.table); k++)
    {
      /* The table's rows are the dataset's regions, in order. */
      g_autoptr(TotuoRegion) region = totuo_dataset_get_region (dataset, k);
      RegionRow *r = g_new (RegionRow, 1);
      r->row = k;
      r->parent = g_strdup (totuo_region_get_parent_code (region));
      g_hash_table_insert (y.regions, g_strdup (totuo_region_get_code (region)), r);
    }
  g_array_append_val (observations->years, y);
  g_array_sort (observations->years, compare_years);
  return TRUE;
}

static gchar *
external_key (const gchar *indicator,
              const gchar *region,
              gint         year)
{
  return g_strdup_printf ("%s\x1f%s\x1f%d", indicator, region, year);
}

gboolean
totuo_observations_add (TotuoObservations *observations,
                        const gchar       *indicator,
                        const gchar       *region_code,
                        gint               year,
                        gdouble            value,
                        GError           **error)
{
  gchar *key;

  g_return_val_if_fail (observations != NULL, FALSE);
  g_return_val_if_fail (indicator != NULL && region_code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!TOTUO_YEAR_IS_VALID (year))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("the year %d of %s for %s is outside %d..%d"), year, indicator, region_code,
                   TOTUO_MIN_YEAR, TOTUO_MAX_YEAR);
      return FALSE;
    }
  if (!isfinite (value))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_BAD_NUMBER,
                   M_("the value of %s for %s in %d is not a finite number"),
                   indicator, region_code, year);
      return FALSE;
    }
  key = external_key (indicator, region_code, year);
  if (g_hash_table_contains (observations->external, key))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                   M_("%s for %s in %d is observed twice"), indicator, region_code, year);
      g_free (key);
      return FALSE;
    }
  g_hash_table_insert (observations->external, key, g_memdup2 (&value, sizeof value));
  return TRUE;
}

/* ---- the CSV of external observations ------------------------------------ */

enum { O_INDICATOR, O_REGION, O_YEAR, O_VALUE, N_OBS_COLUMNS };

static const gchar *const obs_columns[N_OBS_COLUMNS][3] = {
  { "indicator", "指标", NULL },
  { "region", "区划代码", NULL },
  { "year", "年份", NULL },
  { "value", "数值", NULL },
};

static gboolean
map_header (TotuoCsvReader *rd,
            gint           *field_of,
            GError        **error)
{
  for (guint c = 0; c < N_OBS_COLUMNS; c++)
    field_of[c] = -1;
  for (guint f = 0; f < rd->n_fields; f++)
    for (guint c = 0; c < N_OBS_COLUMNS; c++)
      {
        gsize len = rd->fields[f].len;
        const gchar *name = totuo_trim (rd->fields[f].ptr, &len);
        for (guint a = 0; obs_columns[c][a] != NULL && a < 2; a++)
          if (strlen (obs_columns[c][a]) == len && memcmp (obs_columns[c][a], name, len) == 0)
            field_of[c] = (gint) f;
      }
  for (guint c = 0; c < N_OBS_COLUMNS; c++)
    if (field_of[c] < 0)
      {
        g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN,
                     M_("%s:%u: required column '%s' is missing from the header"),
                     rd->source, rd->record_line, obs_columns[c][0]);
        return FALSE;
      }
  return TRUE;
}

typedef struct {
  gchar *indicator;
  gchar *region;
  gint year;
  gdouble value;
  guint line;
} Row;

static void
clear_row (gpointer data)
{
  Row *row = data;
  g_free (row->indicator);
  g_free (row->region);
}

static gchar *
trimmed (const TotuoCsvField *f)
{
  gsize len = f->len;
  const gchar *p = totuo_trim (f->ptr, &len);
  return g_strndup (p, len);
}

static gboolean
read_observation (TotuoCsvReader *rd,
                  const gint     *field_of,
                  guint           n_header_fields,
                  GArray         *rows,
                  GError        **error)
{
  const TotuoCsvField *f[N_OBS_COLUMNS];
  gint64 year = 0;
  Row row = { 0 };
  guint c;

  /* Fields past this record's last would be a previous record's. */
  if (rd->n_fields != n_header_fields)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
                   M_("%s:%u: %u fields where the header has %u"),
                   rd->source, rd->record_line, rd->n_fields, n_header_fields);
      return FALSE;
    }
  for (c = 0; c < N_OBS_COLUMNS; c++)
    {
      gsize len;
      f[c] = &rd->fields[field_of[c]];
      len = f[c]->len;
      totuo_trim (f[c]->ptr, &len);
      if (len == 0)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE,
                       M_("%s:%u: column '%s': a value is required"), rd->source, rd->record_line,
                       obs_columns[c][0]);
          return FALSE;
        }
    }
  if (!totuo_parse_count (f[O_YEAR]->ptr, f[O_YEAR]->len, 9999, &year, error))
    c = O_YEAR;
  else if (!totuo_parse_double (f[O_VALUE]->ptr, f[O_VALUE]->len, &row.value, error))
    c = O_VALUE;
  else
    {
      row.indicator = trimmed (f[O_INDICATOR]);
      row.region = trimmed (f[O_REGION]);
      row.year = (gint) year;
      row.line = rd->record_line;
      g_array_append_val (rows, row);
      return TRUE;
    }
  g_prefix_error (error, M_("%s:%u: column '%s': "), rd->source, rd->record_line, obs_columns[c][0]);
  return FALSE;
}

/* Adds every row or, on the first that fails, takes back those added. */
static gboolean
add_rows (TotuoObservations *obs,
          GArray            *rows,
          const gchar       *source,
          GError           **error)
{
  for (guint k = 0; k < rows->len; k++)
    {
      const Row *row = &g_array_index (rows, Row, k);
      if (!totuo_observations_add (obs, row->indicator, row->region, row->year, row->value,
                                   error))
        {
          g_prefix_error (error, "%s:%u: ", source, row->line);
          for (guint j = 0; j < k; j++)
            {
              const Row *done = &g_array_index (rows, Row, j);
              g_autofree gchar *key = external_key (done->indicator, done->region, done->year);
              g_hash_table_remove (obs->external, key);
            }
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
load_rows (TotuoObservations *obs,
           const gchar       *data,
           gsize              len,
           const gchar       *source,
           GError           **error)
{
  TotuoCsvReader rd;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  gint field_of[N_OBS_COLUMNS];
  guint n_header_fields = 0;
  gboolean ok;
  gint got;

  g_array_set_clear_func (rows, clear_row);
  totuo_csv_reader_init (&rd, data, len, source);
  got = totuo_csv_reader_next (&rd, error);
  if (got == 0)
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN, M_("%s: the file is empty"), source);
  ok = got > 0 && map_header (&rd, field_of, error);
  n_header_fields = rd.n_fields;
  while (ok && (got = totuo_csv_reader_next (&rd, error)) > 0)
    ok = read_observation (&rd, field_of, n_header_fields, rows, error);
  totuo_csv_reader_clear (&rd);
  return ok && got == 0 && add_rows (obs, rows, source, error);
}

gboolean
totuo_observations_load_csv_data (TotuoObservations *observations,
                                  const gchar       *data,
                                  gssize             length,
                                  const gchar       *source_name,
                                  GError           **error)
{
  const gchar *source = source_name != NULL ? source_name : "<data>";
  gsize len;

  g_return_val_if_fail (observations != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (data == NULL)
    data = "";
  len = length < 0 ? strlen (data) : (gsize) length;
  if (!totuo_check_input (data, len, source, error))
    return FALSE;
  return load_rows (observations, data, len, source, error);
}

gboolean
totuo_observations_load_csv (TotuoObservations *observations,
                             const gchar       *path,
                             GError           **error)
{
  g_autofree gchar *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (observations != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  contents = totuo_read_file (path, &len, error);
  if (contents == NULL)
    return FALSE;
  return totuo_observations_load_csv_data (observations, contents, (gssize) len, path, error);
}

/* ---- reading ------------------------------------------------------------------- */

gboolean
totuo_observations_lookup (TotuoObservations *observations,
                           const gchar       *indicator,
                           const gchar       *region_code,
                           gint               year,
                           gdouble           *out_value)
{
  g_autofree gchar *key = NULL;
  const gdouble *external;
  const YearData *y;
  TotuoIndicator ind;
  gdouble value;

  g_return_val_if_fail (observations != NULL, FALSE);
  g_return_val_if_fail (indicator != NULL && region_code != NULL, FALSE);

  key = external_key (indicator, region_code, year);
  external = g_hash_table_lookup (observations->external, key);
  if (external != NULL)
    value = *external;
  else
    {
      const RegionRow *r;
      if ((y = find_year (observations, year)) == NULL ||
          !totuo_indicator_from_id (indicator, &ind) ||
          (r = g_hash_table_lookup (y->regions, region_code)) == NULL ||
          !totuo_indicator_table_get_at (y->table, r->row, ind, &value, NULL))
        return FALSE;
    }
  if (out_value != NULL)
    *out_value = value;
  return TRUE;
}

gchar *
totuo_observations_get_parent_code (TotuoObservations *observations,
                                    const gchar       *region_code)
{
  g_return_val_if_fail (observations != NULL, NULL);
  g_return_val_if_fail (region_code != NULL, NULL);

  for (guint k = observations->years->len; k-- > 0; )
    {
      GHashTable *regions = g_array_index (observations->years, YearData, k).regions;
      const RegionRow *r = g_hash_table_lookup (regions, region_code);
      if (r != NULL)
        return g_strdup (r->parent);
    }
  return NULL;
}

static gint
compare_ints (gconstpointer a,
              gconstpointer b)
{
  gint x = *(const gint *) a, y = *(const gint *) b;
  return (x > y) - (x < y);
}

gint *
totuo_observations_get_years (TotuoObservations *observations,
                              gsize             *out_n)
{
  g_autoptr(GHashTable) seen = NULL;
  GArray *years;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (observations != NULL, NULL);
  g_return_val_if_fail (out_n != NULL, NULL);
  /* Allocated only once the arguments are known good: a misuse must not leak. */
  seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  years = g_array_new (FALSE, FALSE, sizeof (gint));
  for (guint k = 0; k < observations->years->len; k++)
    g_hash_table_add (seen, GINT_TO_POINTER (g_array_index (observations->years, YearData, k).year));
  g_hash_table_iter_init (&iter, observations->external);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (seen, GINT_TO_POINTER (atoi (strrchr (key, '\x1f') + 1)));
  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint y = GPOINTER_TO_INT (key);
      g_array_append_val (years, y);
    }
  g_array_sort (years, compare_ints);
  *out_n = years->len;
  return (gint *) g_array_free (years, FALSE);
}
