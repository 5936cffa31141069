/* libtotuo - tables of text cells. */
#include "config.h"

#include <string.h>

#include "grid.h"
#include "text.h"

void
totuo_grid_init (TotuoGrid *grid,
                 guint      n_columns)
{
  grid->n_columns = n_columns;
  grid->cells = g_ptr_array_new_with_free_func (g_free);
  grid->right = g_new0 (gboolean, n_columns);
}

void
totuo_grid_clear (TotuoGrid *grid)
{
  g_ptr_array_unref (grid->cells);
  g_free (grid->right);
}

void
totuo_grid_add (TotuoGrid   *grid,
                const gchar *cell)
{
  g_ptr_array_add (grid->cells, g_strdup (cell != NULL ? cell : ""));
}

void
totuo_grid_take (TotuoGrid *grid,
                 gchar     *cell)
{
  g_ptr_array_add (grid->cells, cell);
}

void
totuo_grid_right (TotuoGrid *grid,
                  guint      column)
{
  grid->right[column] = TRUE;
}

gsize
totuo_display_width (const gchar *utf8)
{
  gsize width = 0;

  for (const gchar *p = utf8; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

static const gchar *
cell (const TotuoGrid *grid,
      guint            row,
      guint            column)
{
  return g_ptr_array_index (grid->cells, row * grid->n_columns + column);
}

static void
pad (GString *out,
     gsize    n)
{
  for (gsize k = 0; k < n; k++)
    g_string_append_c (out, ' ');
}

static void
render_text (const TotuoGrid *grid,
             guint            n_rows,
             GString         *out)
{
  g_autofree gsize *width = g_new0 (gsize, grid->n_columns);

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < grid->n_columns; c++)
      width[c] = MAX (width[c], totuo_display_width (cell (grid, r, c)));
  for (guint r = 0; r < n_rows; r++)
    {
      GString *line = g_string_new (NULL);
      for (guint c = 0; c < grid->n_columns; c++)
        {
          const gchar *text = cell (grid, r, c);
          gsize gap = width[c] - totuo_display_width (text);
          if (c > 0)
            g_string_append (line, "  ");
          if (grid->right[c])
            pad (line, gap);
          g_string_append (line, text);
          if (!grid->right[c])
            pad (line, gap);
        }
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append (out, line->str);
      g_string_append_c (out, '\n');
      g_string_free (line, TRUE);
      if (r == 0)
        {
          for (guint c = 0; c < grid->n_columns; c++)
            {
              if (c > 0)
                g_string_append (out, "  ");
              for (gsize k = 0; k < width[c]; k++)
                g_string_append_c (out, '-');
            }
          g_string_append_c (out, '\n');
        }
    }
}

static void
render_markdown (const TotuoGrid *grid,
                 guint            n_rows,
                 GString         *out)
{
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (out, "|");
      for (guint c = 0; c < grid->n_columns; c++)
        {
          g_string_append_c (out, ' ');
          for (const gchar *p = cell (grid, r, c); *p != '\0'; p++)
            {
              if (*p == '|')
                g_string_append_c (out, '\\');
              g_string_append_c (out, *p == '\n' ? ' ' : *p);
            }
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
      if (r == 0)
        {
          g_string_append (out, "|");
          for (guint c = 0; c < grid->n_columns; c++)
            g_string_append (out, grid->right[c] ? " ---: |" : " --- |");
          g_string_append_c (out, '\n');
        }
    }
}

static void
render_csv (const TotuoGrid *grid,
            guint            n_rows,
            GString         *out)
{
  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < grid->n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          totuo_append_csv_field (out, cell (grid, r, c));
        }
      g_string_append_c (out, '\n');
    }
}

/* An HTML table: the header row in <thead>, which a browser repeats on
 * every printed page; numbers right-aligned by the "num" class; every cell
 * escaped. */
static void
render_html (const TotuoGrid *grid,
             guint            n_rows,
             GString         *out)
{
  g_string_append (out, "<table>\n<thead><tr>");
  for (guint r = 0; r < n_rows; r++)
    {
      const gchar *tag = r == 0 ? "th" : "td";
      if (r == 1)
        g_string_append (out, "</tr></thead>\n<tbody>\n<tr>");
      else if (r > 1)
        g_string_append (out, "<tr>");
      for (guint c = 0; c < grid->n_columns; c++)
        {
          g_autofree gchar *text = g_markup_escape_text (grid->cells->pdata[r * grid->n_columns + c], -1);
          g_string_append_printf (out, "<%s%s>%s</%s>", tag, grid->right[c] ? " class=\"num\"" : "",
                                  text, tag);
        }
      g_string_append (out, r == 0 ? "" : "</tr>\n");
    }
  g_string_append (out, n_rows > 1 ? "</tbody>\n</table>\n" : "</tr></thead>\n</table>\n");
}

void
totuo_grid_render (const TotuoGrid *grid,
                   TotuoGridStyle   style,
                   GString         *out)
{
  guint n_rows = grid->cells->len / grid->n_columns;

  g_return_if_fail (grid->cells->len % grid->n_columns == 0);
  if (style == TOTUO_GRID_TEXT)
    render_text (grid, n_rows, out);
  else if (style == TOTUO_GRID_MARKDOWN)
    render_markdown (grid, n_rows, out);
  else if (style == TOTUO_GRID_HTML)
    render_html (grid, n_rows, out);
  else
    render_csv (grid, n_rows, out);
}
