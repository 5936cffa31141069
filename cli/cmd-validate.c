/* totuo validate: check data and plan files, listing every error found
 * with its place (one line each, on standard error). */
#include <stdio.h>

#include "cli.h"

static guint
report (const gchar *path,
        gchar      **errors)
{
  guint n = errors != NULL ? g_strv_length (errors) : 0;

  for (guint k = 0; k < n; k++)
    fprintf (stderr, "%s\n", errors[k]);
  if (n == 0)
    printf ("%s: ok\n", path);
  return n;
}

/* The result and the error are passed after the call that sets them, never
 * in the same argument list: C does not order the evaluation of arguments,
 * so "report_one (path, load (..., &error), error)" may read error before
 * the load sets it. */
static guint
report_one (const gchar  *path,
            gboolean      ok,
            const GError *error)
{
  gchar *errors[] = { ok ? NULL : error->message, NULL };
  return report (path, errors);
}

int
cmd_validate (int    argc,
              char **argv)
{
  DataOptions data = { 0 };
  g_autofree gchar *plan_path = NULL, *obs_path = NULL;
  g_autoptr(TotuoDataset) dataset = totuo_dataset_new ();
  guint n_errors = 0, n_files = 0;
  GOptionEntry entries[] = {
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &plan_path, "A plan file", "FILE" },
    { "observations", 0, 0, G_OPTION_ARG_FILENAME, &obs_path, "An observations CSV file", "FILE" },
    G_OPTION_ENTRY_NULL
  };

  if (!cli_parse ("validate", "check files",
                  "Lists every error of the regions and institutions files (the institutions\n"
                  "are checked against the valid regions); for JSON, plan and observation\n"
                  "files, the first error. Exit status 1 when any file has an error.\n"
                  "Example: totuo validate -r regions.csv -i institutions.csv -p plan.ini",
                  entries, NULL, &data, &argc, &argv))
    return EXIT_USAGE;
  if (data.regions != NULL)
    {
      g_auto(GStrv) errors = totuo_dataset_check_regions_csv (dataset, data.regions, NULL);
      n_errors += report (data.regions, errors);
      n_files++;
    }
  if (data.institutions != NULL)
    {
      g_auto(GStrv) errors = totuo_dataset_check_institutions_csv (dataset, data.institutions, NULL);
      n_errors += report (data.institutions, errors);
      n_files++;
    }
  if (data.json != NULL)
    {
      g_autoptr(TotuoDataset) fresh = totuo_dataset_new ();
      g_autoptr(GError) error = NULL;
      gboolean ok = totuo_dataset_load_json (fresh, data.json, &error);

      n_errors += report_one (data.json, ok, error);
      n_files++;
    }
  if (plan_path != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TotuoPlan) plan = totuo_plan_load (plan_path, &error);
      n_errors += report_one (plan_path, plan != NULL, error);
      n_files++;
    }
  if (obs_path != NULL)
    {
      g_autoptr(TotuoObservations) obs = totuo_observations_new ();
      g_autoptr(GError) error = NULL;
      gboolean ok = totuo_observations_load_csv (obs, obs_path, &error);

      n_errors += report_one (obs_path, ok, error);
      n_files++;
    }
  cli_data_clear (&data);
  if (n_files == 0)
    return cli_fail (EXIT_USAGE, "validate: name at least one file (see: totuo validate --help)");
  if (n_errors > 0)
    return cli_fail (EXIT_DATA, "%u error%s in %u file%s", n_errors, n_errors == 1 ? "" : "s",
                     n_files, n_files == 1 ? "" : "s");
  return EXIT_OK;
}
