/* libtotuo - Excel workbooks (.xlsx) as a table source (internal).
 *
 * An .xlsx file is a zip archive (read with libzip) of XML parts (parsed
 * with GLib's GMarkup): the workbook names the sheets, each sheet holds rows
 * of cells, and text cells point into a table of shared strings. This
 * module turns one sheet into the comma-separated UTF-8 text the CSV
 * loaders read, so that a workbook goes through the same schema layer,
 * words, numbers and warnings as a CSV file:
 *
 *  - the sheet is the one named, or else the first that has a header row
 *    (a cover sheet before it is passed over, with a warning);
 *  - the header row is the first of the first 50 rows that names at least
 *    two known columns (title rows above it, merged or not, are skipped);
 *  - empty rows are skipped; a totals row (合计, 总计, 小计) is skipped with
 *    a warning;
 *  - numbers stored as numbers, shared and inline strings, booleans and
 *    error cells (#N/A) become the text a CSV file would hold.
 *
 * Messages name the sheet and the cell: "机构.xlsx[名录]:7: column 'places'
 * (C7): ...", through the line map and column letters returned. */
#pragma once

#include <glib.h>

#include "schema.h"

G_BEGIN_DECLS

/* Whether @data starts as a zip archive does (an .xlsx, .docx, ...). */
G_GNUC_INTERNAL gboolean totuo_xlsx_sniff (const gchar *data,
                                           gsize        len);

typedef struct {
  gchar *text;              /* the sheet as CSV text, from its header row */
  gsize length;
  gchar *source;            /* "file.xlsx[sheet]" */
  GArray *rows;             /* of guint: the sheet row of each line of @text */
  GPtrArray *warnings;      /* of gchar *: totals rows skipped, ... */
} TotuoSheetText;

/* @header_row: the sheet's header row (from 1), or 0 to find it. */
G_GNUC_INTERNAL gboolean totuo_xlsx_read_sheet (const gchar           *data,
                                                gsize                  len,
                                                const gchar           *source,
                                                const gchar           *sheet,
                                                guint                  header_row,
                                                const TotuoColumnSpec *specs,
                                                guint                  n_specs,
                                                TotuoSheetText        *out,
                                                GError               **error);
G_GNUC_INTERNAL void totuo_sheet_text_clear (TotuoSheetText *sheet);

/* "A", "B", ... "Z", "AA" ...: the letters of column @index (from 0). */
G_GNUC_INTERNAL void totuo_column_letters (guint index,
                                           gchar out[8]);

G_END_DECLS
