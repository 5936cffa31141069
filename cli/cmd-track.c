/* totuo track: evaluate a plan against yearly datasets and observations. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* "2022:regions.csv:institutions.csv" or "2022:dataset.json". */
static gboolean
add_dataset (TotuoObservations *obs,
             const gchar       *spec,
             TotuoDataset     **latest,
             gint              *latest_year,
             int               *status)
{
  g_auto(GStrv) parts = g_strsplit (spec, ":", 3);
  g_autoptr(TotuoDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  DataOptions data = { 0 };
  gchar *end = NULL;
  gint64 year;

  year = parts[0] != NULL ? g_ascii_strtoll (parts[0], &end, 10) : 0;
  if (parts[0] == NULL || parts[1] == NULL || *end != '\0' || year < 1900 || year > 9999 ||
      (parts[2] == NULL && !g_str_has_suffix (parts[1], ".json")))
    {
      *status = cli_fail (EXIT_USAGE, _("track: --dataset wants YEAR:REGIONS.csv:INSTITUTIONS.csv "
                                      "or YEAR:DATASET.json, not \"%s\""), spec);
      return FALSE;
    }
  if (parts[2] == NULL)
    data.json = parts[1];
  else
    {
      data.regions = parts[1];
      data.institutions = parts[2];
    }
  dataset = cli_load_dataset (&data, "track", status);
  if (dataset == NULL)
    return FALSE;
  if (!totuo_observations_add_dataset (obs, (gint) year, dataset, &error))
    {
      *status = cli_fail (EXIT_USAGE, _("track: %s"), error->message);
      return FALSE;
    }
  if (latest != NULL && (*latest == NULL || year > *latest_year))
    {
      g_clear_pointer (latest, totuo_dataset_unref);
      *latest = g_steal_pointer (&dataset);
      *latest_year = (gint) year;
    }
  return TRUE;
}

gboolean
cli_gather (TotuoObservations *obs,
            gchar            **datasets,
            gchar            **observations,
            TotuoDataset     **latest,
            int               *status)
{
  gint latest_year = 0;

  for (guint k = 0; datasets != NULL && datasets[k] != NULL; k++)
    if (!add_dataset (obs, datasets[k], latest, &latest_year, status))
      return FALSE;
  for (guint k = 0; observations != NULL && observations[k] != NULL; k++)
    {
      g_autoptr(GError) error = NULL;
      cli_note_input (observations[k]);
      if (!totuo_observations_load_csv (obs, observations[k], &error))
        {
          *status = cli_fail (EXIT_DATA, "%s", error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static int
write_svg (TotuoEvaluation *ev,
           const gchar     *path,
           TotuoLang        lang)
{
  g_autofree gchar *svg = totuo_report_evaluation_svg (ev, lang);
  g_autoptr(GError) error = NULL;

  if (!totuo_report_save (path, svg, -1, &error))
    return cli_fail (EXIT_DATA, "%s", error->message);
  return EXIT_OK;
}

int
cmd_track (int    argc,
           char **argv)
{
  CommonOptions common = { 0 };
  g_autofree gchar *plan_path = NULL, *svg = NULL, *text = NULL;
  g_auto(GStrv) datasets = NULL, observations = NULL;
  g_autoptr(TotuoPlan) plan = NULL;
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(TotuoEvaluation) ev = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;
  GOptionEntry entries[] = {
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &plan_path, N_("The plan file (required)"), N_("FILE") },
    { "dataset", 'd', 0, CLI_ARG_TEXT_ARRAY, &datasets, N_("The dataset of a year: YEAR:REGIONS.csv:INSTITUTIONS.csv or YEAR:DATASET.json (repeat it)"), N_("SPEC") },
    { "observations", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &observations, N_("External observations: a CSV of indicator,region,year,value (repeat it)"), N_("FILE") },
    { "svg", 0, 0, G_OPTION_ARG_FILENAME, &svg, N_("Also write the plan's chart as SVG"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!cli_parse ("track", N_("evaluate a plan year by year"),
                  N_("Example: totuo track --plan plan.ini --dataset 2022:r22.csv:i22.csv "
                  "--dataset 2023:r23.csv:i23.csv --observations survey.csv --svg chart.svg"),
                  entries, &common, NULL, &argc, &argv))
    status = EXIT_USAGE;
  else if (common.geojson)
    status = cli_fail (EXIT_USAGE, _("track: --format geojson is for totuo access"));
  else if (common.html)
    status = cli_fail (EXIT_USAGE, _("track: --format html is the report of the plan's district: "
                       "totuo report --plan FILE with the same --dataset options"));
  else if (plan_path == NULL)
    status = cli_fail (EXIT_USAGE, _("track: --plan is required (see: totuo track --help)"));
  else if ((cli_note_input (plan_path), plan = totuo_plan_load (plan_path, &error)) == NULL)
    status = cli_fail (EXIT_DATA, "%s", error->message);
  else if (common.xlsx && (status = cli_check_xlsx_output (&common)) != EXIT_OK)
    ;
  else if (cli_gather (obs, datasets, observations, NULL, &status))
    {
      ev = totuo_evaluation_new (plan, obs);
      if (common.xlsx && (status = cli_check_xlsx_output (&common)) != EXIT_OK)
        ;   /* --output names an input */
      else if (common.xlsx)
        status = totuo_report_evaluation_xlsx (ev, common.lng, common.output, &error)
               ? EXIT_OK : cli_fail (EXIT_DATA, "%s", error->message);
      else
        {
          text = totuo_report_evaluation (ev, common.fmt, common.lng);
          status = cli_write (&common, text);
        }
      if (status == EXIT_OK && svg != NULL)
        status = write_svg (ev, svg, common.lng);
    }
  cli_common_clear (&common);
  return status;
}
