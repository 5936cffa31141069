/* libtotuo - one self-contained HTML page for a district: its figures,
 * its streets and townships, its plan, the data's warnings, and what each
 * indicator means. No script, no network: the charts are SVG images inside
 * the page, the style sheet is in its head, and it prints on A4. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/indicator.h>
#include <totuo/report.h>
#include <totuo/version.h>

#include "grid.h"
#include "i18n.h"
#include "indicator-table-private.h"
#include "report-private.h"

/* The most warnings the page lists; the rest are counted. */
#define MAX_WARNINGS 100

/* The columns of the street table before the plan's own indicators. */
static const TotuoIndicator street_columns[] = {
  TOTUO_INDICATOR_INSTITUTIONS, TOTUO_INDICATOR_PLACES, TOTUO_INDICATOR_PLACES_PER_1000,
  TOTUO_INDICATOR_INCLUSIVE_SHARE, TOTUO_INDICATOR_UTILIZATION, TOTUO_INDICATOR_FILING_RATE,
};

/* The figures at the top of the page, as large numbers. */
static const TotuoIndicator key_figures[] = {
  TOTUO_INDICATOR_PLACES_PER_1000, TOTUO_INDICATOR_PLACES, TOTUO_INDICATOR_INCLUSIVE_SHARE,
  TOTUO_INDICATOR_FILING_RATE,
};

/* A4 is 210 mm wide; 14 mm margins leave 182 mm, which the screen layout
 * keeps too, so that what fits on screen fits on paper. The CJK fonts are
 * the ones Debian, Windows and macOS install. */
static const gchar style_sheet[] =
  "@page { size: A4; margin: 16mm 14mm; }\n"
  "* { box-sizing: border-box; }\n"
  "body { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei',"
  " 'Microsoft YaHei', 'PingFang SC', sans-serif; font-size: 10pt; line-height: 1.45;"
  " color: #1d1d1d; max-width: 182mm; margin: 0 auto; padding: 8mm 0; }\n"
  "h1 { font-size: 19pt; margin: 0 0 2pt; }\n"
  "h2 { font-size: 13pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 2px solid #1f5fbf;"
  " break-after: avoid; }\n"
  "h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }\n"
  ".meta { color: #555; margin: 0; }\n"
  ".figures { display: flex; flex-wrap: wrap; gap: 6pt; margin: 10pt 0; }\n"
  ".figure { flex: 1 1 38mm; border: 1px solid #d0d7e2; border-radius: 4px; padding: 6pt 8pt;"
  " background: #f5f8fc; break-inside: avoid; }\n"
  ".figure .value { font-size: 17pt; font-weight: bold; color: #1f5fbf; }\n"
  ".figure .label { font-size: 9pt; color: #444; }\n"
  "table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 8.5pt; }\n"
  "th, td { border: 1px solid #c9ced6; padding: 2pt 4pt; vertical-align: top;"
  " overflow-wrap: break-word; }\n"
  "th { background: #e8eef6; text-align: left; font-weight: bold; overflow-wrap: normal; }\n"
  "td:first-child { white-space: nowrap; }\n"
  "td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
  "th.num { text-align: right; }\n"
  "thead { display: table-header-group; }\n"
  "tr { break-inside: avoid; }\n"
  "img.chart { display: block; max-width: 100%; height: auto; margin: 6pt auto; break-inside: avoid; }\n"
  ".summary { margin: 4pt 0; }\n"
  ".warnings li { margin: 1pt 0; }\n"
  ".none { color: #666; }\n"
  "footer { margin-top: 16pt; color: #777; font-size: 8pt; border-top: 1px solid #ddd;"
  " padding-top: 4pt; }\n"
  "@media print { body { padding: 0; } h2 { margin-top: 12pt; } }\n";

static void
escaped (GString     *out,
         const gchar *text)
{
  g_autofree gchar *e = g_markup_escape_text (text, -1);
  g_string_append (out, e);
}

/* An SVG document as an image inside the page: its own style sheet stays
 * its own, which inline <svg> elements would share with each other. */
static void
svg_image (GString     *out,
           const gchar *svg,
           const gchar *alt)
{
  g_autofree gchar *data = g_base64_encode ((const guchar *) svg, strlen (svg));

  g_string_append (out, "<img class=\"chart\" alt=\"");
  escaped (out, alt);
  g_string_append_printf (out, "\" src=\"data:image/svg+xml;base64,%s\">\n", data);
}

static gchar *
value_text (TotuoIndicatorTable *table,
            const gchar         *code,
            TotuoIndicator       ind)
{
  gdouble v = 0;
  if (!totuo_indicator_table_get (table, code, ind, &v, NULL))
    return g_strdup ("—");
  return totuo_format_short (v);
}

/* The streets and townships at or beneath @code, depth first. */
static void
collect_streets (TotuoDataset *dataset,
                 const gchar  *code,
                 GPtrArray    *out)
{
  g_auto(GStrv) children = totuo_dataset_get_children (dataset, code, NULL);

  for (guint k = 0; children != NULL && children[k] != NULL; k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_lookup_region (dataset, children[k]);
      TotuoRegionLevel level = totuo_region_get_level (r);
      if (level == TOTUO_REGION_LEVEL_STREET || level == TOTUO_REGION_LEVEL_TOWNSHIP)
        g_ptr_array_add (out, g_strdup (children[k]));
      else if (level != TOTUO_REGION_LEVEL_COMMUNITY)
        collect_streets (dataset, children[k], out);
    }
}

static void
figures_section (GString             *out,
                 TotuoIndicatorTable *table,
                 const gchar         *code,
                 TotuoLang            lang)
{
  g_string_append (out, "<div class=\"figures\">\n");
  for (guint k = 0; k < G_N_ELEMENTS (key_figures); k++)
    {
      g_autofree gchar *value = value_text (table, code, key_figures[k]);
      const gchar *unit = totuo_indicator_get_unit (key_figures[k]);
      g_string_append (out, "<div class=\"figure\"><div class=\"value\">");
      escaped (out, value);
      if (strcmp (unit, "%") == 0 && strcmp (value, "—") != 0)
        g_string_append (out, "%");
      g_string_append (out, "</div><div class=\"label\">");
      escaped (out, totuo_indicator_label (lang, key_figures[k]));
      g_string_append (out, "</div></div>\n");
    }
  g_string_append (out, "</div>\n");
}

static void
indicators_section (GString             *out,
                    TotuoIndicatorTable *table,
                    const gchar         *code,
                    TotuoLang            lang)
{
  TotuoGrid grid;

  g_string_append_printf (out, "<h2>%s</h2>\n", T_(lang, "Indicators"));
  totuo_grid_init (&grid, 4);
  totuo_grid_right (&grid, 1);
  totuo_grid_add (&grid, totuo_label (lang, L_INDICATOR));
  totuo_grid_add (&grid, totuo_label (lang, L_VALUE));
  totuo_grid_add (&grid, totuo_label (lang, L_UNIT));
  totuo_grid_add (&grid, totuo_label (lang, L_NOTE));
  for (guint i = 0; i < totuo_indicator_get_count (); i++)
    {
      g_autoptr(GError) why = NULL;
      gdouble v = 0;
      gboolean defined = totuo_indicator_table_get_in (table, code, i, lang, &v, &why);
      totuo_grid_add (&grid, totuo_indicator_label (lang, i));
      totuo_grid_take (&grid, defined ? totuo_format_short (v) : g_strdup ("—"));
      totuo_grid_add (&grid, totuo_unit_label (lang, totuo_indicator_get_unit (i)));
      totuo_grid_add (&grid, defined ? "" : totuo_undefined_reason (why));
    }
  totuo_grid_render (&grid, TOTUO_GRID_HTML, out);
  totuo_grid_clear (&grid);
}

/* The target of places per 1,000 in the plan, or NaN: the line of the chart. */
static gdouble
plan_target_for (TotuoEvaluation *ev,
                 TotuoIndicator   ind)
{
  TotuoPlan *plan;

  if (ev == NULL)
    return NAN;
  plan = totuo_evaluation_get_plan (ev);
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    {
      const TotuoTarget *t = totuo_plan_get_target (plan, i);
      gdouble v = 0;
      if (!totuo_target_is_external (t) &&
          strcmp (totuo_target_get_indicator (t), totuo_indicator_get_id (ind)) == 0 &&
          totuo_target_get_relative (t, NULL) == TOTUO_RELATIVE_NONE &&
          totuo_target_get_end (t, NULL, &v))
        return v;
    }
  return NAN;
}

static gboolean
streets_section (GString             *out,
                 TotuoIndicatorTable *table,
                 const gchar         *code,
                 TotuoEvaluation     *ev,
                 TotuoLang            lang,
                 GError             **error)
{
  TotuoDataset *dataset = totuo_indicator_table_get_dataset (table);
  g_autoptr(GPtrArray) streets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (TotuoIndicator));
  g_autofree gchar *chart = NULL;
  TotuoGrid grid;

  collect_streets (dataset, code, streets);
  g_string_append_printf (out, "<h2>%s</h2>\n", T_(lang, "Streets and townships"));
  if (streets->len == 0)
    {
      g_string_append_printf (out, "<p class=\"none\">%s</p>\n",
                              T_(lang, "The region has no street or township in the data."));
      return TRUE;
    }
  g_array_append_vals (columns, street_columns, G_N_ELEMENTS (street_columns));
  /* The indicators the plan watches, after the usual ones. */
  if (ev != NULL)
    {
      TotuoPlan *plan = totuo_evaluation_get_plan (ev);
      for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
        {
          const TotuoTarget *t = totuo_plan_get_target (plan, i);
          TotuoIndicator ind;
          gboolean seen = FALSE;
          if (totuo_target_is_external (t) ||
              !totuo_indicator_from_id (totuo_target_get_indicator (t), &ind))
            continue;
          for (guint c = 0; c < columns->len; c++)
            seen |= g_array_index (columns, TotuoIndicator, c) == ind;
          if (!seen)
            g_array_append_val (columns, ind);
        }
    }
  g_ptr_array_add (streets, NULL);
  chart = totuo_report_bar_chart_svg (table, (const gchar *const *) streets->pdata,
                                      TOTUO_INDICATOR_PLACES_PER_1000,
                                      plan_target_for (ev, TOTUO_INDICATOR_PLACES_PER_1000),
                                      lang, error);
  g_ptr_array_remove_index (streets, streets->len - 1);
  if (chart == NULL)
    return FALSE;
  svg_image (out, chart, totuo_indicator_label (lang, TOTUO_INDICATOR_PLACES_PER_1000));

  totuo_grid_init (&grid, 2 + columns->len);
  totuo_grid_add (&grid, totuo_label (lang, L_NAME));
  totuo_grid_add (&grid, totuo_label (lang, L_LEVEL));
  for (guint c = 0; c < columns->len; c++)
    {
      totuo_grid_right (&grid, 2 + c);
      totuo_grid_add (&grid, totuo_indicator_label (lang, g_array_index (columns, TotuoIndicator, c)));
    }
  for (guint k = 0; k < streets->len; k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_lookup_region (dataset, streets->pdata[k]);
      totuo_grid_add (&grid, totuo_region_get_name (r));
      totuo_grid_add (&grid, totuo_level_label (lang, totuo_region_get_level (r)));
      for (guint c = 0; c < columns->len; c++)
        totuo_grid_take (&grid, value_text (table, streets->pdata[k],
                                            g_array_index (columns, TotuoIndicator, c)));
    }
  totuo_grid_render (&grid, TOTUO_GRID_HTML, out);
  totuo_grid_clear (&grid);
  return TRUE;
}

static void
plan_section (GString         *out,
              TotuoEvaluation *ev,
              TotuoLang        lang)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  g_autofree gchar *chart = totuo_report_evaluation_svg (ev, lang);
  gboolean any = FALSE;
  gint start, end;
  TotuoGrid grid;

  totuo_plan_get_period (plan, &start, &end);
  g_string_append_printf (out, "<h2>%s</h2>\n<p class=\"meta\">", T_(lang, "The plan"));
  escaped (out, totuo_plan_get_name (plan));
  g_string_append_printf (out, ", %d–%d</p>\n<p class=\"summary\"><b>%s:</b> ", start, end,
                          totuo_label (lang, L_SUMMARY));
  for (gint s = 0; s < TOTUO_N_PROGRESS; s++)
    g_string_append_printf (out, "%s%s %u", s > 0 ? T_(lang, ", ") : "",
                            totuo_progress_label (lang, s), totuo_evaluation_count (ev, s, -1));
  g_string_append_printf (out, "<br><b>%s:</b> ", totuo_label (lang, L_BINDING_MISSED));
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    if (totuo_evaluation_is_binding_missed (ev, i))
      {
        g_string_append (out, any ? T_(lang, ", ") : "");
        escaped (out, totuo_target_get_name (totuo_plan_get_target (plan, i)));
        any = TRUE;
      }
  g_string_append_printf (out, "%s</p>\n", any ? "" : totuo_label (lang, L_NONE));
  totuo_report_targets_grid (ev, lang, &grid);
  totuo_grid_render (&grid, TOTUO_GRID_HTML, out);
  totuo_grid_clear (&grid);
  svg_image (out, chart, totuo_plan_get_name (plan));
  g_string_append_printf (out, "<h3>%s</h3>\n", totuo_label (lang, L_YEARS));
  totuo_report_years_grid (ev, lang, &grid);
  totuo_grid_render (&grid, TOTUO_GRID_HTML, out);
  totuo_grid_clear (&grid);
  if (totuo_plan_get_n_tasks (plan) > 0)
    {
      g_string_append_printf (out, "<h3>%s</h3>\n", totuo_label (lang, L_TASKS));
      totuo_report_tasks_grid (ev, lang, &grid);
      totuo_grid_render (&grid, TOTUO_GRID_HTML, out);
      totuo_grid_clear (&grid);
    }
}

static void
warnings_section (GString             *out,
                  TotuoIndicatorTable *table,
                  TotuoLang            lang)
{
  g_auto(GStrv) data = totuo_dataset_get_warnings (totuo_indicator_table_get_dataset (table), NULL);
  g_auto(GStrv) figures = totuo_indicator_table_get_warnings (table, NULL);
  gchar **lists[] = { data, figures };
  guint shown = 0, total = 0;

  g_string_append_printf (out, "<h2>%s</h2>\n", T_(lang, "Warnings the data raised"));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    total += g_strv_length (lists[l]);
  if (total == 0)
    {
      g_string_append_printf (out, "<p class=\"none\">%s</p>\n", totuo_label (lang, L_NONE));
      return;
    }
  g_string_append (out, "<ul class=\"warnings\">\n");
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint k = 0; lists[l][k] != NULL && shown < MAX_WARNINGS; k++, shown++)
      {
        g_string_append (out, "<li>");
        escaped (out, lists[l][k]);
        g_string_append (out, "</li>\n");
      }
  g_string_append (out, "</ul>\n");
  if (total > shown)
    {
      g_string_append (out, "<p class=\"none\">");
      g_string_append_printf (out, T_(lang, "and %u more (totuo validate lists them all)"),
                              total - shown);
      g_string_append (out, "</p>\n");
    }
}

static void
definitions_section (GString   *out,
                     TotuoLang  lang)
{
  TotuoGrid grid;

  g_string_append_printf (out, "<h2>%s</h2>\n", T_(lang, "Definitions and sources"));
  totuo_grid_init (&grid, 4);
  totuo_grid_add (&grid, totuo_label (lang, L_INDICATOR));
  totuo_grid_add (&grid, T_(lang, "formula"));
  totuo_grid_add (&grid, totuo_label (lang, L_UNIT));
  totuo_grid_add (&grid, T_(lang, "source"));
  for (guint i = 0; i < totuo_indicator_get_count (); i++)
    {
      totuo_grid_add (&grid, totuo_indicator_label (lang, i));
      totuo_grid_add (&grid, totuo_indicator_get_formula (i));
      totuo_grid_add (&grid, totuo_unit_label (lang, totuo_indicator_get_unit (i)));
      totuo_grid_add (&grid, totuo_indicator_get_source (i));
    }
  totuo_grid_render (&grid, TOTUO_GRID_HTML, out);
  totuo_grid_clear (&grid);
}

gchar *
totuo_report_html (TotuoIndicatorTable *table,
                   const gchar         *code,
                   TotuoEvaluation     *evaluation,
                   TotuoLang            lang,
                   GError             **error)
{
  g_autoptr(TotuoRegion) region = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree gchar *title = NULL;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One lookup finds an unknown code or a stale table. */
  if (!totuo_indicator_table_get (table, code, TOTUO_INDICATOR_PLACES, NULL, error))
    return NULL;
  region = totuo_dataset_lookup_region (totuo_indicator_table_get_dataset (table), code);
  title = g_strdup_printf (T_(lang, "%s: care services for children under three"),
                           totuo_region_get_name (region));
  out = g_string_new (NULL);
  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<meta name=\"generator\" content=\"libtotuo %s\">\n<title>",
                          lang == TOTUO_LANG_EN ? "en" : "zh-CN", TOTUO_VERSION_S);
  escaped (out, title);
  g_string_append_printf (out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n<h1>",
                          style_sheet);
  escaped (out, title);
  g_string_append (out, "</h1>\n<p class=\"meta\">");
  escaped (out, code);
  g_string_append_printf (out, " · %s", totuo_level_label (lang, totuo_region_get_level (region)));
  if (evaluation != NULL)
    {
      g_string_append (out, " · ");
      escaped (out, totuo_plan_get_name (totuo_evaluation_get_plan (evaluation)));
    }
  g_string_append (out, "</p>\n</header>\n");
  figures_section (out, table, code, lang);
  if (!streets_section (out, table, code, evaluation, lang, error))
    return NULL;
  if (evaluation != NULL)
    plan_section (out, evaluation, lang);
  indicators_section (out, table, code, lang);
  warnings_section (out, table, lang);
  definitions_section (out, lang);
  g_string_append_printf (out, "<footer>%s</footer>\n</body>\n</html>\n",
                          T_(lang, "Made with libtotuo from the registry and population figures "
                                   "given; an undefined value (—) is explained in the indicators' notes."));
  return g_string_free (g_steal_pointer (&out), FALSE);
}
