/* libtotuo - tables handed over as columns in memory (a DataFrame's): a
 * table source like the files, see columns.h.
 *
 * The columns are written as the CSV text a file would hold, header and
 * all, and loaded by the record builder (lib/csv.c): one set of rules,
 * words, units, warnings and errors for every source, and an error's line
 * says the row (line k + 1 is row k). Writing the text costs far less than
 * what a caller would pay to make it (pandas' to_csv of a million rows
 * takes seconds). */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/columns.h>
#include <totuo/error.h>

#include "csv-load.h"
#include "dataset-private.h"
#include "text.h"

/* The preconditions: each column names its header and holds n values of
 * its type; a text column's n texts lie within its buffer. */
static gboolean
columns_ok (const TotuoColumn *columns,
            gsize              n_columns,
            gsize              n_rows)
{
  g_return_val_if_fail (columns != NULL || n_columns == 0, FALSE);
  for (gsize c = 0; c < n_columns; c++)
    {
      const TotuoColumn *col = &columns[c];
      g_return_val_if_fail (col->name != NULL, FALSE);
      switch (col->type)
        {
        case TOTUO_COLUMN_TEXT:
          {
            gsize texts = 0;
            g_return_val_if_fail (col->texts != NULL || n_rows == 0, FALSE);
            for (gsize at = 0; at < col->texts_size; at++)
              texts += col->texts[at] == '\0';
            g_return_val_if_fail (texts == n_rows, FALSE);
            g_return_val_if_fail (n_rows == 0 || col->texts[col->texts_size - 1] == '\0', FALSE);
            break;
          }
        case TOTUO_COLUMN_INTEGER:
          g_return_val_if_fail (col->integers != NULL || n_rows == 0, FALSE);
          break;
        case TOTUO_COLUMN_REAL:
          g_return_val_if_fail (col->reals != NULL || n_rows == 0, FALSE);
          break;
        default:
          g_return_val_if_reached (FALSE);
        }
    }
  return TRUE;
}

/* The columns as CSV text: the header, then a line per row. */
static GString *
columns_text (const TotuoColumn *columns,
              gsize              n_columns,
              gsize              n_rows)
{
  GString *out = g_string_sized_new (64 + n_rows * n_columns * 6);
  g_autofree const gchar **cursor = g_new0 (const gchar *, MAX (n_columns, 1));

  for (gsize c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      totuo_append_csv_field (out, columns[c].name);
      cursor[c] = columns[c].texts;
    }
  g_string_append_c (out, '\n');
  for (gsize r = 0; r < n_rows; r++)
    {
      for (gsize c = 0; c < n_columns; c++)
        {
          const TotuoColumn *col = &columns[c];
          if (c > 0)
            g_string_append_c (out, ',');
          if (col->type == TOTUO_COLUMN_TEXT)
            {
              totuo_append_csv_field (out, cursor[c]);
              cursor[c] += strlen (cursor[c]) + 1;
            }
          else if (col->type == TOTUO_COLUMN_INTEGER)
            {
              gint64 v = col->integers[r];
              if (v >= 0)
                totuo_append_unsigned (out, (guint64) v);
              else if (v != TOTUO_UNKNOWN)
                g_string_append_printf (out, "%" G_GINT64_FORMAT, v);   /* refused, located */
            }
          else if (!isnan (col->reals[r]))
            {
              if (isfinite (col->reals[r]))
                totuo_append_double (out, col->reals[r]);
              else
                g_string_append (out, col->reals[r] > 0 ? "inf" : "-inf");   /* refused */
            }
        }
      g_string_append_c (out, '\n');
    }
  return out;
}

static gboolean
load_columns (TotuoDataset      *dataset,
              TotuoTable         table,
              const TotuoColumn *columns,
              gsize              n_columns,
              gsize              n_rows,
              const gchar       *source_name,
              GError           **error)
{
  GString *text;
  gboolean ok;

  if (!columns_ok (columns, n_columns, n_rows))
    return FALSE;
  text = columns_text (columns, n_columns, n_rows);
  ok = totuo_csv_load_text (dataset, table, text->str, text->len,
                            source_name != NULL ? source_name : "<columns>", NULL, NULL, NULL,
                            error);
  g_string_free (text, TRUE);
  return ok;
}

gboolean
totuo_dataset_load_regions_columns (TotuoDataset      *dataset,
                                    const TotuoColumn *columns,
                                    gsize              n_columns,
                                    gsize              n_rows,
                                    const gchar       *source_name,
                                    GError           **error)
{
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return load_columns (dataset, TOTUO_TABLE_REGIONS, columns, n_columns, n_rows, source_name,
                       error);
}

gboolean
totuo_dataset_load_institutions_columns (TotuoDataset      *dataset,
                                         const TotuoColumn *columns,
                                         gsize              n_columns,
                                         gsize              n_rows,
                                         const gchar       *source_name,
                                         GError           **error)
{
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return load_columns (dataset, TOTUO_TABLE_INSTITUTIONS, columns, n_columns, n_rows,
                       source_name, error);
}
