/* The totuo command line: what the subcommands share. */
#pragma once

#include <totuo/totuo.h>

/* The language of the command line's messages and help: --lang when given
 * (looked for before the options are parsed, so that --help obeys it),
 * else the locale's (totuo_lang_from_locale()). */
extern TotuoLang cli_lang;
/* --help was asked for and printed: cli_parse() returned FALSE, and the
 * exit status is 0. */
extern gboolean cli_help_shown;

/* Messages are written in English and marked for xgettext; their Chinese
 * is in po/zh_CN.po, compiled into the library (totuo_translate()). */
#define _(msgid) totuo_translate (cli_lang, (msgid))
#define N_(msgid) (msgid)

/* Text options (a region's name, a level, a list of indicators) are taken
 * as the bytes given, like file names: GLib converts G_OPTION_ARG_STRING
 * from the locale's charset, which fails for Chinese text under LANG=C and
 * in any non-UTF-8 locale. Values reach the library as UTF-8, or are
 * refused by it as unknown with their text cut to valid UTF-8. */
#define CLI_ARG_TEXT G_OPTION_ARG_FILENAME
#define CLI_ARG_TEXT_ARRAY G_OPTION_ARG_FILENAME_ARRAY

/* Exit status: 0 success, 1 bad data, 2 bad usage. */
enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

/* The options every subcommand takes. */
typedef struct {
  gchar *format;
  gchar *lang;
  gchar *output;
  gboolean excel;           /* --excel: CSV with a byte order mark and localised headers */
  gboolean xlsx;            /* --format xlsx: a workbook to --output (fmt is unused) */
  gboolean html;            /* --format html: only totuo report writes it */
  gboolean geojson;         /* --format geojson: only totuo access writes it */
  TotuoFormat fmt;
  TotuoLang lng;
} CommonOptions;

/* The options naming a dataset: CSV files or one JSON file. */
typedef struct {
  gchar *regions;
  gchar *institutions;
  gchar *json;
  gchar *encoding;          /* of the CSV files, or NULL to detect */
  gchar *sheet;             /* of a workbook, or NULL for the first with a header */
  gchar *map;               /* a mapping file, or NULL */
} DataOptions;

typedef int (*Subcommand) (int argc, char **argv);

int cmd_indicators (int argc, char **argv);
int cmd_track (int argc, char **argv);
int cmd_gap (int argc, char **argv);
int cmd_validate (int argc, char **argv);
int cmd_report (int argc, char **argv);
int cmd_access (int argc, char **argv);

/* Adds the --dataset YEAR:... specs and --observations files to @obs;
 * @latest (optional) takes the dataset of the latest year. On failure
 * prints why, sets @status and returns FALSE. */
gboolean cli_gather (TotuoObservations *obs, gchar **datasets, gchar **observations,
                     TotuoDataset **latest, int *status);

/* Parses argv with the subcommand's entries plus the common ones (when
 * @common is not NULL); on a usage error prints it and returns FALSE. */
gboolean cli_parse (const gchar *name, const gchar *summary, const gchar *description,
                    GOptionEntry *entries, CommonOptions *common, DataOptions *data,
                    int *argc, char ***argv);
void cli_common_clear (CommonOptions *common);
void cli_data_clear (DataOptions *data);
/* Prints "totuo: MESSAGE" on stderr and returns @status. */
int cli_fail (int status, const gchar *format, ...) G_GNUC_PRINTF (2, 3);
/* Loads the dataset the options name; on failure prints why and sets
 * @status to EXIT_USAGE (files not named) or EXIT_DATA (files bad). */
TotuoDataset *cli_load_dataset (const DataOptions *data, const gchar *what, int *status);
/* Remembers a file the command reads, so that --output may not name it. */
void cli_note_input (const gchar *path);
/* The codes of every region at a level, in the dataset's order (free
 * with g_strfreev()). */
gchar **cli_codes_at_level (TotuoDataset *dataset, TotuoRegionLevel level);
/* With --format xlsx: refuses a missing --output or one that names an input;
 * returns EXIT_OK when the workbook may be written to common->output. */
int cli_check_xlsx_output (const CommonOptions *common);
/* Writes @text to --output (as the library saves: atomically, through a
 * device or FIFO) or to stdout; refuses an output that is one of the inputs. */
int cli_write (const CommonOptions *common, const gchar *text);
