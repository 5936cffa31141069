/* libtotuo - the record builder's entry point (internal): UTF-8
 * comma-separated text in, rows of a dataset out (lib/csv.c). The table
 * sources (lib/table-load.c: files, buffers, encodings, workbooks) all end
 * here, so that every source goes through the same schema, words, numbers
 * and checks. */
#pragma once

#include <glib.h>

#include <totuo/dataset.h>

#include "file-io.h"

G_BEGIN_DECLS

typedef enum {
  TOTUO_TABLE_REGIONS,
  TOTUO_TABLE_INSTITUTIONS,
} TotuoTable;

/* Where text that was not UTF-8 CSV came from: what was done to it (kept
 * as a warning), a sheet's row for each line, the sheet's own warnings. */
typedef struct {
  const gchar *note;
  const GArray *rows;        /* of guint, or NULL */
  const GPtrArray *warnings; /* of gchar *, or NULL */
} TotuoTextOrigin;

/* Loads @table from @data (UTF-8, commas). @input is the mapped file the
 * text is (its pages may be given back as they are read, and it is checked
 * for changes before the load commits), or NULL; @errors, when not NULL,
 * collects every bad row instead of stopping at the first (a check). */
G_GNUC_INTERNAL gboolean totuo_csv_load_text (TotuoDataset          *ds,
                                              TotuoTable             table,
                                              const gchar           *data,
                                              gsize                  len,
                                              const gchar           *source,
                                              const TotuoInput      *input,
                                              const TotuoTextOrigin *origin,
                                              GPtrArray             *errors,
                                              GError               **error);

G_END_DECLS
