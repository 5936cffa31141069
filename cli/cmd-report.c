/* totuo report: a district's report as one HTML page. */
#include "cli.h"

/* The region the page is about: --region, else the plan's, else the first
 * root of the dataset. */
static gchar *
choose_region (TotuoDataset *dataset,
               const gchar  *region,
               TotuoPlan    *plan,
               int          *status)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) roots = NULL;
  gchar *code;

  if (region == NULL && plan != NULL)
    region = totuo_plan_get_region_code (plan);
  if (region == NULL)
    {
      roots = totuo_dataset_get_children (dataset, NULL, NULL);
      if (roots == NULL || roots[0] == NULL)
        {
          *status = cli_fail (EXIT_DATA, _("report: the dataset has no region"));
          return NULL;
        }
      return g_strdup (roots[0]);
    }
  code = totuo_dataset_resolve_region (dataset, region, &error);
  if (code == NULL)
    *status = cli_fail (EXIT_DATA, _("report: %s"), error->message);
  return code;
}

int
cmd_report (int    argc,
            char **argv)
{
  CommonOptions common = { 0 };
  DataOptions data = { 0 };
  g_autofree gchar *region = NULL, *plan_path = NULL, *code = NULL, *page = NULL;
  g_auto(GStrv) datasets = NULL, observations = NULL;
  g_autoptr(TotuoPlan) plan = NULL;
  g_autoptr(TotuoObservations) obs = totuo_observations_new ();
  g_autoptr(TotuoEvaluation) ev = NULL;
  g_autoptr(TotuoDataset) dataset = NULL, latest = NULL;
  g_autoptr(TotuoIndicatorTable) table = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;
  GOptionEntry entries[] = {
    { "region", 'c', 0, CLI_ARG_TEXT, &region, N_("The district (code or name; default: the plan's region, else the first root)"), N_("CODE") },
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &plan_path, N_("The district's plan, evaluated on the page"), N_("FILE") },
    { "dataset", 'd', 0, CLI_ARG_TEXT_ARRAY, &datasets, N_("The dataset of a year, as for track (repeat it); the latest is shown unless -r/-i or -j "
      "name one"), N_("SPEC") },
    { "observations", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &observations, N_("External observations for the plan, as for track (repeat it)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!cli_parse ("report", N_("a district's report as one HTML page"),
                  N_("The page holds the district's key figures, its streets and townships with a\n"
                  "chart, the plan's evaluation with its chart (with --plan), every indicator,\n"
                  "the warnings the data raised, and each indicator's definition and source.\n"
                  "It needs no network and prints on A4.\n"
                  "Example: totuo report --plan plan.ini -d 2022:r22.csv:i22.csv "
                  "-d 2024:r24.csv:i24.csv -o report.html"),
                  entries, &common, &data, &argc, &argv))
    status = EXIT_USAGE;
  else if (common.format != NULL && !common.html)
    status = cli_fail (EXIT_USAGE, _("report: the report is an HTML page: --format html, or "
                       "no --format"));
  else if (common.excel)
    status = cli_fail (EXIT_USAGE, _("report: --excel is for --format csv"));
  else if (datasets == NULL && data.regions == NULL && data.institutions == NULL && data.json == NULL)
    status = cli_fail (EXIT_USAGE, _("report: give the data: -r REGIONS -i INSTITUTIONS, -j FILE, "
                       "or --dataset YEAR:... (see: totuo report --help)"));
  else if (plan_path == NULL && observations != NULL)
    status = cli_fail (EXIT_USAGE, _("report: --observations are for the plan: give --plan"));
  else if (plan_path != NULL &&
           (cli_note_input (plan_path), plan = totuo_plan_load (plan_path, &error)) == NULL)
    status = cli_fail (EXIT_DATA, "%s", error->message);
  else if (cli_gather (obs, datasets, observations, &latest, &status))
    {
      if (data.regions != NULL || data.institutions != NULL || data.json != NULL)
        dataset = cli_load_dataset (&data, "report", &status);
      else
        dataset = g_steal_pointer (&latest);
      if (dataset != NULL && (code = choose_region (dataset, region, plan, &status)) != NULL)
        {
          table = totuo_indicator_table_new (dataset);
          if (plan != NULL)
            ev = totuo_evaluation_new (plan, obs);
          page = totuo_report_html (table, code, ev, common.lng, &error);
          status = page != NULL ? cli_write (&common, page)
                                : cli_fail (EXIT_DATA, _("report: %s"), error->message);
        }
    }
  cli_common_clear (&common);
  cli_data_clear (&data);
  return status;
}
