/* libtotuo - spreadsheets as a table source: see sheet.h. */
#include "config.h"

#include <string.h>

#include <totuo/error.h>

#include "sheet.h"
#include "i18n.h"

void
totuo_column_letters (guint index,
                      gchar out[8])
{
  gchar reversed[8];
  guint n = 0;

  index++;
  while (index > 0 && n < 7)
    {
      reversed[n++] = (gchar) ('A' + (index - 1) % 26);
      index = (index - 1) / 26;
    }
  for (guint k = 0; k < n; k++)
    out[k] = reversed[n - 1 - k];
  out[n] = '\0';
}

/* ---- rows of cells ------------------------------------------------------------ */

static void
clear_row (gpointer data)
{
  TotuoSheetRow *row = data;
  for (guint k = 0; k < row->cells->len; k++)
    g_free (g_array_index (row->cells, TotuoSheetCell, k).text);
  g_array_unref (row->cells);
}

GArray *
totuo_sheet_rows_new (void)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (TotuoSheetRow));
  g_array_set_clear_func (rows, clear_row);
  return rows;
}

TotuoSheetRow *
totuo_sheet_rows_append (GArray *rows,
                         guint   number)
{
  TotuoSheetRow row = { number, g_array_new (FALSE, FALSE, sizeof (TotuoSheetCell)) };
  g_array_append_val (rows, row);
  return &g_array_index (rows, TotuoSheetRow, rows->len - 1);
}

void
totuo_sheet_row_add (TotuoSheetRow *row,
                     guint          column,
                     gchar         *text)
{
  TotuoSheetCell cell = { column, text };

  if (text == NULL || *text == '\0')
    {
      g_free (text);
      return;
    }
  g_array_append_val (row->cells, cell);
}

/* ---- from rows to CSV text ------------------------------------------------------ */

static const gchar *
cell_at (const TotuoSheetRow *row,
         guint                column)
{
  for (guint k = 0; k < row->cells->len; k++)
    if (g_array_index (row->cells, TotuoSheetCell, k).column == column)
      return g_array_index (row->cells, TotuoSheetCell, k).text;
  return NULL;
}

static guint
known_columns (const TotuoSheetRow   *row,
               const TotuoColumnSpec *specs,
               guint                  n_specs)
{
  guint n = 0;
  for (guint k = 0; k < row->cells->len; k++)
    {
      const gchar *text = g_array_index (row->cells, TotuoSheetCell, k).text;
      gdouble scale;
      if (totuo_schema_find (specs, n_specs, NULL, text, strlen (text), "", 0, &scale, NULL) >= 0)
        n++;
    }
  return n;
}

static gboolean
is_totals (const TotuoSheetRow *row)
{
  static const gchar *const words[] = { "合计", "总计", "小计", "总数", "total", NULL };
  const gchar *first;
  g_autofree gchar *folded = NULL;

  if (row->cells->len == 0)
    return FALSE;
  first = g_array_index (row->cells, TotuoSheetCell, 0).text;
  folded = g_utf8_casefold (first, -1);
  for (guint k = 0; words[k] != NULL; k++)
    if (g_str_has_prefix (g_strstrip (folded), words[k]))
      return TRUE;
  return FALSE;
}

static void
append_cell (GString     *out,
             const gchar *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const gchar *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
emit (GString             *text,
      GArray              *line_rows,
      const TotuoSheetRow *row,
      guint                n_columns)
{
  for (guint c = 0; c < n_columns; c++)
    {
      const gchar *cell = cell_at (row, c);
      if (c > 0)
        g_string_append_c (text, ',');
      append_cell (text, cell);
      /* A line break inside a cell is a line of the text, on the same row. */
      for (const gchar *p = cell; p != NULL && *p != '\0'; p++)
        if (*p == '\n')
          g_array_append_val (line_rows, row->number);
    }
  g_string_append_c (text, '\n');
  g_array_append_val (line_rows, row->number);
}

void
totuo_sheet_text_clear (TotuoSheetText *sheet)
{
  g_free (sheet->text);
  g_free (sheet->source);
  if (sheet->rows != NULL)
    g_array_unref (sheet->rows);
  if (sheet->warnings != NULL)
    g_ptr_array_unref (sheet->warnings);
  memset (sheet, 0, sizeof *sheet);
}

/* The text of @rows from the header row on; out->source names the sheet. */
static gboolean
rows_to_text (GArray                *rows,
              const TotuoColumnSpec *specs,
              guint                  n_specs,
              guint                  header_row,
              TotuoSheetText        *out,
              GError               **error)
{
  gint header = -1;
  guint n_columns = 0;
  GString *text;

  for (guint r = 0; r < rows->len && header < 0; r++)
    {
      const TotuoSheetRow *row = &g_array_index (rows, TotuoSheetRow, r);
      if (header_row > 0 ? row->number == header_row
                         : r < 50 && known_columns (row, specs, n_specs) >= 2)
        header = (gint) r;
    }
  if (header < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN,
                   M_("%s: no header row: none of the first 50 rows names two known columns "
                   "(such as %s and %s)"), out->source, specs[0].aliases[0], specs[2].aliases[0]);
      return FALSE;
    }
  {
    const TotuoSheetRow *h = &g_array_index (rows, TotuoSheetRow, header);
    for (guint k = 0; k < h->cells->len; k++)
      n_columns = MAX (n_columns, g_array_index (h->cells, TotuoSheetCell, k).column + 1);
  }
  text = g_string_new (NULL);
  out->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  out->warnings = g_ptr_array_new_with_free_func (g_free);
  for (guint r = (guint) header; r < rows->len; r++)
    {
      const TotuoSheetRow *row = &g_array_index (rows, TotuoSheetRow, r);
      if (row->cells->len == 0)
        continue;
      if (r > (guint) header && is_totals (row))
        {
          g_ptr_array_add (out->warnings,
                           g_strdup_printf (M_("%s:%u: a totals row (%s) is not loaded"), out->source,
                                            row->number,
                                            g_array_index (row->cells, TotuoSheetCell, 0).text));
          continue;
        }
      emit (text, out->rows, row, n_columns);
    }
  out->length = text->len;
  out->text = g_string_free (text, FALSE);
  return TRUE;
}

/* ---- choosing the sheet ---------------------------------------------------------- */

static gboolean
read_one (gpointer               book,
          TotuoSheetReadFunc     read,
          guint                  index,
          const gchar           *source,
          const gchar           *name,
          guint                  header_row,
          const TotuoColumnSpec *specs,
          guint                  n_specs,
          TotuoSheetText        *out,
          GError               **error)
{
  g_autoptr(GArray) rows = totuo_sheet_rows_new ();
  gboolean ok;

  memset (out, 0, sizeof *out);
  out->source = g_strdup_printf ("%s[%s]", source, name);
  ok = read (book, index, out->source, rows, error) &&
       rows_to_text (rows, specs, n_specs, header_row, out, error);
  if (!ok)
    totuo_sheet_text_clear (out);
  return ok;
}

gboolean
totuo_sheet_read_book (gpointer               book,
                       TotuoSheetReadFunc     read,
                       GPtrArray             *names,
                       const gchar           *source,
                       const gchar           *wanted,
                       guint                  header_row,
                       const TotuoColumnSpec *specs,
                       guint                  n_specs,
                       TotuoSheetText        *out,
                       GError               **error)
{
  g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func (g_free);

  memset (out, 0, sizeof *out);
  for (guint k = 0; k < names->len; k++)
    {
      g_autoptr(GError) attempt = NULL;
      const gchar *name = g_ptr_array_index (names, k);

      if (wanted != NULL && strcmp (name, wanted) != 0)
        continue;
      if (read_one (book, read, k, source, name, header_row, specs, n_specs, out, &attempt))
        {
          for (guint s = 0; s < skipped->len; s++)
            g_ptr_array_insert (out->warnings, (gint) s, g_strdup (g_ptr_array_index (skipped, s)));
          return TRUE;
        }
      /* Unnamed, a sheet without a header row (a cover sheet, 说明) gives way
       * to the next; anything else is the answer. */
      if (wanted == NULL && g_error_matches (attempt, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN) &&
          k + 1 < names->len)
        {
          g_ptr_array_add (skipped, g_strdup_printf ("%s: sheet '%s' has no header row; the "
                                                     "next sheet is read", source, name));
          continue;
        }
      g_propagate_error (error, g_steal_pointer (&attempt));
      return FALSE;
    }
  if (wanted != NULL)
    {
      GString *list = g_string_new (NULL);
      for (guint k = 0; k < names->len; k++)
        g_string_append_printf (list, "%s'%s'", k > 0 ? ", " : "",
                                (const gchar *) g_ptr_array_index (names, k));
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND,
                   M_("%s: no sheet is named '%s' (the sheets: %s)"), source, wanted, list->str);
      g_string_free (list, TRUE);
    }
  else
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND, M_("%s: the workbook has no sheet"),
                 source);
  return FALSE;
}
