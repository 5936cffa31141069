/* libtotuo - legacy Excel workbooks (.xls) as a table source: see xls.h. */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <signal.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <glib-unix.h>
#include <freexl.h>

#include <totuo/error.h>
#include <totuo/limits.h>

#include "xls.h"
#include "i18n.h"

/* The signature of a compound document (OLE2 / CFBF). */
static const guchar cfbf_magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

gboolean
totuo_xls_sniff (const gchar *data,
                 gsize        len)
{
  return len >= sizeof cfbf_magic && memcmp (data, cfbf_magic, sizeof cfbf_magic) == 0;
}

/* What a FreeXL status says, for a user. */
static const gchar *
describe (int status)
{
  switch (status)
    {
    case FREEXL_INSUFFICIENT_MEMORY: return "out of memory";
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE: return "its container header is broken";
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
    case FREEXL_INVALID_MINI_STREAM:
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY: return "the file is truncated or corrupt";
    case FREEXL_BIFF_INVALID_BOF:
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND: return "it holds no Excel workbook (is it a Word file?)";
    case FREEXL_BIFF_INVALID_SST:
    case FREEXL_BIFF_ILLEGAL_SST_INDEX: return "its table of strings is corrupt";
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET: return "its text is in a code page that cannot be read";
    case FREEXL_CRAFTED_FILE: return "it is severely corrupt";
    default: return "it cannot be read";
    }
}

static gboolean
xls_error (GError     **error,
           const gchar *source,
           int          status)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
               M_("%s: not a readable .xls workbook: %s (FreeXL status %d); save it as .xlsx "
               "or CSV if Excel opens it"), source, describe (status), status);
  return FALSE;
}

/* A number as a CSV file would hold it: whole numbers without a point
 * (Excel stores 1514 as a double), others with the 15 digits Excel shows. */
static gchar *
number_text (gdouble value)
{
  gchar buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == (gdouble) (gint64) value && value > -1e15 && value < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

/* ---- the reader's own process ------------------------------------------------ *
 *
 * FreeXL is not safe with every file: fuzzing found inputs on which it
 * reads memory it never wrote (in its code-page conversion, under
 * valgrind and AddressSanitizer). A damaged or crafted .xls must not take
 * the caller down, so FreeXL runs in a child process of its own: the child
 * reads every sheet and writes the cells down a pipe as text; the parent
 * reads them back with checked sizes. A child that crashes, or is still
 * at it after XLS_TIMEOUT_SECONDS, is an error naming the file.
 *
 * What goes down the pipe: a status byte ('k' read, 'p' protected by a
 * password, 'e' then a FreeXL status); after 'k', the number of sheets,
 * each one's name, then each sheet as its rows: row number (from 1),
 * number of cells, and each cell's column and text. Numbers are 32-bit,
 * texts a 32-bit length then their bytes. A last byte 'z' says the child
 * finished: the reply is judged by it, not by the child's exit status
 * (which a tool such as valgrind may set for reasons of its own). */

#define XLS_TIMEOUT_SECONDS 60

static void
put_u32 (GString *out,
         guint32  v)
{
  g_string_append_len (out, (const gchar *) &v, sizeof v);
}

static void
put_text (GString     *out,
          const gchar *text)
{
  gsize len = strlen (text);
  put_u32 (out, (guint32) len);
  g_string_append_len (out, text, (gssize) len);
}

/* The text of a cell as a CSV file would hold it, or NULL for none. */
static gchar *
cell_text (const FreeXL_CellValue *value)
{
  switch (value->type)
    {
    case FREEXL_CELL_INT:
      return g_strdup_printf ("%d", value->value.int_value);
    case FREEXL_CELL_DOUBLE:
      return number_text (value->value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
      if (value->value.text_value == NULL)
        return NULL;
      /* FreeXL gives UTF-8; what is not is not passed on as it is. */
      return g_utf8_make_valid (value->value.text_value, -1);
    default:
      return NULL;
    }
}

/* In the child: the whole workbook, as described above. */
static void
encode_book (const gchar *path,
             GString     *out)
{
  const void *book = NULL;
  unsigned int n_sheets = 0, password = 0;
  int status = freexl_open (path, &book);

  if (status == FREEXL_OK &&
      freexl_get_info (book, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
      password == FREEXL_BIFF_OBFUSCATED)
    {
      g_string_append_c (out, 'p');
      freexl_close (book);
      return;
    }
  if (status == FREEXL_OK)
    status = freexl_get_info (book, FREEXL_BIFF_SHEET_COUNT, &n_sheets);
  if (status != FREEXL_OK)
    {
      g_string_append_c (out, 'e');
      put_u32 (out, (guint32) status);
      if (book != NULL)
        freexl_close (book);
      return;
    }
  n_sheets = MIN (n_sheets, G_MAXUINT16);
  g_string_append_c (out, 'k');
  put_u32 (out, n_sheets);
  for (unsigned int k = 0; k < n_sheets; k++)
    {
      const char *name = NULL;
      g_autofree gchar *valid = NULL;
      if (freexl_get_worksheet_name (book, (unsigned short) k, &name) != FREEXL_OK ||
          name == NULL)
        name = "";
      valid = g_utf8_make_valid (name, -1);
      put_text (out, valid);
    }
  for (unsigned int k = 0; k < n_sheets; k++)
    {
      unsigned int n_rows = 0;
      unsigned short n_columns = 0;
      if (freexl_select_active_worksheet (book, (unsigned short) k) != FREEXL_OK ||
          freexl_worksheet_dimensions (book, &n_rows, &n_columns) != FREEXL_OK)
        n_rows = n_columns = 0;
      n_rows = MIN (n_rows, 1u << 20);   /* what Excel itself allows */
      put_u32 (out, n_rows);
      for (unsigned int r = 0; r < n_rows; r++)
        {
          gsize count_at;
          guint32 n_cells = 0;
          put_u32 (out, r + 1);
          count_at = out->len;
          put_u32 (out, 0);
          for (unsigned short c = 0; c < n_columns; c++)
            {
              FreeXL_CellValue value;
              g_autofree gchar *text = NULL;
              if (freexl_get_cell_value (book, r, c, &value) != FREEXL_OK)
                continue;
              text = cell_text (&value);
              if (text == NULL || *text == '\0')
                continue;
              put_u32 (out, c);
              put_text (out, text);
              n_cells++;
            }
          memcpy (out->str + count_at, &n_cells, sizeof n_cells);
        }
    }
  freexl_close (book);
}

static gboolean
write_all (gint         fd,
           const gchar *data,
           gsize        len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= (gsize) n;
    }
  return TRUE;
}

/* In the parent: everything the child writes, until it closes the pipe,
 * within the time allowed; FALSE if time ran out or the reply is too big. */
static gboolean
read_reply (gint     fd,
            GString *in)
{
  gint64 deadline = g_get_monotonic_time () + XLS_TIMEOUT_SECONDS * G_USEC_PER_SEC;
  gchar buffer[65536];

  for (;;)
    {
      GPollFD poll_fd = { fd, G_IO_IN | G_IO_HUP | G_IO_ERR, 0 };
      gint64 left = (deadline - g_get_monotonic_time ()) / 1000;
      gssize n;

      if (left <= 0)
        return FALSE;
      if (g_poll (&poll_fd, 1, (gint) MIN (left, G_MAXINT)) < 0 && errno != EINTR)
        return FALSE;
      if (poll_fd.revents == 0)
        continue;
      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return TRUE;
      if (in->len + (gsize) n > TOTUO_MAX_INPUT_BYTES)
        return FALSE;
      g_string_append_len (in, buffer, n);
    }
}

/* A build with the sanitizers or libFuzzer has a crash handler of its
 * own, which the child inherits: a crash in FreeXL would be reported as
 * the caller's. The child is to die plainly, and be reported by us. */
extern void __sanitizer_set_death_callback (void (*callback) (void)) __attribute__ ((weak));
#ifdef TOTUO_COVERAGE
/* A build with coverage (gcov) writes its counts at exit, which _exit()
 * skips: the child writes its own before it leaves. */
extern void __gcov_dump (void);
#endif

static void
die_plainly (void)
{
  static const int signals[] = { SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };

  for (guint k = 0; k < G_N_ELEMENTS (signals); k++)
    signal (signals[k], SIG_DFL);
  if (__sanitizer_set_death_callback != NULL)
    __sanitizer_set_death_callback (NULL);
}

/* Runs encode_book() on @path in a child process; the reply in @reply. */
static gboolean
run_reader (const gchar *path,
            const gchar *source,
            GString     *reply,
            GError     **error)
{
  gint fds[2];
  pid_t pid;
  gint status = 0;
  gboolean complete;

  if (!g_unix_open_pipe (fds, FD_CLOEXEC, NULL))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("%s: cannot read the .xls workbook: "
                   "no pipe: %s"), source, g_strerror (errno));
      return FALSE;
    }
  pid = fork ();
  if (pid < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("%s: cannot read the .xls workbook: "
                   "no process: %s"), source, g_strerror (errno));
      close (fds[0]);
      close (fds[1]);
      return FALSE;
    }
  if (pid == 0)
    {
      /* The child: read, write, and leave without running the parent's
       * exit handlers. */
      GString *out = g_string_new (NULL);
      die_plainly ();
      close (fds[0]);
      gboolean written;
      encode_book (path, out);
      g_string_append_c (out, 'z');
      written = write_all (fds[1], out->str, out->len);
#ifdef TOTUO_COVERAGE
      __gcov_dump ();
#endif
      _exit (written ? 0 : 1);
    }
  close (fds[1]);
  complete = read_reply (fds[0], reply);
  close (fds[0]);
  if (!complete)
    kill (pid, SIGKILL);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  if (!complete)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
                   M_("%s: the .xls reader gave no answer within %d s, or too much; save the "
                   "workbook as .xlsx or CSV"), source, XLS_TIMEOUT_SECONDS);
      return FALSE;
    }
  if (reply->len > 0 && reply->str[reply->len - 1] == 'z')
    {
      g_string_truncate (reply, reply->len - 1);
      return TRUE;
    }
  /* Cut short: the reader crashed (a signal) or could not write. */
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
               M_("%s: not a readable .xls workbook: the reader %s on it (it is damaged, or not "
               "what Excel writes); save it as .xlsx or CSV if Excel opens it"), source,
               WIFSIGNALED (status) ? "crashed" : "failed");
  return FALSE;
}

/* ---- the reply, read back -------------------------------------------------------- */

typedef struct {
  const gchar *p, *end;
} Cursor;

static gboolean
get_u32 (Cursor  *c,
         guint32 *v)
{
  if ((gsize) (c->end - c->p) < sizeof *v)
    return FALSE;
  memcpy (v, c->p, sizeof *v);
  c->p += sizeof *v;
  return TRUE;
}

static gchar *
get_text (Cursor *c)
{
  guint32 len;
  if (!get_u32 (c, &len) || (gsize) (c->end - c->p) < len)
    return NULL;
  c->p += len;
  return g_strndup (c->p - len, len);
}

/* The workbook as the child described it: its sheets' names and rows. */
typedef struct {
  GPtrArray *names;         /* of gchar * */
  GPtrArray *sheets;        /* of GArray * of TotuoSheetRow */
} Book;

static gboolean
decode_book (const GString *reply,
             Book          *book)
{
  Cursor c = { reply->str + 1, reply->str + reply->len };
  guint32 n_sheets;

  if (!get_u32 (&c, &n_sheets))
    return FALSE;
  for (guint32 k = 0; k < n_sheets; k++)
    {
      gchar *name = get_text (&c);
      if (name == NULL)
        return FALSE;
      g_ptr_array_add (book->names, name);
    }
  for (guint32 k = 0; k < n_sheets; k++)
    {
      GArray *rows = totuo_sheet_rows_new ();
      guint32 n_rows;
      g_ptr_array_add (book->sheets, rows);
      if (!get_u32 (&c, &n_rows))
        return FALSE;
      for (guint32 r = 0; r < n_rows; r++)
        {
          guint32 number, n_cells;
          TotuoSheetRow *row;
          if (!get_u32 (&c, &number) || !get_u32 (&c, &n_cells))
            return FALSE;
          row = totuo_sheet_rows_append (rows, number);
          for (guint32 i = 0; i < n_cells; i++)
            {
              guint32 column;
              gchar *text;
              if (!get_u32 (&c, &column) || (text = get_text (&c)) == NULL)
                return FALSE;
              totuo_sheet_row_add (row, column, text);
            }
        }
    }
  return c.p == c.end;
}

/* The rows of sheet @k (a TotuoSheetReadFunc): taken from the book. */
static gboolean
read_sheet (gpointer     data,
            guint        k,
            const gchar *source,
            GArray      *rows,
            GError     **error)
{
  Book *book = data;
  GArray *sheet = g_ptr_array_index (book->sheets, k);

  /* The rows move over; each sheet is read once. */
  g_array_append_vals (rows, sheet->data, sheet->len);
  g_array_set_clear_func (sheet, NULL);
  g_array_set_size (sheet, 0);
  return TRUE;
}

/* FreeXL opens files by name: the bytes go to a private file of their
 * own, so a pipe, a buffer and a file read once all work alike. */
static gchar *
write_private_copy (const gchar *data,
                    gsize        len,
                    const gchar *source,
                    GError     **error)
{
  g_autoptr(GError) local = NULL;
  gchar *path = NULL;
  gint fd = g_file_open_tmp ("totuo-XXXXXX.xls", &path, &local);

  if (fd < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("%s: cannot read the .xls workbook: %s"),
                   source, local->message);
      return NULL;
    }
  if (!write_all (fd, data, len))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO,
                   M_("%s: cannot read the .xls workbook: writing %s: %s"), source, path,
                   g_strerror (errno));
      close (fd);
      g_unlink (path);
      g_free (path);
      return NULL;
    }
  close (fd);
  return path;
}

gboolean
totuo_xls_read_sheet (const gchar           *data,
                      gsize                  len,
                      const gchar           *source,
                      const gchar           *sheet,
                      guint                  header_row,
                      const TotuoColumnSpec *specs,
                      guint                  n_specs,
                      TotuoSheetText        *out,
                      GError               **error)
{
  g_autofree gchar *path = NULL;
  g_autoptr(GString) reply = g_string_new (NULL);
  Book book = { g_ptr_array_new_with_free_func (g_free),
                g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref) };
  gboolean ok = FALSE, ran;

  memset (out, 0, sizeof *out);
  path = write_private_copy (data, len, source, error);
  if (path == NULL)
    goto done;
  ran = run_reader (path, source, reply, error);
  g_unlink (path);
  if (!ran)
    goto done;
  if (reply->len >= 1 && reply->str[0] == 'p')
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
                 M_("%s: the .xls workbook is protected by a password: save a copy without one"),
                 source);
  else if (reply->len >= 5 && reply->str[0] == 'e')
    {
      guint32 status;
      memcpy (&status, reply->str + 1, sizeof status);
      xls_error (error, source, (int) (gint32) status);
    }
  else if (reply->len < 1 || reply->str[0] != 'k' || !decode_book (reply, &book))
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
                 M_("%s: not a readable .xls workbook: the reader's answer was cut short"), source);
  else
    ok = totuo_sheet_read_book (&book, read_sheet, book.names, source, sheet, header_row,
                                specs, n_specs, out, error);

done:
  g_ptr_array_unref (book.names);
  g_ptr_array_unref (book.sheets);
  return ok;
}
