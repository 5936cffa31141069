/* libtotuo - travel times from demand points to institutions (access.h). */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/access.h>
#include <totuo/error.h>
#include <totuo/limits.h>

#include "csv-reader.h"
#include "dataset-private.h"
#include "demand-private.h"
#include "text.h"
#include "travel-times-private.h"
#include "i18n.h"

enum { T_ORIGIN, T_DESTINATION, T_MINUTES, N_TIME_COLUMNS };

static const gchar *const time_columns[N_TIME_COLUMNS][6] = {
  [T_ORIGIN] = { "origin", "from", "demand", "起点", "需求点", NULL },
  [T_DESTINATION] = { "destination", "to", "institution", "终点", "机构编号", NULL },
  [T_MINUTES] = { "minutes", "time", "分钟", "时间", "出行时间", NULL },
};

TotuoTravelTimes *
totuo_travel_times_ref (TotuoTravelTimes *times)
{
  g_return_val_if_fail (times != NULL, NULL);
  g_atomic_ref_count_inc (&times->ref);
  return times;
}

void
totuo_travel_times_unref (TotuoTravelTimes *times)
{
  if (times == NULL || !g_atomic_ref_count_dec (&times->ref))
    return;
  totuo_demand_unref (times->demand);
  g_free (times->origin);
  g_free (times->destination);
  g_free (times->minutes);
  g_free (times);
}

gsize
totuo_travel_times_get_n_pairs (TotuoTravelTimes *times)
{
  g_return_val_if_fail (times != NULL, 0);
  return times->n;
}

static gboolean
fail_at (const TotuoCsvReader *rd,
         const gint           *field_of,
         guint                 column,
         GError              **error)
{
  g_prefix_error (error, M_("%s:%u:%d: column '%s': "), rd->source, rd->record_line,
                  field_of[column] + 1, time_columns[column][0]);
  return FALSE;
}

static gboolean
read_header (const TotuoCsvReader *rd,
             gint                 *field_of,
             GError              **error)
{
  for (guint c = 0; c < N_TIME_COLUMNS; c++)
    field_of[c] = -1;
  for (guint f = 0; f < rd->n_fields; f++)
    {
      gsize len = rd->fields[f].len;
      const gchar *name = totuo_trim (rd->fields[f].ptr, &len);
      if (f == 0 && len >= 3 && memcmp (name, "\xEF\xBB\xBF", 3) == 0)
        {
          name += 3;
          len -= 3;
        }
      for (guint c = 0; c < N_TIME_COLUMNS; c++)
        for (guint a = 0; time_columns[c][a] != NULL; a++)
          if (strlen (time_columns[c][a]) == len &&
              g_ascii_strncasecmp (time_columns[c][a], name, len) == 0)
            {
              if (field_of[c] >= 0)
                {
                  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_COLUMN,
                               M_("%s:%u:%u: column '%s' is given twice"), rd->source, rd->record_line,
                               f + 1, time_columns[c][0]);
                  return FALSE;
                }
              field_of[c] = (gint) f;
            }
    }
  for (guint c = 0; c < N_TIME_COLUMNS; c++)
    if (field_of[c] < 0)
      {
        g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN,
                     M_("%s:%u: required column '%s' is missing from the header (a travel-time "
                     "table has origin, destination and minutes)"), rd->source, rd->record_line,
                     time_columns[c][0]);
        return FALSE;
      }
  return TRUE;
}

TotuoTravelTimes *
totuo_travel_times_load_csv_data (TotuoDemand  *demand,
                                  const gchar  *data,
                                  gssize        length,
                                  const gchar  *source_name,
                                  GError      **error)
{
  const gchar *source = source_name != NULL ? source_name : "<data>";
  g_autoptr(GHashTable) points = NULL, pairs = NULL;
  g_autoptr(GArray) origin = NULL, destination = NULL, minutes = NULL;
  TotuoTravelTimes *times;
  TotuoCsvReader rd;
  gint field_of[N_TIME_COLUMNS];
  guint n_header_fields = 0;
  gboolean ok;
  gsize len;
  gint got;

  g_return_val_if_fail (demand != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  len = length < 0 ? strlen (data) : (gsize) length;
  if (!totuo_check_input (data, len, source, error))
    return NULL;
  points = g_hash_table_new (g_str_hash, g_str_equal);
  for (gsize i = 0; i < demand->n; i++)
    g_hash_table_insert (points, demand->ids[i], GSIZE_TO_POINTER (i + 1));
  pairs = g_hash_table_new (g_int64_hash, g_int64_equal);
  origin = g_array_new (FALSE, FALSE, sizeof (guint32));
  destination = g_array_new (FALSE, FALSE, sizeof (guint32));
  minutes = g_array_new (FALSE, FALSE, sizeof (gdouble));

  totuo_csv_reader_init (&rd, data, len, source);
  got = totuo_csv_reader_next (&rd, error);
  if (got == 0)
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN, M_("%s: the file is empty"), source);
  ok = got > 0 && read_header (&rd, field_of, error);
  n_header_fields = rd.n_fields;
  while (ok && (got = totuo_csv_reader_next (&rd, error)) > 0)
    {
      const TotuoCsvField *f[N_TIME_COLUMNS];
      g_autofree gchar *id = NULL;
      gsize lens[N_TIME_COLUMNS], point;
      const gchar *s[N_TIME_COLUMNS];
      guint32 row;
      gdouble t;
      gint64 *key;

      if (rd.n_fields != n_header_fields)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, M_("%s:%u: %u fields where the header has %u"),
                       source, rd.record_line, rd.n_fields, n_header_fields);
          ok = FALSE;
          break;
        }
      for (guint c = 0; c < N_TIME_COLUMNS && ok; c++)
        {
          f[c] = &rd.fields[field_of[c]];
          lens[c] = f[c]->len;
          s[c] = totuo_trim (f[c]->ptr, &lens[c]);
          if (lens[c] == 0)
            {
              g_set_error_literal (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE, M_("a value is required"));
              ok = fail_at (&rd, field_of, c, error);
            }
        }
      if (!ok)
        break;
      id = g_strndup (s[T_ORIGIN], lens[T_ORIGIN]);
      point = GPOINTER_TO_SIZE (g_hash_table_lookup (points, id));
      if (point == 0)
        {
          g_autofree gchar *shown = g_utf8_make_valid (id, -1);
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND, M_("no demand point has the id \"%s\""),
                       TOTUO_SHOWN (shown));
          ok = fail_at (&rd, field_of, T_ORIGIN, error);
          break;
        }
      row = totuo_dataset_find_institution (demand->dataset, s[T_DESTINATION], lens[T_DESTINATION]);
      if (row == TOTUO_NO_INDEX)
        {
          g_autofree gchar *shown = g_utf8_make_valid (s[T_DESTINATION], (gssize) lens[T_DESTINATION]);
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND, M_("no institution has the id \"%s\""),
                       TOTUO_SHOWN (shown));
          ok = fail_at (&rd, field_of, T_DESTINATION, error);
          break;
        }
      if (!totuo_parse_double (s[T_MINUTES], lens[T_MINUTES], &t, error))
        {
          ok = fail_at (&rd, field_of, T_MINUTES, error);
          break;
        }
      if (t < 0)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NEGATIVE, M_("%g minutes is negative"), t);
          ok = fail_at (&rd, field_of, T_MINUTES, error);
          break;
        }
      key = g_new (gint64, 1);
      *key = (gint64) ((guint64) (point - 1) << 32 | row);
      if (g_hash_table_contains (pairs, key))
        {
          g_free (key);
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                       M_("the pair of \"%s\" and \"%.*s\" is given twice"), TOTUO_SHOWN (id),
                       (gint) MIN (lens[T_DESTINATION], 40), s[T_DESTINATION]);
          ok = fail_at (&rd, field_of, T_DESTINATION, error);
          break;
        }
      g_hash_table_add (pairs, key);
      {
        guint32 o = (guint32) (point - 1);
        g_array_append_val (origin, o);
        g_array_append_val (destination, row);
        g_array_append_val (minutes, t);
      }
    }
  totuo_csv_reader_clear (&rd);
  {
    /* The keys were allocated one by one. */
    GHashTableIter iter;
    gpointer k;
    g_hash_table_iter_init (&iter, pairs);
    while (g_hash_table_iter_next (&iter, &k, NULL))
      g_free (k);
  }
  if (!ok || got < 0)
    return NULL;
  times = g_new0 (TotuoTravelTimes, 1);
  g_atomic_ref_count_init (&times->ref);
  times->demand = totuo_demand_ref (demand);
  times->generation = demand->dataset->generation;
  times->n = origin->len;
  times->origin = (guint32 *) g_array_free (g_steal_pointer (&origin), FALSE);
  times->destination = (guint32 *) g_array_free (g_steal_pointer (&destination), FALSE);
  times->minutes = (gdouble *) g_array_free (g_steal_pointer (&minutes), FALSE);
  return times;
}

TotuoTravelTimes *
totuo_travel_times_load_csv (TotuoDemand  *demand,
                             const gchar  *path,
                             GError      **error)
{
  g_autofree gchar *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (demand != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  contents = totuo_read_file (path, &len, error);
  if (contents == NULL)
    return NULL;
  return totuo_travel_times_load_csv_data (demand, contents, (gssize) len, path, error);
}
