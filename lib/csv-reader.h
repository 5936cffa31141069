/* An RFC 4180 CSV tokenizer over a buffer in memory.
 *
 * Fields point into the buffer when they can, and into a scratch buffer
 * when quotes had to be unescaped; either way they stay valid until the
 * next record is read. */
#pragma once

#include <glib.h>

typedef struct {
  const gchar *ptr;
  gsize len;
  gboolean as_is;           /* nothing to trim: quoted (which keeps its spaces),
                             * or split from blocks without a space or tab */
} TotuoCsvField;

typedef struct {
  const gchar *data;
  gsize len;
  gsize pos;
  guint line;               /* the line the reader stands on, from 1 */
  guint record_line;        /* the line where the last record started */
  const gchar *source;      /* for error messages */
  TotuoCsvField *fields;
  TotuoCsvField *next_fields;  /* the record after it, split ahead (see peek_field()) */
  guint n_next_fields;      /* 0: not split ahead */
  gsize next_end;           /* where that record ends */
  gsize *scratch_offsets;   /* where a field with doubled quotes (ptr NULL) starts in scratch */
  gsize block_start;        /* the stop bytes of data[block_start .. block_end) */
  gsize block_end;          /* as bits: bit k stands for data[block_start + k] */
  guint64 block_commas;     /* (see find_stops()) */
  guint64 block_line_ends;
  guint64 block_others;     /* quotes and carriage returns */
  guint64 block_spaces;     /* spaces and tabs */
  guint n_fields;
  guint fields_capacity;
  GString *scratch;
} TotuoCsvReader;

G_GNUC_INTERNAL void totuo_csv_reader_init  (TotuoCsvReader *reader,
                                             const gchar    *data,
                                             gsize           len,
                                             const gchar    *source);
G_GNUC_INTERNAL void totuo_csv_reader_clear (TotuoCsvReader *reader);
/* 1: a record was read; 0: end of data; -1: error (set). */
G_GNUC_INTERNAL gint totuo_csv_reader_next  (TotuoCsvReader *reader,
                                             GError        **error);
/* Field k of the record after the one just read, as it stands in the
 * data, when that is cheap to tell: a usual record (unquoted, ended by a
 * LF) that starts where the reader stands. NULL when in doubt. A hint
 * (loaders prefetch with it); the record it split stays split, and the
 * next call of totuo_csv_reader_next() takes it as it is. */
G_GNUC_INTERNAL const TotuoCsvField *totuo_csv_reader_peek_field (TotuoCsvReader *reader,
                                                                  guint           k);
