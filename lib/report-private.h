/* Shared by the report renderers: labels in two languages, numbers. */
#pragma once

#include <totuo/report.h>

#include "grid.h"

typedef enum {
  L_CODE, L_NAME, L_LEVEL, L_INDICATOR, L_VALUE, L_UNIT, L_NOTE, L_TARGET_ID, L_ATTRIBUTE,
  L_BASELINE, L_TARGET, L_LATEST, L_PROJECTION, L_STATUS, L_YEAR, L_OBSERVED, L_MILESTONE,
  L_MET, L_GAP, L_PROGRESS, L_PACE, L_SUMMARY, L_BINDING_MISSED, L_NONE, L_YEARS, L_TASKS,
  L_PLANNED, L_ACHIEVED, L_COMPLETION, L_YES, L_NO, L_PARENT, L_UNDEFINED,
  N_LABELS
} Label;

G_GNUC_INTERNAL const gchar *totuo_label (TotuoLang lang, Label label);
G_GNUC_INTERNAL const gchar *totuo_progress_label (TotuoLang lang, TotuoProgress status);
G_GNUC_INTERNAL const gchar *totuo_attribute_label (TotuoLang lang, TotuoAttribute attribute);
G_GNUC_INTERNAL const gchar *totuo_level_label (TotuoLang lang, TotuoRegionLevel level);
/* An indicator's name in @lang. */
G_GNUC_INTERNAL const gchar *totuo_indicator_label (TotuoLang lang, TotuoIndicator ind);
/* Why a value is undefined: its error's message past "region \"x\": ". */
G_GNUC_INTERNAL const gchar *totuo_undefined_reason (const GError *why);
/* How a grid renders in a text format (text for anything but Markdown and CSV). */
G_GNUC_INTERNAL TotuoGridStyle totuo_grid_style (TotuoFormat format);
/* An indicator's unit in @lang; a unit the catalog does not know as it is. */
G_GNUC_INTERNAL const gchar *totuo_unit_label (TotuoLang lang, const gchar *unit);
G_GNUC_INTERNAL gchar *totuo_format_short (gdouble value);
/* As totuo_format_short(), with as many more decimals as it takes for a
 * value that is not @reference not to print as it (99.999 beside 100). */
G_GNUC_INTERNAL gchar *totuo_format_beside (gdouble value, gdouble reference);
G_GNUC_INTERNAL gchar *totuo_format_exact (gdouble value);
G_GNUC_INTERNAL void totuo_json_number (GString *out, gboolean defined, gdouble value);
/* The step of 1, 2 or 5 times a power of ten nearest above @raw (> 0):
 * what an axis counts in. */
G_GNUC_INTERNAL gdouble totuo_nice_step (gdouble raw);

/* The tables of an evaluation's readable reports, for the HTML report too:
 * its targets, every target's years, and its annual tasks. */
G_GNUC_INTERNAL void totuo_report_targets_grid (TotuoEvaluation *ev, TotuoLang lang, TotuoGrid *grid);
G_GNUC_INTERNAL void totuo_report_years_grid (TotuoEvaluation *ev, TotuoLang lang, TotuoGrid *grid);
G_GNUC_INTERNAL void totuo_report_tasks_grid (TotuoEvaluation *ev, TotuoLang lang, TotuoGrid *grid);
