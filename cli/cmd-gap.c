/* totuo gap: the places needed to reach a target of places per 1,000. */
#include <stdlib.h>

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
      *status = cli_fail (EXIT_DATA, "gap: %s", error->message);
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
  gboolean en = common->lng == TOTUO_LANG_EN;
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
                              en ? "population" : "常住人口", en ? "places" : "现有托位",
                              en ? "per 1,000 now" : "现每千人口托位",
                              en ? "target per 1,000" : "千人托位目标",
                              en ? "places needed" : "所需托位", en ? "still to add" : "尚需新增",
                              pop, pl, cur, tgt, req, add);
    default:
      /* Each language's punctuation: full-width in Chinese. */
      return g_strdup_printf (en ? "%s residents, %s places (%s per 1,000); %s places per 1,000 "
                                   "needs %s places, %s more\n"
                                 : "常住人口 %s，现有托位 %s（每千人口 %s 个）；达到每千人口 %s "
                                   "个托位需 %s 个，尚需新增 %s 个\n",
                              pop, pl, cur, tgt, req, add);
    }
}

int
cmd_gap (int    argc,
         char **argv)
{
  CommonOptions common = { 0 };
  DataOptions data = { 0 };
  g_autofree gchar *region = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  gint64 population = -1, places = -1, required = 0, additional = 0;
  gdouble target = -1;
  int status = EXIT_OK;
  GOptionEntry entries[] = {
    { "target", 't', 0, G_OPTION_ARG_DOUBLE, &target, "Target places per 1,000 residents (required)", "X" },
    { "population", 0, 0, G_OPTION_ARG_INT64, &population, "Resident population", "N" },
    { "places", 0, 0, G_OPTION_ARG_INT64, &places, "Places today", "N" },
    { "region", 'c', 0, CLI_ARG_TEXT, &region,
      "Take population and places of this region from the dataset", "CODE" },
    G_OPTION_ENTRY_NULL
  };

  if (!cli_parse ("gap", "places needed for a target",
                  "Either --population and --places, or a dataset and --region.\n"
                  "Example: totuo gap --target 4.5 --population 1284182 --places 1514",
                  entries, &common, &data, &argc, &argv))
    status = EXIT_USAGE;
  else if (target < 0)
    status = cli_fail (EXIT_USAGE, "gap: --target is required and must not be negative");
  else if (region == NULL && (population < 0 || places < 0))
    status = cli_fail (EXIT_USAGE, "gap: give --population and --places, or a dataset and --region");
  else if (region == NULL || figures_from_dataset (&data, region, &population, &places, &status))
    {
      if (!totuo_places_needed (population, target, places, &required, &additional, &error))
        status = cli_fail (EXIT_DATA, "gap: %s", error->message);
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
