/* libtotuo - one indicator across regions as an SVG bar chart: see
 * totuo_report_bar_chart_svg() in report.h. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/dataset.h>
#include <totuo/error.h>
#include <totuo/indicator-table.h>
#include <totuo/report.h>

#include "i18n.h"
#include "report-private.h"

#define WIDTH 760
#define LABEL_W 170   /* the names, left of the bars */
#define BAR_W 470     /* the longest bar */
#define ROW_H 22
#define TOP 64        /* title, unit, axis labels */
#define BOTTOM 30

typedef struct {
  const gchar *code;
  gchar *name;
  gboolean defined;
  gdouble value;
} Bar;

/* Highest first; undefined last; ties by code, so the order is stable. */
static gint
compare_bars (gconstpointer a,
              gconstpointer b)
{
  const Bar *x = a, *y = b;

  if (x->defined != y->defined)
    return x->defined ? -1 : 1;
  if (x->defined && x->value != y->value)
    return x->value > y->value ? -1 : 1;
  return strcmp (x->code, y->code);
}

static void
text (GString     *out,
      gdouble      x,
      gdouble      y,
      const gchar *anchor,
      const gchar *cls,
      const gchar *content)
{
  g_autofree gchar *escaped = g_markup_escape_text (content, -1);
  g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>\n",
                          x, y, anchor, cls, escaped);
}

gchar *
totuo_report_bar_chart_svg (TotuoIndicatorTable *table,
                            const gchar *const  *codes,
                            TotuoIndicator       indicator,
                            gdouble              target,
                            TotuoLang            lang,
                            GError             **error)
{
  g_autoptr(GArray) bars = NULL;
  gdouble hi = 0, lo = 0, step;
  gint height;
  GString *out;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (codes != NULL, NULL);
  g_return_val_if_fail ((guint) indicator < TOTUO_N_INDICATORS, NULL);
  g_return_val_if_fail (isnan (target) || isfinite (target), NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  for (guint k = 0; codes[k] != NULL; k++)
    {
      g_autoptr(TotuoRegion) region = NULL;
      GError *why = NULL;
      Bar bar = { codes[k], NULL, FALSE, 0 };

      /* A lookup finds an unknown code or a stale table, as the tables do. */
      if (!totuo_indicator_table_get (table, codes[k], TOTUO_INDICATOR_PLACES, NULL, error))
        {
          for (guint b = 0; b < bars->len; b++)
            g_free (g_array_index (bars, Bar, b).name);
          return NULL;
        }
      bar.defined = totuo_indicator_table_get (table, codes[k], indicator, &bar.value, &why);
      g_clear_error (&why);
      region = totuo_dataset_lookup_region (totuo_indicator_table_get_dataset (table), codes[k]);
      bar.name = g_strdup (*totuo_region_get_name (region) != '\0' ? totuo_region_get_name (region)
                                                                  : codes[k]);
      if (bar.defined)
        {
          hi = MAX (hi, bar.value);
          lo = MIN (lo, bar.value);
        }
      g_array_append_val (bars, bar);
    }
  g_array_sort (bars, compare_bars);
  if (!isnan (target))
    {
      hi = MAX (hi, target);
      lo = MIN (lo, target);
    }
  /* The axis: from zero (or the lowest negative value) to a whole step
   * above the highest value. */
  step = totuo_nice_step (hi - lo > 0 ? (hi - lo) / 5 : 1);
  hi = ceil (hi / step) * step;
  lo = floor (lo / step) * step;
  if (hi <= lo)
    hi = lo + step;

  height = TOP + (gint) MAX (bars->len, 1) * ROW_H + BOTTOM;
  out = g_string_new (NULL);
  g_string_append_printf (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
    "font-family=\"'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif\">\n"
    "<style>.title{font-size:15px;font-weight:bold}.note{font-size:11px;fill:#555}"
    ".tick{font-size:10px;fill:#555}.name{font-size:12px}.value{font-size:11px;fill:#333}"
    ".bar{fill:#1f5fbf}.none{font-size:11px;fill:#999}"
    ".goal{stroke:#c62828;stroke-width:1.5;stroke-dasharray:5 3}"
    ".goal-label{font-size:11px;fill:#c62828}</style>\n"
    "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
    WIDTH, height, WIDTH, height);
  {
    const gchar *name = totuo_indicator_label (lang, indicator);
    g_autofree gchar *unit = g_strdup_printf (T_(lang, "unit: %s"),
                                              totuo_unit_label (lang, totuo_indicator_get_unit (indicator)));
    text (out, 10, 22, "start", "title", name);
    text (out, 10, 40, "start", "note", unit);
  }
#define X(v) (LABEL_W + ((v) - lo) / (hi - lo) * BAR_W)
  for (gint k = 0; k <= 20; k++)
    {
      gdouble v = lo + k * step;
      g_autofree gchar *label = NULL;
      if (v > hi + step * 1e-9)
        break;
      label = totuo_format_short (v);
      text (out, X (v), TOP - 6, "middle", "tick", label);
      g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>\n",
                              X (v), TOP, X (v), height - BOTTOM);
    }
  for (guint b = 0; b < bars->len; b++)
    {
      const Bar *bar = &g_array_index (bars, Bar, b);
      gdouble y = TOP + b * ROW_H;
      text (out, LABEL_W - 8, y + 15, "end", "name", bar->name);
      if (bar->defined)
        {
          g_autofree gchar *value = totuo_format_short (bar->value);
          gdouble x0 = X (MIN (0, bar->value)), x1 = X (MAX (0, bar->value));
          g_string_append_printf (out, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                                       "height=\"%d\"/>\n", x0, y + 4, MAX (x1 - x0, 0.5), ROW_H - 8);
          text (out, x1 + 4, y + 15, "start", "value", value);
        }
      else
        text (out, X (0) + 4, y + 15, "start", "none", "—");
    }
  if (!isnan (target))
    {
      g_autofree gchar *value = totuo_format_short (target);
      g_autofree gchar *label = g_strdup_printf (T_(lang, "target %s"), value);
      g_string_append_printf (out, "<line class=\"goal\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n",
                              X (target), TOP - 2, X (target), height - BOTTOM + 4);
      text (out, X (target), height - BOTTOM + 18, "middle", "goal-label", label);
    }
#undef X
  g_string_append (out, "</svg>\n");
  for (guint b = 0; b < bars->len; b++)
    g_free (g_array_index (bars, Bar, b).name);
  return g_string_free (out, FALSE);
}
