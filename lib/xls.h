/* libtotuo - legacy Excel workbooks (.xls, Excel 97-2003) as a table
 * source (internal).
 *
 * Offices still send .xls files. FreeXL (Debian's libfreexl) reads them:
 * the compound-document container, the BIFF records, shared strings in
 * any code page, as UTF-8. FreeXL is not safe with every damaged file, so
 * it runs in a child process of its own, which sends the cells back down a
 * pipe: a crash there is an error here. This module reads a sheet's cells
 * as the text a CSV file would hold; lib/sheet.c chooses the sheet and makes the text
 * (see sheet.h), so an .xls goes through the same header, word, number
 * and warning rules as every other source. */
#pragma once

#include <glib.h>

#include "schema.h"
#include "sheet.h"

G_BEGIN_DECLS

/* Whether @data starts as a compound document does (.xls, .doc ...). */
G_GNUC_INTERNAL gboolean totuo_xls_sniff (const gchar *data,
                                          gsize        len);

/* As totuo_xlsx_read_sheet(), for the bytes of an .xls file. */
G_GNUC_INTERNAL gboolean totuo_xls_read_sheet (const gchar           *data,
                                               gsize                  len,
                                               const gchar           *source,
                                               const gchar           *sheet,
                                               guint                  header_row,
                                               const TotuoColumnSpec *specs,
                                               guint                  n_specs,
                                               TotuoSheetText        *out,
                                               GError               **error);

G_END_DECLS
