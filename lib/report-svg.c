/* libtotuo - a plan's evaluation as an SVG chart: one small panel per
 * target, readable without reading the numbers: grey dashes show the path
 * the plan set, blue dots what happened, a dotted blue line where the
 * trend leads, a red bar the end target, and the status in colour. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/report.h>

#include "i18n.h"
#include "report-private.h"

#define PANEL_W 320
#define PANEL_H 210
#define COLUMNS 3
#define PLOT_X 46     /* the plot area within a panel */
#define PLOT_Y 44
#define PLOT_W 250
#define PLOT_H 120
#define HEADER_H 56

typedef struct {
  gint first, last;
  gdouble lo, hi;
  gdouble step;       /* between two ticks of the value axis: 1, 2 or 5 × 10^k */
  gdouble ox, oy;     /* the panel's origin */
} Frame;

gdouble
totuo_nice_step (gdouble raw)
{
  gdouble power = pow (10.0, floor (log10 (raw)));
  gdouble m = raw / power;

  return (m <= 1.0 ? 1.0 : m <= 2.0 ? 2.0 : m <= 5.0 ? 5.0 : 10.0) * power;
}

static gdouble
px (const Frame *f,
    gdouble      year)
{
  gdouble span = MAX (f->last - f->first, 1);
  return f->ox + PLOT_X + (year - f->first) / span * PLOT_W;
}

static gdouble
py (const Frame *f,
    gdouble      value)
{
  return f->oy + PLOT_Y + PLOT_H - (value - f->lo) / (f->hi - f->lo) * PLOT_H;
}

static void
widen (Frame   *f,
       gdouble  value)
{
  f->lo = MIN (f->lo, value);
  f->hi = MAX (f->hi, value);
}

static void
fit_frame (TotuoEvaluation *ev,
           guint            i,
           Frame           *f)
{
  gdouble v, pad;

  totuo_evaluation_get_years (ev, i, &f->first, &f->last);
  f->lo = INFINITY;
  f->hi = -INFINITY;
  for (gint y = f->first; y <= f->last; y++)
    {
      TotuoYearResult r;
      totuo_evaluation_get_year_result (ev, i, y, &r);
      if (r.has_observed)
        widen (f, r.observed);
      if (r.has_milestone)
        widen (f, r.milestone);
    }
  if (totuo_evaluation_get_projection (ev, i, &v))
    widen (f, v);
  if (totuo_evaluation_get_end_target (ev, i, &v))
    widen (f, v);
  if (!isfinite (f->lo))
    f->lo = 0, f->hi = 1;
  /* Positive values far from zero read best with zero in view. */
  if (f->lo >= 0 && f->lo < f->hi * 0.5)
    f->lo = 0;
  /* The axis runs between ticks people count in (1-2-5 steps, about five
   * of them), with room above the highest value: 0 to 120, not 0 to 103.08. */
  pad = f->hi > f->lo ? f->hi - f->lo : MAX (fabs (f->hi) * 0.4, 1.0);
  f->step = totuo_nice_step (pad / 5);
  v = f->hi;
  f->hi = ceil (f->hi / f->step) * f->step;
  if (f->hi - v < f->step * 0.1)
    f->hi += f->step;
  if (f->lo != 0.0)
    f->lo = floor (f->lo / f->step) * f->step;
  /* Values that never moved sit in the middle, not on the bottom edge. */
  if (f->lo != 0.0 && f->lo >= v - f->step * 1e-9)
    f->lo -= f->step;
  if (f->lo == f->hi)
    f->lo -= f->step;
}

static void
text (GString     *out,
      gdouble      x,
      gdouble      y,
      const gchar *anchor,
      const gchar *style,
      const gchar *content)
{
  g_autofree gchar *escaped = g_markup_escape_text (content, -1);
  g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>\n",
                          x, y, anchor, style, escaped);
}

static void
axes (GString     *out,
      const Frame *f)
{
  g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" "
                               "fill=\"#fafafa\" stroke=\"#ccc\"/>\n",
                          f->ox + PLOT_X, f->oy + PLOT_Y, PLOT_W, PLOT_H);
  /* A tick, and a faint line across, at every step. */
  for (gint k = 0; k <= 20; k++)
    {
      gdouble v = f->lo + k * f->step;
      g_autofree gchar *label = NULL;
      if (v > f->hi + f->step * 1e-9)
        break;
      label = totuo_format_short (v);
      text (out, f->ox + PLOT_X - 4, py (f, v) + 4, "end", "class=\"tick\"", label);
      if (k > 0 && v < f->hi - f->step * 1e-9)
        g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                                     "stroke=\"#eee\"/>\n", f->ox + PLOT_X, py (f, v),
                                f->ox + PLOT_X + PLOT_W, py (f, v));
    }
  for (gint y = f->first; y <= f->last; y++)
    {
      g_autofree gchar *year = g_strdup_printf ("%d", y);
      text (out, px (f, y), f->oy + PLOT_Y + PLOT_H + 14, "middle", "class=\"tick\"", year);
    }
}

static void
milestone_path (GString         *out,
                TotuoEvaluation *ev,
                guint            i,
                const Frame     *f)
{
  gboolean started = FALSE;

  for (gint y = f->first; y <= f->last; y++)
    {
      TotuoYearResult r;
      totuo_evaluation_get_year_result (ev, i, y, &r);
      if (!r.has_milestone)
        continue;
      g_string_append_printf (out, "%s%.1f,%.1f", started ? " " : "<polyline class=\"plan\" points=\"",
                              px (f, y), py (f, r.milestone));
      started = TRUE;
    }
  if (started)
    g_string_append (out, "\"/>\n");
}

static gboolean
observed_points (GString         *out,
                 TotuoEvaluation *ev,
                 guint            i,
                 const Frame     *f,
                 TotuoYearResult *last)
{
  GString *line = g_string_new (NULL);
  gboolean any = FALSE;

  for (gint y = f->first; y <= f->last; y++)
    {
      TotuoYearResult r;
      totuo_evaluation_get_year_result (ev, i, y, &r);
      if (!r.has_observed)
        continue;
      g_string_append_printf (line, "%s%.1f,%.1f", any ? " " : "", px (f, y), py (f, r.observed));
      g_string_append_printf (out, "<circle class=\"seen\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>\n",
                              px (f, y), py (f, r.observed));
      *last = r;
      any = TRUE;
    }
  if (any)
    g_string_append_printf (out, "<polyline class=\"seen-line\" points=\"%s\"/>\n", line->str);
  g_string_free (line, TRUE);
  return any;
}

static const gchar *
status_colour (TotuoProgress status)
{
  static const gchar *const colours[] = { "#1a7f37", "#2e8b57", "#d97706", "#c62828", "#777777" };
  return colours[status];
}

static void
panel (GString         *out,
       TotuoEvaluation *ev,
       guint            i,
       TotuoLang        lang)
{
  const TotuoTarget *t = totuo_plan_get_target (totuo_evaluation_get_plan (ev), i);
  TotuoProgress status = totuo_evaluation_get_status (ev, i, NULL);
  g_autofree gchar *title = g_strdup_printf ("%s. %s", totuo_target_get_id (t),
                                             totuo_target_get_name (t));
  g_autofree gchar *style = g_strdup_printf ("class=\"status\" fill=\"%s\"", status_colour (status));
  TotuoYearResult last;
  Frame f;
  gdouble v;

  f.ox = (i % COLUMNS) * PANEL_W;
  f.oy = HEADER_H + (i / COLUMNS) * PANEL_H;
  fit_frame (ev, i, &f);
  text (out, f.ox + 10, f.oy + 20, "start", "class=\"title\"", title);
  axes (out, &f);
  milestone_path (out, ev, i, &f);
  if (totuo_evaluation_get_end_target (ev, i, &v))
    g_string_append_printf (out, "<line class=\"goal\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                            px (&f, f.last) - 14, py (&f, v), px (&f, f.last) + 6, py (&f, v));
  if (observed_points (out, ev, i, &f, &last) && totuo_evaluation_get_projection (ev, i, &v) &&
      last.year < f.last)
    g_string_append_printf (out, "<line class=\"trend\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                            px (&f, last.year), py (&f, last.observed), px (&f, f.last), py (&f, v));
  text (out, f.ox + 10, f.oy + PLOT_Y + PLOT_H + 34, "start", style,
        totuo_progress_label (lang, status));
  if (totuo_evaluation_is_binding_missed (ev, i))
    text (out, f.ox + PANEL_W - 14, f.oy + PLOT_Y + PLOT_H + 34, "end", "class=\"status\" fill=\"#c62828\"",
          T_(lang, "binding!"));
}

gchar *
totuo_report_evaluation_svg (TotuoEvaluation *evaluation,
                             TotuoLang        lang)
{
  TotuoPlan *plan;
  GString *out;
  guint n, rows;

  g_return_val_if_fail (evaluation != NULL, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  plan = totuo_evaluation_get_plan (evaluation);
  n = totuo_plan_get_n_targets (plan);
  rows = (n + COLUMNS - 1) / COLUMNS;
  out = g_string_new (NULL);
  g_string_append_printf (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
    "font-family=\"'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif\">\n"
    "<style>.title{font-size:12px;font-weight:bold}.tick{font-size:10px;fill:#555}"
    ".status{font-size:12px;font-weight:bold}.legend{font-size:11px;fill:#333}"
    ".plan{fill:none;stroke:#999;stroke-width:1.5;stroke-dasharray:5 3}"
    ".seen{fill:#1f5fbf}.seen-line{fill:none;stroke:#1f5fbf;stroke-width:2}"
    ".trend{stroke:#1f5fbf;stroke-width:1.5;stroke-dasharray:2 3}"
    ".goal{stroke:#c62828;stroke-width:3}</style>\n"
    "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
    COLUMNS * PANEL_W, HEADER_H + MAX (rows, 1) * PANEL_H, COLUMNS * PANEL_W,
    HEADER_H + MAX (rows, 1) * PANEL_H);
  text (out, 10, 22, "start", "class=\"title\" style=\"font-size:15px\"", totuo_plan_get_name (plan));
  text (out, 10, 42, "start", "class=\"legend\"",
        T_(lang, "grey dashes: the plan's path · blue dots: observed · dotted blue line: the trend to "
                 "the end year · red bar: the end target"));
  for (guint i = 0; i < n; i++)
    panel (out, evaluation, i, lang);
  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}
