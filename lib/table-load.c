/* libtotuo - the table sources: regions and institutions from files and
 * buffers, in any encoding and separator offices save, and from Excel
 * workbooks (.xlsx and .xls); each made into UTF-8 comma-separated text for the record
 * builder (lib/csv.c) when it is not that already. The public loaders and
 * checks of <totuo/csv.h> live here. */
#include "config.h"

#include <string.h>

#include <totuo/csv.h>
#include <totuo/error.h>

#include "csv-load.h"
#include "dataset-private.h"
#include "file-io.h"
#include "schema.h"
#include "transcode.h"
#include "xls.h"
#include "xlsx.h"
#include "i18n.h"

/* Text that is not UTF-8 with commas (GB18030, UTF-16, tabs, semicolons)
 * is converted first. UTF-8 comma-separated text, the national files
 * among it, goes straight to the loader: its own UTF-8 check finds text
 * in another encoding, which is then converted and loaded again. */
static gboolean load_table (TotuoDataset *ds, TotuoTable table, const gchar *data, gsize len,
                            const gchar *source, const TotuoInput *input, GPtrArray *errors,
                            GError **error);

/* The line after which a header row stands below title lines: the first
 * of the first 50 lines that names two known columns, or 0. */
static guint
header_line (TotuoDataset *ds,
             TotuoTable    table,
             const gchar  *data,
             gsize         len,
             gsize        *start)
{
  const TotuoColumnSpec *specs = table == TOTUO_TABLE_REGIONS ? totuo_region_columns
                                                               : totuo_inst_columns;
  guint n_specs = table == TOTUO_TABLE_REGIONS ? TOTUO_N_REGION_COLUMNS : TOTUO_N_INST_COLUMNS;
  gsize at = 0;

  for (guint line = 1; line <= 50 && at < len; line++)
    {
      const gchar *nl = memchr (data + at, '\n', len - at);
      gsize end = nl != NULL ? (gsize) (nl - data) : len;
      g_autofree gchar *text = g_strndup (data + at, end - at);
      g_auto(GStrv) cells = g_strsplit (g_strchomp (text), ",", -1);
      guint known = 0;
      for (guint k = 0; cells[k] != NULL; k++)
        {
          gdouble scale;
          g_strstrip (g_strdelimit (cells[k], "\"", ' '));
          if (totuo_schema_find (specs, n_specs, ds->mapping, cells[k], strlen (cells[k]), "", 0,
                                 &scale, NULL) >= 0)
            known++;
        }
      if (known >= 2)
        {
          *start = at;
          return line;
        }
      at = end + 1;
    }
  return 0;
}

/* A file whose header is not its first line: title lines above it (as
 * offices export them) are not read, and the lines after keep their
 * numbers in messages. */
static gboolean
load_below_titles (TotuoDataset *ds,
                   TotuoTable    table,
                   const gchar  *data,
                   gsize         len,
                   const gchar  *source,
                   GPtrArray    *errors,
                   GError      **error)
{
  gsize start = 0;
  guint first = header_line (ds, table, data, len, &start), n_lines = 0;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gchar *note = NULL;
  TotuoTextOrigin origin = { NULL, rows, NULL };

  if (first <= 1)
    return FALSE;
  for (gsize i = start; i < len; i++)
    n_lines += data[i] == '\n';
  for (guint k = 0; k <= n_lines; k++)
    {
      guint line = first + k;
      g_array_append_val (rows, line);
    }
  note = first == 2 ? g_strdup (M_("the header is line 2; the title line above it is not read"))
       : g_strdup_printf (M_("the header is line %u; the %u title lines above it are not read"),
                          first, first - 1);
  origin.note = note;
  return totuo_csv_load_text (ds, table, data + start, len - start, source, NULL, &origin,
                              errors, error);
}

static gboolean
load_table (TotuoDataset     *ds,
            TotuoTable        table,
            const gchar      *data,
            gsize             len,
            const gchar      *source,
            const TotuoInput *input,
            GPtrArray        *errors,
            GError          **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree gchar *text = NULL, *note = NULL;
  gsize text_len = 0;
  TotuoTextOrigin origin = { NULL, NULL, NULL };

  if (totuo_xlsx_sniff (data, len) || totuo_xls_sniff (data, len))
    {
      TotuoSheetText sheet;
      gboolean ok;
      const gchar *wanted = ds->input_sheet != NULL ? ds->input_sheet
                          : ds->mapping != NULL ? ds->mapping->sheet : NULL;
      if (!(totuo_xlsx_sniff (data, len) ? totuo_xlsx_read_sheet : totuo_xls_read_sheet)
            (data, len, source, wanted, ds->mapping != NULL ? ds->mapping->header_row : 0,
             table == TOTUO_TABLE_REGIONS ? totuo_region_columns : totuo_inst_columns,
             table == TOTUO_TABLE_REGIONS ? TOTUO_N_REGION_COLUMNS : TOTUO_N_INST_COLUMNS,
             &sheet, error))
        return FALSE;
      origin.rows = sheet.rows;
      origin.warnings = sheet.warnings;
      ok = totuo_csv_load_text (ds, table, sheet.text, sheet.length, sheet.source, NULL,
                                &origin, errors, error);
      totuo_sheet_text_clear (&sheet);
      return ok;
    }
  if (ds->input_encoding == NULL && !totuo_transcode_needed (data, len))
    {
      if (totuo_csv_load_text (ds, table, data, len, source, input, NULL, errors, &local))
        return TRUE;
      /* A required column missing (or an empty file, which has no header
       * below either): perhaps the header is below title lines. */
      if (g_error_matches (local, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN) &&
          (errors == NULL || errors->len == 0))
        {
          g_autoptr(GError) below = NULL;
          if (load_below_titles (ds, table, data, len, source, errors, &below))
            return TRUE;
          if (below != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&below));
              return FALSE;
            }
        }
      if (local == NULL)
        return FALSE;          /* a check that stopped, its errors listed */
      if (!g_error_matches (local, TOTUO_ERROR, TOTUO_ERROR_ENCODING) ||
          (errors != NULL && errors->len > 0))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }
  text = totuo_transcode (data, len, ds->input_encoding, source, &text_len, &note, error);
  if (text == NULL)
    return FALSE;
  if (note == NULL && local != NULL)
    {
      /* Mostly UTF-8 after all, with a bad byte: the UTF-8 error stands. */
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  origin.note = note;
  return totuo_csv_load_text (ds, table, text, text_len, source, NULL, &origin, errors, error);
}

static gboolean
load_file (TotuoDataset *ds,
           TotuoTable    table,
           const gchar  *path,
           GPtrArray    *errors,
           GError      **error)
{
  TotuoInput input;
  gboolean ok;

  if (!totuo_input_open (&input, path, error))
    return FALSE;
  ok = load_table (ds, table, input.data, input.length, path, &input, errors, error);
  totuo_input_clear (&input);
  return ok;
}

static gsize
data_length (const gchar *data,
             gssize       length)
{
  return length < 0 ? strlen (data) : (gsize) length;
}

static void
replace_text (gchar       **slot,
              const gchar  *text)
{
  g_free (*slot);
  *slot = g_strdup (text);
}

gboolean
totuo_dataset_load_mapping (TotuoDataset *dataset,
                            const gchar  *path,
                            GError      **error)
{
  TotuoMapping *mapping = NULL;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (path != NULL && (mapping = totuo_mapping_load (path, error)) == NULL)
    return FALSE;
  totuo_mapping_free (dataset->mapping);
  dataset->mapping = mapping;
  dataset->free_mapping = (GDestroyNotify) totuo_mapping_free;
  return TRUE;
}

void
totuo_dataset_set_input_sheet (TotuoDataset *dataset,
                               const gchar  *sheet)
{
  g_return_if_fail (dataset != NULL);
  replace_text (&dataset->input_sheet, sheet);
}

void
totuo_dataset_set_input_encoding (TotuoDataset *dataset,
                                  const gchar  *encoding)
{
  g_return_if_fail (dataset != NULL);
  replace_text (&dataset->input_encoding, encoding);
}

gboolean
totuo_dataset_load_regions_csv (TotuoDataset *dataset,
                                const gchar  *path,
                                GError      **error)
{
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return load_file (dataset, TOTUO_TABLE_REGIONS, path, NULL, error);
}

gboolean
totuo_dataset_load_regions_csv_data (TotuoDataset *dataset,
                                     const gchar  *data,
                                     gssize        length,
                                     const gchar  *source_name,
                                     GError      **error)
{
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return load_table (dataset, TOTUO_TABLE_REGIONS, data != NULL ? data : "",
                     data != NULL ? data_length (data, length) : 0,
                     source_name != NULL ? source_name : "<data>", NULL, NULL, error);
}

gboolean
totuo_dataset_load_institutions_csv (TotuoDataset *dataset,
                                     const gchar  *path,
                                     GError      **error)
{
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return load_file (dataset, TOTUO_TABLE_INSTITUTIONS, path, NULL, error);
}

gboolean
totuo_dataset_load_institutions_csv_data (TotuoDataset *dataset,
                                          const gchar  *data,
                                          gssize        length,
                                          const gchar  *source_name,
                                          GError      **error)
{
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return load_table (dataset, TOTUO_TABLE_INSTITUTIONS, data != NULL ? data : "",
                     data != NULL ? data_length (data, length) : 0,
                     source_name != NULL ? source_name : "<data>", NULL, NULL, error);
}

/* ---- checking: every error, not only the first ---------------------------- */

static gchar **
check_file (TotuoDataset *ds,
            TotuoTable    table,
            const gchar  *path,
            gsize        *out_n_errors)
{
  GPtrArray *errors = g_ptr_array_new ();
  GError *error = NULL;

  if (!load_file (ds, table, path, errors, &error) && error != NULL)
    {
      /* An error that stops the file (header, syntax, encoding, too many). */
      g_ptr_array_add (errors, g_strdup (error->message));
      g_error_free (error);
    }
  if (out_n_errors != NULL)
    *out_n_errors = errors->len;
  g_ptr_array_add (errors, NULL);
  return (gchar **) g_ptr_array_free (errors, FALSE);
}

gchar **
totuo_dataset_check_regions_csv (TotuoDataset *dataset,
                                 const gchar  *path,
                                 gsize        *out_n_errors)
{
  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  return check_file (dataset, TOTUO_TABLE_REGIONS, path, out_n_errors);
}

gchar **
totuo_dataset_check_institutions_csv (TotuoDataset *dataset,
                                      const gchar  *path,
                                      gsize        *out_n_errors)
{
  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  return check_file (dataset, TOTUO_TABLE_INSTITUTIONS, path, out_n_errors);
}
