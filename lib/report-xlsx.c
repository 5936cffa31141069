/* libtotuo - indicator tables and plan evaluations as Excel workbooks.
 *
 * libxlsxwriter (Debian's libxlsxwriter-dev) writes the workbook: it knows
 * the Office Open XML parts, the shared strings, the styles and the zip
 * container, which are much more than a report should carry. This file
 * decides what goes where: numbers as numbers with a display format, the
 * header row frozen, widths fitted to the widest cell (a Chinese character
 * is two), undefined values as empty cells whose comment says why. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include <totuo/error.h>
#include <totuo/indicator.h>
#include <totuo/report.h>

#include "grid.h"
#include "i18n.h"
#include "indicator-table-private.h"
#include "report-private.h"

/* Column widths are in characters of the default font; a little slack
 * keeps the last character off the border, and a cap keeps a long note
 * from pushing everything else off screen (it wraps instead). */
#define WIDTH_SLACK 2.0
#define WIDTH_MAX 48.0

typedef struct {
  lxw_workbook *workbook;
  lxw_error error;          /* the first error of any call, LXW_NO_ERROR if none */
  lxw_format *head;         /* bold, shaded, wrapped */
  lxw_format *count;        /* #,##0 */
  lxw_format *ratio;        /* #,##0.00 */
  lxw_format *percent;      /* 0.00% (the cell holds the fraction) */
  lxw_format *whole_percent;/* 0% */
  lxw_format *year;         /* 0, no separator: 2025 is not 2,025 */
  lxw_format *text;         /* wrapped, top-aligned */
} Book;

typedef struct {
  Book *book;
  lxw_worksheet *sheet;
  guint n_columns;
  gdouble *widths;
  lxw_row_t row;            /* the row being written; 0 is the header */
} Sheet;

static void
check (Book      *book,
       lxw_error  result)
{
  if (result != LXW_NO_ERROR && book->error == LXW_NO_ERROR)
    book->error = result;
}

static void
book_init (Book        *book,
           const gchar *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL,
                                   .use_zip64 = LXW_FALSE };

  memset (book, 0, sizeof *book);
  book->workbook = workbook_new_opt (path, &options);
  if (book->workbook == NULL)
    {
      book->error = LXW_ERROR_MEMORY_MALLOC_FAILED;
      return;
    }
  book->head = workbook_add_format (book->workbook);
  format_set_bold (book->head);
  format_set_bg_color (book->head, 0xDDE6F0);
  format_set_border (book->head, LXW_BORDER_THIN);
  format_set_text_wrap (book->head);
  format_set_align (book->head, LXW_ALIGN_VERTICAL_TOP);
  book->count = workbook_add_format (book->workbook);
  format_set_num_format (book->count, "#,##0");
  book->ratio = workbook_add_format (book->workbook);
  format_set_num_format (book->ratio, "#,##0.00");
  book->percent = workbook_add_format (book->workbook);
  format_set_num_format (book->percent, "0.00%");
  book->whole_percent = workbook_add_format (book->workbook);
  format_set_num_format (book->whole_percent, "0%");
  book->year = workbook_add_format (book->workbook);
  format_set_num_format (book->year, "0");
  book->text = workbook_add_format (book->workbook);
  format_set_text_wrap (book->text);
  format_set_align (book->text, LXW_ALIGN_VERTICAL_TOP);
}

static void
widen (Sheet       *sheet,
       guint        column,
       const gchar *text)
{
  gdouble w = (gdouble) totuo_display_width (text) + WIDTH_SLACK;
  if (w > sheet->widths[column])
    sheet->widths[column] = MIN (w, WIDTH_MAX);
}

/* A sheet whose first row is @head (@n labels); the header row and the
 * first @frozen_columns stay in view. Sheet names are at most 31
 * characters in Excel; ours are short labels. */
static void
sheet_begin (Sheet              *sheet,
             Book               *book,
             const gchar        *name,
             const gchar *const *head,
             guint               n,
             guint               frozen_columns)
{
  sheet->book = book;
  sheet->sheet = workbook_add_worksheet (book->workbook, name);
  sheet->n_columns = n;
  sheet->widths = g_new0 (gdouble, n);
  sheet->row = 0;
  if (sheet->sheet == NULL)
    {
      check (book, LXW_ERROR_SHEETNAME_ALREADY_USED);
      return;
    }
  for (guint c = 0; c < n; c++)
    {
      check (book, worksheet_write_string (sheet->sheet, 0, (lxw_col_t) c, head[c], book->head));
      /* A header wraps, so it needs only its longest word's width: ten
       * cells, or the whole label when shorter. */
      sheet->widths[c] = MIN ((gdouble) totuo_display_width (head[c]), 10.0) + WIDTH_SLACK;
    }
  worksheet_freeze_panes (sheet->sheet, 1, (lxw_col_t) frozen_columns);
}

static void
sheet_end (Sheet *sheet)
{
  if (sheet->sheet != NULL)
    {
      for (guint c = 0; c < sheet->n_columns; c++)
        check (sheet->book, worksheet_set_column (sheet->sheet, (lxw_col_t) c, (lxw_col_t) c,
                                                  sheet->widths[c], NULL));
      if (sheet->row > 0)
        check (sheet->book, worksheet_autofilter (sheet->sheet, 0, 0, sheet->row,
                                                  (lxw_col_t) (sheet->n_columns - 1)));
    }
  g_clear_pointer (&sheet->widths, g_free);
}

static void
put_text (Sheet       *sheet,
          guint        column,
          const gchar *text)
{
  if (sheet->sheet == NULL || text == NULL || *text == '\0')
    return;
  check (sheet->book, worksheet_write_string (sheet->sheet, sheet->row, (lxw_col_t) column, text,
                                              sheet->book->text));
  widen (sheet, column, text);
}

/* A number with its display format; the width is that of the number as
 * the reports print it, separators included. */
static void
put_number (Sheet      *sheet,
            guint       column,
            gdouble     value,
            lxw_format *format)
{
  g_autofree gchar *shown = NULL;
  gdouble stored = value;

  if (sheet->sheet == NULL)
    return;
  if (format == sheet->book->percent || format == sheet->book->whole_percent)
    stored = value / 100.0;
  check (sheet->book, worksheet_write_number (sheet->sheet, sheet->row, (lxw_col_t) column,
                                              stored, format));
  shown = totuo_format_short (value);
  widen (sheet, column, shown);
  if (format == sheet->book->percent)
    sheet->widths[column] = MAX (sheet->widths[column], (gdouble) strlen (shown) + 4);
}

/* An empty cell that says, when pointed at, why it is empty. */
static void
put_undefined (Sheet       *sheet,
               guint        column,
               const gchar *reason)
{
  if (sheet->sheet == NULL)
    return;
  if (reason != NULL && *reason != '\0')
    check (sheet->book, worksheet_write_comment (sheet->sheet, sheet->row, (lxw_col_t) column,
                                                 reason));
}

static void
put_maybe (Sheet       *sheet,
           guint        column,
           gboolean     defined,
           gdouble      value,
           lxw_format  *format,
           const gchar *reason)
{
  if (defined && isfinite (value))
    put_number (sheet, column, value, format);
  else
    put_undefined (sheet, column, reason);
}

/* Closes the workbook at a temporary path and saves its bytes to @path the
 * way every save of the library does: beside, then renamed; "-" for
 * standard output; a device written through. */
static gboolean
book_finish (Book        *book,
             const gchar *temp,
             const gchar *path,
             GError     **error)
{
  g_autofree gchar *contents = NULL;
  g_autoptr(GError) local = NULL;
  lxw_error closed;
  gsize length = 0;

  if (book->workbook == NULL)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("cannot save %s: %s"), path,
                   lxw_strerror (book->error));
      return FALSE;
    }
  closed = workbook_close (book->workbook);
  book->workbook = NULL;
  if (book->error == LXW_NO_ERROR)
    book->error = closed;
  if (book->error != LXW_NO_ERROR)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("cannot save %s: %s"), path,
                   lxw_strerror (book->error));
      return FALSE;
    }
  if (!g_file_get_contents (temp, &contents, &length, &local))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("cannot save %s: %s"), path, local->message);
      return FALSE;
    }
  return totuo_report_save (path, contents, (gssize) length, error);
}

/* A temporary file for the workbook: libxlsxwriter writes to a name. */
static gchar *
temp_path (const gchar *path,
           GError     **error)
{
  g_autoptr(GError) local = NULL;
  gchar *temp = NULL;
  gint fd = g_file_open_tmp ("totuo-XXXXXX.xlsx", &temp, &local);

  if (fd < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("cannot save %s: %s"), path, local->message);
      return NULL;
    }
  close (fd);
  return temp;
}


static lxw_format *
indicator_format (Book          *book,
                  TotuoIndicator ind)
{
  if (!totuo_indicator_is_ratio (ind))
    return book->count;
  return strcmp (totuo_indicator_get_unit (ind), "%") == 0 ? book->percent : book->ratio;
}

/* The definitions sheet: what each column of the indicator sheet means. */
static void
definitions_sheet (Book                 *book,
                   const TotuoIndicator *indicators,
                   gsize                 n_indicators,
                   TotuoLang             lang)
{
  const gchar *head[] = { T_(lang, "id"), totuo_label (lang, L_INDICATOR),
                          totuo_label (lang, L_UNIT), T_(lang, "formula") };
  Sheet sheet;

  sheet_begin (&sheet, book, T_(lang, "definitions"), head, G_N_ELEMENTS (head), 1);
  for (gsize i = 0; i < n_indicators; i++)
    {
      sheet.row++;
      put_text (&sheet, 0, totuo_indicator_get_id (indicators[i]));
      put_text (&sheet, 1, totuo_indicator_label (lang, indicators[i]));
      put_text (&sheet, 2, totuo_unit_label (lang, totuo_indicator_get_unit (indicators[i])));
      put_text (&sheet, 3, totuo_indicator_get_formula (indicators[i]));
    }
  sheet_end (&sheet);
}

gboolean
totuo_report_regions_xlsx (TotuoIndicatorTable  *table,
                           const gchar *const   *codes,
                           const TotuoIndicator *indicators,
                           gsize                 n_indicators,
                           TotuoLang             lang,
                           const gchar          *path,
                           GError              **error)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new_with_free_func ((GDestroyNotify) totuo_region_unref);
  g_autofree const gchar **head = NULL;
  g_autofree gchar *temp = NULL;
  TotuoDataset *dataset;
  gboolean ok;
  Sheet sheet;
  Book book;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (codes != NULL, FALSE);
  g_return_val_if_fail (indicators != NULL || n_indicators == 0, FALSE);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  for (gsize i = 0; i < n_indicators; i++)
    g_return_val_if_fail ((guint) indicators[i] < totuo_indicator_get_count (), FALSE);

  dataset = totuo_indicator_table_get_dataset (table);
  for (guint k = 0; codes[k] != NULL; k++)
    {
      /* One lookup finds an unknown code or a stale table, before any file. */
      if (!totuo_indicator_table_get (table, codes[k], TOTUO_INDICATOR_PLACES, NULL, error))
        return FALSE;
      g_ptr_array_add (regions, totuo_dataset_lookup_region (dataset, codes[k]));
    }
  if ((temp = temp_path (path, error)) == NULL)
    return FALSE;

  book_init (&book, temp);
  head = g_new (const gchar *, 3 + n_indicators);
  head[0] = totuo_label (lang, L_CODE);
  head[1] = totuo_label (lang, L_NAME);
  head[2] = totuo_label (lang, L_LEVEL);
  for (gsize i = 0; i < n_indicators; i++)
    head[3 + i] = totuo_indicator_label (lang, indicators[i]);
  if (book.workbook != NULL)
    {
      sheet_begin (&sheet, &book, T_(lang, "indicators"),
                   head, 3 + (guint) n_indicators, 2);
      for (guint k = 0; k < regions->len; k++)
        {
          const TotuoRegion *r = regions->pdata[k];
          sheet.row++;
          put_text (&sheet, 0, totuo_region_get_code (r));
          put_text (&sheet, 1, totuo_region_get_name (r));
          put_text (&sheet, 2, totuo_level_label (lang, totuo_region_get_level (r)));
          for (gsize i = 0; i < n_indicators; i++)
            {
              g_autoptr(GError) why = NULL;
              gdouble v = 0;
              gboolean defined = totuo_indicator_table_get_in (table, codes[k], indicators[i], lang,
                                                               &v, &why);
              put_maybe (&sheet, 3 + (guint) i, defined, v, indicator_format (&book, indicators[i]),
                         totuo_undefined_reason (why));
            }
        }
      sheet_end (&sheet);
      definitions_sheet (&book, indicators, n_indicators, lang);
    }
  ok = book_finish (&book, temp, path, error);
  g_unlink (temp);
  return ok;
}

gboolean
totuo_report_region_xlsx (TotuoIndicatorTable *table,
                          const gchar         *code,
                          TotuoLang            lang,
                          const gchar         *path,
                          GError             **error)
{
  g_autoptr(TotuoRegion) region = NULL;
  g_autofree gchar *temp = NULL;
  gboolean ok;
  Sheet sheet;
  Book book;
  const gchar *head[] = { T_(lang, "id"), totuo_label (lang, L_INDICATOR),
                          totuo_label (lang, L_VALUE), totuo_label (lang, L_UNIT),
                          totuo_label (lang, L_NOTE) };

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!totuo_indicator_table_get (table, code, TOTUO_INDICATOR_PLACES, NULL, error))
    return FALSE;
  region = totuo_dataset_lookup_region (totuo_indicator_table_get_dataset (table), code);
  if ((temp = temp_path (path, error)) == NULL)
    return FALSE;
  book_init (&book, temp);
  if (book.workbook != NULL)
    {
      /* The sheet is named after the region; Excel allows 31 characters. */
      g_autofree gchar *name = g_utf8_substring (totuo_region_get_name (region), 0,
                                                 MIN (31, g_utf8_strlen (totuo_region_get_name (region), -1)));
      g_strdelimit (name, "[]:*?/\\", '_');
      sheet_begin (&sheet, &book, *name != '\0' ? name : code, head, G_N_ELEMENTS (head), 2);
      for (guint i = 0; i < totuo_indicator_get_count (); i++)
        {
          g_autoptr(GError) why = NULL;
          gdouble v = 0;
          gboolean defined = totuo_indicator_table_get_in (table, code, i, lang, &v, &why);
          sheet.row++;
          put_text (&sheet, 0, totuo_indicator_get_id (i));
          put_text (&sheet, 1, totuo_indicator_label (lang, i));
          put_maybe (&sheet, 2, defined, v, indicator_format (&book, i), NULL);
          put_text (&sheet, 3, totuo_unit_label (lang, totuo_indicator_get_unit (i)));
          put_text (&sheet, 4, defined ? NULL : totuo_undefined_reason (why));
        }
      sheet_end (&sheet);
    }
  ok = book_finish (&book, temp, path, error);
  g_unlink (temp);
  return ok;
}

/* ---- evaluations ---------------------------------------------------------------- */

static void
targets_sheet (Book            *book,
               TotuoEvaluation *ev,
               TotuoLang        lang)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  const gchar *head[] = {
    totuo_label (lang, L_TARGET_ID), totuo_label (lang, L_INDICATOR), totuo_label (lang, L_UNIT),
    totuo_label (lang, L_ATTRIBUTE), totuo_label (lang, L_BASELINE), T_(lang, "baseline year"),
    T_(lang, "comparator"), totuo_label (lang, L_TARGET), T_(lang, "end year"),
    totuo_label (lang, L_LATEST), T_(lang, "latest year"), totuo_label (lang, L_PROJECTION),
    totuo_label (lang, L_STATUS), totuo_label (lang, L_BINDING_MISSED), totuo_label (lang, L_NOTE),
  };
  Sheet sheet;

  sheet_begin (&sheet, book, T_(lang, "targets"), head, G_N_ELEMENTS (head), 2);
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    {
      const TotuoTarget *t = totuo_plan_get_target (plan, i);
      const gchar *reason = NULL, *relative = NULL;
      TotuoProgress status = totuo_evaluation_get_status (ev, i, &reason);
      TotuoRelative rel = totuo_target_get_relative (t, &relative);
      TotuoAttribute a = totuo_target_get_attribute (t);
      gdouble base = 0, goal = 0, proj = 0;
      gint base_year = 0, end_year = 0, first, last;
      gboolean has_base = totuo_target_get_baseline (t, &base_year, &base);
      gboolean has_goal = totuo_target_get_end (t, &end_year, &goal);
      gboolean has_proj = totuo_evaluation_get_projection (ev, i, &proj);
      gboolean percent = g_strcmp0 (totuo_target_get_unit (t), "%") == 0;
      lxw_format *format = percent ? book->percent : book->ratio;
      TotuoYearResult latest = { 0 };
      gboolean has_latest = FALSE;

      totuo_evaluation_get_years (ev, i, &first, &last);
      for (gint y = first; y <= last; y++)
        {
          TotuoYearResult r;
          if (totuo_evaluation_get_year_result (ev, i, y, &r) && r.has_observed)
            {
              latest = r;
              has_latest = TRUE;
            }
        }
      sheet.row++;
      put_text (&sheet, 0, totuo_target_get_id (t));
      put_text (&sheet, 1, totuo_target_get_name (t));
      put_text (&sheet, 2, totuo_target_get_unit (t));
      put_text (&sheet, 3, totuo_attribute_label (lang, a));
      put_maybe (&sheet, 4, has_base, base, format, NULL);
      if (has_base)
        put_number (&sheet, 5, base_year, book->year);
      put_text (&sheet, 6, totuo_comparator_to_string (totuo_target_get_comparator (t)));
      if (rel == TOTUO_RELATIVE_NONE)
        put_maybe (&sheet, 7, has_goal, goal, format, NULL);
      else
        put_text (&sheet, 7, rel == TOTUO_RELATIVE_PARENT ? totuo_label (lang, L_PARENT) : relative);
      if (end_year > 0)
        put_number (&sheet, 8, end_year, book->year);
      put_maybe (&sheet, 9, has_latest, latest.observed, format, NULL);
      if (has_latest)
        put_number (&sheet, 10, latest.year, book->year);
      put_maybe (&sheet, 11, has_proj, proj, format, NULL);
      put_text (&sheet, 12, totuo_progress_label (lang, status));
      put_text (&sheet, 13, totuo_evaluation_is_binding_missed (ev, i) ? totuo_label (lang, L_YES)
                                                                       : totuo_label (lang, L_NO));
      put_text (&sheet, 14, status == TOTUO_PROGRESS_NOT_ASSESSABLE ? reason : NULL);
    }
  sheet_end (&sheet);
}

static void
years_sheet (Book            *book,
             TotuoEvaluation *ev,
             TotuoLang        lang)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  const gchar *head[] = {
    totuo_label (lang, L_TARGET_ID), totuo_label (lang, L_INDICATOR), totuo_label (lang, L_YEAR),
    totuo_label (lang, L_OBSERVED), totuo_label (lang, L_MILESTONE), totuo_label (lang, L_MET),
    totuo_label (lang, L_GAP), totuo_label (lang, L_PROGRESS), totuo_label (lang, L_PACE),
  };
  Sheet sheet;

  sheet_begin (&sheet, book, totuo_label (lang, L_YEARS), head, G_N_ELEMENTS (head), 3);
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    {
      const TotuoTarget *t = totuo_plan_get_target (plan, i);
      lxw_format *format = g_strcmp0 (totuo_target_get_unit (t), "%") == 0 ? book->percent
                                                                           : book->ratio;
      gint first, last;

      totuo_evaluation_get_years (ev, i, &first, &last);
      for (gint y = first; y <= last; y++)
        {
          TotuoYearResult r;
          totuo_evaluation_get_year_result (ev, i, y, &r);
          sheet.row++;
          put_text (&sheet, 0, totuo_target_get_id (t));
          put_text (&sheet, 1, totuo_target_get_name (t));
          put_number (&sheet, 2, y, book->year);
          put_maybe (&sheet, 3, r.has_observed, r.observed, format, NULL);
          put_maybe (&sheet, 4, r.has_milestone, r.milestone, format, NULL);
          if (r.has_observed && r.has_milestone)
            put_text (&sheet, 5, totuo_label (lang, r.met ? L_YES : L_NO));
          put_maybe (&sheet, 6, r.has_gap, r.gap, format, NULL);
          put_maybe (&sheet, 7, r.has_progress, r.progress, book->whole_percent, NULL);
          put_maybe (&sheet, 8, r.has_pace, r.pace_required, format, NULL);
        }
    }
  sheet_end (&sheet);
}

static void
tasks_sheet (Book            *book,
             TotuoEvaluation *ev,
             TotuoLang        lang)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  const gchar *head[] = { totuo_label (lang, L_NAME), totuo_label (lang, L_YEAR),
                          totuo_label (lang, L_PLANNED), totuo_label (lang, L_ACHIEVED),
                          totuo_label (lang, L_COMPLETION) };
  Sheet sheet;

  sheet_begin (&sheet, book, totuo_label (lang, L_TASKS), head, G_N_ELEMENTS (head), 1);
  for (guint k = 0; k < totuo_plan_get_n_tasks (plan); k++)
    {
      g_autoptr(GError) why = NULL;
      const gchar *name;
      gint year;
      gdouble planned, achieved, rate = 0;
      gboolean has_rate = totuo_evaluation_get_task_completion (ev, k, &rate, &why);

      totuo_plan_get_task (plan, k, &name, &year, &planned, &achieved);
      sheet.row++;
      put_text (&sheet, 0, name);
      put_number (&sheet, 1, year, book->year);
      put_number (&sheet, 2, planned, book->count);
      put_maybe (&sheet, 3, !isnan (achieved), achieved, book->count, NULL);
      put_maybe (&sheet, 4, has_rate, rate, book->whole_percent, why != NULL ? why->message : NULL);
    }
  sheet_end (&sheet);
}

gboolean
totuo_report_evaluation_xlsx (TotuoEvaluation *evaluation,
                              TotuoLang        lang,
                              const gchar     *path,
                              GError         **error)
{
  g_autofree gchar *temp = NULL;
  gboolean ok;
  Book book;

  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((temp = temp_path (path, error)) == NULL)
    return FALSE;
  book_init (&book, temp);
  if (book.workbook != NULL)
    {
      targets_sheet (&book, evaluation, lang);
      years_sheet (&book, evaluation, lang);
      if (totuo_plan_get_n_tasks (totuo_evaluation_get_plan (evaluation)) > 0)
        tasks_sheet (&book, evaluation, lang);
    }
  ok = book_finish (&book, temp, path, error);
  g_unlink (temp);
  return ok;
}
