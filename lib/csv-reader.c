/* libtotuo - an RFC 4180 CSV tokenizer. */
#include "config.h"

#include <string.h>
#if TOTUO_USE_SSE2
#include <emmintrin.h>
#endif

#include <totuo/error.h>

#include "csv-reader.h"
#include "text.h"
#include "i18n.h"

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
  g_free (reader->next_fields);
  g_free (reader->scratch_offsets);
  g_string_free (reader->scratch, TRUE);
  reader->fields = NULL;
  reader->next_fields = NULL;
  reader->scratch_offsets = NULL;
  reader->scratch = NULL;
}

/* Fields a 64-byte block may add to a record: one at each byte, a comma,
 * and the one its line end closes. split_plain_record() splits a block
 * only where the arrays have that much room, so that it need not check at
 * every field. */
#define BLOCK_FIELDS 65

/* Gives the field arrays room for capacity fields. */
static void
grow_fields (TotuoCsvReader *reader,
             guint           capacity)
{
  reader->fields_capacity = capacity;
  reader->fields = g_renew (TotuoCsvField, reader->fields, capacity);
  reader->next_fields = g_renew (TotuoCsvField, reader->next_fields, capacity);
  reader->scratch_offsets = g_renew (gsize, reader->scratch_offsets, capacity);
}

/* Takes a field the reader has passed; ptr is NULL for one unescaped into
 * scratch at scratch_offset. Inline: it runs for every field of every row. */
static inline gboolean
add_field (TotuoCsvReader *reader,
           const gchar    *ptr,
           gsize           len,
           gsize           scratch_offset,
           gboolean        as_is,
           GError        **error)
{
  TotuoCsvField *field;

  if (G_UNLIKELY (reader->n_fields == reader->fields_capacity))
    {
      if (reader->n_fields == TOTUO_MAX_COLUMNS)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
                       M_("%s:%u: more than %d fields in a record"),
                       reader->source, reader->record_line, TOTUO_MAX_COLUMNS);
          return FALSE;
        }
      grow_fields (reader, MIN (MAX (16, reader->fields_capacity * 2), TOTUO_MAX_COLUMNS));
    }
  if (G_UNLIKELY (len > TOTUO_MAX_FIELD_BYTES))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
                   M_("%s:%u: field %u is longer than %d bytes"),
                   reader->source, reader->line, reader->n_fields + 1,
                   TOTUO_MAX_FIELD_BYTES);
      return FALSE;
    }
  if (ptr == NULL)
    reader->scratch_offsets[reader->n_fields] = scratch_offset;
  field = &reader->fields[reader->n_fields++];
  field->ptr = ptr;
  field->len = len;
  field->as_is = as_is;
  return TRUE;
}

static gboolean
syntax_error (TotuoCsvReader *reader,
              guint           line,
              const gchar    *what,
              GError        **error)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, M_("%s:%u: field %u: %s"),
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

/* The stop bytes among 64 bytes, as the bits of three words (commas,
 * line ends, and quotes or carriage returns): one pass over a block finds
 * the ends of all the fields in it (a row of a registry is two blocks),
 * instead of a test a byte for each field. A fourth word has its spaces
 * and tabs: where there are none, no field needs trimming. The portable
 * loop is what other machines run; -Dsimd=false builds it on x86-64 too,
 * and CI runs the whole suite on such a build. */
static void
find_stops (TotuoCsvReader *reader,
            gsize           at)
{
  const guchar *p = (const guchar *) reader->data + at;
  guint64 commas = 0, line_ends = 0, others = 0, spaces = 0;

  /* The text comes from pages that stand anywhere in memory, and the
   * processor's own prefetching stops at the end of each: ask for the
   * next page's bytes a page ahead (the split went from 33 to 25 ms on
   * 1M rows). A hint, safe past the end of the data. */
  __builtin_prefetch (p + 4096);
#if TOTUO_USE_SSE2
  const __m128i comma = _mm_set1_epi8 (','), lf = _mm_set1_epi8 ('\n');
  const __m128i cr = _mm_set1_epi8 ('\r'), quote = _mm_set1_epi8 ('"');
  const __m128i space = _mm_set1_epi8 (' '), tab = _mm_set1_epi8 ('\t');

  for (guint k = 0; k < 4; k++)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + 16 * k));
      __m128i other = _mm_or_si128 (_mm_cmpeq_epi8 (v, cr), _mm_cmpeq_epi8 (v, quote));
      commas |= (guint64) (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, comma)) << (16 * k);
      line_ends |= (guint64) (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, lf)) << (16 * k);
      others |= (guint64) (guint) _mm_movemask_epi8 (other) << (16 * k);
      spaces |= (guint64) (guint) _mm_movemask_epi8 (
        _mm_or_si128 (_mm_cmpeq_epi8 (v, space), _mm_cmpeq_epi8 (v, tab))) << (16 * k);
    }
#else
  for (guint k = 0; k < 64; k++)
    {
      commas |= (guint64) (p[k] == ',') << k;
      line_ends |= (guint64) (p[k] == '\n') << k;
      others |= (guint64) (p[k] == '\r' || p[k] == '"') << k;
      spaces |= (guint64) (p[k] == ' ' || p[k] == '\t') << k;
    }
#endif
  reader->block_start = at;
  reader->block_end = at + 64;
  reader->block_commas = commas;
  reader->block_line_ends = line_ends;
  reader->block_others = others;
  reader->block_spaces = spaces;
}

/* Makes the block hold data[at], reading a new one there if it does not;
 * FALSE if fewer than 64 bytes are left from there. */
static inline gboolean
block_at (TotuoCsvReader *reader,
          gsize           at)
{
  if (at >= reader->block_start && at < reader->block_end)
    return TRUE;
  if (reader->len - at < 64)
    return FALSE;
  find_stops (reader, at);
  return TRUE;
}

/* The first stop byte at or after i, or the end of the data. */
static inline gsize
next_stop (TotuoCsvReader *reader,
           gsize           i)
{
  const guchar *d = (const guchar *) reader->data;

  while (i < reader->len && block_at (reader, i))
    {
      gsize shift = i - reader->block_start;
      guint64 ahead = (reader->block_commas | reader->block_line_ends |
                       reader->block_others) >> shift;
      if (ahead != 0)
        return i + (gsize) __builtin_ctzll (ahead);
      i = reader->block_end;
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

/* The usual record: fields without quotes, ended by a LF, from pos into
 * fields. It is split from the bits of its blocks alone, a field a comma
 * bit, without the general loop's checks at every field. Returns the
 * number of fields and sets *end past the LF; 0 for any other record,
 * which the general loop reads: a quote, a CR, fewer than 64 bytes left,
 * a block that could bring more fields than there is room for, or one
 * where a field could be too long. */
static guint
split_plain_record (TotuoCsvReader *reader,
                    gsize           pos,
                    TotuoCsvField  *fields,
                    gsize          *end)
{
  const gchar *d = reader->data;
  const gchar *start = d + pos;   /* of the field being split */
  TotuoCsvField *f = fields, *room_end;
  gsize at = pos;      /* the bits from here on are yet to be read */
  gboolean as_is = TRUE;   /* no space or tab in the record so far */

  /* Before the first record the arrays are NULL, and even NULL + 0 is
   * undefined (clang's sanitizer stops there). */
  if (reader->fields_capacity < BLOCK_FIELDS)
    return 0;
  room_end = fields + reader->fields_capacity;
  while (block_at (reader, at))
    {
      gsize shift = at - reader->block_start;
      guint64 commas = reader->block_commas >> shift;
      guint64 line_ends = reader->block_line_ends >> shift;
      guint64 others = reader->block_others >> shift;
      const gchar *bits = d + at;   /* where bit 0 stands */
      guint64 in_record = line_ends != 0
        ? (line_ends & -line_ends) - 1    /* the bits before the line end */
        : ~G_GUINT64_CONSTANT (0);

      /* Every field that ends in this block starts at start or after it:
       * none can be longer than the distance to the block's end. */
      if ((others & in_record) != 0 || room_end - f < BLOCK_FIELDS ||
          (gsize) (d + reader->block_end - start) > TOTUO_MAX_FIELD_BYTES)
        return 0;
      as_is = as_is && ((reader->block_spaces >> shift) & in_record) == 0;
      for (commas &= in_record; commas != 0; commas &= commas - 1)
        {
          const gchar *stop = bits + __builtin_ctzll (commas);
          *f++ = (TotuoCsvField) { start, (gsize) (stop - start), as_is };
          start = stop + 1;
        }
      if (line_ends != 0)
        {
          const gchar *stop = bits + __builtin_ctzll (line_ends);
          *f++ = (TotuoCsvField) { start, (gsize) (stop - start), as_is };
          *end = (gsize) (stop - d) + 1;
          return (guint) (f - fields);
        }
      at = reader->block_end;
    }
  return 0;
}

/* Makes the record split into fields the current one. */
static gint
take_record (TotuoCsvReader *reader,
             TotuoCsvField  *fields,
             guint           n_fields,
             gsize           end)
{
  if (fields == reader->next_fields)
    {
      reader->next_fields = reader->fields;
      reader->fields = fields;
    }
  reader->n_next_fields = 0;
  reader->n_fields = n_fields;
  reader->record_line = reader->line;
  reader->pos = end;
  reader->line++;
  return 1;
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
  gsize end;
  guint n;

  /* Blank lines between records are skipped: spreadsheets leave them. */
  while (reader->pos < reader->len && (d[reader->pos] == '\n' || d[reader->pos] == '\r'))
    if (!end_of_line (reader))
      return syntax_error (reader, reader->line, "a carriage return alone ends a line", error)
             ? 0 : -1;
  if (reader->pos >= reader->len)
    return 0;

  if (reader->n_next_fields > 0)
    return take_record (reader, reader->next_fields, reader->n_next_fields, reader->next_end);
  if ((n = split_plain_record (reader, reader->pos, reader->fields, &end)) > 0)
    return take_record (reader, reader->fields, n, end);
  reader->n_fields = 0;
  reader->record_line = reader->line;
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
  /* Room for records as wide as this one on the fast path (the header is
   * read here, the first record of every file). */
  if (reader->n_fields + BLOCK_FIELDS > reader->fields_capacity &&
      reader->fields_capacity < TOTUO_MAX_COLUMNS)
    grow_fields (reader, MIN (reader->n_fields + BLOCK_FIELDS, TOTUO_MAX_COLUMNS));
  return 1;
}

const TotuoCsvField *
totuo_csv_reader_peek_field (TotuoCsvReader *reader,
                             guint           k)
{
  const gchar *d = reader->data;

  /* A blank line is not a record: the general loop skips it. */
  if (reader->n_next_fields == 0 && reader->pos < reader->len &&
      d[reader->pos] != '\n' && d[reader->pos] != '\r')
    reader->n_next_fields = split_plain_record (reader, reader->pos, reader->next_fields,
                                                &reader->next_end);
  return k < reader->n_next_fields ? &reader->next_fields[k] : NULL;
}
