/* totuo gap: the places needed to reach a target of places per 1,000. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static gboolean
figures_from_dataset (const DataOptions *data,
                      const gchar       *region,
                      gint64            *population,
                      gint64            *places,
                      int               *status)
{
  g_autoptr(TotuoDataset) dataset = cli_load_dataset (data, "gap", status);
  g_autoptr(TotuoIndicatorTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gchar *code = NULL;
  gdouble pop = 0, pl = 0;

  if (dataset == NULL)
    return FALSE;
  table = totuo_indicator_table_new (dataset);
  code = totuo_dataset_resolve_region (dataset, region, &error);
  if (code == NULL ||
      !totuo_indicator_table_get (table, code, TOTUO_INDICATOR_POPULATION, &pop, &error) ||
      !totuo_indicator_table_get (table, code, TOTUO_INDICATOR_PLACES, &pl, &error))
    {
      *status = cli_fail (EXIT_DATA, _("gap: %s"), error->message);
      return FALSE;
    }
  *population = (gint64) pop;
  *places = (gint64) pl;
  return TRUE;
}

static gchar *
render (const CommonOptions *common,
        gint64               population,
        gint64               places,
        gdouble              target,
        gint64               required,
        gint64               additional)
{
  TotuoLang lang = common->lng;
  /* Today's places per 1,000, beside the target (none without residents). */
  gboolean has_now = population > 0;
  gdouble now = has_now ? (gdouble) places / (gdouble) population * 1000.0 : 0;
  g_autofree gchar *pop = totuo_format_number ((gdouble) population);
  g_autofree gchar *pl = totuo_format_number ((gdouble) places);
  g_autofree gchar *req = totuo_format_number ((gdouble) required);
  g_autofree gchar *add = totuo_format_number ((gdouble) additional);
  g_autofree gchar *tgt = totuo_format_number (target);
  g_autofree gchar *cur = has_now ? totuo_format_number (now) : g_strdup ("—");
  g_autofree gchar *cur_exact = NULL;

  switch (common->fmt)
    {
    case TOTUO_FORMAT_JSON:
      cur_exact = has_now ? g_strdup_printf ("%.17g", now) : g_strdup ("null");
      return g_strdup_printf ("{\"population\": %" G_GINT64_FORMAT ", \"places\": %" G_GINT64_FORMAT
                              ", \"per_1000_now\": %s, \"target_per_1000\": %g, \"required\": %"
                              G_GINT64_FORMAT ", \"additional\": %" G_GINT64_FORMAT "}\n",
                              population, places, cur_exact, target, required, additional);
    case TOTUO_FORMAT_CSV:
      cur_exact = has_now ? g_strdup_printf ("%.17g", now) : g_strdup ("");
      return g_strdup_printf ("population,places,per_1000_now,target_per_1000,required,additional\n"
                              "%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%s,%g,%" G_GINT64_FORMAT
                              ",%" G_GINT64_FORMAT "\n",
                              population, places, cur_exact, target, required, additional);
    case TOTUO_FORMAT_MARKDOWN:
      return g_strdup_printf ("| %s | %s | %s | %s | %s | %s |\n"
                              "| ---: | ---: | ---: | ---: | ---: | ---: |\n"
                              "| %s | %s | %s | %s | %s | %s |\n",
                              totuo_translate (lang, "population"),
                              totuo_translate (lang, "places now"),
                              totuo_translate (lang, "per 1,000 now"),
                              totuo_translate (lang, "target per 1,000"),
                              totuo_translate (lang, "places needed"),
                              totuo_translate (lang, "still to add"),
                              pop, pl, cur, tgt, req, add);
    default:
      /* Each language's punctuation: full-width in Chinese. */
      return g_strdup_printf (totuo_translate (lang, "%s residents, %s places (%s per 1,000); "
                                                     "%s places per 1,000 needs %s places, %s more\n"),
                              pop, pl, cur, tgt, req, add);
    }
}

/* Every region at a level: the places it still needs for the target. */
static gchar *
render_level (const CommonOptions *common,
              TotuoDataset        *dataset,
              TotuoRegionLevel     level,
              gdouble              target,
              int                 *status)
{
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
  g_auto(GStrv) codes = cli_codes_at_level (dataset, level);
  g_autoptr(GError) error = NULL;
  gchar *text;

  text = totuo_report_gaps (table, (const gchar *const *) codes, target, common->fmt,
                            common->lng, &error);
  if (text == NULL)
    *status = cli_fail (EXIT_DATA, "gap: %s", error->message);
  return text;
}

int
cmd_gap (int    argc,
         char **argv)
{
  CommonOptions common = { 0 };
  DataOptions data = { 0 };
  g_autofree gchar *region = NULL, *level = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  gint64 population = -1, places = -1, required = 0, additional = 0;
  gdouble target = -1;
  int status = EXIT_OK;
  GOptionEntry entries[] = {
    { "target", 't', 0, G_OPTION_ARG_DOUBLE, &target, N_("Target places per 1,000 residents (required)"), N_("X") },
    { "population", 0, 0, G_OPTION_ARG_INT64, &population, N_("Resident population"), N_("N") },
    { "places", 0, 0, G_OPTION_ARG_INT64, &places, N_("Places today"), N_("N") },
    { "region", 'c', 0, CLI_ARG_TEXT, &region, N_("Take population and places of this region from the dataset"), N_("CODE") },
    { "level", 0, 0, CLI_ARG_TEXT, &level, N_("Every region of this level of the dataset (street, township ...), one row each"), N_("LEVEL") },
    G_OPTION_ENTRY_NULL
  };
  TotuoRegionLevel lvl = TOTUO_REGION_LEVEL_STREET;

  if (!cli_parse ("gap", N_("places needed for a target"),
                  N_("Either --population and --places, or a dataset and --region, or a dataset\n"
                  "and --level for every region of a level.\n"
                  "Example: totuo gap --target 4.5 --population 1284182 --places 1514"),
                  entries, &common, &data, &argc, &argv))
    status = EXIT_USAGE;
  else if (common.xlsx || common.html || common.geojson)
    status = cli_fail (EXIT_USAGE, _("gap: --format %s is not for gap, which writes text, "
                       "markdown, csv or json"), common.format);
  else if (target < 0)
    status = cli_fail (EXIT_USAGE, _("gap: --target is required and must not be negative"));
  else if (level != NULL && (region != NULL || population >= 0 || places >= 0))
    status = cli_fail (EXIT_USAGE, _("gap: give --level, or --region, or --population and "
                       "--places; not two of them"));
  else if (level != NULL && !totuo_region_level_from_string (level, &lvl))
    status = cli_fail (EXIT_USAGE, _("gap: unknown level \"%s\""), level);
  else if (level != NULL)
    {
      g_autoptr(TotuoDataset) dataset = cli_load_dataset (&data, "gap", &status);
      if (dataset != NULL)
        {
          text = render_level (&common, dataset, lvl, target, &status);
          if (text != NULL)
            status = cli_write (&common, text);
        }
    }
  else if (region == NULL && (population < 0 || places < 0))
    status = cli_fail (EXIT_USAGE, _("gap: give --population and --places, or a dataset and --region"));
  else if (region == NULL || figures_from_dataset (&data, region, &population, &places, &status))
    {
      if (!totuo_places_needed (population, target, places, &required, &additional, &error))
        status = cli_fail (EXIT_DATA, _("gap: %s"), error->message);
      else
        {
          text = render (&common, population, places, target, required, additional);
          status = cli_write (&common, text);
        }
    }
  cli_common_clear (&common);
  cli_data_clear (&data);
  return status;
}
