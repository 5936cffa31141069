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

#include "file-io.h"
#include "text.h"
#include "i18n.h"

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

const gchar *
totuo_shown (const gchar *str,
             gchar        buffer[TOTUO_SHOWN_SIZE])
{
  gsize len = strlen (str), shown = MIN (len, QUOTE_MAX);

  if (shown == len && g_utf8_validate (str, (gssize) len, NULL))
    return str;
  while (shown > 0 && ((guchar) str[shown] & 0xC0) == 0x80)
    shown--;
  memcpy (buffer, str, shown);
  /* Invalid bytes become '?': a message must stay UTF-8. */
  for (gsize k = 0; k < shown; )
    {
      const gchar *end;
      if (g_utf8_validate (buffer + k, (gssize) (shown - k), &end))
        break;
      k = (gsize) (end - buffer);
      buffer[k++] = '?';
    }
  strcpy (buffer + shown, shown < len ? "..." : "");
  return buffer;
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
                   M_("negative count %s"), q);
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
                 M_("%s is not a whole number"), q);
    return FALSE;
  }
too_large:
  {
    g_autofree gchar *q = totuo_quote_value (str, len);
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                 M_("count %s is larger than %lld"), q, (long long) max);
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
  /* A subnormal such as 5e-324 sets ERANGE but is read exactly as written
   * (the writers write it so): only overflow, and underflow to zero, are
   * out of range. */
  if ((errno == ERANGE && (value == 0 || !isfinite (value))) || !isfinite (value))
    {
      g_autofree gchar *q = totuo_quote_value (p, len);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("number %s is out of range"), q);
      return FALSE;
    }
  *out = value;
  return TRUE;

bad:
  {
    g_autofree gchar *q = totuo_quote_value (p, len);
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_BAD_NUMBER,
                 M_("%s is not a number"), q);
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
  /* As registries tick a box: 是/否, 有/无, √/×, Y/N, 普惠/非普惠, 配备/未配备. */
  static const gchar *const yes[] = { "true", "1", "yes", "y", "是", "有", "√", "✓", "✔",
                                      "普惠", "普惠性", "已配备", "配备", "t", NULL };
  static const gchar *const no[] = { "false", "0", "no", "n", "否", "无", "×", "✗", "✘",
                                     "非普惠", "非普惠性", "未配备", "不是", "f", NULL };

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
  /* A NUL is valid UTF-8 but no text holds one: the file is binary, or
   * UTF-16, or damaged; saying "save it as UTF-8" would mislead. */
  if (data[bad] == '\0')
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_ENCODING,
                 M_("%s:%u:%u: a NUL byte (0x00): text holds none; is this a binary or "
                 "UTF-16 file?"), source, line, column);
  else
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_ENCODING,
                 M_("%s:%u:%u: not valid UTF-8 (byte 0x%02x); save the file as UTF-8"),
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

/* Characters a JSON string must escape: the quote, the backslash and the
 * controls below 0x20. */
static inline gboolean
needs_json_escape (guchar c)
{
  return c < 0x20 || c == '"' || c == '\\';
}

static void
append_json_escape (GString *out,
                    guchar   c)
{
  static const gchar hex[] = "0123456789abcdef";
  gchar code[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };

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
  else
    g_string_append_len (out, code, sizeof code);
}

void
totuo_append_json_string (GString     *out,
                          const gchar *s)
{
  g_string_append_c (out, '"');
  while (*s != '\0')
    {
      /* Copy the run of characters that need no escape in one go. */
      const gchar *run = s;
      while (*s != '\0' && !needs_json_escape ((guchar) *s))
        s++;
      g_string_append_len (out, run, s - run);
      if (*s != '\0')
        append_json_escape (out, (guchar) *s++);
    }
  g_string_append_c (out, '"');
}

/* Writes the digits of value so that they end at end; returns where they
 * start. */
static gchar *
format_digits (gchar   *end,
               guint64  value)
{
  do
    {
      *--end = (gchar) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);
  return end;
}

void
totuo_append_unsigned (GString *out,
                       guint64  value)
{
  gchar buf[24], *end = buf + sizeof buf, *start;

  start = format_digits (end, value);
  g_string_append_len (out, start, end - start);
}

/* Writes n / 10^decimals in plain decimals: "0.00123", "116.39713". */
static void
append_scaled (GString *out,
               gboolean negative,
               guint64  n,
               guint    decimals)
{
  gchar buf[48], *end = buf + sizeof buf, *start = end;

  for (guint k = 0; k < decimals; k++)
    {
      *--start = (gchar) ('0' + n % 10);
      n /= 10;
    }
  if (decimals > 0)
    *--start = '.';
  start = format_digits (start, n);
  if (negative)
    *--start = '-';
  g_string_append_len (out, start, end - start);
}

/* The common case of totuo_append_double(), without printf: a value that
 * some n / 10^d with n < 10^15 reads back as, written with the fewest such
 * decimals d. Both n and 10^d are exact doubles, so n / 10^d is rounded
 * once, as strtod rounds the text "n e-d": the check below is exact. Such
 * a value has at most 15 significant digits, so "%.15g" would find the
 * same digits (it rounds to the 15-digit decimal nearest the value, and n
 * is nearer than half a step of those); from 1e-4 up it would also write
 * them without an exponent. Returns FALSE for other values. */
static gboolean
append_short_decimal (GString *out,
                      gdouble  value)
{
  static const gdouble powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
                                    1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
                                    1e18 };
  gdouble magnitude = fabs (value);

  if (!(magnitude >= 1e-4 && magnitude < 1e15))
    return FALSE;
  for (guint d = 0; d < G_N_ELEMENTS (powers); d++)
    {
      /* The product is within 0.2 of n when n exists, so rounding it
       * finds n. */
      gdouble n = rint (magnitude * powers[d]);
      if (n >= 1e15)
        return FALSE;
      if (n / powers[d] == magnitude)
        {
          append_scaled (out, value < 0, (guint64) n, d);
          return TRUE;
        }
    }
  return FALSE;
}

void
totuo_append_double (GString *out,
                     gdouble  value)
{
  gchar buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (append_short_decimal (out, value))
    return;
  /* The fewest significant digits, 15 to 17, that read back exactly:
   * 32.72727272727273, not 32.727272727272727. */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.16g", value);
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
                   M_("%s: negative count %lld"), what, (long long) value);
      return FALSE;
    }
  if (value > max)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("%s: count %lld is larger than %lld"), what, (long long) value,
                   (long long) max);
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
                   M_("lat: latitude %g is not within [-90, 90]"), lat);
      return FALSE;
    }
  if (!(lon >= -180.0 && lon <= 180.0))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("lon: longitude %g is not within [-180, 180]"), lon);
      return FALSE;
    }
  return TRUE;
}

gchar *
totuo_read_file (const gchar  *path,
                 gsize        *length,
                 GError      **error)
{
  TotuoInput input;
  gchar *contents;

  if (!totuo_input_open (&input, path, error))
    return NULL;
  if (totuo_input_is_mapped (&input))
    {
      contents = g_malloc (input.length + 1);
      memcpy (contents, input.data, input.length);
      contents[input.length] = '\0';
      if (!totuo_input_intact (&input, error))
        g_clear_pointer (&contents, g_free);
    }
  else
    {
      contents = input.owned;
      input.owned = NULL;
    }
  *length = input.length;
  totuo_input_clear (&input);
  return contents;
}
