/* totuo access: can a family reach a place? Radius coverage, the floating
 * catchment family and childcare deserts, by region or by demand point. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* "nursery,community" as a mask of 1 << kind (or ownership). */
static gboolean
parse_mask (const gchar *list,
            gboolean     kinds,
            guint       *out)
{
  g_auto(GStrv) names = g_strsplit (list, ",", -1);

  *out = 0;
  for (guint k = 0; names[k] != NULL; k++)
    {
      const gchar *name = g_strstrip (names[k]);
      TotuoKind kind;
      TotuoOwnership ownership;
      if (kinds && totuo_kind_from_string (name, &kind))
        *out |= 1u << kind;
      else if (!kinds && totuo_ownership_from_string (name, &ownership))
        *out |= 1u << ownership;
      else
        return FALSE;
    }
  return TRUE;
}

/* "0.33:1,0.67:0.68,1:0.22": each band's edge (a fraction of the radius)
 * and weight. */
static gboolean
parse_bands (const gchar        *list,
             TotuoAccessOptions *options,
             GError            **error)
{
  g_auto(GStrv) bands = g_strsplit (list, ",", -1);
  gdouble edges[16], weights[16];
  guint n = g_strv_length (bands);

  if (n == 0 || n > 16)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE, _("give 1 to 16 bands, not %u"), n);
      return FALSE;
    }
  for (guint k = 0; k < n; k++)
    {
      gchar *end = NULL;
      edges[k] = g_ascii_strtod (bands[k], &end);
      if (end == bands[k] || *end != ':' ||
          (weights[k] = g_ascii_strtod (end + 1, &end), *end != '\0'))
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_BAD_NUMBER,
                       _("band \"%s\" is not EDGE:WEIGHT (0.33:1)"), bands[k]);
          return FALSE;
        }
    }
  return totuo_access_options_set_bands (options, edges, weights, n, error);
}

/* The regions a table shows: --region alone, or every region of --level
 * with demand beneath it, or the roots and every street and township with
 * demand. */
static gchar **
choose_rows (TotuoAccess *access,
             TotuoDataset *dataset,
             const gchar  *region,
             const gchar  *level,
             int          *status)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  TotuoRegionLevel lvl = TOTUO_REGION_LEVEL_STREET;

  if (region != NULL)
    {
      g_autoptr(GError) error = NULL;
      gchar *code = totuo_dataset_resolve_region (dataset, region, &error);
      if (code == NULL)
        {
          *status = cli_fail (EXIT_DATA, "access: %s", error->message);
          return NULL;
        }
      g_ptr_array_add (codes, code);
    }
  else
    {
      if (level != NULL && !totuo_region_level_from_string (level, &lvl))
        {
          *status = cli_fail (EXIT_USAGE, _("access: unknown level \"%s\""), level);
          return NULL;
        }
      for (gsize k = 0; k < totuo_dataset_get_n_regions (dataset); k++)
        {
          g_autoptr(TotuoRegion) r = totuo_dataset_get_region (dataset, k);
          TotuoRegionLevel l = totuo_region_get_level (r);
          TotuoAccessRegion figures;
          gboolean wanted = level != NULL ? l == lvl
                          : totuo_region_get_parent_code (r) == NULL ||
                            l == TOTUO_REGION_LEVEL_STREET || l == TOTUO_REGION_LEVEL_TOWNSHIP;
          if (wanted && totuo_access_get_region (access, totuo_region_get_code (r), &figures, NULL))
            g_ptr_array_add (codes, g_strdup (totuo_region_get_code (r)));
        }
    }
  g_ptr_array_add (codes, NULL);
  return (gchar **) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

/* --observations-out: one measure of every region, as `track
 * --observations` reads it. */
static int
write_observations (TotuoAccess *access,
                    const gchar *path,
                    const gchar *indicator,
                    const gchar *measure_name,
                    gint         year)
{
  TotuoDataset *ds = totuo_demand_get_dataset (totuo_access_get_demand (access));
  g_autoptr(GString) out = g_string_new ("indicator,region,year,value\n");
  g_autoptr(GError) error = NULL;
  TotuoAccessMeasure measure;

  if (!totuo_access_measure_from_string (measure_name, &measure))
    return cli_fail (EXIT_USAGE, _("access: unknown --measure \"%s\" (covered_share, mean_score, "
                                   "desert_children, desert_share or nearest_median_m)"), measure_name);
  for (gsize k = 0; k < totuo_dataset_get_n_regions (ds); k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_get_region (ds, k);
      gdouble v;
      gchar number[G_ASCII_DTOSTR_BUF_SIZE];
      if (!totuo_access_get_measure (access, totuo_region_get_code (r), measure, &v, NULL))
        continue;
      g_string_append_printf (out, "%s,%s,%d,%s\n", indicator, totuo_region_get_code (r), year,
                              g_ascii_dtostr (number, sizeof number, v));
    }
  if (!totuo_report_save (path, out->str, (gssize) out->len, &error))
    return cli_fail (EXIT_DATA, "%s", error->message);
  return EXIT_OK;
}

int
cmd_access (int    argc,
            char **argv)
{
  CommonOptions common = { 0 };
  DataOptions data = { 0 };
  g_autofree gchar *demand_path = NULL, *demand_level = NULL, *crs = NULL, *supply_crs = NULL;
  g_autofree gchar *method = NULL, *bands = NULL, *kinds = NULL, *ownerships = NULL;
  g_autofree gchar *weight = NULL, *desert = NULL, *region = NULL, *level = NULL, *svg = NULL;
  g_autofree gchar *obs_out = NULL, *indicator = NULL, *measure = NULL, *text = NULL;
  g_autofree gchar *times_path = NULL;
  gdouble radius = NAN;
  gint circle = 0, year = 0;
  gboolean strict = FALSE, inclusive = FALSE, filed = FALSE, points = FALSE;
  g_autoptr(TotuoDataset) dataset = NULL;
  g_autoptr(TotuoDemand) demand = NULL;
  g_autoptr(TotuoAccessOptions) options = totuo_access_options_new ();
  g_autoptr(TotuoAccess) access = NULL;
  g_autoptr(GError) error = NULL;
  TotuoDatum datum = TOTUO_DATUM_WGS84, sdatum = TOTUO_DATUM_WGS84;
  TotuoRegionLevel dlevel;
  TotuoAccessMethod m;
  guint kind_mask = 0, owner_mask = 0;
  int status = EXIT_OK;
  GOptionEntry entries[] = {
    { "demand", 0, 0, G_OPTION_ARG_FILENAME, &demand_path, N_("Demand points: a CSV of id, region, lat, lon, under3, or JSON or GeoJSON (.json, .geojson; docs/access.md)"), N_("FILE") },
    { "demand-level", 0, 0, CLI_ARG_TEXT, &demand_level, N_("Or the regions of this level with a location and children as demand points"), N_("LEVEL") },
    { "crs", 0, 0, CLI_ARG_TEXT, &crs, N_("Datum of the demand's coordinates: wgs84 (default), gcj02 (Amap, Tencent) or bd09 (Baidu)"), N_("DATUM") },
    { "supply-crs", 0, 0, CLI_ARG_TEXT, &supply_crs, N_("Datum of the institutions' coordinates (default wgs84)"), N_("DATUM") },
    { "travel-times", 0, 0, G_OPTION_ARG_FILENAME, &times_path, N_("Cost by travel time: a CSV of origin (demand id), destination (institution id), minutes; the radius is then in minutes"), N_("FILE") },
    { "method", 'm', 0, CLI_ARG_TEXT, &method, N_("2sfca (default), e2sfca or gaussian"), N_("METHOD") },
    { "radius", 0, 0, G_OPTION_ARG_DOUBLE, &radius, N_("The catchment radius in metres (default 300)"), N_("M") },
    { "circle", 0, 0, G_OPTION_ARG_INT, &circle, N_("Or a living circle of GB 50180-2018: 5 (300 m), 10 (500 m) or 15 (1,000 m)"), N_("MINUTES") },
    { "strict-edge", 0, 0, G_OPTION_ARG_NONE, &strict, N_("A pair at exactly the radius is out (default: in)"), NULL },
    { "bands", 0, 0, CLI_ARG_TEXT, &bands, N_("E2SFCA bands as EDGE:WEIGHT,... (default 0.333:1,0.667:0.68,1:0.22)"), N_("BANDS") },
    { "inclusive", 0, 0, G_OPTION_ARG_NONE, &inclusive, N_("Only inclusive (普惠) institutions are supply"), NULL },
    { "filed", 0, 0, G_OPTION_ARG_NONE, &filed, N_("Only filed (备案) institutions are supply"), NULL },
    { "kind", 0, 0, CLI_ARG_TEXT, &kinds, N_("Only these kinds are supply (nursery,community ...)"), N_("KINDS") },
    { "ownership", 0, 0, CLI_ARG_TEXT, &ownerships, N_("Only these ownerships are supply (public,mixed ...)"), N_("OWNERSHIPS") },
    { "weight", 0, 0, CLI_ARG_TEXT, &weight, N_("Weigh demand by children (default) or residents"), N_("WHAT") },
    { "desert", 0, 0, CLI_ARG_TEXT, &desert, N_("The desert rule MIN_CHILDREN:CHILDREN_PER_PLACE (default 50:3)"), N_("RULE") },
    { "region", 'c', 0, CLI_ARG_TEXT, &region, N_("Only this region's row (code or name); with --svg, the region mapped"), N_("CODE") },
    { "level", 0, 0, CLI_ARG_TEXT, &level, N_("A row for every region of this level (default: the roots, streets and townships)"), N_("LEVEL") },
    { "points", 0, 0, G_OPTION_ARG_NONE, &points, N_("A row per demand point instead of per region"), NULL },
    { "svg", 0, 0, G_OPTION_ARG_FILENAME, &svg, N_("Also draw a map of --region (default: the first root) as SVG in FILE"), N_("FILE") },
    { "observations-out", 0, 0, G_OPTION_ARG_FILENAME, &obs_out, N_("Also write one measure of every region as observations for track"), N_("FILE") },
    { "indicator", 0, 0, CLI_ARG_TEXT, &indicator, N_("The indicator id of --observations-out (default access_covered_share)"), N_("ID") },
    { "measure", 0, 0, CLI_ARG_TEXT, &measure, N_("The measure of --observations-out (default covered_share)"), N_("MEASURE") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year of --observations-out"), N_("YEAR") },
    G_OPTION_ENTRY_NULL
  };

  if (!cli_parse ("access", N_("can families reach a place: coverage, 2SFCA, deserts"),
                  N_("Demand points (--demand FILE or --demand-level LEVEL) against the dataset's\n"
                     "institutions: for each region, the share of its children within the radius\n"
                     "of a place, the floating catchment score, the children in deserts and the\n"
                     "distance to the nearest place. -f geojson writes the points for QGIS.\n"
                     "Example: totuo access -r regions.csv -i institutions.csv --demand compounds.csv "
                     "--circle 5 --inclusive"),
                  entries, &common, &data, &argc, &argv))
    status = EXIT_USAGE;
  else if (common.html)
    status = cli_fail (EXIT_USAGE, _("access: writes text, markdown, csv, json or geojson"));
  else if ((demand_path != NULL) == (demand_level != NULL))
    status = cli_fail (EXIT_USAGE, _("access: give --demand FILE or --demand-level LEVEL, one of them"));
  else if (demand_level != NULL && !totuo_region_level_from_string (demand_level, &dlevel))
    status = cli_fail (EXIT_USAGE, _("access: unknown level \"%s\""), demand_level);
  else if ((crs != NULL && !totuo_datum_from_string (crs, &datum)) ||
           (supply_crs != NULL && !totuo_datum_from_string (supply_crs, &sdatum)))
    status = cli_fail (EXIT_USAGE, _("access: unknown datum \"%s\" (wgs84, gcj02 or bd09)"),
                       crs != NULL && !totuo_datum_from_string (crs, &datum) ? crs : supply_crs);
  else if (method != NULL && !totuo_access_method_from_string (method, &m))
    status = cli_fail (EXIT_USAGE, _("access: unknown method \"%s\" (2sfca, e2sfca or gaussian)"), method);
  else if (!isnan (radius) && circle != 0)
    status = cli_fail (EXIT_USAGE, _("access: give --radius or --circle, not both"));
  else if (circle != 0 && isnan (totuo_living_circle_m ((guint) MAX (circle, 0))))
    status = cli_fail (EXIT_USAGE, _("access: --circle is 5, 10 or 15 minutes, not %d"), circle);
  else if (!isnan (radius) && !totuo_access_options_set_radius (options, radius, &error))
    status = cli_fail (EXIT_USAGE, "access: %s", error->message);
  else if (bands != NULL && !parse_bands (bands, options, &error))
    status = cli_fail (EXIT_USAGE, "access: --bands: %s", error->message);
  else if (kinds != NULL && !parse_mask (kinds, TRUE, &kind_mask))
    status = cli_fail (EXIT_USAGE, _("access: --kind \"%s\": write kinds as nursery, kindergarten, "
                                     "employer, community, family, other"), kinds);
  else if (ownerships != NULL && !parse_mask (ownerships, FALSE, &owner_mask))
    status = cli_fail (EXIT_USAGE, _("access: --ownership \"%s\": write public, private or mixed"),
                       ownerships);
  else if (weight != NULL && strcmp (weight, "children") != 0 && strcmp (weight, "residents") != 0)
    status = cli_fail (EXIT_USAGE, _("access: --weight is children or residents, not \"%s\""), weight);
  else if (region != NULL && level != NULL)
    status = cli_fail (EXIT_USAGE, _("access: give --region or --level, not both"));
  else if (points && (region != NULL || level != NULL))
    status = cli_fail (EXIT_USAGE, _("access: --points lists every demand point: no --region or --level"));
  else if (obs_out != NULL && year == 0)
    status = cli_fail (EXIT_USAGE, _("access: --observations-out needs --year"));
  else
    {
      if (method != NULL)
        totuo_access_options_set_method (options, m);
      if (circle != 0)
        totuo_access_options_set_radius (options, totuo_living_circle_m ((guint) circle), NULL);
      totuo_access_options_set_strict_edge (options, strict);
      totuo_access_options_set_supply (options, (inclusive ? TOTUO_SUPPLY_INCLUSIVE : 0) |
                                                (filed ? TOTUO_SUPPLY_FILED : 0),
                                       kind_mask, owner_mask);
      totuo_access_options_set_supply_datum (options, sdatum);
      totuo_access_options_set_weight_residents (options, weight != NULL && strcmp (weight, "residents") == 0);
      if (desert != NULL)
        {
          gchar *end = NULL;
          gdouble min = g_ascii_strtod (desert, &end), per = NAN;
          if (end != desert && *end == ':')
            per = g_ascii_strtod (end + 1, &end);
          if (isnan (per) || *end != '\0')
            status = cli_fail (EXIT_USAGE, _("access: --desert is MIN_CHILDREN:CHILDREN_PER_PLACE (50:3), "
                                             "not \"%s\""), desert);
          else if (!totuo_access_options_set_desert_rule (options, min, per, &error))
            status = cli_fail (EXIT_USAGE, "access: %s", error->message);
        }
      if (status == EXIT_OK && common.xlsx)
        status = cli_fail (EXIT_USAGE, _("access: writes text, markdown, csv, json or geojson"));
      if (status == EXIT_OK)
        dataset = cli_load_dataset (&data, "access", &status);
    }
  if (dataset != NULL)
    {
      g_auto(GStrv) warnings = NULL;
      if (demand_path != NULL)
        {
          cli_note_input (demand_path);
          /* JSON (GeoJSON too) by its name; anything else is a table. */
          if (g_str_has_suffix (demand_path, ".json") || g_str_has_suffix (demand_path, ".geojson"))
            demand = totuo_demand_load_json (dataset, demand_path, datum, &error);
          else
            demand = totuo_demand_load_csv (dataset, demand_path, datum, &error);
        }
      else
        demand = totuo_demand_new_from_regions (dataset, dlevel, datum, &error);
      if (demand != NULL && times_path != NULL)
        {
          g_autoptr(TotuoTravelTimes) times = NULL;
          cli_note_input (times_path);
          times = totuo_travel_times_load_csv (demand, times_path, &error);
          if (times == NULL)
            g_clear_pointer (&demand, totuo_demand_unref);
          else
            totuo_access_options_set_travel_times (options, times);
        }
      if (demand == NULL)
        status = cli_fail (EXIT_DATA, "%s", error->message);
      else if ((access = totuo_access_compute (demand, options, &error)) == NULL)
        status = cli_fail (EXIT_DATA, "access: %s", error->message);
      if (demand != NULL)
        {
          warnings = totuo_demand_get_warnings (demand, NULL);
          for (guint k = 0; warnings[k] != NULL; k++)
            fprintf (stderr, _("warning: %s\n"), warnings[k]);
        }
      if (access != NULL)
        {
          g_strfreev (warnings);
          warnings = totuo_access_get_warnings (access, NULL);
          for (guint k = 0; warnings[k] != NULL; k++)
            fprintf (stderr, _("warning: %s\n"), warnings[k]);
        }
    }
  if (access != NULL)
    {
      g_auto(GStrv) codes = NULL;
      if (common.geojson)
        text = totuo_report_access_geojson (access);
      else if (points)
        text = totuo_report_access_points (access, common.fmt, common.lng);
      else if ((codes = choose_rows (access, dataset, region, level, &status)) != NULL &&
               (text = totuo_report_access (access, (const gchar *const *) codes, common.fmt,
                                            common.lng, &error)) == NULL)
        status = cli_fail (EXIT_DATA, "access: %s", error->message);
      if (text != NULL)
        status = cli_write (&common, text);
      if (status == EXIT_OK && svg != NULL)
        {
          g_autofree gchar *map = NULL, *code = NULL;
          g_auto(GStrv) roots = totuo_dataset_get_children (dataset, NULL, NULL);
          code = region != NULL ? totuo_dataset_resolve_region (dataset, region, NULL)
                                : g_strdup (roots != NULL ? roots[0] : "");
          map = totuo_report_access_svg (access, code != NULL ? code : "", common.lng, &error);
          if (map == NULL || !totuo_report_save (svg, map, -1, &error))
            status = cli_fail (EXIT_DATA, "access: %s", error->message);
        }
      if (status == EXIT_OK && obs_out != NULL)
        status = write_observations (access, obs_out, indicator != NULL ? indicator : "access_covered_share",
                                     measure != NULL ? measure : "covered_share", year);
    }
  cli_common_clear (&common);
  cli_data_clear (&data);
  return status;
}
