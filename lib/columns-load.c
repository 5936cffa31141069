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

#include "bigmem.h"
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

/* Appends @n bytes: straight into the room the text was sized with, by
 * GString when it must grow. g_string_append_len() is a call that cannot
 * be inlined, and this runs for each of ten million cells. */
static inline void
put (GString     *out,
     const gchar *s,
     gsize        n)
{
  if (out->len + n < out->allocated_len)
    {
      memcpy (out->str + out->len, s, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, s, (gssize) n);
}

/* A text cell: as it stands when nothing in it needs quoting (one pass
 * over it, which also finds its end), else quoted. */
static const gchar *
append_text_cell (GString     *out,
                  const gchar *s)
{
  gsize plain = strcspn (s, ",\"\r\n");

  if (s[plain] == '\0' && (plain == 0 || (!totuo_is_trimmed_space (s[0]) &&
                                          !totuo_is_trimmed_space (s[plain - 1]))))
    put (out, s, plain);
  else
    {
      totuo_append_csv_field (out, s);
      plain += strlen (s + plain);
    }
  return s + plain + 1;
}

/* The rows [first, last) of the columns as CSV lines, in one thread. */
typedef struct {
  const TotuoColumn *columns;
  gsize n_columns, first, last;
  const gchar **cursor;     /* each text column's first text of the rows */
  GString *out;
} TextPart;

static gpointer
write_rows (gpointer data)
{
  TextPart *part = data;

  for (gsize r = part->first; r < part->last; r++)
    {
      for (gsize c = 0; c < part->n_columns; c++)
        {
          const TotuoColumn *col = &part->columns[c];
          if (c > 0)
            g_string_append_c (part->out, ',');
          if (col->type == TOTUO_COLUMN_TEXT)
            part->cursor[c] = append_text_cell (part->out, part->cursor[c]);
          else if (col->type == TOTUO_COLUMN_INTEGER)
            {
              gint64 v = col->integers[r];
              if (v >= 0)
                totuo_append_unsigned (part->out, (guint64) v);
              else if (v != TOTUO_UNKNOWN)
                g_string_append_printf (part->out, "%" G_GINT64_FORMAT, v);   /* refused, located */
            }
          else if (!isnan (col->reals[r]))
            {
              if (isfinite (col->reals[r]))
                totuo_append_double (part->out, col->reals[r]);
              else
                g_string_append (part->out, col->reals[r] > 0 ? "inf" : "-inf");   /* refused */
            }
        }
      g_string_append_c (part->out, '\n');
    }
  return NULL;
}

/* From how many rows the text is written by two threads. */
#define PARALLEL_ROWS 100000

/* The columns as CSV text: the header, then a line per row. A million rows
 * are 100 MB of text: sized ahead (no copy as it grows), and written by
 * two threads, each half of the rows (788 -> 300 ms, docs/performance.md). */
static GString *
columns_text (const TotuoColumn *columns,
              gsize              n_columns,
              gsize              n_rows)
{
  gsize estimate = 64;
  GString *out;
  TextPart low, high;
  GThread *thread = NULL;

  for (gsize c = 0; c < n_columns; c++)
    estimate += columns[c].type == TOTUO_COLUMN_TEXT ? columns[c].texts_size + n_rows / 8
                                                     : n_rows * 8;
  out = g_string_sized_new (estimate);
  totuo_big_advise (out->str, estimate);   /* 100 MB of page faults cost 200 ms */
  low = (TextPart) { columns, n_columns, 0, n_rows, g_new0 (const gchar *, MAX (n_columns, 1)),
                     out };
  for (gsize c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      totuo_append_csv_field (out, columns[c].name);
      low.cursor[c] = columns[c].texts;
    }
  g_string_append_c (out, '\n');
  if (n_rows >= PARALLEL_ROWS && g_get_num_processors () > 1)
    {
      /* The second half starts after the first half's texts. */
      high = low;
      high.first = low.last = n_rows / 2;
      high.cursor = g_new0 (const gchar *, MAX (n_columns, 1));
      for (gsize c = 0; c < n_columns; c++)
        {
          const gchar *p = columns[c].texts;
          if (columns[c].type == TOTUO_COLUMN_TEXT)
            for (gsize r = 0; r < high.first; r++)
              p += strlen (p) + 1;
          high.cursor[c] = p;
        }
      high.out = g_string_sized_new (estimate / 2 + 64);
      totuo_big_advise (high.out->str, estimate / 2);
      thread = g_thread_new ("totuo-columns", write_rows, &high);
    }
  write_rows (&low);
  if (thread != NULL)
    {
      g_thread_join (thread);
      g_string_append_len (out, high.out->str, (gssize) high.out->len);
      g_string_free (high.out, TRUE);
      g_free (high.cursor);
    }
  g_free (low.cursor);
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

  gint64 start;

  if (!columns_ok (columns, n_columns, n_rows))
    return FALSE;
  start = g_get_monotonic_time ();
  text = columns_text (columns, n_columns, n_rows);
  g_debug ("%s: %" G_GSIZE_FORMAT " rows of %" G_GSIZE_FORMAT " columns as %" G_GSIZE_FORMAT
           " bytes of text in %.1f ms", source_name != NULL ? source_name : "<columns>", n_rows,
           n_columns, text->len, (g_get_monotonic_time () - start) / 1e3);
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
