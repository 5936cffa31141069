/* A table of text cells rendered as aligned plain text, Markdown, CSV or HTML.
 * Plain text pads by display width: a Chinese character takes two cells
 * of a terminal, a Latin letter one. */
#pragma once

#include <glib.h>

typedef struct {
  guint n_columns;
  GPtrArray *cells;          /* row-major; the first row is the header */
  gboolean *right;           /* right-align this column (numbers) */
} TotuoGrid;

typedef enum {
  TOTUO_GRID_TEXT,
  TOTUO_GRID_MARKDOWN,
  TOTUO_GRID_CSV,
  TOTUO_GRID_HTML,
} TotuoGridStyle;

G_GNUC_INTERNAL void totuo_grid_init   (TotuoGrid *grid, guint n_columns);
G_GNUC_INTERNAL void totuo_grid_clear  (TotuoGrid *grid);
G_GNUC_INTERNAL void totuo_grid_add    (TotuoGrid *grid, const gchar *cell);
G_GNUC_INTERNAL void totuo_grid_take   (TotuoGrid *grid, gchar *cell);
G_GNUC_INTERNAL void totuo_grid_right  (TotuoGrid *grid, guint column);
G_GNUC_INTERNAL void totuo_grid_render (const TotuoGrid *grid, TotuoGridStyle style,
                                        GString *out);
G_GNUC_INTERNAL gsize totuo_display_width (const gchar *utf8);
