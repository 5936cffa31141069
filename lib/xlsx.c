/* libtotuo - Excel workbooks (.xlsx) as a table source: see xlsx.h. */
#include "config.h"

#include <string.h>

#include <zip.h>

#include <totuo/error.h>
#include <totuo/limits.h>

#include "text.h"
#include "sheet.h"
#include "xlsx.h"
#include "i18n.h"

gboolean
totuo_xlsx_sniff (const gchar *data,
                  gsize        len)
{
  return len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0;
}

static gboolean
xlsx_error (GError     **error,
            const gchar *source,
            const gchar *what)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, M_("%s: not a readable .xlsx workbook: %s"),
               source, what);
  return FALSE;
}

/* One part of the archive, whole; NULL (no error) when it is absent. */
static gchar *
read_part (zip_t       *zip,
           const gchar *name,
           const gchar *source,
           gsize       *len,
           GError     **error)
{
  zip_stat_t st;
  zip_file_t *file;
  gchar *text;
  zip_int64_t n;

  zip_stat_init (&st);
  if (zip_stat (zip, name, ZIP_FL_ENC_GUESS, &st) != 0)
    return NULL;
  /* The size the archive claims is checked, and so is what inflates. */
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > TOTUO_MAX_INPUT_BYTES)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
                   M_("%s: the part %s is larger than the 2 GiB a reader accepts"), source, name);
      return NULL;
    }
  file = zip_fopen (zip, name, 0);
  if (file == NULL)
    {
      xlsx_error (error, source, zip_strerror (zip));
      return NULL;
    }
  text = g_malloc ((gsize) st.size + 1);
  n = zip_fread (file, text, st.size);
  zip_fclose (file);
  if (n < 0 || (zip_uint64_t) n != st.size)
    {
      g_free (text);
      xlsx_error (error, source, "a part could not be inflated");
      return NULL;
    }
  text[n] = '\0';
  *len = (gsize) n;
  return text;
}

/* Element names without a namespace prefix ("x:c" is "c"). */
static const gchar *
local_name (const gchar *name)
{
  const gchar *colon = strrchr (name, ':');
  return colon != NULL ? colon + 1 : name;
}

static const gchar *
attribute (const gchar **names,
           const gchar **values,
           const gchar  *wanted)
{
  for (guint k = 0; names[k] != NULL; k++)
    if (strcmp (local_name (names[k]), wanted) == 0)
      return values[k];
  return NULL;
}

static gboolean
parse_xml (const gchar         *text,
           gsize                len,
           const GMarkupParser *parser,
           gpointer             state,
           const gchar         *source,
           const gchar         *part,
           GError             **error)
{
  g_autoptr(GMarkupParseContext) context =
      g_markup_parse_context_new (parser, G_MARKUP_PREFIX_ERROR_POSITION, state, NULL);
  g_autoptr(GError) local = NULL;

  if (!g_markup_parse_context_parse (context, text, (gssize) len, &local) ||
      !g_markup_parse_context_end_parse (context, &local))
    {
      g_autofree gchar *valid = g_utf8_make_valid (local->message, -1);
      g_autofree gchar *what = g_strdup_printf ("%s: %s", part, valid);
      return xlsx_error (error, source, what);
    }
  return TRUE;
}

/* ---- the workbook: sheet names and where their parts are ------------------- */

typedef struct {
  GPtrArray *names;         /* of gchar * */
  GPtrArray *ids;           /* r:id of each */
} Sheets;

static void
workbook_start (GMarkupParseContext *context, const gchar *element, const gchar **names,
                const gchar **values, gpointer data, GError **error)
{
  Sheets *s = data;
  if (strcmp (local_name (element), "sheet") == 0)
    {
      const gchar *name = attribute (names, values, "name");
      const gchar *id = attribute (names, values, "id");
      g_ptr_array_add (s->names, g_strdup (name != NULL ? name : ""));
      g_ptr_array_add (s->ids, g_strdup (id != NULL ? id : ""));
    }
}

typedef struct {
  const gchar *wanted;
  gchar *target;
} Relation;

static void
rels_start (GMarkupParseContext *context, const gchar *element, const gchar **names,
            const gchar **values, gpointer data, GError **error)
{
  Relation *r = data;
  const gchar *id = attribute (names, values, "Id");
  if (strcmp (local_name (element), "Relationship") == 0 && id != NULL && r->target == NULL &&
      strcmp (id, r->wanted) == 0)
    {
      const gchar *target = attribute (names, values, "Target");
      if (target != NULL)
        r->target = g_str_has_prefix (target, "/") ? g_strdup (target + 1)
                                                   : g_strconcat ("xl/", target, NULL);
    }
}

/* ---- shared strings --------------------------------------------------------- */

typedef struct {
  GPtrArray *strings;       /* of gchar * */
  GString *current;
  gboolean in_t, in_phonetic;
} Shared;

static void
shared_start (GMarkupParseContext *context, const gchar *element, const gchar **names,
              const gchar **values, gpointer data, GError **error)
{
  Shared *s = data;
  const gchar *e = local_name (element);
  if (strcmp (e, "si") == 0)
    g_string_truncate (s->current, 0);
  else if (strcmp (e, "t") == 0)
    s->in_t = TRUE;
  else if (strcmp (e, "rPh") == 0)      /* a reading aid, not the text */
    s->in_phonetic = TRUE;
}

static void
shared_end (GMarkupParseContext *context, const gchar *element, gpointer data, GError **error)
{
  Shared *s = data;
  const gchar *e = local_name (element);
  if (strcmp (e, "si") == 0)
    g_ptr_array_add (s->strings, g_strdup (s->current->str));
  else if (strcmp (e, "t") == 0)
    s->in_t = FALSE;
  else if (strcmp (e, "rPh") == 0)
    s->in_phonetic = FALSE;
}

static void
shared_text (GMarkupParseContext *context, const gchar *text, gsize len, gpointer data,
             GError **error)
{
  Shared *s = data;
  if (s->in_t && !s->in_phonetic)
    g_string_append_len (s->current, text, (gssize) len);
}

/* ---- a sheet: rows of cells -------------------------------------------------- */

typedef struct {
  GArray *rows;             /* of Row */
  GPtrArray *shared;
  GString *value;
  gchar *type;
  guint column, next_column, row_number;
  gboolean in_value, in_phonetic;
} SheetState;

/* "B7" -> column 1; FALSE if it is no cell reference. */
static gboolean
parse_reference (const gchar *ref,
                 guint       *column)
{
  guint c = 0, n = 0;
  for (; g_ascii_isalpha (*ref) && n < 4; ref++, n++)
    c = c * 26 + (guint) (g_ascii_toupper (*ref) - 'A' + 1);
  if (n == 0 || n == 4 || c > TOTUO_MAX_COLUMNS)
    return FALSE;
  *column = c - 1;
  return TRUE;
}

static void
sheet_start (GMarkupParseContext *context, const gchar *element, const gchar **names,
             const gchar **values, gpointer data, GError **error)
{
  SheetState *s = data;
  const gchar *e = local_name (element);

  if (strcmp (e, "row") == 0)
    {
      const gchar *r = attribute (names, values, "r");
      guint64 number = 0;
      if (r != NULL && g_ascii_string_to_unsigned (r, 10, 1, 1048576, &number, NULL))
        s->row_number = (guint) number;
      else
        s->row_number++;
      totuo_sheet_rows_append (s->rows, s->row_number);
      s->next_column = 0;
    }
  else if (strcmp (e, "c") == 0 && s->rows->len > 0)
    {
      const gchar *r = attribute (names, values, "r");
      const gchar *t = attribute (names, values, "t");
      if (r == NULL || !parse_reference (r, &s->column))
        s->column = s->next_column;
      s->next_column = s->column + 1;
      g_free (s->type);
      s->type = g_strdup (t != NULL ? t : "n");
      g_string_truncate (s->value, 0);
    }
  else if (strcmp (e, "v") == 0 || strcmp (e, "t") == 0)
    s->in_value = TRUE;
  else if (strcmp (e, "rPh") == 0)
    s->in_phonetic = TRUE;
}

static void
sheet_end (GMarkupParseContext *context, const gchar *element, gpointer data, GError **error)
{
  SheetState *s = data;
  const gchar *e = local_name (element);

  if (strcmp (e, "v") == 0 || strcmp (e, "t") == 0)
    s->in_value = FALSE;
  else if (strcmp (e, "rPh") == 0)
    s->in_phonetic = FALSE;
  else if (strcmp (e, "c") == 0 && s->rows->len > 0)
    {
      TotuoSheetRow *row = &g_array_index (s->rows, TotuoSheetRow, s->rows->len - 1);
      gchar *text;
      if (strcmp (s->type, "s") == 0)
        {
          guint64 index = 0;
          if (!g_ascii_string_to_unsigned (s->value->str, 10, 0, G_MAXUINT32, &index, NULL) ||
              index >= s->shared->len)
            {
              gchar letters[8];
              totuo_column_letters (s->column, letters);
              g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                           M_("cell %s%u points to shared string %s, which does not exist"),
                           letters, row->number, s->value->str);
              return;
            }
          text = g_strdup (g_ptr_array_index (s->shared, index));
        }
      else if (strcmp (s->type, "b") == 0)
        text = g_strdup (strcmp (s->value->str, "1") == 0 ? "true" : "false");
      else
        text = g_strdup (s->value->str);   /* n, str, inlineStr, e (#N/A) */
      totuo_sheet_row_add (row, s->column, text);
    }
}

static void
sheet_text (GMarkupParseContext *context, const gchar *text, gsize len, gpointer data,
            GError **error)
{
  SheetState *s = data;
  if (s->in_value && !s->in_phonetic)
    g_string_append_len (s->value, text, (gssize) len);
}

/* The workbook, as read_sheet() needs it. */
typedef struct {
  zip_t *zip;
  Sheets *sheets;
  GPtrArray *shared;
} Book;

/* The rows of sheet @k (a TotuoSheetReadFunc). */
static gboolean
read_sheet (gpointer     data,
            guint        k,
            const gchar *source,
            GArray      *rows,
            GError     **error)
{
  static const GMarkupParser rels_parser = { rels_start, NULL, NULL, NULL, NULL };
  static const GMarkupParser sheet_parser = { sheet_start, sheet_end, sheet_text, NULL, NULL };
  Book *book = data;
  Relation relation = { g_ptr_array_index (book->sheets->ids, k), NULL };
  SheetState state = { 0 };
  g_autofree gchar *rels = NULL, *part = NULL, *xml = NULL;
  GError *local = NULL;
  gboolean ok = FALSE;
  gsize n = 0;

  rels = read_part (book->zip, "xl/_rels/workbook.xml.rels", source, &n, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      goto done;
    }
  if (rels != NULL && !parse_xml (rels, n, &rels_parser, &relation, source,
                                  "xl/_rels/workbook.xml.rels", error))
    goto done;
  part = relation.target != NULL ? g_strdup (relation.target)
                                 : g_strdup_printf ("xl/worksheets/sheet%u.xml", k + 1);
  xml = read_part (book->zip, part, source, &n, &local);
  if (xml == NULL)
    {
      if (local != NULL)
        g_propagate_error (error, local);
      else
        xlsx_error (error, source, "the sheet's part is missing");
      goto done;
    }
  state.rows = rows;
  state.shared = book->shared;
  state.value = g_string_new (NULL);
  ok = parse_xml (xml, n, &sheet_parser, &state, source, part, error);

done:
  g_free (relation.target);
  if (state.value != NULL)
    g_string_free (state.value, TRUE);
  g_free (state.type);
  return ok;
}

gboolean
totuo_xlsx_read_sheet (const gchar           *data,
                       gsize                  len,
                       const gchar           *source,
                       const gchar           *sheet,
                       guint                  header_row,
                       const TotuoColumnSpec *specs,
                       guint                  n_specs,
                       TotuoSheetText        *out,
                       GError               **error)
{
  static const GMarkupParser workbook_parser = { workbook_start, NULL, NULL, NULL, NULL };
  static const GMarkupParser shared_parser = { shared_start, shared_end, shared_text, NULL, NULL };
  zip_error_t zerr;
  zip_source_t *zsource;
  zip_t *zip;
  g_autofree gchar *workbook = NULL, *strings = NULL;
  Sheets sheets = { g_ptr_array_new_with_free_func (g_free),
                    g_ptr_array_new_with_free_func (g_free) };
  Shared shared = { g_ptr_array_new_with_free_func (g_free), g_string_new (NULL), FALSE, FALSE };
  Book book;
  gsize n = 0;
  gboolean ok = FALSE;
  GError *local = NULL;

  memset (out, 0, sizeof *out);
  zip_error_init (&zerr);
  zsource = zip_source_buffer_create (data, len, 0, &zerr);
  zip = zsource != NULL ? zip_open_from_source (zsource, ZIP_RDONLY, &zerr) : NULL;
  if (zip == NULL)
    {
      if (zsource != NULL)
        zip_source_free (zsource);
      xlsx_error (error, source, zip_error_strerror (&zerr));
      zip_error_fini (&zerr);
      goto done;
    }
  workbook = read_part (zip, "xl/workbook.xml", source, &n, &local);
  if (workbook == NULL)
    {
      if (local != NULL)
        g_propagate_error (error, local);
      else
        xlsx_error (error, source, "it has no xl/workbook.xml (is it an .xlsx file?)");
      goto done;
    }
  if (!parse_xml (workbook, n, &workbook_parser, &sheets, source, "xl/workbook.xml", error))
    goto done;
  strings = read_part (zip, "xl/sharedStrings.xml", source, &n, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      goto done;
    }
  if (strings != NULL &&
      !parse_xml (strings, n, &shared_parser, &shared, source, "xl/sharedStrings.xml", error))
    goto done;
  g_clear_pointer (&strings, g_free);
  book = (Book) { zip, &sheets, shared.strings };
  ok = totuo_sheet_read_book (&book, read_sheet, sheets.names, source, sheet, header_row,
                              specs, n_specs, out, error);

done:
  if (zip != NULL)
    zip_discard (zip);
  g_ptr_array_unref (sheets.names);
  g_ptr_array_unref (sheets.ids);
  g_ptr_array_unref (shared.strings);
  g_string_free (shared.current, TRUE);
  return ok;
}
