/* libtotuo - spatial access as reports: regions as a table (text,
 * Markdown, CSV, JSON), demand points as a table or as GeoJSON (RFC 7946),
 * and a district as an SVG map. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/access.h>
#include <totuo/dataset.h>
#include <totuo/error.h>
#include <totuo/report.h>

#include "grid.h"
#include "i18n.h"
#include "report-private.h"
#include "text.h"

/* Scores are places per child; people read them per 1,000 children. */
#define SCORE_SCALE 1000.0

static const gchar *const region_ids[] = {
  "code", "name", "level", "points", "children", "covered_share", "mean_score",
  "desert_children", "desert_share", "nearest_median_m", "nearest_p90_m",
};

static const gchar *const region_heads[] = {
  N_("code"), N_("name"), N_("level"), N_("demand points"), N_("children under three"),
  N_("within reach %"), N_("score per 1,000 children"), N_("children in deserts"),
  N_("in deserts %"), N_("nearest place, median m"), N_("nearest place, 90% within m"),
};

/* The last two, when the cost is a travel time. */
static const gchar *const trip_heads[] = {
  N_("shortest trip, median min"), N_("shortest trip, 90% within min"),
};

/* What the figures were computed with, as a line above the table. */
static gchar *
describe (TotuoAccess *a,
          TotuoLang    lang)
{
  TotuoAccessOptions *o = totuo_access_get_options (a);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree gchar *radius = NULL;
  gdouble r = totuo_access_options_get_radius (o);
  guint flags = totuo_access_options_get_supply_flags (o);

  radius = totuo_format_short (r);
  if (totuo_access_options_get_travel_times (o) != NULL)
    g_string_append_printf (out, T_(lang, "%s within %s minutes of travel"),
                            totuo_access_method_to_string (totuo_access_options_get_method (o)), radius);
  else
    g_string_append_printf (out, T_(lang, "%s within %s m"),
                            totuo_access_method_to_string (totuo_access_options_get_method (o)), radius);
  for (guint minutes = 5; minutes <= 15 && totuo_access_options_get_travel_times (o) == NULL; minutes += 5)
    if (totuo_living_circle_m (minutes) == r)
      g_string_append_printf (out, T_(lang, " (the %u-minute living circle)"), minutes);
  g_string_append (out, T_(lang, "; "));
  g_string_append (out, (flags & TOTUO_SUPPLY_INCLUSIVE) && (flags & TOTUO_SUPPLY_FILED)
                        ? T_(lang, "inclusive and filed institutions")
                        : (flags & TOTUO_SUPPLY_INCLUSIVE) ? T_(lang, "inclusive institutions")
                        : (flags & TOTUO_SUPPLY_FILED) ? T_(lang, "filed institutions only")
                        : T_(lang, "every institution"));
  if (totuo_access_options_get_kinds (o) != 0 || totuo_access_options_get_ownerships (o) != 0)
    g_string_append (out, T_(lang, " of the kinds and ownerships chosen"));
  {
    /* As numbers people read; xgettext reads no G_GUINT64_FORMAT either. */
    g_autofree gchar *providers = totuo_format_short ((gdouble) totuo_access_get_n_providers (a));
    g_autofree gchar *points = totuo_format_short ((gdouble) totuo_demand_get_n_points (totuo_access_get_demand (a)));
    g_autofree gchar *pairs = totuo_format_short ((gdouble) totuo_access_get_n_pairs (a));
    g_string_append_printf (out, T_(lang, "; %s institutions, %s demand points, %s pairs within reach"),
                            providers, points, pairs);
  }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gchar *
cell (gdouble     value,
      TotuoFormat format)
{
  if (isnan (value))
    return g_strdup (format == TOTUO_FORMAT_CSV ? "" : "—");
  return format == TOTUO_FORMAT_CSV ? totuo_format_exact (value) : totuo_format_short (value);
}

gchar *
totuo_report_access (TotuoAccess        *access,
                     const gchar *const *codes,
                     TotuoFormat         format,
                     TotuoLang           lang,
                     GError            **error)
{
  TotuoDataset *ds;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (TotuoAccessRegion));
  g_autoptr(GPtrArray) regions = g_ptr_array_new_with_free_func ((GDestroyNotify) totuo_region_unref);
  g_autofree gchar *about = NULL;
  GString *out;
  TotuoGrid grid;

  g_return_val_if_fail (access != NULL, NULL);
  g_return_val_if_fail (codes != NULL, NULL);
  g_return_val_if_fail ((guint) format <= TOTUO_FORMAT_JSON, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ds = totuo_demand_get_dataset (totuo_access_get_demand (access));
  for (guint k = 0; codes[k] != NULL; k++)
    {
      TotuoAccessRegion r;
      if (!totuo_access_get_region (access, codes[k], &r, error))
        return NULL;
      g_array_append_val (rows, r);
      g_ptr_array_add (regions, totuo_dataset_lookup_region (ds, codes[k]));
    }
  out = g_string_new (NULL);
  if (format == TOTUO_FORMAT_JSON)
    {
      TotuoAccessOptions *o = totuo_access_get_options (access);
      g_string_append (out, "{\"method\": ");
      totuo_append_json_string (out, totuo_access_method_to_string (totuo_access_options_get_method (o)));
      g_string_append (out, ", \"radius_m\": ");
      totuo_append_double (out, totuo_access_options_get_radius (o));
      g_string_append_printf (out, ", \"providers\": %zu, \"points\": %zu, \"pairs\": %" G_GUINT64_FORMAT
                                   ",\n \"regions\": [",
                              totuo_access_get_n_providers (access),
                              totuo_demand_get_n_points (totuo_access_get_demand (access)),
                              totuo_access_get_n_pairs (access));
      for (guint k = 0; k < rows->len; k++)
        {
          const TotuoAccessRegion *r = &g_array_index (rows, TotuoAccessRegion, k);
          const TotuoRegion *region = regions->pdata[k];
          const gdouble values[] = { r->children, r->covered_share, r->mean_score,
                                     r->desert_children, r->desert_share, r->nearest_median_m,
                                     r->nearest_p90_m };
          g_string_append (out, k > 0 ? ",\n  {\"code\": " : "\n  {\"code\": ");
          totuo_append_json_string (out, totuo_region_get_code (region));
          g_string_append (out, ", \"name\": ");
          totuo_append_json_string (out, totuo_region_get_name (region));
          g_string_append (out, ", \"level\": ");
          totuo_append_json_string (out, totuo_region_level_to_string (totuo_region_get_level (region)));
          g_string_append_printf (out, ", \"points\": %u", r->n_points);
          for (guint c = 0; c < G_N_ELEMENTS (values); c++)
            {
              g_string_append_printf (out, ", \"%s\": ", region_ids[4 + c]);
              totuo_json_number (out, !isnan (values[c]), values[c]);
            }
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]}\n");
      return g_string_free (out, FALSE);
    }
  if (format != TOTUO_FORMAT_CSV)
    {
      about = describe (access, lang);
      g_string_append_printf (out, "%s%s\n\n", format == TOTUO_FORMAT_MARKDOWN ? "**" : "", about);
      if (format == TOTUO_FORMAT_MARKDOWN)
        g_string_insert (out, out->len - 2, "**");
    }
  totuo_grid_init (&grid, G_N_ELEMENTS (region_ids));
  for (guint c = 0; c < G_N_ELEMENTS (region_ids); c++)
    {
      if (c >= 3)
        totuo_grid_right (&grid, c);
      gboolean trips = c >= 9 && totuo_access_options_get_travel_times (totuo_access_get_options (access)) != NULL;
      totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? region_ids[c]
                             : T_(lang, trips ? trip_heads[c - 9] : region_heads[c]));
    }
  for (guint k = 0; k < rows->len; k++)
    {
      const TotuoAccessRegion *r = &g_array_index (rows, TotuoAccessRegion, k);
      const TotuoRegion *region = regions->pdata[k];
      gboolean csv = format == TOTUO_FORMAT_CSV;
      totuo_grid_add (&grid, totuo_region_get_code (region));
      totuo_grid_add (&grid, totuo_region_get_name (region));
      totuo_grid_add (&grid, csv ? totuo_region_level_to_string (totuo_region_get_level (region))
                                 : totuo_level_label (lang, totuo_region_get_level (region)));
      totuo_grid_take (&grid, g_strdup_printf ("%u", r->n_points));
      totuo_grid_take (&grid, cell (r->children, format));
      totuo_grid_take (&grid, cell (r->covered_share, format));
      totuo_grid_take (&grid, cell (csv ? r->mean_score : r->mean_score * SCORE_SCALE, format));
      totuo_grid_take (&grid, cell (r->desert_children, format));
      totuo_grid_take (&grid, cell (r->desert_share, format));
      totuo_grid_take (&grid, cell (csv ? r->nearest_median_m : round (r->nearest_median_m), format));
      totuo_grid_take (&grid, cell (csv ? r->nearest_p90_m : round (r->nearest_p90_m), format));
    }
  totuo_grid_render (&grid, totuo_grid_style (format), out);
  totuo_grid_clear (&grid);
  return g_string_free (out, FALSE);
}

/* ---- points -------------------------------------------------------------------------- */

static const gchar *const point_ids[] = {
  "id", "region", "lat", "lon", "children", "score", "places", "providers", "nearest_m",
  "covered", "desert",
};

static const gchar *const point_heads[] = {
  N_("id"), N_("region"), N_("latitude"), N_("longitude"), N_("children under three"),
  N_("score per 1,000 children"), N_("places within reach"), N_("institutions within reach"),
  N_("nearest place m"), N_("within reach"), N_("desert"),
};

gchar *
totuo_report_access_points (TotuoAccess *access,
                            TotuoFormat  format,
                            TotuoLang    lang)
{
  TotuoDemand *d;
  GString *out;
  TotuoGrid grid;
  gboolean csv = format == TOTUO_FORMAT_CSV;

  g_return_val_if_fail (access != NULL, NULL);
  g_return_val_if_fail ((guint) format <= TOTUO_FORMAT_JSON, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);

  d = totuo_access_get_demand (access);
  out = g_string_new (NULL);
  if (format == TOTUO_FORMAT_JSON)
    g_string_append (out, "[");
  else
    {
      totuo_grid_init (&grid, G_N_ELEMENTS (point_ids));
      for (guint c = 0; c < G_N_ELEMENTS (point_ids); c++)
        {
          if (c >= 2 && c <= 8)
            totuo_grid_right (&grid, c);
          totuo_grid_add (&grid, csv ? point_ids[c] : T_(lang, point_heads[c]));
        }
    }
  for (gsize i = 0; i < totuo_demand_get_n_points (d); i++)
    {
      TotuoAccessPoint p;
      gdouble lat, lon;
      totuo_access_get_point (access, i, &p);
      totuo_demand_get_location (d, i, &lat, &lon);
      if (format == TOTUO_FORMAT_JSON)
        {
          g_string_append (out, i > 0 ? ",\n {\"id\": " : "{\"id\": ");
          totuo_append_json_string (out, totuo_demand_get_id (d, i));
          g_string_append (out, ", \"region\": ");
          totuo_append_json_string (out, totuo_demand_get_region_code (d, i));
          g_string_append (out, ", \"lat\": ");
          totuo_append_double (out, lat);
          g_string_append (out, ", \"lon\": ");
          totuo_append_double (out, lon);
          g_string_append_printf (out, ", \"children\": %" G_GINT64_FORMAT ", \"score\": ",
                                  totuo_demand_get_children (d, i));
          totuo_append_double (out, p.score);
          g_string_append (out, ", \"places\": ");
          totuo_append_double (out, p.places);
          g_string_append_printf (out, ", \"providers\": %u, \"nearest_m\": ", p.n_providers);
          totuo_json_number (out, !isnan (p.nearest_m), p.nearest_m);
          g_string_append_printf (out, ", \"covered\": %s, \"desert\": %s}", p.covered ? "true" : "false",
                                  p.desert ? "true" : "false");
          continue;
        }
      totuo_grid_add (&grid, totuo_demand_get_id (d, i));
      totuo_grid_add (&grid, totuo_demand_get_region_code (d, i));
      totuo_grid_take (&grid, csv ? totuo_format_exact (lat) : g_strdup_printf ("%.5f", lat));
      totuo_grid_take (&grid, csv ? totuo_format_exact (lon) : g_strdup_printf ("%.5f", lon));
      totuo_grid_take (&grid, g_strdup_printf ("%" G_GINT64_FORMAT, totuo_demand_get_children (d, i)));
      totuo_grid_take (&grid, cell (csv ? p.score : p.score * SCORE_SCALE, format));
      totuo_grid_take (&grid, cell (p.places, format));
      totuo_grid_take (&grid, g_strdup_printf ("%u", p.n_providers));
      totuo_grid_take (&grid, cell (csv || isnan (p.nearest_m) ? p.nearest_m : round (p.nearest_m), format));
      totuo_grid_add (&grid, csv ? (p.covered ? "true" : "false") : totuo_label (lang, p.covered ? L_YES : L_NO));
      totuo_grid_add (&grid, csv ? (p.desert ? "true" : "false") : totuo_label (lang, p.desert ? L_YES : L_NO));
    }
  if (format == TOTUO_FORMAT_JSON)
    g_string_append (out, "]\n");
  else
    {
      totuo_grid_render (&grid, totuo_grid_style (format), out);
      totuo_grid_clear (&grid);
    }
  return g_string_free (out, FALSE);
}

gchar *
totuo_report_access_geojson (TotuoAccess *access)
{
  TotuoDemand *d;
  GString *out;

  g_return_val_if_fail (access != NULL, NULL);
  d = totuo_access_get_demand (access);
  /* RFC 7946: WGS84 longitude then latitude, no "crs" member. */
  out = g_string_new ("{\"type\": \"FeatureCollection\", \"features\": [");
  for (gsize i = 0; i < totuo_demand_get_n_points (d); i++)
    {
      TotuoAccessPoint p;
      gdouble lat, lon;
      gint64 residents = totuo_demand_get_residents (d, i);

      totuo_access_get_point (access, i, &p);
      totuo_demand_get_location (d, i, &lat, &lon);
      g_string_append (out, i > 0 ? ",\n {" : "\n {");
      g_string_append (out, "\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [");
      totuo_append_double (out, lon);
      g_string_append (out, ", ");
      totuo_append_double (out, lat);
      g_string_append (out, "]}, \"properties\": {\"id\": ");
      totuo_append_json_string (out, totuo_demand_get_id (d, i));
      g_string_append (out, ", \"region\": ");
      totuo_append_json_string (out, totuo_demand_get_region_code (d, i));
      g_string_append_printf (out, ", \"children\": %" G_GINT64_FORMAT ", \"residents\": ",
                              totuo_demand_get_children (d, i));
      if (residents == TOTUO_UNKNOWN)
        g_string_append (out, "null");
      else
        g_string_append_printf (out, "%" G_GINT64_FORMAT, residents);
      g_string_append (out, ", \"score\": ");
      totuo_append_double (out, p.score);
      g_string_append (out, ", \"places\": ");
      totuo_append_double (out, p.places);
      g_string_append_printf (out, ", \"providers\": %u, \"nearest_m\": ", p.n_providers);
      totuo_json_number (out, !isnan (p.nearest_m), p.nearest_m);
      g_string_append_printf (out, ", \"covered\": %s, \"desert\": %s}}", p.covered ? "true" : "false",
                              p.desert ? "true" : "false");
    }
  g_string_append (out, "\n]}\n");
  return g_string_free (out, FALSE);
}

/* ---- the map ------------------------------------------------------------------------- */

#define MAP_W 720.0
#define MAP_H 600.0
#define MARGIN 24.0
#define HEADER 56.0
#define LEGEND 64.0

static void
svg_text (GString     *out,
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

/* Five blues from pale to dark, by quintile of the scores: the map reads
 * the same whatever a district's level of supply. */
static const gchar *const shades[] = { "#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c" };

static gint
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  gdouble x = *(const gdouble *) a, y = *(const gdouble *) b;
  return (x > y) - (x < y);
}

gchar *
totuo_report_access_svg (TotuoAccess *access,
                         const gchar *code,
                         TotuoLang    lang,
                         GError     **error)
{
  TotuoDemand *d;
  TotuoDataset *ds;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree gdouble *sorted = NULL;
  g_autoptr(TotuoRegion) region = NULL;
  TotuoAccessRegion summary;
  gdouble lat_lo = G_MAXDOUBLE, lat_hi = -G_MAXDOUBLE, lon_lo = G_MAXDOUBLE, lon_hi = -G_MAXDOUBLE;
  gdouble kx, ky, scale, max_places = 1, cuts[4];
  gsize n;
  GString *out;
  g_autofree gchar *title = NULL, *about = NULL;

  g_return_val_if_fail (access != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!totuo_access_get_region (access, code, &summary, error))
    return NULL;
  d = totuo_access_get_demand (access);
  ds = totuo_demand_get_dataset (d);
  region = totuo_dataset_lookup_region (ds, code);
  /* The points at or beneath the region: their region or an ancestor is it. */
  for (gsize i = 0; i < totuo_demand_get_n_points (d); i++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_lookup_region (ds, totuo_demand_get_region_code (d, i));
      gboolean beneath = FALSE;
      while (r != NULL && !beneath)
        {
          g_autoptr(TotuoRegion) parent = NULL;
          beneath = strcmp (totuo_region_get_code (r), code) == 0;
          if (totuo_region_get_parent_code (r) != NULL)
            parent = totuo_dataset_lookup_region (ds, totuo_region_get_parent_code (r));
          g_clear_pointer (&r, totuo_region_unref);
          r = g_steal_pointer (&parent);
        }
      if (beneath)
        {
          gdouble lat, lon;
          totuo_demand_get_location (d, i, &lat, &lon);
          lat_lo = MIN (lat_lo, lat);
          lat_hi = MAX (lat_hi, lat);
          lon_lo = MIN (lon_lo, lon);
          lon_hi = MAX (lon_hi, lon);
          g_array_append_val (points, i);
        }
    }
  n = points->len;
  /* Quintiles of the scores. */
  sorted = g_new (gdouble, n);
  for (gsize k = 0; k < n; k++)
    {
      TotuoAccessPoint p;
      totuo_access_get_point (access, g_array_index (points, gsize, k), &p);
      sorted[k] = p.score;
    }
  qsort (sorted, n, sizeof (gdouble), compare_doubles);
  for (guint q = 0; q < 4; q++)
    cuts[q] = sorted[MIN (n - 1, (gsize) ((q + 1) * n / 5))];
  /* A plate carrée scaled by the cosine of the middle latitude: true to
   * shape at a district's size. Some room around the points. */
  {
    gdouble pad_lat = MAX ((lat_hi - lat_lo) * 0.05, 0.002), pad_lon = MAX ((lon_hi - lon_lo) * 0.05, 0.002);
    lat_lo -= pad_lat;
    lat_hi += pad_lat;
    lon_lo -= pad_lon;
    lon_hi += pad_lon;
  }
  kx = cos ((lat_lo + lat_hi) / 2 * M_PI / 180);
  scale = MIN ((MAP_W - 2 * MARGIN) / ((lon_hi - lon_lo) * kx), (MAP_H - 2 * MARGIN) / (lat_hi - lat_lo));
  ky = scale;
  kx *= scale;
  for (gsize j = 0; j < totuo_access_get_n_providers (access); j++)
    {
      gdouble places;
      totuo_access_get_provider (access, j, NULL, NULL, NULL, &places);
      max_places = MAX (max_places, places);
    }

  out = g_string_new (NULL);
  g_string_append_printf (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
    "font-family=\"'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif\">\n"
    "<style>.title{font-size:15px;font-weight:bold}.note{font-size:11px;fill:#444}"
    ".legend{font-size:11px;fill:#333}.point{stroke:#6b7b8c;stroke-width:0.6}"
    ".desert{fill:none;stroke:#c62828;stroke-width:1.6}"
    ".place{fill:#e6550d;fill-opacity:0.75;stroke:#fff;stroke-width:0.6}</style>\n"
    "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#fafafa\" stroke=\"#ddd\"/>\n",
    MAP_W, HEADER + MAP_H + LEGEND, MAP_W, HEADER + MAP_H + LEGEND, 0.0, HEADER, MAP_W, MAP_H);
  title = g_strdup_printf (T_(lang, "%s: access to childcare"), totuo_region_get_name (region));
  about = describe (access, lang);
  svg_text (out, 10, 22, "start", "title", title);
  svg_text (out, 10, 42, "start", "note", about);
#define X(lon) (MARGIN + ((lon) - lon_lo) * kx)
#define Y(lat) (HEADER + MAP_H - MARGIN - ((lat) - lat_lo) * ky)
  for (gsize k = 0; k < n; k++)
    {
      gsize i = g_array_index (points, gsize, k);
      TotuoAccessPoint p;
      gdouble lat, lon, radius;
      guint shade = 0;

      totuo_access_get_point (access, i, &p);
      totuo_demand_get_location (d, i, &lat, &lon);
      while (shade < 4 && p.score > cuts[shade])
        shade++;
      radius = 3 + MIN (6.0, sqrt ((gdouble) totuo_demand_get_children (d, i)) / 4);
      g_string_append_printf (out, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>\n",
                              X (lon), Y (lat), radius, shades[shade]);
      if (p.desert)
        g_string_append_printf (out, "<circle class=\"desert\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>\n",
                                X (lon), Y (lat), radius + 2.5);
    }
  for (gsize j = 0; j < totuo_access_get_n_providers (access); j++)
    {
      gdouble lat, lon, places, side;
      totuo_access_get_provider (access, j, NULL, &lat, &lon, &places);
      if (lat < lat_lo || lat > lat_hi || lon < lon_lo || lon > lon_hi)
        continue;
      side = 3 + 9 * sqrt (places / max_places);
      g_string_append_printf (out, "<rect class=\"place\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>\n",
                              X (lon) - side / 2, Y (lat) - side / 2, side, side);
    }
#undef X
#undef Y
  {
    gdouble y = HEADER + MAP_H + 20;
    g_autofree gchar *count = totuo_format_short (summary.desert_children);
    g_autofree gchar *deserts = g_strdup_printf (T_(lang, "red ring: a childcare desert (%s children)"),
                                                 count);
    for (guint s = 0; s < G_N_ELEMENTS (shades); s++)
      g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"12\" fill=\"%s\" "
                                   "stroke=\"#6b7b8c\" stroke-width=\"0.6\"/>\n", 10.0 + 24 * s, y - 10,
                              shades[s]);
    svg_text (out, 134, y, "start", "legend", T_(lang, "demand points, by score (quintiles, low to high)"));
    g_string_append_printf (out, "<rect class=\"place\" x=\"10\" y=\"%.1f\" width=\"10\" height=\"10\"/>\n", y + 12);
    svg_text (out, 26, y + 21, "start", "legend", T_(lang, "institutions, sized by places"));
    g_string_append_printf (out, "<circle class=\"desert\" cx=\"%.1f\" cy=\"%.1f\" r=\"6\"/>\n", 330.0, y + 17);
    svg_text (out, 342, y + 21, "start", "legend", deserts);
  }
  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}
