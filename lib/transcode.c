/* libtotuo - text as offices save it, made into UTF-8 comma-separated
 * text: see transcode.h. */
#include "config.h"

#include <string.h>

#include <totuo/error.h>

#include "text.h"
#include "transcode.h"
#include "i18n.h"

static gboolean
utf16_bom (const gchar *data,
           gsize        len,
           const gchar **encoding)
{
  if (len >= 2 && (guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
    *encoding = "UTF-16LE";
  else if (len >= 2 && (guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)
    *encoding = "UTF-16BE";
  else
    return FALSE;
  return TRUE;
}

/* The separator of the header row: the most frequent of comma, tab and
 * semicolon outside quotes; a comma on a tie. */
static gchar
header_separator (const gchar *data,
                  gsize        len)
{
  gsize commas = 0, tabs = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gchar c = data[i];
      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (c == '\n')
        break;
      else if (c == ',')
        commas++;
      else if (c == '\t')
        tabs++;
      else if (c == ';')
        semicolons++;
    }
  if (tabs > commas && tabs >= semicolons)
    return '\t';
  if (semicolons > commas && semicolons > tabs)
    return ';';
  return ',';
}

gboolean
totuo_transcode_needed (const gchar *data,
                        gsize        len)
{
  const gchar *encoding;
  return utf16_bom (data, len, &encoding) || header_separator (data, len) != ',';
}

/* Whether text that is not UTF-8 is mostly not UTF-8: a GB18030 file has
 * next to no valid multi-byte UTF-8 sequence, while a UTF-8 file with a
 * damaged byte has many. Only the first is converted: reading damaged
 * UTF-8 as GB18030 would turn every Chinese character into another. */
static gboolean
mostly_not_utf8 (const gchar *data,
                 gsize        len)
{
  gsize valid_multibyte = 0, invalid = 0;
  const gchar *p = data, *end = data + len, *stop;

  while (p < end)
    {
      if (g_utf8_validate (p, end - p, &stop))
        stop = end;
      for (const gchar *q = p; q < stop; q++)
        if (((guchar) *q & 0xC0) == 0xC0)
          valid_multibyte++;
      if (stop >= end)
        break;
      if (*stop == '\0')
        return FALSE;          /* a NUL is not an encoding: let the loader say so */
      if (end - stop < 4 && (guchar) *stop >= 0xC2)
        {
          /* The start of a UTF-8 character at the very end: a file cut
           * short, not another encoding. */
          const gchar *q = stop + 1;
          while (q < end && ((guchar) *q & 0xC0) == 0x80)
            q++;
          if (q == end)
            return FALSE;
        }
      invalid++;
      p = stop + 1;
    }
  return invalid > valid_multibyte;
}

static gchar *
to_utf8 (const gchar *data,
         gsize        len,
         const gchar *encoding,
         const gchar *source,
         gsize       *out_len,
         const gchar **read_as,
         GError     **error)
{
  g_autoptr(GError) local = NULL;
  gsize bytes_read = 0;
  gchar *out;

  *read_as = NULL;
  if (encoding == NULL && utf16_bom (data, len, &encoding))
    {
      data += 2;
      len -= 2;
    }
  if (encoding == NULL)
    {
      if (g_utf8_validate (data, (gssize) len, NULL) || !mostly_not_utf8 (data, len))
        {
          gchar *copy = g_malloc (len + 1);
          memcpy (copy, data, len);
          copy[len] = '\0';
          *out_len = len;
          return copy;
        }
      encoding = "GB18030";
    }
  out = g_convert (data, (gssize) len, "UTF-8", encoding, &bytes_read, out_len, &local);
  if (out == NULL)
    {
      guint line = 0, column = 0;
      if (g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION) ||
          g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_FAILED))
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_ENCODING,
                       M_("%s: unknown encoding \"%s\" (try UTF-8, GB18030, GBK, UTF-16)"), source,
                       encoding);
          return NULL;
        }
      totuo_locate_offset (data, MIN (bytes_read, len), &line, &column);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_ENCODING,
                   M_("%s:%u:%u: not valid %s (byte 0x%02x); save the file as UTF-8, or name "
                   "its encoding"), source, line, column, encoding,
                   bytes_read < len ? (guchar) data[bytes_read] : 0);
      return NULL;
    }
  *read_as = encoding;
  return out;
}

/* Re-writes text separated by @sep with commas, quoting as RFC 4180 asks. */
static gchar *
to_commas (const gchar *data,
           gsize        len,
           gchar        sep,
           gsize       *out_len)
{
  GString *out = g_string_sized_new (len + len / 8 + 16);
  GString *cell = g_string_new (NULL);
  gsize i = 0;

  while (i < len)
    {
      gboolean end_of_record = FALSE;
      g_string_truncate (cell, 0);
      if (data[i] == '"')
        {
          for (i++; i < len; i++)
            {
              if (data[i] == '"' && i + 1 < len && data[i + 1] == '"')
                g_string_append_c (cell, data[i++]);
              else if (data[i] == '"')
                {
                  i++;
                  break;
                }
              else
                g_string_append_c (cell, data[i]);
            }
        }
      /* Up to the separator or the line end; text after a closing quote
       * is kept, as the CSV reader would refuse it anyway. */
      for (; i < len && data[i] != sep && data[i] != '\n'; i++)
        if (data[i] != '\r' || (i + 1 < len && data[i + 1] != '\n'))
          g_string_append_c (cell, data[i]);
      if (i >= len || data[i] == '\n')
        end_of_record = TRUE;
      i++;
      if (strpbrk (cell->str, ",\"\n\r") != NULL)
        {
          g_string_append_c (out, '"');
          for (gsize k = 0; k < cell->len; k++)
            {
              if (cell->str[k] == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, cell->str[k]);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append_len (out, cell->str, (gssize) cell->len);
      g_string_append_c (out, end_of_record ? '\n' : ',');
    }
  g_string_free (cell, TRUE);
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

gchar *
totuo_transcode (const gchar *data,
                 gsize        len,
                 const gchar *encoding,
                 const gchar *source,
                 gsize       *out_len,
                 gchar      **note,
                 GError     **error)
{
  const gchar *read_as = NULL;
  g_autofree gchar *utf8 = NULL;
  gsize utf8_len = 0;
  gchar sep;

  *note = NULL;
  utf8 = to_utf8 (data, len, encoding, source, &utf8_len, &read_as, error);
  if (utf8 == NULL)
    return NULL;
  sep = header_separator (utf8, utf8_len);
  if (read_as != NULL || sep != ',')
    {
      GString *text = g_string_new (NULL);
      if (read_as != NULL)
        g_string_append_printf (text, M_("read as %s"), read_as);
      if (sep != ',')
        g_string_append_printf (text, "%s%s", text->len > 0 ? M_(", ") : "",
                                sep == '\t' ? M_("tab-separated") : M_("semicolon-separated"));
      *note = g_string_free (text, FALSE);
    }
  if (sep == ',')
    {
      *out_len = utf8_len;
      return g_steal_pointer (&utf8);
    }
  return to_commas (utf8, utf8_len, sep, out_len);
}
