/* libtotuo - a plan's evaluation as text, Markdown, CSV or JSON. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/report.h>

#include "grid.h"
#include "i18n.h"
#include "report-private.h"
#include "text.h"

static gchar *
short_or_dash (gboolean defined,
               gdouble  value)
{
  return defined ? totuo_format_short (value) : g_strdup ("—");
}

/* A value printed next to what it is judged against: never rounded onto it. */
static gchar *
beside_or_dash (gboolean defined,
                gdouble  value,
                gboolean has_reference,
                gdouble  reference)
{
  if (!defined)
    return g_strdup ("—");
  return has_reference ? totuo_format_beside (value, reference) : totuo_format_short (value);
}

/* "≥ 4.5", "> 90", ">= parent" */
static gchar *
target_text (const TotuoTarget *t,
             TotuoLang          lang)
{
  const gchar *region = NULL;
  const gchar *cmp = totuo_comparator_to_string (totuo_target_get_comparator (t));
  TotuoRelative rel = totuo_target_get_relative (t, &region);
  g_autofree gchar *value = NULL;
  gdouble v = 0;

  if (rel == TOTUO_RELATIVE_PARENT)
    return g_strdup_printf ("%s %s", cmp, totuo_label (lang, L_PARENT));
  if (rel == TOTUO_RELATIVE_REGION)
    return g_strdup_printf ("%s %s", cmp, region);
  totuo_target_get_end (t, NULL, &v);
  value = totuo_format_short (v);
  return g_strdup_printf ("%s %s", cmp, value);
}

static const gchar *
attribute_text (const TotuoTarget *t,
                TotuoLang          lang)
{
  return totuo_attribute_label (lang, totuo_target_get_attribute (t));
}

/* The latest observed value and its year, "3.6 (2024)". */
static gboolean
latest (TotuoEvaluation *ev,
        guint            i,
        TotuoYearResult *out)
{
  gint first, last;
  gboolean found = FALSE;

  totuo_evaluation_get_years (ev, i, &first, &last);
  for (gint y = first; y <= last; y++)
    {
      TotuoYearResult r;
      if (totuo_evaluation_get_year_result (ev, i, y, &r) && r.has_observed)
        {
          *out = r;
          found = TRUE;
        }
    }
  return found;
}

void
totuo_report_targets_grid (TotuoEvaluation *ev,
              TotuoLang        lang,
              TotuoGrid       *grid)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  static const Label head[] = { L_TARGET_ID, L_INDICATOR, L_ATTRIBUTE, L_BASELINE, L_TARGET,
                                L_LATEST, L_PROJECTION, L_STATUS };

  totuo_grid_init (grid, G_N_ELEMENTS (head));
  for (guint c = 0; c < G_N_ELEMENTS (head); c++)
    totuo_grid_add (grid, totuo_label (lang, head[c]));
  for (guint c = 3; c <= 6; c++)
    totuo_grid_right (grid, c);
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    {
      const TotuoTarget *t = totuo_plan_get_target (plan, i);
      TotuoYearResult last;
      gdouble base = 0, proj = 0;
      gint base_year = 0;
      gboolean has_base = totuo_target_get_baseline (t, &base_year, &base);
      gboolean has_proj = totuo_evaluation_get_projection (ev, i, &proj);
      TotuoProgress status = totuo_evaluation_get_status (ev, i, NULL);
      gdouble goal = 0;
      gboolean has_goal = totuo_target_get_relative (t, NULL) == TOTUO_RELATIVE_NONE &&
                          totuo_target_get_end (t, NULL, &goal);

      totuo_grid_add (grid, totuo_target_get_id (t));
      totuo_grid_add (grid, totuo_target_get_name (t));
      totuo_grid_add (grid, attribute_text (t, lang));
      totuo_grid_take (grid, short_or_dash (has_base, base));
      totuo_grid_take (grid, target_text (t, lang));
      if (latest (ev, i, &last))
        {
          g_autofree gchar *v = beside_or_dash (TRUE, last.observed, has_goal, goal);
          totuo_grid_take (grid, g_strdup_printf ("%s (%d)", v, last.year));
        }
      else
        totuo_grid_add (grid, "—");
      totuo_grid_take (grid, beside_or_dash (has_proj, proj, has_goal, goal));
      totuo_grid_take (grid, g_strdup_printf ("%s%s", totuo_progress_label (lang, status),
                                              totuo_evaluation_is_binding_missed (ev, i) ? " !" : ""));
    }
}

void
totuo_report_years_grid (TotuoEvaluation *ev,
            TotuoLang        lang,
            TotuoGrid       *grid)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  static const Label head[] = { L_TARGET_ID, L_YEAR, L_OBSERVED, L_MILESTONE, L_MET, L_GAP,
                                L_PROGRESS, L_PACE };

  totuo_grid_init (grid, G_N_ELEMENTS (head));
  for (guint c = 0; c < G_N_ELEMENTS (head); c++)
    totuo_grid_add (grid, totuo_label (lang, head[c]));
  for (guint c = 2; c < G_N_ELEMENTS (head); c++)
    if (c != 4)
      totuo_grid_right (grid, c);
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    {
      gint first, last;
      totuo_evaluation_get_years (ev, i, &first, &last);
      for (gint y = first; y <= last; y++)
        {
          TotuoYearResult r;
          totuo_evaluation_get_year_result (ev, i, y, &r);
          totuo_grid_add (grid, totuo_target_get_id (totuo_plan_get_target (plan, i)));
          totuo_grid_take (grid, g_strdup_printf ("%d", y));
          totuo_grid_take (grid, beside_or_dash (r.has_observed, r.observed, r.has_milestone,
                                                 r.milestone));
          totuo_grid_take (grid, short_or_dash (r.has_milestone, r.milestone));
          totuo_grid_add (grid, !(r.has_observed && r.has_milestone) ? "—"
                                : totuo_label (lang, r.met ? L_YES : L_NO));
          totuo_grid_take (grid, short_or_dash (r.has_gap, r.gap));
          totuo_grid_take (grid, short_or_dash (r.has_progress, r.progress));
          totuo_grid_take (grid, short_or_dash (r.has_pace, r.pace_required));
        }
    }
}

void
totuo_report_tasks_grid (TotuoEvaluation *ev,
            TotuoLang        lang,
            TotuoGrid       *grid)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  static const Label head[] = { L_NAME, L_YEAR, L_PLANNED, L_ACHIEVED, L_COMPLETION };

  totuo_grid_init (grid, G_N_ELEMENTS (head));
  for (guint c = 0; c < G_N_ELEMENTS (head); c++)
    totuo_grid_add (grid, totuo_label (lang, head[c]));
  for (guint c = 1; c < G_N_ELEMENTS (head); c++)
    totuo_grid_right (grid, c);
  for (guint k = 0; k < totuo_plan_get_n_tasks (plan); k++)
    {
      const gchar *name;
      gint year;
      gdouble planned, achieved, rate = 0;
      gboolean has_rate = totuo_evaluation_get_task_completion (ev, k, &rate, NULL);

      totuo_plan_get_task (plan, k, &name, &year, &planned, &achieved);
      totuo_grid_add (grid, name);
      totuo_grid_take (grid, g_strdup_printf ("%d", year));
      totuo_grid_take (grid, totuo_format_short (planned));
      totuo_grid_take (grid, short_or_dash (!isnan (achieved), achieved));
      totuo_grid_take (grid, has_rate ? g_strdup_printf ("%.0f", rate) : g_strdup ("—"));
    }
}

static void
summary_text (TotuoEvaluation *ev,
              TotuoLang        lang,
              gboolean         markdown,
              GString         *out)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  gboolean any = FALSE;

  g_string_append_printf (out, "%s%s: ", markdown ? "**" : "", totuo_label (lang, L_SUMMARY));
  for (gint s = 0; s < TOTUO_N_PROGRESS; s++)
    g_string_append_printf (out, "%s%s %u", s > 0 ? ", " : "", totuo_progress_label (lang, s),
                            totuo_evaluation_count (ev, s, -1));
  g_string_append_printf (out, "%s\n%s%s: ", markdown ? "**" : "", markdown ? "\n**" : "",
                          totuo_label (lang, L_BINDING_MISSED));
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    if (totuo_evaluation_is_binding_missed (ev, i))
      {
        g_string_append_printf (out, "%s%s", any ? ", " : "",
                                totuo_target_get_id (totuo_plan_get_target (plan, i)));
        any = TRUE;
      }
  g_string_append_printf (out, "%s%s\n", any ? "" : totuo_label (lang, L_NONE),
                          markdown ? "**" : "");
}

static void
render_readable (TotuoEvaluation *ev,
                 TotuoFormat      format,
                 TotuoLang        lang,
                 GString         *out)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  TotuoGridStyle style = format == TOTUO_FORMAT_MARKDOWN ? TOTUO_GRID_MARKDOWN : TOTUO_GRID_TEXT;
  const gchar *h = format == TOTUO_FORMAT_MARKDOWN ? "## " : "";
  gint start, end;
  TotuoGrid grid;

  totuo_plan_get_period (plan, &start, &end);
  g_string_append_printf (out, "%s%s\n%s %s, %d–%d\n\n", format == TOTUO_FORMAT_MARKDOWN ? "# " : "",
                          totuo_plan_get_name (plan), totuo_label (lang, L_CODE),
                          totuo_plan_get_region_code (plan), start, end);
  totuo_report_targets_grid (ev, lang, &grid);
  totuo_grid_render (&grid, style, out);
  totuo_grid_clear (&grid);
  g_string_append_c (out, '\n');
  summary_text (ev, lang, format == TOTUO_FORMAT_MARKDOWN, out);
  g_string_append_printf (out, "\n%s%s\n\n", h, totuo_label (lang, L_YEARS));
  totuo_report_years_grid (ev, lang, &grid);
  totuo_grid_render (&grid, style, out);
  totuo_grid_clear (&grid);
  if (totuo_plan_get_n_tasks (plan) > 0)
    {
      g_string_append_printf (out, "\n%s%s\n\n", h, totuo_label (lang, L_TASKS));
      totuo_report_tasks_grid (ev, lang, &grid);
      totuo_grid_render (&grid, style, out);
      totuo_grid_clear (&grid);
    }
}

/* ---- CSV: one row per target and year ---------------------------------------- */

static void
render_csv (TotuoEvaluation *ev,
            GString         *out)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);

  g_string_append (out, "target,indicator,name,attribute,status,year,observed,milestone,met,"
                        "gap,progress,pace_required\n");
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    {
      const TotuoTarget *t = totuo_plan_get_target (plan, i);
      gint first, last;
      totuo_evaluation_get_years (ev, i, &first, &last);
      for (gint y = first; y <= last; y++)
        {
          TotuoYearResult r;
          totuo_evaluation_get_year_result (ev, i, y, &r);
          totuo_append_csv_field (out, totuo_target_get_id (t));
          g_string_append_c (out, ',');
          totuo_append_csv_field (out, totuo_target_get_indicator (t));
          g_string_append_c (out, ',');
          totuo_append_csv_field (out, totuo_target_get_name (t));
          g_string_append_printf (out, ",%s,%s,%d,",
                                  totuo_attribute_to_string (totuo_target_get_attribute (t)),
                                  totuo_progress_to_string (totuo_evaluation_get_status (ev, i, NULL)),
                                  y);
          if (r.has_observed)
            totuo_append_double (out, r.observed);
          g_string_append_c (out, ',');
          if (r.has_milestone)
            totuo_append_double (out, r.milestone);
          g_string_append_c (out, ',');
          if (r.has_observed && r.has_milestone)
            g_string_append (out, r.met ? "true" : "false");
          g_string_append_c (out, ',');
          if (r.has_gap)
            totuo_append_double (out, r.gap);
          g_string_append_c (out, ',');
          if (r.has_progress)
            totuo_append_double (out, r.progress);
          g_string_append_c (out, ',');
          if (r.has_pace)
            totuo_append_double (out, r.pace_required);
          g_string_append_c (out, '\n');
        }
    }
}

/* ---- JSON ---------------------------------------------------------------------- */

static void
key (GString     *out,
     const gchar *name)
{
  g_string_append_printf (out, ", \"%s\": ", name);
}

static void
target_json (TotuoEvaluation *ev,
             guint            i,
             GString         *out)
{
  const TotuoTarget *t = totuo_plan_get_target (totuo_evaluation_get_plan (ev), i);
  const gchar *reason, *relative_code = NULL;
  TotuoRelative rel = totuo_target_get_relative (t, &relative_code);
  TotuoProgress status = totuo_evaluation_get_status (ev, i, &reason);
  gdouble base = 0, end_value = 0, proj = 0, end_target = 0;
  gint base_year = 0, end_year = 0, first, last;
  gboolean has_base = totuo_target_get_baseline (t, &base_year, &base);
  gboolean has_end = totuo_target_get_end (t, &end_year, &end_value);
  /* Fetched before use: a call and a read of what it sets must not share
   * one argument list, whose order of evaluation C leaves open. */
  gboolean has_proj = totuo_evaluation_get_projection (ev, i, &proj);
  gboolean has_end_target = totuo_evaluation_get_end_target (ev, i, &end_target);

  g_string_append (out, "    {\"id\": ");
  totuo_append_json_string (out, totuo_target_get_id (t));
  key (out, "indicator");
  totuo_append_json_string (out, totuo_target_get_indicator (t));
  key (out, "external");
  g_string_append (out, totuo_target_is_external (t) ? "true" : "false");
  key (out, "name");
  totuo_append_json_string (out, totuo_target_get_name (t));
  key (out, "unit");
  totuo_append_json_string (out, totuo_target_get_unit (t));
  g_string_append_printf (out, ", \"attribute\": \"%s\", \"comparator\": \"%s\"",
                          totuo_attribute_to_string (totuo_target_get_attribute (t)),
                          totuo_comparator_to_string (totuo_target_get_comparator (t)));
  g_string_append_printf (out, ", \"baseline_year\": %d, \"baseline\": ", base_year);
  totuo_json_number (out, has_base, base);
  g_string_append_printf (out, ", \"end_year\": %d, \"target\": ", end_year);
  totuo_json_number (out, has_end, end_value);
  key (out, "relative_to");
  if (rel == TOTUO_RELATIVE_NONE)
    g_string_append (out, "null");
  else
    totuo_append_json_string (out, rel == TOTUO_RELATIVE_PARENT ? "parent" : relative_code);
  g_string_append_printf (out, ", \"status\": \"%s\"", totuo_progress_to_string (status));
  key (out, "reason");
  totuo_append_json_string (out, reason);
  key (out, "projection");
  totuo_json_number (out, has_proj, proj);
  key (out, "end_target");
  totuo_json_number (out, has_end_target, end_target);
  key (out, "binding_missed");
  g_string_append (out, totuo_evaluation_is_binding_missed (ev, i) ? "true" : "false");
  g_string_append (out, ",\n     \"years\": [");
  totuo_evaluation_get_years (ev, i, &first, &last);
  for (gint y = first; y <= last; y++)
    {
      TotuoYearResult r;
      totuo_evaluation_get_year_result (ev, i, y, &r);
      g_string_append_printf (out, "%s{\"year\": %d, \"observed\": ", y > first ? ",\n       " : "", y);
      totuo_json_number (out, r.has_observed, r.observed);
      key (out, "milestone");
      totuo_json_number (out, r.has_milestone, r.milestone);
      key (out, "met");
      g_string_append (out, !(r.has_observed && r.has_milestone) ? "null" : r.met ? "true" : "false");
      key (out, "gap");
      totuo_json_number (out, r.has_gap, r.gap);
      key (out, "progress");
      totuo_json_number (out, r.has_progress, r.progress);
      key (out, "pace_required");
      totuo_json_number (out, r.has_pace, r.pace_required);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}");
}

static void
render_json (TotuoEvaluation *ev,
             GString         *out)
{
  TotuoPlan *plan = totuo_evaluation_get_plan (ev);
  gint start, end;
  guint missed = 0;

  totuo_plan_get_period (plan, &start, &end);
  g_string_append (out, "{\n  \"plan\": {\"name\": ");
  totuo_append_json_string (out, totuo_plan_get_name (plan));
  key (out, "region");
  totuo_append_json_string (out, totuo_plan_get_region_code (plan));
  g_string_append_printf (out, ", \"start\": %d, \"end\": %d},\n  \"targets\": [\n", start, end);
  for (guint i = 0; i < totuo_plan_get_n_targets (plan); i++)
    {
      if (i > 0)
        g_string_append (out, ",\n");
      target_json (ev, i, out);
      missed += totuo_evaluation_is_binding_missed (ev, i);
    }
  g_string_append (out, "\n  ],\n  \"summary\": {");
  for (gint s = 0; s < TOTUO_N_PROGRESS; s++)
    g_string_append_printf (out, "\"%s\": %u, ", totuo_progress_to_string (s),
                            totuo_evaluation_count (ev, s, -1));
  g_string_append_printf (out, "\"binding_missed\": %u},\n  \"tasks\": [", missed);
  for (guint k = 0; k < totuo_plan_get_n_tasks (plan); k++)
    {
      const gchar *name;
      gint year;
      gdouble planned, achieved, rate = 0;
      gboolean has_rate = totuo_evaluation_get_task_completion (ev, k, &rate, NULL);
      totuo_plan_get_task (plan, k, &name, &year, &planned, &achieved);
      g_string_append (out, k > 0 ? ",\n    {\"name\": " : "\n    {\"name\": ");
      totuo_append_json_string (out, name);
      g_string_append_printf (out, ", \"year\": %d, \"planned\": ", year);
      totuo_json_number (out, TRUE, planned);
      key (out, "achieved");
      totuo_json_number (out, !isnan (achieved), achieved);
      key (out, "completion_rate");
      totuo_json_number (out, has_rate, rate);
      g_string_append_c (out, '}');
    }
  g_string_append (out, totuo_plan_get_n_tasks (plan) > 0 ? "\n  ]\n}\n" : "]\n}\n");
}

gchar *
totuo_report_evaluation (TotuoEvaluation *evaluation,
                         TotuoFormat      format,
                         TotuoLang        lang)
{
  GString *out;

  g_return_val_if_fail (evaluation != NULL, NULL);
  g_return_val_if_fail ((guint) format <= TOTUO_FORMAT_JSON, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  out = g_string_new (NULL);
  if (format == TOTUO_FORMAT_CSV)
    render_csv (evaluation, out);
  else if (format == TOTUO_FORMAT_JSON)
    render_json (evaluation, out);
  else
    render_readable (evaluation, format, lang, out);
  return g_string_free (out, FALSE);
}
