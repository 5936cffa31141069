/* libtotuo - demand points: where the children under three live. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/limits.h>

#include "csv-reader.h"
#include "dataset-private.h"
#include "demand-private.h"
#include "text.h"
#include "transcode.h"
#include "i18n.h"

/* Regions left out of a demand made from a level are listed by name up to
 * this many, then counted. */
#define MAX_NAMED 10

TotuoDemand *
totuo_demand_alloc (TotuoDataset *dataset,
                    gsize         capacity)
{
  TotuoDemand *d = g_new0 (TotuoDemand, 1);

  g_atomic_ref_count_init (&d->ref);
  d->dataset = totuo_dataset_ref (dataset);
  d->regions_generation = dataset->regions_generation;
  d->ids = g_new0 (gchar *, capacity + 1);
  d->region = g_new (guint32, MAX (capacity, 1));
  d->lat = g_new (gdouble, MAX (capacity, 1));
  d->lon = g_new (gdouble, MAX (capacity, 1));
  d->children = g_new (gint64, MAX (capacity, 1));
  d->residents = g_new (gint64, MAX (capacity, 1));
  d->warnings = g_ptr_array_new_with_free_func (g_free);
  return d;
}

TotuoDemand *
totuo_demand_ref (TotuoDemand *demand)
{
  g_return_val_if_fail (demand != NULL, NULL);
  g_atomic_ref_count_inc (&demand->ref);
  return demand;
}

void
totuo_demand_unref (TotuoDemand *demand)
{
  if (demand == NULL || !g_atomic_ref_count_dec (&demand->ref))
    return;
  totuo_dataset_unref (demand->dataset);
  g_strfreev (demand->ids);
  g_free (demand->region);
  g_free (demand->lat);
  g_free (demand->lon);
  g_free (demand->children);
  g_free (demand->residents);
  g_ptr_array_unref (demand->warnings);
  g_free (demand);
}

/* ---- from the regions of a level ------------------------------------------------ */

TotuoDemand *
totuo_demand_new_from_regions (TotuoDataset     *dataset,
                               TotuoRegionLevel  level,
                               TotuoDatum        datum,
                               GError          **error)
{
  g_autoptr(TotuoDemand) d = NULL;
  g_autoptr(GString) unlocated = g_string_new (NULL);
  g_autoptr(GString) uncounted = g_string_new (NULL);
  guint n_unlocated = 0, n_uncounted = 0, n_level = 0;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail ((guint) level <= TOTUO_REGION_LEVEL_NATION, NULL);
  g_return_val_if_fail ((guint) datum <= TOTUO_DATUM_BD09, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  d = totuo_demand_alloc (dataset, dataset->n_regions);
  for (guint32 r = 0; r < dataset->n_regions; r++)
    {
      const TotuoRegionRec *rec = &dataset->regions[r];
      gdouble lat, lon;

      if (rec->level != level)
        continue;
      n_level++;
      if (isnan (rec->lat) || isnan (rec->lon) ||
          !totuo_datum_to_wgs84 (datum, rec->lat, rec->lon, &lat, &lon))
        {
          if (n_unlocated++ < MAX_NAMED)
            g_string_append_printf (unlocated, "%s%s %s", n_unlocated > 1 ? ", " : "", rec->code,
                                    rec->name);
          continue;
        }
      if (rec->under3 == TOTUO_UNKNOWN)
        {
          if (n_uncounted++ < MAX_NAMED)
            g_string_append_printf (uncounted, "%s%s %s", n_uncounted > 1 ? ", " : "", rec->code,
                                    rec->name);
          continue;
        }
      d->ids[d->n] = g_strdup (rec->code);
      d->region[d->n] = r;
      d->lat[d->n] = lat;
      d->lon[d->n] = lon;
      d->children[d->n] = rec->under3;
      d->residents[d->n] = rec->population;
      d->n++;
    }
  if (n_unlocated > 0)
    g_ptr_array_add (d->warnings,
                     g_strdup_printf (M_("%u of %u %s regions have no location (lat, lon) and are "
                                      "not demand points: %s%s"), n_unlocated, n_level,
                                      totuo_region_level_to_string (level), unlocated->str,
                                      n_unlocated > MAX_NAMED ? " ..." : ""));
  if (n_uncounted > 0)
    g_ptr_array_add (d->warnings,
                     g_strdup_printf (M_("%u of %u %s regions have no figure for their children "
                                      "under three and are not demand points: %s%s"), n_uncounted,
                                      n_level, totuo_region_level_to_string (level),
                                      uncounted->str, n_uncounted > MAX_NAMED ? " ..." : ""));
  if (d->n == 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND,
                   M_("no %s region has both a location (lat, lon) and its children under three "
                   "(%u regions at that level)"), totuo_region_level_to_string (level), n_level);
      return NULL;
    }
  return g_steal_pointer (&d);
}

/* ---- from a file ------------------------------------------------------------------ */

enum { D_ID, D_REGION, D_LAT, D_LON, D_UNDER3, D_RESIDENTS, D_CRS, N_DEMAND_COLUMNS };

/* Each column's names, the English first; a header matches one exactly
 * (spaces around it and case aside). */
static const gchar *const demand_columns[N_DEMAND_COLUMNS][8] = {
  [D_ID] = { "id", "编号", "点位编号", "小区编号", "name", NULL },
  [D_REGION] = { "region", "区划代码", "所属区划", "社区代码", "code", NULL },
  [D_LAT] = { "lat", "latitude", "纬度", "y", NULL },
  [D_LON] = { "lon", "lng", "longitude", "经度", "x", NULL },
  [D_UNDER3] = { "under3", "children", "3岁以下婴幼儿数", "婴幼儿数", "3岁以下婴幼儿", NULL },
  [D_RESIDENTS] = { "residents", "population", "常住人口", "人口", NULL },
  [D_CRS] = { "crs", "datum", "坐标系", NULL },
};

static gint
column_of (const gchar *name,
           gsize        len)
{
  for (guint c = 0; c < N_DEMAND_COLUMNS; c++)
    for (guint a = 0; demand_columns[c][a] != NULL; a++)
      if (strlen (demand_columns[c][a]) == len &&
          g_ascii_strncasecmp (demand_columns[c][a], name, len) == 0)
        return (gint) c;
  return -1;
}

typedef struct {
  TotuoCsvReader rd;
  gint field_of[N_DEMAND_COLUMNS];
  guint n_header_fields;
} Parse;

static gboolean
read_header (Parse        *p,
             TotuoDemand  *d,
             GError      **error)
{
  TotuoCsvReader *rd = &p->rd;

  for (guint c = 0; c < N_DEMAND_COLUMNS; c++)
    p->field_of[c] = -1;
  for (guint f = 0; f < rd->n_fields; f++)
    {
      gsize len = rd->fields[f].len;
      const gchar *name = totuo_trim (rd->fields[f].ptr, &len);
      gint c;
      if (f == 0 && len >= 3 && memcmp (name, "\xEF\xBB\xBF", 3) == 0)
        {
          name += 3;   /* a byte order mark before the first header */
          len -= 3;
        }
      c = column_of (name, len);
      if (c < 0)
        {
          g_ptr_array_add (d->warnings,
                           g_strdup_printf (M_("%s:%u:%u: column '%.*s' is not used"), rd->source,
                                            rd->record_line, f + 1, (gint) MIN (len, 64), name));
          continue;
        }
      if (p->field_of[c] >= 0)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_COLUMN,
                       M_("%s:%u:%u: column '%s' is given twice (also column %d)"), rd->source,
                       rd->record_line, f + 1, demand_columns[c][0], p->field_of[c] + 1);
          return FALSE;
        }
      p->field_of[c] = (gint) f;
    }
  for (guint c = 0; c <= D_UNDER3; c++)
    if (p->field_of[c] < 0)
      {
        g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN,
                     M_("%s:%u: required column '%s' is missing from the header (a demand file "
                     "has id, region, lat, lon and under3)"), rd->source, rd->record_line,
                     demand_columns[c][0]);
        return FALSE;
      }
  p->n_header_fields = rd->n_fields;
  return TRUE;
}

/* A field of the row, trimmed; NULL for a column the header does not have. */
static const gchar *
field (Parse *p,
       guint  column,
       gsize *len)
{
  const TotuoCsvField *f;

  if (p->field_of[column] < 0)
    {
      *len = 0;
      return NULL;
    }
  f = &p->rd.fields[p->field_of[column]];
  *len = f->len;
  return totuo_trim (f->ptr, len);
}

static gboolean
fail_at (Parse        *p,
         guint         column,
         GError      **error)
{
  g_prefix_error (error, M_("%s:%u:%d: column '%s': "), p->rd.source, p->rd.record_line,
                  p->field_of[column] + 1, demand_columns[column][0]);
  return FALSE;
}

static gboolean
read_row (Parse         *p,
          TotuoDemand   *d,
          GHashTable    *seen,
          TotuoDatum     datum,
          guint         *n_converted,
          GError       **error)
{
  TotuoDataset *ds = d->dataset;
  const gchar *s;
  gsize len;
  gint64 count;
  gdouble lat, lon;
  guint32 row;
  gchar *id;

  if (p->rd.n_fields != p->n_header_fields)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, M_("%s:%u: %u fields where the header has %u"),
                   p->rd.source, p->rd.record_line, p->rd.n_fields, p->n_header_fields);
      return FALSE;
    }
  for (guint c = 0; c <= D_UNDER3; c++)
    if (field (p, c, &len), len == 0)
      {
        g_set_error_literal (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE, M_("a value is required"));
        return fail_at (p, c, error);
      }
  if (d->n >= (gsize) TOTUO_MAX_INSTITUTION_COUNT)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT, M_("%s:%u: more than %lld demand points"),
                   p->rd.source, p->rd.record_line, (long long) TOTUO_MAX_INSTITUTION_COUNT);
      return FALSE;
    }
  s = field (p, D_ID, &len);
  if (!totuo_utf8_validate_value (s, len))
    {
      g_set_error_literal (error, TOTUO_ERROR, TOTUO_ERROR_ENCODING, M_("the id is not valid UTF-8"));
      return fail_at (p, D_ID, error);
    }
  id = g_strndup (s, len);
  if (g_hash_table_contains (seen, id))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID, M_("id \"%s\" is given twice (also line %u)"),
                   TOTUO_SHOWN (id), GPOINTER_TO_UINT (g_hash_table_lookup (seen, id)));
      g_free (id);
      return fail_at (p, D_ID, error);
    }
  d->ids[d->n] = id;
  g_hash_table_insert (seen, id, GUINT_TO_POINTER (p->rd.record_line));

  s = field (p, D_REGION, &len);
  row = totuo_dataset_find_region (ds, s, len);
  if (row == TOTUO_NO_INDEX)
    {
      g_autofree gchar *code = g_utf8_make_valid (s, (gssize) len);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_REGION,
                   M_("no region of the dataset has the code \"%s\""), TOTUO_SHOWN (code));
      return fail_at (p, D_REGION, error);
    }
  d->region[d->n] = row;

  s = field (p, D_CRS, &len);
  if (len > 0)
    {
      g_autofree gchar *name = g_utf8_make_valid (s, (gssize) len);
      if (!totuo_datum_from_string (name, &datum))
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE,
                       M_("unknown datum \"%s\" (write wgs84, gcj02 or bd09)"), TOTUO_SHOWN (name));
          return fail_at (p, D_CRS, error);
        }
    }
  s = field (p, D_LAT, &len);
  if (!totuo_parse_double (s, len, &lat, error))
    return fail_at (p, D_LAT, error);
  if (!(lat >= -90 && lat <= 90))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE, M_("latitude %g is not within [-90, 90]"), lat);
      return fail_at (p, D_LAT, error);
    }
  s = field (p, D_LON, &len);
  if (!totuo_parse_double (s, len, &lon, error))
    return fail_at (p, D_LON, error);
  if (!(lon >= -180 && lon <= 180))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE, M_("longitude %g is not within [-180, 180]"), lon);
      return fail_at (p, D_LON, error);
    }
  totuo_datum_to_wgs84 (datum, lat, lon, &d->lat[d->n], &d->lon[d->n]);
  *n_converted += datum != TOTUO_DATUM_WGS84;

  s = field (p, D_UNDER3, &len);
  if (!totuo_parse_count (s, len, G_MAXINT32, &count, error))
    return fail_at (p, D_UNDER3, error);
  d->children[d->n] = count;
  s = field (p, D_RESIDENTS, &len);
  if (len == 0)
    d->residents[d->n] = TOTUO_UNKNOWN;
  else if (!totuo_parse_count (s, len, G_MAXINT32, &d->residents[d->n], error))
    return fail_at (p, D_RESIDENTS, error);
  d->n++;
  return TRUE;
}

static TotuoDemand *
load_text (TotuoDataset *dataset,
           const gchar  *data,
           gsize         len,
           const gchar  *source,
           TotuoDatum    datum,
           const gchar  *note,
           GError      **error)
{
  gsize quotes = 0;
  g_autoptr(TotuoDemand) d = totuo_demand_alloc (dataset, totuo_count_line_ends (data, len, &quotes) + 1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_converted = 0;
  gboolean ok;
  gint got;
  Parse p;

  totuo_csv_reader_init (&p.rd, data, len, source);
  got = totuo_csv_reader_next (&p.rd, error);
  if (got == 0)
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN, M_("%s: the file is empty"), source);
  ok = got > 0 && read_header (&p, d, error);
  while (ok && (got = totuo_csv_reader_next (&p.rd, error)) > 0)
    ok = read_row (&p, d, seen, datum, &n_converted, error);
  totuo_csv_reader_clear (&p.rd);
  if (!ok || got < 0)
    return NULL;
  if (d->n == 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE, M_("%s: no demand point (the file "
                   "has a header and no row)"), source);
      return NULL;
    }
  if (note != NULL)
    g_ptr_array_add (d->warnings, g_strdup_printf ("%s: %s", source, note));
  if (n_converted > 0)
    g_ptr_array_add (d->warnings, g_strdup_printf (M_("%s: %u of %zu points converted to WGS84 from "
                                                   "another datum"), source, n_converted, d->n));
  return g_steal_pointer (&d);
}

TotuoDemand *
totuo_demand_load_csv_data (TotuoDataset *dataset,
                            const gchar  *data,
                            gssize        length,
                            const gchar  *source_name,
                            TotuoDatum    datum,
                            GError      **error)
{
  const gchar *source = source_name != NULL ? source_name : "<data>";
  g_autofree gchar *text = NULL, *note = NULL;
  gsize len, text_len = 0;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail ((guint) datum <= TOTUO_DATUM_BD09, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  len = length < 0 ? strlen (data) : (gsize) length;
  if (!totuo_check_size (len, source, error))
    return NULL;
  /* UTF-8 with commas as it is; GB18030, UTF-16 or tabs as the registries. */
  if (dataset->input_encoding == NULL && !totuo_transcode_needed (data, len) &&
      totuo_utf8_validate (data, len, NULL))
    return load_text (dataset, data, len, source, datum, NULL, error);
  text = totuo_transcode (data, len, dataset->input_encoding, source, &text_len, &note, error);
  if (text == NULL)
    return NULL;
  if (!totuo_check_input (text, text_len, source, error))
    return NULL;
  return load_text (dataset, text, text_len, source, datum, note, error);
}

TotuoDemand *
totuo_demand_load_csv (TotuoDataset *dataset,
                       const gchar  *path,
                       TotuoDatum    datum,
                       GError      **error)
{
  g_autofree gchar *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail ((guint) datum <= TOTUO_DATUM_BD09, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  contents = totuo_read_file (path, &len, error);
  if (contents == NULL)
    return NULL;
  return totuo_demand_load_csv_data (dataset, contents, (gssize) len, path, datum, error);
}

/* ---- reading ------------------------------------------------------------------------ */

TotuoDataset *
totuo_demand_get_dataset (TotuoDemand *demand)
{
  g_return_val_if_fail (demand != NULL, NULL);
  return demand->dataset;
}

gsize
totuo_demand_get_n_points (TotuoDemand *demand)
{
  g_return_val_if_fail (demand != NULL, 0);
  return demand->n;
}

const gchar *
totuo_demand_get_id (TotuoDemand *demand,
                     gsize        index)
{
  g_return_val_if_fail (demand != NULL, NULL);
  g_return_val_if_fail (index < demand->n, NULL);
  return demand->ids[index];
}

const gchar *
totuo_demand_get_region_code (TotuoDemand *demand,
                              gsize        index)
{
  g_return_val_if_fail (demand != NULL, NULL);
  g_return_val_if_fail (index < demand->n, NULL);
  g_return_val_if_fail (demand->regions_generation == demand->dataset->regions_generation, NULL);
  return demand->dataset->regions[demand->region[index]].code;
}

void
totuo_demand_get_location (TotuoDemand *demand,
                           gsize        index,
                           gdouble     *out_lat,
                           gdouble     *out_lon)
{
  g_return_if_fail (demand != NULL);
  g_return_if_fail (index < demand->n);
  if (out_lat != NULL)
    *out_lat = demand->lat[index];
  if (out_lon != NULL)
    *out_lon = demand->lon[index];
}

gint64
totuo_demand_get_children (TotuoDemand *demand,
                           gsize        index)
{
  g_return_val_if_fail (demand != NULL, 0);
  g_return_val_if_fail (index < demand->n, 0);
  return demand->children[index];
}

gint64
totuo_demand_get_residents (TotuoDemand *demand,
                            gsize        index)
{
  g_return_val_if_fail (demand != NULL, TOTUO_UNKNOWN);
  g_return_val_if_fail (index < demand->n, TOTUO_UNKNOWN);
  return demand->residents[index];
}

gchar **
totuo_demand_get_warnings (TotuoDemand *demand,
                           gsize       *out_n)
{
  gchar **out;

  g_return_val_if_fail (demand != NULL, NULL);
  out = g_new0 (gchar *, demand->warnings->len + 1);
  for (guint k = 0; k < demand->warnings->len; k++)
    out[k] = g_strdup (demand->warnings->pdata[k]);
  if (out_n != NULL)
    *out_n = demand->warnings->len;
  return out;
}
