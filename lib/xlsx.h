/* libtotuo - Excel workbooks (.xlsx) as a table source (internal).
 *
 * An .xlsx file is a zip archive (read with libzip) of XML parts (parsed
 * with GLib's GMarkup): the workbook names the sheets, each sheet holds rows
 * of cells, and text cells point into a table of shared strings. This
 * module reads a sheet's cells, numbers stored as numbers, shared and
 * inline strings, booleans and error cells (#N/A) as the text a CSV file
 * would hold; lib/sheet.c chooses the sheet and makes the text (see
 * sheet.h). */
#pragma once

#include <glib.h>

#include "schema.h"
#include "sheet.h"

G_BEGIN_DECLS

/* Whether @data starts as a zip archive does (an .xlsx, .docx, ...). */
G_GNUC_INTERNAL gboolean totuo_xlsx_sniff (const gchar *data,
                                           gsize        len);

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
G_END_DECLS
