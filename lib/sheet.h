/* libtotuo - spreadsheets as a table source (internal): what .xlsx and
 * .xls workbooks share once their cells are read.
 *
 * A workbook reader (lib/xlsx.c, lib/xls.c) turns a sheet into rows of
 * text cells; this module finds the header row, skips what is not data
 * and writes the rest as the comma-separated UTF-8 text the CSV loaders
 * read, so that a workbook goes through the same schema layer, words,
 * numbers and warnings as a CSV file:
 *
 *  - the sheet is the one named, or else the first that has a header row
 *    (a cover sheet before it is passed over, with a warning);
 *  - the header row is the first of the first 50 rows that names at least
 *    two known columns (title rows above it, merged or not, are skipped);
 *  - empty rows are skipped; a totals row (合计, 总计, 小计) is skipped with
 *    a warning.
 *
 * Messages name the sheet and the cell: "机构.xlsx[名录]:7: column 'places'
 * (C7): ...", through the line map and column letters returned. */
#pragma once

#include <glib.h>

#include "schema.h"

G_BEGIN_DECLS

typedef struct {
  guint column;             /* from 0 */
  gchar *text;              /* UTF-8, never empty */
} TotuoSheetCell;

typedef struct {
  guint number;             /* from 1, as the sheet numbers it */
  GArray *cells;            /* of TotuoSheetCell, by column */
} TotuoSheetRow;

/* An empty array of TotuoSheetRow that frees its rows. */
G_GNUC_INTERNAL GArray *totuo_sheet_rows_new (void);
/* Appends row @number (empty) and returns it. */
G_GNUC_INTERNAL TotuoSheetRow *totuo_sheet_rows_append (GArray *rows,
                                                        guint   number);
/* Adds a cell to @row; @text is taken, and dropped when empty. */
G_GNUC_INTERNAL void totuo_sheet_row_add (TotuoSheetRow *row,
                                          guint          column,
                                          gchar         *text);

typedef struct {
  gchar *text;              /* the sheet as CSV text, from its header row */
  gsize length;
  gchar *source;            /* "file.xlsx[sheet]" */
  GArray *rows;             /* of guint: the sheet row of each line of @text */
  GPtrArray *warnings;      /* of gchar *: totals rows skipped, ... */
} TotuoSheetText;

G_GNUC_INTERNAL void totuo_sheet_text_clear (TotuoSheetText *sheet);

/* Reads sheet @index of @book into @rows; errors name @source. */
typedef gboolean (*TotuoSheetReadFunc) (gpointer     book,
                                        guint        index,
                                        const gchar *source,
                                        GArray      *rows,
                                        GError     **error);

/* Picks the sheet of a workbook and makes its text: the sheet named
 * @wanted, or the first with a header row. @names are the sheets' names,
 * in order; @header_row the header's row (from 1), or 0 to find it. */
G_GNUC_INTERNAL gboolean totuo_sheet_read_book (gpointer               book,
                                                TotuoSheetReadFunc     read,
                                                GPtrArray             *names,
                                                const gchar           *source,
                                                const gchar           *wanted,
                                                guint                  header_row,
                                                const TotuoColumnSpec *specs,
                                                guint                  n_specs,
                                                TotuoSheetText        *out,
                                                GError               **error);

/* "A", "B", ... "Z", "AA" ...: the letters of column @index (from 0). */
G_GNUC_INTERNAL void totuo_column_letters (guint index,
                                           gchar out[8]);

G_END_DECLS
