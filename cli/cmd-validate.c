/* totuo validate: check data and plan files, listing every error found
 * with its place (one line each, on standard error). */
#include <stdio.h>

#include "cli.h"

/* With --strict, warnings count as errors. */
static gboolean strict;

/* Prints a file's errors, then the warnings its load left in @dataset
 * (which are then forgotten), each on a line of its own. */
static guint
report_with_warnings (const gchar  *path,
                      gchar       **errors,
                      TotuoDataset *dataset)
{
  guint n = errors != NULL ? g_strv_length (errors) : 0;
  g_auto(GStrv) warnings = dataset != NULL ? totuo_dataset_get_warnings (dataset, NULL) : NULL;
  guint w = warnings != NULL ? g_strv_length (warnings) : 0;

  for (guint k = 0; k < n; k++)
    fprintf (stderr, "%s\n", errors[k]);
  for (guint k = 0; k < w; k++)
    fprintf (stderr, strict ? _("error (--strict): %s\n") : _("warning: %s\n"), warnings[k]);
  if (dataset != NULL)
    totuo_dataset_clear_warnings (dataset);
  if (n == 0 && w == 0)
    printf (_("%s: ok\n"), path);
  else if (n == 0 && !strict)
    printf (_("%s: ok, %u warning(s)\n"), path, w);
  return n + (strict ? w : 0);
}

static guint
report (const gchar *path,
        gchar      **errors)
{
  return report_with_warnings (path, errors, NULL);
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
  g_autofree gchar *plan_path = NULL, *obs_path = NULL, *lang = NULL;
  g_autoptr(TotuoDataset) dataset = totuo_dataset_new ();
  guint n_errors = 0, n_files = 0;
  GOptionEntry entries[] = {
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &plan_path, N_("A plan file"), N_("FILE") },
    { "observations", 0, 0, G_OPTION_ARG_FILENAME, &obs_path, N_("An observations CSV file"), N_("FILE") },
    { "lang", 'l', 0, CLI_ARG_TEXT, &lang, N_("Language of the messages: zh or en (default: the locale's)"), N_("LANG") },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, N_("Count warnings (unused columns, ...) as errors"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!cli_parse ("validate", N_("check files"),
                  N_("Lists every error of the regions and institutions files (the institutions\n"
                  "are checked against the valid regions); for JSON, plan and observation\n"
                  "files, the first error; then the warnings (columns not used, with the\n"
                  "closest known one). Exit status 1 when any file has an error, or with\n"
                  "--strict a warning.\n"
                  "Example: totuo validate -r regions.csv -i institutions.csv -p plan.ini"),
                  entries, NULL, &data, &argc, &argv))
    return EXIT_USAGE;
  {
    TotuoLang unused;
    /* The language itself was taken from argv before parsing (cli_lang). */
    if (lang != NULL && !totuo_lang_from_string (lang, &unused))
      {
        cli_data_clear (&data);
        return cli_fail (EXIT_USAGE, _("validate: --lang must be zh or en, not \"%s\""), lang);
      }
  }
  totuo_dataset_set_input_encoding (dataset, data.encoding);
  totuo_dataset_set_input_sheet (dataset, data.sheet);
  if (data.map != NULL)
    {
      g_autoptr(GError) error = NULL;
      if (!totuo_dataset_load_mapping (dataset, data.map, &error))
        {
          cli_data_clear (&data);
          return cli_fail (EXIT_DATA, "%s", error->message);
        }
    }
  if (data.regions != NULL)
    {
      g_auto(GStrv) errors = totuo_dataset_check_regions_csv (dataset, data.regions, NULL);
      n_errors += report_with_warnings (data.regions, errors, dataset);
      n_files++;
    }
  if (data.institutions != NULL)
    {
      g_auto(GStrv) errors = totuo_dataset_check_institutions_csv (dataset, data.institutions, NULL);
      n_errors += report_with_warnings (data.institutions, errors, dataset);
      n_files++;
    }
  if (data.regions != NULL && n_errors == 0)
    {
      /* Figures that loaded but cannot be right, over the whole tree. */
      g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
      g_auto(GStrv) implausible = totuo_indicator_table_get_warnings (table, NULL);
      for (guint k = 0; implausible[k] != NULL; k++)
        fprintf (stderr, strict ? _("error (--strict): %s\n") : _("warning: %s\n"), implausible[k]);
      if (strict)
        n_errors += g_strv_length (implausible);
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
    return cli_fail (EXIT_USAGE, _("validate: name at least one file (see: totuo validate --help)"));
  if (n_errors > 0)
    return cli_fail (EXIT_DATA, _("%u error(s) in %u file(s)"), n_errors, n_files);
  return EXIT_OK;
}
