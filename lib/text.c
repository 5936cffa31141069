/* libtotuo - values in data files. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#if TOTUO_USE_SSE2
#include <emmintrin.h>
#endif

#include <glib/gstdio.h>

#include <totuo/error.h>

#include "text.h"

/* The longest piece of a bad value an error message shows, in bytes. */
#define QUOTE_MAX 40

gchar *
totuo_quote_value (const gchar *str,
                   gsize        len)
{
  gsize shown = MIN (len, QUOTE_MAX);
  g_autofree gchar *valid = NULL;

  /* Cut at a character boundary: a message must stay UTF-8. */
  if (shown < len)
    while (shown > 0 && ((guchar) str[shown] & 0xC0) == 0x80)
      shown--;
  valid = g_utf8_make_valid (str, (gssize) shown);
  return g_strdup_printf (shown < len ? "\"%s...\"" : "\"%s\"", valid);
}

gboolean
totuo_parse_count (const gchar *str,
                   gsize        len,
                   gint64       max,
                   gint64      *out,
                   GError     **error)
{
  const gchar *p;
  gsize n;
  gboolean negative = FALSE;
  guint64 value = 0;

  str = totuo_trim (str, &len);   /* a message quotes the value without its padding */
  p = str;
  n = len;
  if (n > 0 && (*p == '-' || *p == '+'))
    {
      negative = *p == '-';
      p++;
      n--;
    }
  if (n == 0)
    goto bad;
  for (gsize i = 0; i < n; i++)
    {
      if (p[i] < '0' || p[i] > '9')
        goto bad;
      if (value > (G_MAXUINT64 - 9) / 10)
        goto too_large;
      value = value * 10 + (guint64) (p[i] - '0');
    }
  if (negative && value != 0)
    {
      g_autofree gchar *q = totuo_quote_value (str, len);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NEGATIVE,
                   "negative count %s", q);
      return FALSE;
    }
  if (value > (guint64) max)
    goto too_large;
  *out = (gint64) value;
  return TRUE;

bad:
  {
    g_autofree gchar *q = totuo_quote_value (str, len);
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_BAD_NUMBER,
                 "%s is not a whole number", q);
    return FALSE;
  }
too_large:
  {
    g_autofree gchar *q = totuo_quote_value (str, len);
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                 "count %s is larger than %" G_GINT64_FORMAT, q, max);
    return FALSE;
  }
}

gboolean
totuo_parse_double (const gchar *str,
                    gsize        len,
                    gdouble     *out,
                    GError     **error)
{
  gchar buf[64];
  gchar *end = NULL;
  gdouble value;
  const gchar *p = totuo_trim (str, &len);

  /* Coordinates and fees are short plain decimals: read them in place. */
  if (totuo_parse_plain_decimal (p, len, out))
    return TRUE;
  if (len == 0 || len >= sizeof buf)
    goto bad;
  memcpy (buf, p, len);
  buf[len] = '\0';
  /* strtod also reads "nan", "inf" and hex: only plain decimals are data. */
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (buf[i]) && strchr ("+-.eE", buf[i]) == NULL)
      goto bad;
  errno = 0;
  value = g_ascii_strtod (buf, &end);
  if (end != buf + len)
    goto bad;
  if (errno == ERANGE || !isfinite (value))
    {
      g_autofree gchar *q = totuo_quote_value (p, len);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   "number %s is out of range", q);
      return FALSE;
    }
  *out = value;
  return TRUE;

bad:
  {
    g_autofree gchar *q = totuo_quote_value (p, len);
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_BAD_NUMBER,
                 "%s is not a number", q);
    return FALSE;
  }
}

/* TRUE if str is word (which is lower case), ASCII letters compared
 * case-blind. Inline and call-free: it runs for every yes/no value. */
static inline gboolean
equals_folded (const gchar *str,
               gsize        len,
               const gchar *word)
{
  gsize i;

  for (i = 0; i < len && word[i] != '\0'; i++)
    if ((str[i] >= 'A' && str[i] <= 'Z' ? str[i] - 'A' + 'a' : str[i]) != word[i])
      return FALSE;
  return i == len && word[i] == '\0';
}

static gboolean
equals_any (const gchar        *str,
            gsize               len,
            const gchar *const *words)
{
  for (; *words != NULL; words++)
    if (equals_folded (str, len, *words))
      return TRUE;
  return FALSE;
}

gboolean
totuo_parse_bool (const gchar *str,
                  gsize        len,
                  gboolean    *out)
{
  static const gchar *const yes[] = { "true", "1", "yes", "y", "是", "有", NULL };
  static const gchar *const no[] = { "false", "0", "no", "n", "否", "无", NULL };

  str = totuo_trim (str, &len);
  if (equals_any (str, len, yes))
    *out = TRUE;
  else if (equals_any (str, len, no))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* The length of the UTF-8 character at p (lead byte >= 0x80), at most n
 * bytes available, or 0 if it is not a valid one: the well-formed
 * sequences of the Unicode standard (table 3-7), so no overlong forms, no
 * surrogates, nothing above U+10FFFF. */
static inline gsize
utf8_char_length (const guchar *p,
                  gsize         n)
{
  guchar c = p[0], low = 0x80, high = 0xBF;
  gsize length;

  if (c >= 0xC2 && c <= 0xDF)
    length = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      length = 3;
      low = c == 0xE0 ? 0xA0 : 0x80;
      high = c == 0xED ? 0x9F : 0xBF;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      length = 4;
      low = c == 0xF0 ? 0x90 : 0x80;
      high = c == 0xF4 ? 0x8F : 0xBF;
    }
  else
    return 0;
  if (n < length || p[1] < low || p[1] > high)
    return 0;
  for (gsize k = 2; k < length; k++)
    if ((p[k] & 0xC0) != 0x80)
      return 0;
  return length;
}

/* Steps over one byte or character at d[*i] that the fast loop did not
 * take; FALSE if it is not UTF-8 (or is a NUL). */
static inline gboolean
utf8_step (const guchar *d,
           gsize         len,
           gsize        *i,
           gsize        *lines)
{
  gsize n;

  if (d[*i] == '\0')
    return FALSE;
  if (d[*i] < 0x80)
    {
      *lines += d[*i] == '\n';
      (*i)++;
      return TRUE;
    }
  n = utf8_char_length (d + *i, len - *i);
  *i += n;
  return n != 0;
}

#if TOTUO_USE_SSE2
/* SSE2: sixteen bytes at a time. A block of ASCII without NUL is passed
 * counting its line ends; in a block that has a non-ASCII byte (a Chinese
 * name), the ASCII before it is passed the same way, and the character is
 * checked alone. */
static gboolean
utf8_scan (const guchar *d,
           gsize         len,
           gsize        *i,
           gsize        *lines)
{
  const __m128i zero = _mm_setzero_si128 (), newline = _mm_set1_epi8 ('\n');

  while (*i + 16 <= len)
    {
      __m128i block = _mm_loadu_si128 ((const __m128i *) (d + *i));
      guint stops = (guint) (_mm_movemask_epi8 (block) |
                             _mm_movemask_epi8 (_mm_cmpeq_epi8 (block, zero)));
      guint ends = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (block, newline));
      guint ascii = stops == 0 ? 16 : (guint) __builtin_ctz (stops);

      /* A line end or two in a block: clearing bits beats a popcount,
       * which SSE2 lacks and which would be a call. */
      for (ends &= (1u << ascii) - 1; ends != 0; ends &= ends - 1)
        (*lines)++;
      *i += ascii;
      if (ascii < 16 && !utf8_step (d, len, i, lines))
        return FALSE;
    }
  while (*i < len)
    if (!utf8_step (d, len, i, lines))
      return FALSE;
  return TRUE;
}
#else
/* Portable: ASCII eight bytes at a time, as one word. Built on x86-64 by
 * -Dsimd=false, as CI does, so that it is tested. */
static gboolean
utf8_scan (const guchar *d,
           gsize         len,
           gsize        *i,
           gsize        *lines)
{
  while (*i < len)
    {
      guint64 word;

      if (*i + 8 <= len)
        {
          memcpy (&word, d + *i, 8);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0 &&
              ((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word &
               G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              for (guint k = 0; k < 8; k++)
                *lines += d[*i + k] == '\n';
              *i += 8;
              continue;
            }
        }
      if (!utf8_step (d, len, i, lines))
        return FALSE;
    }
  return TRUE;
}
#endif

#if TOTUO_USE_SSE2
/* The sum of a vector's sixteen byte counters. */
static inline gsize
sum_lanes (__m128i lanes)
{
  __m128i sums = _mm_sad_epu8 (lanes, _mm_setzero_si128 ());

  return (gsize) _mm_cvtsi128_si32 (sums) + (gsize) _mm_extract_epi16 (sums, 4);
}

/* Sixteen bytes at a time, into one byte counter per lane for at most 255
 * blocks, then summed: no popcount, which SSE2 lacks. */
gsize
totuo_count_line_ends (const gchar *data,
                       gsize        len,
                       gsize       *n_quotes)
{
  const __m128i newline = _mm_set1_epi8 ('\n'), quote = _mm_set1_epi8 ('"');
  gsize i = 0, lines = 0, quotes = 0;

  while (len - i >= 16)
    {
      gsize end = i + MIN ((len - i) / 16, 255) * 16;
      __m128i line_lanes = _mm_setzero_si128 (), quote_lanes = _mm_setzero_si128 ();

      for (; i < end; i += 16)
        {
          __m128i block = _mm_loadu_si128 ((const __m128i *) (data + i));
          /* A page ahead, once a cache line: the CPU's own prefetch stops
           * at each page, and a mapped file's pages lie anywhere (61 MB
           * counted in 10 ms without, 7 ms with). */
          if ((i & 63) == 0)
            __builtin_prefetch (data + i + 4096);
          line_lanes = _mm_sub_epi8 (line_lanes, _mm_cmpeq_epi8 (block, newline));
          quote_lanes = _mm_sub_epi8 (quote_lanes, _mm_cmpeq_epi8 (block, quote));
        }
      lines += sum_lanes (line_lanes);
      quotes += sum_lanes (quote_lanes);
    }
  for (; i < len; i++)
    {
      lines += data[i] == '\n';
      quotes += data[i] == '"';
    }
  *n_quotes = quotes;
  return lines;
}
#else
/* Portable: memchr() is fast where line ends and quotes are few. */
static gsize
count_byte (const gchar *data,
            gsize        len,
            gchar        c)
{
  const gchar *p = data, *end = data + len;
  gsize count = 0;

  while ((p = memchr (p, c, (gsize) (end - p))) != NULL)
    {
      count++;
      p++;
    }
  return count;
}

gsize
totuo_count_line_ends (const gchar *data,
                       gsize        len,
                       gsize       *n_quotes)
{
  *n_quotes = count_byte (data, len, '"');
  return count_byte (data, len, '\n');
}
#endif

gboolean
totuo_utf8_validate_lines (const gchar *data,
                           gsize        len,
                           gsize       *bad_offset,
                           gsize       *n_line_ends)
{
  gsize i = 0, lines = 0;
  gboolean ok = utf8_scan ((const guchar *) data, len, &i, &lines);

  if (!ok && bad_offset != NULL)
    *bad_offset = i;
  if (n_line_ends != NULL)
    *n_line_ends = lines;
  return ok;
}

gboolean
totuo_utf8_validate (const gchar *data,
                     gsize        len,
                     gsize       *bad_offset)
{
  return totuo_utf8_validate_lines (data, len, bad_offset, NULL);
}

gboolean
totuo_check_utf8 (const gchar *data,
                  gsize        len,
                  const gchar *source,
                  GError     **error)
{
  gsize bad = 0;
  guint line, column;

  if (totuo_utf8_validate (data, len, &bad))
    return TRUE;
  totuo_locate_offset (data, bad, &line, &column);
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_ENCODING,
               "%s:%u:%u: not valid UTF-8 (byte 0x%02x); save the file as UTF-8",
               source, line, column, (guchar) data[bad]);
  return FALSE;
}

gboolean
totuo_check_size (gsize        len,
                  const gchar *source,
                  GError     **error)
{
  if (len <= TOTUO_MAX_INPUT_BYTES)
    return TRUE;
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
               "%s: %" G_GSIZE_FORMAT " bytes, more than the %" G_GSIZE_FORMAT
               " bytes (2 GiB) a reader accepts", source, len, TOTUO_MAX_INPUT_BYTES);
  return FALSE;
}

gboolean
totuo_check_input (const gchar *data,
                   gsize        len,
                   const gchar *source,
                   GError     **error)
{
  return totuo_check_size (len, source, error) && totuo_check_utf8 (data, len, source, error);
}

void
totuo_locate_offset (const gchar *data,
                     gsize        offset,
                     guint       *line,
                     guint       *column)
{
  guint l = 1;
  gsize start = 0;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        l++;
        start = i + 1;
      }
  *line = l;
  *column = (guint) (offset - start + 1);
}

/* Quotes a CSV field when it must be (RFC 4180), or when it has spaces or
 * tabs at its ends that a reader would otherwise drop. */
void
totuo_append_csv_field (GString     *out,
                        const gchar *value)
{
  gsize len = strlen (value);
  gboolean quote = len > 0 &&
    (strpbrk (value, ",\"\r\n") != NULL || totuo_is_trimmed_space (value[0]) ||
     totuo_is_trimmed_space (value[len - 1]));

  if (!quote)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const gchar *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
totuo_append_json_string (GString     *out,
                          const gchar *s)
{
  g_string_append_c (out, '"');
  for (; *s != '\0'; s++)
    {
      guchar c = (guchar) *s;
      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (gchar) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (gchar) c);
    }
  g_string_append_c (out, '"');
}

void
totuo_append_double (GString *out,
                     gdouble  value)
{
  gchar buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* The shortest of 15 or 17 significant digits that reads back exactly. */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  g_string_append (out, buf);
}

gboolean
totuo_check_count (gint64       value,
                   gint64       max,
                   const gchar *what,
                   GError     **error)
{
  if (value < 0 && value != -1)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NEGATIVE,
                   "%s: negative count %" G_GINT64_FORMAT, what, value);
      return FALSE;
    }
  if (value > max)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   "%s: count %" G_GINT64_FORMAT " is larger than %" G_GINT64_FORMAT,
                   what, value, max);
      return FALSE;
    }
  return TRUE;
}

gboolean
totuo_check_location (gdouble   lat,
                      gdouble   lon,
                      GError  **error)
{
  if (isnan (lat) && isnan (lon))
    return TRUE;
  if (!(lat >= -90.0 && lat <= 90.0))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   "lat: latitude %g is not within [-90, 90]", lat);
      return FALSE;
    }
  if (!(lon >= -180.0 && lon <= 180.0))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   "lon: longitude %g is not within [-180, 180]", lon);
      return FALSE;
    }
  return TRUE;
}

gboolean
totuo_write_file (const gchar *path,
                  const gchar *contents,
                  gsize        length,
                  GError     **error)
{
  g_autoptr(GError) local = NULL;

  /* g_file_set_contents writes a temporary file and renames it: a crash
   * never leaves a half-written data file behind. */
  if (!g_file_set_contents (path, contents, (gssize) length, &local))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
totuo_check_file_size (const gchar *path,
                       GError     **error)
{
  GStatBuf st;

  /* Only regular files have a size to trust; the rest is checked as read. */
  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return TRUE;
  return totuo_check_size ((gsize) st.st_size, path, error);
}

gchar *
totuo_read_file (const gchar  *path,
                 gsize        *length,
                 GError      **error)
{
  g_autoptr(GError) local = NULL;
  gchar *contents = NULL;

  if (!totuo_check_file_size (path, error))
    return NULL;
  if (!g_file_get_contents (path, &contents, length, &local))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, "%s", local->message);
      return NULL;
    }
  return contents;
}
