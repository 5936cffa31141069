/* libtotuo - an RFC 4180 CSV tokenizer. */
#include "config.h"

#include <string.h>
#if TOTUO_USE_SSE2
#include <emmintrin.h>
#endif

#include <totuo/error.h>

#include "csv-reader.h"
#include "text.h"

void
totuo_csv_reader_init (TotuoCsvReader *reader,
                       const gchar    *data,
                       gsize           len,
                       const gchar    *source)
{
  memset (reader, 0, sizeof *reader);
  /* A byte-order mark is allowed at the start (spreadsheets write one). */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    reader->pos = 3;
  reader->data = data;
  reader->len = len;
  reader->line = 1;
  reader->source = source;
  reader->scratch = g_string_new (NULL);
}

void
totuo_csv_reader_clear (TotuoCsvReader *reader)
{
  g_free (reader->fields);
  g_free (reader->scratch_offsets);
  g_string_free (reader->scratch, TRUE);
  reader->fields = NULL;
  reader->scratch_offsets = NULL;
  reader->scratch = NULL;
}

/* Takes a field the reader has passed; ptr is NULL for one unescaped into
 * scratch at scratch_offset. Inline: it runs for every field of every row. */
static inline gboolean
add_field (TotuoCsvReader *reader,
           const gchar    *ptr,
           gsize           len,
           gsize           scratch_offset,
           gboolean        quoted,
           GError        **error)
{
  TotuoCsvField *field;

  if (G_UNLIKELY (reader->n_fields == reader->fields_capacity))
    {
      if (reader->n_fields == TOTUO_MAX_COLUMNS)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
                       "%s:%u: more than %d fields in a record",
                       reader->source, reader->record_line, TOTUO_MAX_COLUMNS);
          return FALSE;
        }
      reader->fields_capacity = MIN (MAX (16, reader->fields_capacity * 2), TOTUO_MAX_COLUMNS);
      reader->fields = g_renew (TotuoCsvField, reader->fields, reader->fields_capacity);
      reader->scratch_offsets = g_renew (gsize, reader->scratch_offsets,
                                         reader->fields_capacity);
    }
  if (G_UNLIKELY (len > TOTUO_MAX_FIELD_BYTES))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
                   "%s:%u: field %u is longer than %d bytes",
                   reader->source, reader->line, reader->n_fields + 1,
                   TOTUO_MAX_FIELD_BYTES);
      return FALSE;
    }
  if (ptr == NULL)
    reader->scratch_offsets[reader->n_fields] = scratch_offset;
  field = &reader->fields[reader->n_fields++];
  field->ptr = ptr;
  field->len = len;
  field->quoted = quoted;
  return TRUE;
}

static gboolean
syntax_error (TotuoCsvReader *reader,
              guint           line,
              const gchar    *what,
              GError        **error)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, "%s:%u: field %u: %s",
               reader->source, line, reader->n_fields + 1, what);
  return FALSE;
}

/* Reads a quoted field; reader->pos stands on the opening quote. */
static gboolean
read_quoted (TotuoCsvReader *reader,
             GError        **error)
{
  const gchar *d = reader->data;
  guint start_line = reader->line;
  gsize start = ++reader->pos;
  gsize offset = reader->scratch->len;
  gboolean escaped = FALSE;

  for (;;)
    {
      const gchar *q = memchr (d + reader->pos, '"', reader->len - reader->pos);
      gsize stop = q != NULL ? (gsize) (q - d) : reader->len;

      for (gsize i = reader->pos; i < stop; i++)
        if (d[i] == '\n')
          reader->line++;
      if (q == NULL)
        return syntax_error (reader, start_line, "quoted field never ends", error);
      if (stop + 1 < reader->len && d[stop + 1] == '"')
        {
          /* A doubled quote stands for one quote. */
          g_string_append_len (reader->scratch, d + reader->pos, (gssize) (stop + 1 - reader->pos));
          reader->pos = stop + 2;
          escaped = TRUE;
          continue;
        }
      if (escaped)
        g_string_append_len (reader->scratch, d + reader->pos, (gssize) (stop - reader->pos));
      reader->pos = stop + 1;
      if (reader->pos < reader->len && d[reader->pos] != ',' &&
          d[reader->pos] != '\n' && d[reader->pos] != '\r')
        return syntax_error (reader, reader->line,
                             "text after the closing quote of a quoted field", error);
      if (escaped)
        return add_field (reader, NULL, reader->scratch->len - offset, offset, TRUE, error);
      return add_field (reader, d + start, stop - start, 0, TRUE, error);
    }
}

/* The bytes that end an unquoted field, or may not stand in one. */
static const guint8 stop_bytes[256] = { [','] = 1, ['\n'] = 1, ['\r'] = 1, ['"'] = 1 };

/* The stop bytes among 64 bytes, as the bits of a word: one pass over a
 * block finds the ends of all the fields in it (a row of a registry is two
 * blocks), instead of a test a byte for each field. The portable loop is
 * what other machines run; -Dsimd=false builds it on x86-64 too, and CI
 * runs the whole suite on such a build. */
static guint64
find_stops (const guchar *p)
{
  guint64 stops = 0;
#if TOTUO_USE_SSE2
  const __m128i comma = _mm_set1_epi8 (','), lf = _mm_set1_epi8 ('\n');
  const __m128i cr = _mm_set1_epi8 ('\r'), quote = _mm_set1_epi8 ('"');

  for (guint k = 0; k < 4; k++)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + 16 * k));
      __m128i hits = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, comma),
                                                 _mm_cmpeq_epi8 (v, lf)),
                                   _mm_or_si128 (_mm_cmpeq_epi8 (v, cr),
                                                 _mm_cmpeq_epi8 (v, quote)));
      stops |= (guint64) (guint) _mm_movemask_epi8 (hits) << (16 * k);
    }
#else
  for (guint k = 0; k < 64; k++)
    stops |= (guint64) stop_bytes[p[k]] << k;
#endif
  return stops;
}

/* The first stop byte at or after i, or the end of the data. */
static inline gsize
next_stop (TotuoCsvReader *reader,
           gsize           i)
{
  const guchar *d = (const guchar *) reader->data;

  for (;;)
    {
      if (i >= reader->block_start && i < reader->block_end)
        {
          guint64 ahead = reader->block_stops >> (i - reader->block_start);
          if (ahead != 0)
            return i + (gsize) __builtin_ctzll (ahead);
          i = reader->block_end;
        }
      if (reader->len - i < 64)
        break;
      reader->block_start = i;
      reader->block_end = i + 64;
      reader->block_stops = find_stops (d + i);
    }
  /* The last few bytes of the data, one at a time. */
  while (i < reader->len && !stop_bytes[d[i]])
    i++;
  return i;
}

static gboolean
read_plain (TotuoCsvReader *reader,
            GError        **error)
{
  gsize start = reader->pos;
  gsize i = next_stop (reader, start);

  if (i < reader->len && reader->data[i] == '"')
    return syntax_error (reader, reader->line,
                         "a quote inside a field that does not start with one", error);
  reader->pos = i;
  return add_field (reader, reader->data + start, i - start, 0, FALSE, error);
}

/* Consumes a line end (LF, CRLF); returns FALSE if a lone CR stands there. */
static gboolean
end_of_line (TotuoCsvReader *reader)
{
  const gchar *d = reader->data;

  if (reader->pos < reader->len && d[reader->pos] == '\r')
    {
      if (reader->pos + 1 < reader->len && d[reader->pos + 1] == '\n')
        reader->pos++;
      else if (reader->pos + 1 < reader->len)
        return FALSE;
    }
  if (reader->pos < reader->len)
    reader->pos++;
  reader->line++;
  return TRUE;
}

/* The usual record: fields without quotes, ended by a LF. It is split
 * with the stop bits alone, without the general loop's checks at every
 * field. FALSE for any other record, with nothing done that the general
 * loop would not do again: a quote, a CR, no LF before the end of the
 * data, more fields than there is room for, or a field too long. */
static gboolean
split_plain_record (TotuoCsvReader *reader)
{
  const gchar *d = reader->data;
  TotuoCsvField *fields = reader->fields;
  guint capacity = reader->fields_capacity, n = 0;
  gsize i = reader->pos;

  for (;;)
    {
      gsize stop = next_stop (reader, i);
      gchar c;

      if (stop == reader->len || n == capacity || stop - i > TOTUO_MAX_FIELD_BYTES)
        return FALSE;
      c = d[stop];
      if (c != ',' && c != '\n')
        return FALSE;
      fields[n].ptr = d + i;
      fields[n].len = stop - i;
      fields[n].quoted = FALSE;
      n++;
      i = stop + 1;
      if (c == '\n')
        break;
    }
  reader->n_fields = n;
  reader->pos = i;
  reader->line++;
  return TRUE;
}

static void
resolve_scratch (TotuoCsvReader *reader)
{
  if (reader->scratch->len == 0)
    return;   /* no field had doubled quotes: all point into the data */
  for (guint f = 0; f < reader->n_fields; f++)
    if (reader->fields[f].ptr == NULL)
      reader->fields[f].ptr = reader->scratch->str + reader->scratch_offsets[f];
}

gint
totuo_csv_reader_next (TotuoCsvReader *reader,
                       GError        **error)
{
  const gchar *d = reader->data;

  /* Blank lines between records are skipped: spreadsheets leave them. */
  while (reader->pos < reader->len && (d[reader->pos] == '\n' || d[reader->pos] == '\r'))
    if (!end_of_line (reader))
      return syntax_error (reader, reader->line, "a carriage return alone ends a line", error)
             ? 0 : -1;
  if (reader->pos >= reader->len)
    return 0;

  reader->n_fields = 0;
  reader->record_line = reader->line;
  if (split_plain_record (reader))
    return 1;
  if (reader->scratch->len > 0)   /* a call per record is not free */
    g_string_truncate (reader->scratch, 0);
  for (;;)
    {
      gboolean ok = reader->pos < reader->len && d[reader->pos] == '"'
        ? read_quoted (reader, error)
        : read_plain (reader, error);
      if (!ok)
        return -1;
      if (reader->pos < reader->len && d[reader->pos] == ',')
        {
          reader->pos++;
          if (reader->pos == reader->len || d[reader->pos] == '\n' || d[reader->pos] == '\r')
            {
              /* A trailing comma: the last field is empty. */
              if (!add_field (reader, d + reader->pos, 0, 0, FALSE, error))
                return -1;
              break;
            }
          continue;
        }
      break;
    }
  if (!end_of_line (reader))
    return syntax_error (reader, reader->line, "a carriage return alone ends a line", error)
           ? 0 : -1;
  resolve_scratch (reader);
  return 1;
}

gboolean
totuo_csv_reader_peek_field (TotuoCsvReader *reader,
                             guint           k,
                             const gchar   **ptr,
                             gsize          *len)
{
  const gchar *d = reader->data;
  gsize i = reader->pos;

  for (guint f = 0;; f++)
    {
      gsize start = i;

      if (start >= reader->len || d[start] == '"' || d[start] == '\n' || d[start] == '\r')
        return FALSE;
      i = next_stop (reader, start);
      if (f == k && (i == reader->len || d[i] != '"'))
        {
          *ptr = d + start;
          *len = i - start;
          return TRUE;
        }
      if (i == reader->len || d[i] != ',')
        return FALSE;
      i++;
    }
}
