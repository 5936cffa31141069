/* totuo: the command line of libtotuo.
 *
 *   totuo indicators   every indicator for a region, or for every region of a level
 *   totuo track        evaluate a plan against yearly datasets and observations
 *   totuo gap          the places needed to reach a target of places per 1,000
 *   totuo validate     check data and plan files, listing every error
 *
 * This file dispatches to the subcommands (cmd-*.c) and holds what they
 * share: options, loading, writing, failing. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "cli.h"

static const struct {
  const gchar *name;
  Subcommand run;
  const gchar *summary;
} subcommands[] = {
  { "indicators", cmd_indicators, "every indicator for a region, or every region of a level" },
  { "track", cmd_track, "evaluate a plan against yearly datasets and observations" },
  { "gap", cmd_gap, "the places needed to reach a target of places per 1,000" },
  { "validate", cmd_validate, "check data and plan files, listing every error" },
};

int
cli_fail (int          status,
          const gchar *format,
          ...)
{
  va_list args;
  g_autofree gchar *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "totuo: %s\n", message);
  return status;
}

static gboolean
check_common (CommonOptions *common,
              GError       **error)
{
  common->fmt = TOTUO_FORMAT_TEXT;
  common->lng = TOTUO_LANG_ZH;
  /* A workbook is not text: the subcommands that make one write it to a
   * file themselves (cli_check_xlsx_output()). */
  common->xlsx = common->format != NULL && g_ascii_strcasecmp (common->format, "xlsx") == 0;
  if (common->format != NULL && !common->xlsx &&
      !totuo_format_from_string (common->format, &common->fmt))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--format must be text, markdown, csv, json or xlsx, not \"%s\"", common->format);
      return FALSE;
    }
  if (common->lang != NULL && !totuo_lang_from_string (common->lang, &common->lng))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--lang must be zh or en, not \"%s\"", common->lang);
      return FALSE;
    }
  if (common->excel && common->fmt != TOTUO_FORMAT_CSV)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           "--excel is for --format csv");
      return FALSE;
    }
  return TRUE;
}

gboolean
cli_parse (const gchar   *name,
           const gchar   *summary,
           const gchar   *description,
           GOptionEntry  *entries,
           CommonOptions *common,
           DataOptions   *data,
           int           *argc,
           char        ***argv)
{
  g_autofree gchar *program = g_strdup_printf ("totuo %s", name);
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  GOptionEntry common_entries[] = {
    { "format", 'f', 0, CLI_ARG_TEXT, NULL, "Output format: text, markdown, csv, json, xlsx (with --output)", "FORMAT" },
    { "lang", 'l', 0, CLI_ARG_TEXT, NULL, "Language of labels: zh (default) or en", "LANG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, "Write to FILE instead of standard output", "FILE" },
    { "excel", 0, 0, G_OPTION_ARG_NONE, NULL,
      "With --format csv: a byte order mark and headers in the --lang language, for Excel", NULL },
    G_OPTION_ENTRY_NULL
  };
  GOptionEntry data_entries[] = {
    { "regions", 'r', 0, G_OPTION_ARG_FILENAME, NULL, "Regions CSV file", "FILE" },
    { "institutions", 'i', 0, G_OPTION_ARG_FILENAME, NULL, "Institutions CSV file", "FILE" },
    { "json", 'j', 0, G_OPTION_ARG_FILENAME, NULL, "A whole dataset as JSON (instead of the CSV files)", "FILE" },
    { "encoding", 0, 0, CLI_ARG_TEXT, NULL, "Encoding of the CSV files (GB18030, UTF-16LE...; default: detected)", "NAME" },
    { "sheet", 0, 0, CLI_ARG_TEXT, NULL, "The sheet to read of an .xlsx or .xls workbook (default: the first with a header row)", "NAME" },
    { "map", 0, 0, G_OPTION_ARG_FILENAME, NULL, "A mapping file for an export no alias covers (docs/formats.md)", "FILE" },
    G_OPTION_ENTRY_NULL
  };

  /* The help's first line reads "totuo validate [OPTION…]": GLib names the
   * program by argv[0], which is the subcommand's name here. */
  g_set_prgname (program);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  if (data != NULL)
    {
      data_entries[0].arg_data = &data->regions;
      data_entries[1].arg_data = &data->institutions;
      data_entries[2].arg_data = &data->json;
      data_entries[3].arg_data = &data->encoding;
      data_entries[4].arg_data = &data->sheet;
      data_entries[5].arg_data = &data->map;
      g_option_context_add_main_entries (context, data_entries, NULL);
    }
  if (common != NULL)
    {
      common_entries[0].arg_data = &common->format;
      common_entries[1].arg_data = &common->lang;
      common_entries[2].arg_data = &common->output;
      common_entries[3].arg_data = &common->excel;
      g_option_context_add_main_entries (context, common_entries, NULL);
    }
  if (!g_option_context_parse (context, argc, argv, &error) ||
      (common != NULL && !check_common (common, &error)))
    {
      cli_fail (EXIT_USAGE, "%s: %s (see: totuo %s --help)", name, error->message, name);
      return FALSE;
    }
  if (*argc > 1)
    {
      cli_fail (EXIT_USAGE, "%s: unexpected argument \"%s\" (see: totuo %s --help)", name,
                (*argv)[1], name);
      return FALSE;
    }
  return TRUE;
}

void
cli_common_clear (CommonOptions *common)
{
  g_free (common->format);
  g_free (common->lang);
  g_free (common->output);
}

void
cli_data_clear (DataOptions *data)
{
  g_free (data->regions);
  g_free (data->institutions);
  g_free (data->json);
  g_free (data->encoding);
  g_free (data->sheet);
  g_free (data->map);
}

/* The files read so far (the command runs once, so they live until exit). */
static GPtrArray *inputs;

void
cli_note_input (const gchar *path)
{
  if (inputs == NULL)
    inputs = g_ptr_array_new ();
  g_ptr_array_add (inputs, (gpointer) path);
}

/* The input that @output names, through any link, or NULL. */
static const gchar *
output_is_input (const gchar *output)
{
  GStatBuf out, in;

  if (inputs == NULL || g_stat (output, &out) != 0 || !S_ISREG (out.st_mode))
    return NULL;
  for (guint k = 0; k < inputs->len; k++)
    if (g_stat (g_ptr_array_index (inputs, k), &in) == 0 &&
        in.st_dev == out.st_dev && in.st_ino == out.st_ino)
      return g_ptr_array_index (inputs, k);
  return NULL;
}

TotuoDataset *
cli_load_dataset (const DataOptions *data,
                  const gchar       *what,
                  int               *status)
{
  g_autoptr(TotuoDataset) dataset = totuo_dataset_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (data->json != NULL && (data->regions != NULL || data->institutions != NULL))
    {
      *status = cli_fail (EXIT_USAGE, "%s: give --json, or --regions and --institutions, "
                          "not both", what);
      return NULL;
    }
  if (data->json == NULL && (data->regions == NULL || data->institutions == NULL))
    {
      *status = cli_fail (EXIT_USAGE, "%s: give --regions and --institutions, or --json", what);
      return NULL;
    }
  totuo_dataset_set_input_encoding (dataset, data->encoding);
  totuo_dataset_set_input_sheet (dataset, data->sheet);
  if (data->map != NULL && !totuo_dataset_load_mapping (dataset, data->map, &error))
    {
      *status = cli_fail (EXIT_DATA, "%s", error->message);
      return NULL;
    }
  cli_note_input (data->json != NULL ? data->json : data->regions);
  if (data->json == NULL)
    cli_note_input (data->institutions);
  if (data->json != NULL)
    ok = totuo_dataset_load_json (dataset, data->json, &error);
  else
    ok = totuo_dataset_load_regions_csv (dataset, data->regions, &error) &&
         totuo_dataset_load_institutions_csv (dataset, data->institutions, &error);
  if (!ok)
    {
      *status = cli_fail (EXIT_DATA, "%s", error->message);
      return NULL;
    }
  {
    /* Loud, not fatal: a column not used may be a renamed one. */
    g_auto(GStrv) warnings = totuo_dataset_get_warnings (dataset, NULL);
    for (guint k = 0; warnings[k] != NULL; k++)
      fprintf (stderr, "warning: %s\n", warnings[k]);
  }
  return g_steal_pointer (&dataset);
}

int
cli_check_xlsx_output (const CommonOptions *common)
{
  const gchar *input;

  if (common->output == NULL)
    return cli_fail (EXIT_USAGE, "--format xlsx writes a workbook: give --output FILE.xlsx");
  if ((input = output_is_input (common->output)) != NULL)
    return cli_fail (EXIT_USAGE, "--output %s is the input %s: it would be overwritten",
                     common->output, input);
  return EXIT_OK;
}

int
cli_write (const CommonOptions *common,
           const gchar         *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree gchar *for_excel = NULL;
  const gchar *input;

  if (common->excel)
    text = for_excel = totuo_report_csv_for_excel (text, common->lng);
  if (common->output == NULL)
    {
      fputs (text, stdout);
      return fflush (stdout) == 0 ? EXIT_OK : cli_fail (EXIT_DATA, "cannot write the output");
    }
  if ((input = output_is_input (common->output)) != NULL)
    return cli_fail (EXIT_USAGE, "--output %s is the input %s: it would be overwritten",
                     common->output, input);
  if (!totuo_report_save (common->output, text, -1, &error))
    return cli_fail (EXIT_DATA, "%s", error->message);
  return EXIT_OK;
}

static int
usage (FILE *to)
{
  fprintf (to, "Usage: totuo SUBCOMMAND [OPTION...]\n\n"
               "Planning care services for children under three (托育).\n\nSubcommands:\n");
  for (guint k = 0; k < G_N_ELEMENTS (subcommands); k++)
    fprintf (to, "  %-12s %s\n", subcommands[k].name, subcommands[k].summary);
  fprintf (to, "\nEvery subcommand takes --help. Exit status: 0 success, 1 bad data, "
               "2 bad usage.\nOther options: --version, --help\n");
  return to == stdout ? EXIT_OK : EXIT_USAGE;
}

int
main (int    argc,
      char **argv)
{
  if (argc < 2)
    return usage (stderr);
  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      printf ("totuo %s\n", TOTUO_VERSION_S);
      return EXIT_OK;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    return usage (stdout);
  for (guint k = 0; k < G_N_ELEMENTS (subcommands); k++)
    if (strcmp (argv[1], subcommands[k].name) == 0)
      return subcommands[k].run (argc - 1, argv + 1);
  cli_fail (EXIT_USAGE, "unknown subcommand \"%s\"", argv[1]);
  return usage (stderr);
}
