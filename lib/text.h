/* Parsing and formatting of the values found in data files: counts,
 * decimals, booleans, UTF-8 checks. Errors carry no location: the reader
 * that calls these adds file, line and column. */
#pragma once

#include <string.h>

#include <glib.h>

#include <totuo/limits.h>

/* The characters dropped around an unquoted value: ASCII space and tab.
 * The CSV writer quotes a value with one at either end (see
 * totuo_append_csv_field()), so that what is written reads back the same. */
static inline gboolean
totuo_is_trimmed_space (gchar c)
{
  return c == ' ' || c == '\t';
}

/* Drops those characters around a value; inline, as it runs for every
 * field of every row. */
static inline const gchar *
totuo_trim (const gchar *str,
            gsize       *len)
{
  while (*len > 0 && totuo_is_trimmed_space (*str))
    {
      str++;
      (*len)--;
    }
  while (*len > 0 && totuo_is_trimmed_space (str[*len - 1]))
    (*len)--;
  return str;
}
/* Plain decimals of at most 15 significant digits (coordinates, fees) are
 * exact integers divided by an exact power of ten, and IEEE division rounds
 * that correctly: the same result as strtod, several times faster. Anything
 * else (exponents, long mantissas, spaces) it leaves to totuo_parse_double(),
 * which judges it. Inline: loaders read coordinates with it first. */
static inline gboolean
totuo_parse_plain_decimal (const gchar *s,
                           gsize        len,
                           gdouble     *out)
{
  static const gdouble pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                   1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
  const gchar *p = s, *end = s + len, *first, *point;
  guint64 mantissa = 0;   /* wraps on a long one, which is then refused */
  gboolean negative = FALSE;
  gsize decimals, digits;

  if (p < end && (*p == '-' || *p == '+'))
    negative = *p++ == '-';
  /* The digits before the point, then those after it, each in a loop of
   * its own: no test for the point at every digit. */
  for (first = p; p < end && (guint) (*p - '0') <= 9; p++)
    mantissa = mantissa * 10 + (guint64) (*p - '0');
  point = p;
  if (p < end && *p == '.')
    for (p++; p < end && (guint) (*p - '0') <= 9; p++)
      mantissa = mantissa * 10 + (guint64) (*p - '0');
  if (p != end)
    return FALSE;
  decimals = p > point ? (gsize) (p - point) - 1 : 0;
  digits = (gsize) (point - first) + decimals;
  if (digits == 0 || digits > 15)
    return FALSE;
  *out = (gdouble) mantissa / pow10[decimals];
  if (negative)
    *out = -*out;
  return TRUE;
}

/* A count of one to nine digits, the usual kind, read in place; FALSE
 * for anything else, which totuo_parse_count() reads and judges. Inline:
 * loaders try it first. */
static inline gboolean
totuo_parse_short_count (const gchar *s,
                         gsize        len,
                         gint64      *out)
{
  guint32 value = 0;

  if (len == 0 || len > 9)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      guint digit = (guint) (guchar) s[i] - '0';
      if (digit > 9)
        return FALSE;
      value = value * 10 + digit;
    }
  *out = value;
  return TRUE;
}

G_GNUC_INTERNAL gchar   *totuo_quote_value  (const gchar *str,
                                             gsize        len);

/* A value as an error message shows it: itself when short, else its first
 * 40 bytes (cut at a character boundary) and "...", in @buffer. */
#define TOTUO_SHOWN_SIZE 48
G_GNUC_INTERNAL const gchar *totuo_shown (const gchar *str,
                                          gchar        buffer[TOTUO_SHOWN_SIZE]);
/* totuo_shown() with a buffer that lives to the end of the enclosing block. */
#define TOTUO_SHOWN(str) totuo_shown ((str), (gchar[TOTUO_SHOWN_SIZE]) { 0 })
G_GNUC_INTERNAL gboolean totuo_parse_count  (const gchar *str,
                                             gsize        len,
                                             gint64       max,
                                             gint64      *out,
                                             GError     **error);
G_GNUC_INTERNAL gboolean totuo_parse_double (const gchar *str,
                                             gsize        len,
                                             gdouble     *out,
                                             GError     **error);
G_GNUC_INTERNAL gboolean totuo_parse_bool   (const gchar *str,
                                             gsize        len,
                                             gboolean    *out);
/* TRUE if data is UTF-8 without NUL; else FALSE and *bad_offset is the
 * offset of the first bad byte. */
G_GNUC_INTERNAL gboolean totuo_utf8_validate (const gchar *data,
                                              gsize        len,
                                              gsize       *bad_offset);
/* As totuo_utf8_validate(), without the offset. Inline, for the short
 * values of a row a loader keeps: ASCII a word at a time, the three bytes
 * of a Chinese character at once, anything else by the general check. */
static inline gboolean
totuo_utf8_validate_value (const gchar *s,
                           gsize        len)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const guchar *p = (const guchar *) s;
  gsize i = 0;
  guint64 word;

  for (; i + 8 <= len; i += 8)
    {
      memcpy (&word, p + i, 8);
      if (((word | ((word - ones) & ~word)) & highs) != 0)
        break;   /* a byte past 0x7F, or a NUL */
    }
  while (i < len)
    {
      guchar c = p[i];
      if (c >= 0x01 && c < 0x80)
        i++;
      else if (c >= 0xE1 && c <= 0xEC && i + 3 <= len &&
               (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80)
        i += 3;   /* U+1000 to U+CFFF: no overlong form, no surrogate */
      else
        return totuo_utf8_validate (s + i, len - i, NULL);
    }
  return TRUE;
}

/* The same, counting the line ends ('\n') on the way: one pass over a
 * file both checks it and sizes the arrays it fills. */
G_GNUC_INTERNAL gboolean totuo_utf8_validate_lines (const gchar *data,
                                                    gsize        len,
                                                    gsize       *bad_offset,
                                                    gsize       *n_line_ends);
/* The line ends ('\n') in data, and in *n_quotes its double quotes,
 * without checking anything else: a load that checks the encoding of the
 * values it keeps as it parses them sizes its arrays with this, and
 * checks it split its text outside quotes (lib/csv.c). */
G_GNUC_INTERNAL gsize    totuo_count_line_ends (const gchar *data,
                                                gsize        len,
                                                gsize       *n_quotes);
/* Fails with TOTUO_ERROR_ENCODING naming "source:line:column" of the first
 * byte that is not UTF-8 (or a NUL). */
/* TOTUO_MAX_INPUT_BYTES, checked alone. */
G_GNUC_INTERNAL gboolean totuo_check_size (gsize        len,
                                           const gchar *source,
                                           GError     **error);
/* What every reader checks first: the size limit, then the encoding. */
G_GNUC_INTERNAL gboolean totuo_check_input (const gchar *data,
                                            gsize        len,
                                            const gchar *source,
                                            GError     **error);
G_GNUC_INTERNAL gboolean totuo_check_utf8 (const gchar *data,
                                           gsize        len,
                                           const gchar *source,
                                           GError     **error);
G_GNUC_INTERNAL void totuo_locate_offset (const gchar *data,
                                          gsize        offset,
                                          guint       *line,
                                          guint       *column);
G_GNUC_INTERNAL void totuo_append_csv_field (GString     *out,
                                             const gchar *value);
G_GNUC_INTERNAL void totuo_append_json_string (GString     *out,
                                               const gchar *str);
G_GNUC_INTERNAL void totuo_append_unsigned (GString *out,
                                            guint64  value);
G_GNUC_INTERNAL void totuo_append_double (GString *out,
                                          gdouble  value);
G_GNUC_INTERNAL gboolean totuo_check_count (gint64       value,
                                            gint64       max,
                                            const gchar *what,
                                            GError     **error);
G_GNUC_INTERNAL gboolean totuo_check_location (gdouble   lat,
                                               gdouble   lon,
                                               GError  **error);
G_GNUC_INTERNAL gchar *totuo_read_file (const gchar  *path,
                                        gsize        *length,
                                        GError      **error);
