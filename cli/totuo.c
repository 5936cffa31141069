/* totuo: the command line of libtotuo.
 *
 *   totuo indicators   every indicator for a region, or for every region of a level
 *   totuo track        evaluate a plan against yearly datasets and observations
 *   totuo gap          the places needed to reach a target of places per 1,000
 *   totuo validate     check data and plan files, listing every error
 *   totuo report       a district's report as one HTML page
 *   totuo access       spatial access: coverage, floating catchments, deserts
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
  { "indicators", cmd_indicators, N_("every indicator for a region, or every region of a level") },
  { "track", cmd_track, N_("evaluate a plan against yearly datasets and observations") },
  { "gap", cmd_gap, N_("the places needed to reach a target of places per 1,000") },
  { "validate", cmd_validate, N_("check data and plan files, listing every error") },
  { "report", cmd_report, N_("a district's report as one HTML page, to print or send") },
  { "access", cmd_access, N_("can families reach a place: coverage, 2SFCA, deserts") },
};

TotuoLang cli_lang = TOTUO_LANG_ZH;
gboolean cli_help_shown = FALSE;

/* --lang X, --lang=X, -l X or -lX anywhere in argv (before "--"). */
static void
find_lang (int    argc,
           char **argv)
{
  for (int k = 1; k < argc; k++)
    {
      const gchar *value = NULL;
      TotuoLang lang;
      if (strcmp (argv[k], "--") == 0)
        break;
      if ((strcmp (argv[k], "--lang") == 0 || strcmp (argv[k], "-l") == 0) && k + 1 < argc)
        value = argv[k + 1];
      else if (g_str_has_prefix (argv[k], "--lang="))
        value = argv[k] + strlen ("--lang=");
      else if (g_str_has_prefix (argv[k], "-l") && argv[k][2] != '\0')
        value = argv[k] + 2;
      if (value != NULL && totuo_lang_from_string (value, &lang))
        cli_lang = lang;
    }
}

/* GOptionContext's translation hook: our descriptions, in cli_lang. */
static const gchar *
translate_option (const gchar *text,
                  gpointer     data)
{
  return totuo_translate (cli_lang, text);
}

/* GLib's own words of a help text, which GLib translates only through the
 * locale's catalogs; ours follow --lang. */
static gchar *
help_text (GOptionContext *context)
{
  g_autofree gchar *help = g_option_context_get_help (context, TRUE, NULL);
  g_auto(GStrv) lines = g_strsplit (help, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint k = 0; lines[k] != NULL; k++)
    {
      if (k > 0)
        g_string_append_c (out, '\n');
      if (strcmp (lines[k], "Usage:") == 0)
        g_string_append (out, _("Usage:"));
      else if (strcmp (lines[k], "Application Options:") == 0 || strcmp (lines[k], "Options:") == 0)
        g_string_append (out, _("Options:"));
      else
        {
          GString *line = g_string_new (lines[k]);
          g_string_replace (line, "[OPTION…]", _("[OPTION…]"), 0);
          g_string_append (out, line->str);
          g_string_free (line, TRUE);
        }
    }
  return g_string_free (out, FALSE);
}

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
  common->lng = cli_lang;
  /* A workbook is not text: the subcommands that make one write it to a
   * file themselves (cli_check_xlsx_output()). */
  common->xlsx = common->format != NULL && g_ascii_strcasecmp (common->format, "xlsx") == 0;
  common->html = common->format != NULL && g_ascii_strcasecmp (common->format, "html") == 0;
  common->geojson = common->format != NULL && g_ascii_strcasecmp (common->format, "geojson") == 0;
  if (common->format != NULL && !common->xlsx && !common->html && !common->geojson &&
      !totuo_format_from_string (common->format, &common->fmt))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--format must be text, markdown, csv, json, xlsx, html or geojson, not \"%s\""),
                   common->format);
      return FALSE;
    }
  if (common->lang != NULL && !totuo_lang_from_string (common->lang, &common->lng))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--lang must be zh or en, not \"%s\""), common->lang);
      return FALSE;
    }
  if (common->excel && common->fmt != TOTUO_FORMAT_CSV)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--excel is for --format csv"));
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
  gboolean help = FALSE;
  GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show this help"), NULL },
    G_OPTION_ENTRY_NULL
  };
  GOptionEntry common_entries[] = {
    { "format", 'f', 0, CLI_ARG_TEXT, NULL, N_("Output format: text, markdown, csv, json, xlsx (with --output)"), N_("FORMAT") },
    { "lang", 'l', 0, CLI_ARG_TEXT, NULL, N_("Language of labels and messages: zh or en (default: the locale's; Chinese in the C locale)"), N_("LANG") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, N_("Write to FILE instead of standard output"), N_("FILE") },
    { "excel", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --format csv: a byte order mark and headers in the --lang language, for Excel"), NULL },
    G_OPTION_ENTRY_NULL
  };
  GOptionEntry data_entries[] = {
    { "regions", 'r', 0, G_OPTION_ARG_FILENAME, NULL, N_("Regions CSV file"), N_("FILE") },
    { "institutions", 'i', 0, G_OPTION_ARG_FILENAME, NULL, N_("Institutions CSV file"), N_("FILE") },
    { "json", 'j', 0, G_OPTION_ARG_FILENAME, NULL, N_("A whole dataset as JSON (instead of the CSV files)"), N_("FILE") },
    { "encoding", 0, 0, CLI_ARG_TEXT, NULL, N_("Encoding of the CSV files (GB18030, UTF-16LE...; default: detected)"), N_("NAME") },
    { "sheet", 0, 0, CLI_ARG_TEXT, NULL, N_("The sheet to read of an .xlsx or .xls workbook (default: the first with a header row)"), N_("NAME") },
    { "map", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("A mapping file for an export no alias covers (docs/formats.md)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  /* The help's first line reads "totuo validate [OPTION…]": GLib names the
   * program by argv[0], which is the subcommand's name here. */
  g_set_prgname (program);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_translate_func (context, translate_option, NULL, NULL);
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
  g_option_context_add_main_entries (context, help_entries, NULL);
  /* After the last add: each add resets the main group's translation. */
  g_option_group_set_translate_func (g_option_context_get_main_group (context),
                                     translate_option, NULL, NULL);
  if (g_option_context_parse (context, argc, argv, &error) && help)
    {
      /* Printed; the subcommand stops as after a usage error, freeing what
       * it holds, and main() turns that into success. */
      g_autofree gchar *text = help_text (context);
      fputs (text, stdout);
      cli_help_shown = TRUE;
      return FALSE;
    }
  if (error != NULL ||
      (common != NULL && !check_common (common, &error)))
    {
      cli_fail (EXIT_USAGE, _("%s: %s (see: totuo %s --help)"), name, error->message, name);
      return FALSE;
    }
  if (*argc > 1)
    {
      cli_fail (EXIT_USAGE, _("%s: unexpected argument \"%s\" (see: totuo %s --help)"), name,
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
      *status = cli_fail (EXIT_USAGE, _("%s: give --json, or --regions and --institutions, "
                          "not both"), what);
      return NULL;
    }
  if (data->json == NULL && (data->regions == NULL || data->institutions == NULL))
    {
      *status = cli_fail (EXIT_USAGE, _("%s: give --regions and --institutions, or --json"), what);
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
      fprintf (stderr, _("warning: %s\n"), warnings[k]);
  }
  return g_steal_pointer (&dataset);
}

gchar **
cli_codes_at_level (TotuoDataset     *dataset,
                    TotuoRegionLevel  level)
{
  GPtrArray *codes = g_ptr_array_new ();

  for (gsize k = 0; k < totuo_dataset_get_n_regions (dataset); k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_get_region (dataset, k);
      if (totuo_region_get_level (r) == level)
        g_ptr_array_add (codes, g_strdup (totuo_region_get_code (r)));
    }
  g_ptr_array_add (codes, NULL);
  return (gchar **) g_ptr_array_free (codes, FALSE);
}

int
cli_check_xlsx_output (const CommonOptions *common)
{
  const gchar *input;

  if (common->output == NULL)
    return cli_fail (EXIT_USAGE, _("--format xlsx writes a workbook: give --output FILE.xlsx"));
  if ((input = output_is_input (common->output)) != NULL)
    return cli_fail (EXIT_USAGE, _("--output %s is the input %s: it would be overwritten"),
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
      return fflush (stdout) == 0 ? EXIT_OK : cli_fail (EXIT_DATA, _("cannot write the output"));
    }
  if ((input = output_is_input (common->output)) != NULL)
    return cli_fail (EXIT_USAGE, _("--output %s is the input %s: it would be overwritten"),
                     common->output, input);
  if (!totuo_report_save (common->output, text, -1, &error))
    return cli_fail (EXIT_DATA, "%s", error->message);
  return EXIT_OK;
}

static int
usage (FILE *to)
{
  fputs (_("Usage: totuo SUBCOMMAND [OPTION…]\n\n"
           "Planning care services for children under three (托育).\n\nSubcommands:\n"), to);
  for (guint k = 0; k < G_N_ELEMENTS (subcommands); k++)
    fprintf (to, "  %-12s %s\n", subcommands[k].name, _(subcommands[k].summary));
  fputs (_("\nEvery subcommand takes --help and --lang zh|en. Exit status: 0 success, "
           "1 bad data, 2 bad usage.\nOther options: --version, --help\n"), to);
  return to == stdout ? EXIT_OK : EXIT_USAGE;
}

int
main (int    argc,
      char **argv)
{
  cli_lang = totuo_lang_from_locale ();
  find_lang (argc, argv);
  /* The library's errors and warnings in the same language as ours. */
  totuo_set_message_lang (cli_lang);
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
      {
        int status = subcommands[k].run (argc - 1, argv + 1);
        return cli_help_shown ? EXIT_OK : status;
      }
  cli_fail (EXIT_USAGE, _("unknown subcommand \"%s\""), argv[1]);
  return usage (stderr);
}
