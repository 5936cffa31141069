/* totuo indicators: every indicator for a region, or chosen indicators for
 * every region of a level. */
#include <math.h>
#include <string.h>

#include "cli.h"

/* The columns of a table of many regions when --indicators is not given. */
static const TotuoIndicator default_columns[] = {
  TOTUO_INDICATOR_INSTITUTIONS, TOTUO_INDICATOR_PLACES, TOTUO_INDICATOR_PLACES_PER_1000,
  TOTUO_INDICATOR_ENROLLMENT_RATE, TOTUO_INDICATOR_UTILIZATION, TOTUO_INDICATOR_INCLUSIVE_SHARE,
  TOTUO_INDICATOR_FILING_RATE,
};

static gboolean
parse_indicators (const gchar *list,
                  GArray      *out)
{
  g_auto(GStrv) ids = g_strsplit (list, ",", -1);

  for (guint k = 0; ids[k] != NULL; k++)
    {
      TotuoIndicator ind;
      if (!totuo_indicator_from_name (g_strstrip (ids[k]), &ind))
        {
          const gchar *meant = totuo_indicator_suggest (ids[k]);
          if (meant != NULL)
            cli_fail (EXIT_USAGE, _("indicators: unknown indicator \"%s\"; did you mean \"%s\"? "
                      "(totuo indicators --list names them all)"), ids[k], meant);
          else
            cli_fail (EXIT_USAGE, _("indicators: unknown indicator \"%s\" "
                      "(totuo indicators --list names them all)"), ids[k]);
          return FALSE;
        }
      g_array_append_val (out, ind);
    }
  return TRUE;
}

/* The codes of every region, in the dataset's order. */
static gchar **
every_code (TotuoDataset *dataset)
{
  GPtrArray *codes = g_ptr_array_new ();

  for (gsize k = 0; k < totuo_dataset_get_n_regions (dataset); k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_get_region (dataset, k);
      g_ptr_array_add (codes, g_strdup (totuo_region_get_code (r)));
    }
  g_ptr_array_add (codes, NULL);
  return (gchar **) g_ptr_array_free (codes, FALSE);
}

static gchar *
render (TotuoIndicatorTable *table,
        const gchar         *region,
        const gchar         *level,
        gboolean             all,
        GArray              *columns,
        gboolean             chosen,
        CommonOptions       *common,
        int                 *status)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) codes = NULL;
  TotuoDataset *dataset = totuo_indicator_table_get_dataset (table);
  TotuoRegionLevel lvl;
  gchar *text;

  if (region != NULL)
    {
      /* A code, or the name of one region (--region 汉丰街道). */
      g_autofree gchar *code = totuo_dataset_resolve_region (dataset, region, &error);
      const gchar *one[] = { code, NULL };
      if (code == NULL)
        text = NULL;
      else if (common->xlsx)
        text = (chosen ? totuo_report_regions_xlsx (table, one, (const TotuoIndicator *) columns->data,
                                                    columns->len, common->lng, common->output, &error)
                       : totuo_report_region_xlsx (table, code, common->lng, common->output, &error))
             ? g_strdup ("") : NULL;
      else if (chosen)   /* --indicators: those only, as a row */
        text = totuo_report_regions (table, one, (const TotuoIndicator *) columns->data,
                                     columns->len, common->fmt, common->lng, &error);
      else
        text = totuo_report_region (table, code, common->fmt, common->lng, &error);
    }
  else
    {
      if (level != NULL && !totuo_region_level_from_string (level, &lvl))
        {
          *status = cli_fail (EXIT_USAGE, _("indicators: unknown level \"%s\""), level);
          return NULL;
        }
      codes = all ? every_code (dataset)
            : level != NULL ? cli_codes_at_level (dataset, lvl)
            : totuo_dataset_get_children (dataset, NULL, NULL);
      if (common->xlsx)
        text = totuo_report_regions_xlsx (table, (const gchar *const *) codes,
                                          (const TotuoIndicator *) columns->data, columns->len,
                                          common->lng, common->output, &error) ? g_strdup ("") : NULL;
      else
        text = totuo_report_regions (table, (const gchar *const *) codes,
                                     (const TotuoIndicator *) columns->data, columns->len,
                                     common->fmt, common->lng, &error);
    }
  if (text == NULL)
    *status = cli_fail (EXIT_DATA, "%s", error->message);
  return text;
}

/* With --format xlsx the workbook is saved by render(), which then returns
 * "" for the text. */

/* The bar chart of --svg: the regions the table shows, one indicator. */
static int
draw_chart (TotuoIndicatorTable *table,
            const gchar         *level,
            gboolean             all,
            TotuoIndicator       indicator,
            gdouble              target,
            const CommonOptions *common,
            const gchar         *path)
{
  TotuoDataset *dataset = totuo_indicator_table_get_dataset (table);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) codes = NULL;
  g_autofree gchar *chart = NULL;
  TotuoRegionLevel lvl;

  codes = all ? every_code (dataset)
        : level != NULL && totuo_region_level_from_string (level, &lvl) ? cli_codes_at_level (dataset, lvl)
        : totuo_dataset_get_children (dataset, NULL, NULL);
  chart = totuo_report_bar_chart_svg (table, (const gchar *const *) codes, indicator, target,
                                      common->lng, &error);
  if (chart == NULL || !totuo_report_save (path, chart, -1, &error))
    return cli_fail (EXIT_DATA, "%s", error->message);
  return EXIT_OK;
}

int
cmd_indicators (int    argc,
                char **argv)
{
  CommonOptions common = { 0 };
  DataOptions data = { 0 };
  g_autofree gchar *region = NULL, *level = NULL, *list = NULL, *text = NULL, *svg = NULL;
  gboolean all = FALSE, registry = FALSE;
  gdouble target = NAN;
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (TotuoIndicator));
  g_autoptr(TotuoDataset) dataset = NULL;
  g_autoptr(TotuoIndicatorTable) table = NULL;
  int status = EXIT_OK;
  GOptionEntry entries[] = {
    { "region", 'c', 0, CLI_ARG_TEXT, &region, N_("Every indicator of this region"), N_("CODE") },
    { "level", 0, 0, CLI_ARG_TEXT, &level, N_("Chosen indicators of every region at this level (street, township, district ...)"), N_("LEVEL") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Chosen indicators of every region"), NULL },
    { "indicators", 0, 0, CLI_ARG_TEXT, &list, N_("Indicator ids or Chinese names, comma-separated (default: every indicator of --region, "
      "a core set of the others)"), N_("IDS") },
    { "list", 0, 0, G_OPTION_ARG_NONE, &registry, N_("List every indicator: id, Chinese and English name, unit, formula (no data needed)"), NULL },
    { "svg", 0, 0, G_OPTION_ARG_FILENAME, &svg, N_("Also draw the first indicator across the regions as a bar chart (SVG) in FILE"), N_("FILE") },
    { "target", 't', 0, G_OPTION_ARG_DOUBLE, &target, N_("The target to draw on the chart"), N_("X") },
    G_OPTION_ENTRY_NULL
  };

  if (!cli_parse ("indicators", N_("indicators of regions"),
                  N_("Without --region, --level or --all: the core indicators of the root regions.\n"
                  "Example: totuo indicators -r regions.csv -i institutions.csv --region 500154"),
                  entries, &common, &data, &argc, &argv))
    status = EXIT_USAGE;
  else if ((region != NULL) + (level != NULL) + all + registry > 1)
    status = cli_fail (EXIT_USAGE, _("indicators: give one of --region, --level, --all and --list"));
  else if (list != NULL && !parse_indicators (list, columns))
    status = EXIT_USAGE;
  else if (svg != NULL && (region != NULL || registry))
    status = cli_fail (EXIT_USAGE, _("indicators: --svg draws regions side by side: give --level, "
                       "--all, or neither (the roots)"));
  else if (!isnan (target) && svg == NULL)
    status = cli_fail (EXIT_USAGE, _("indicators: --target is drawn on the --svg chart: give --svg"));
  else if (common.geojson)
    status = cli_fail (EXIT_USAGE, _("indicators: --format geojson is for totuo access"));
  else if (common.html)
    status = cli_fail (EXIT_USAGE, _("indicators: --format html is the report of a district: "
                       "totuo report --region CODE"));
  else if (common.xlsx && registry)
    status = cli_fail (EXIT_USAGE, _("indicators: --list writes text, markdown, csv or json"));
  else if (common.xlsx && (status = cli_check_xlsx_output (&common)) != EXIT_OK)
    ;
  else if (registry)
    {
      text = totuo_report_indicator_list (common.fmt, common.lng);
      status = cli_write (&common, text);
    }
  else if ((dataset = cli_load_dataset (&data, "indicators", &status)) != NULL)
    {
      gboolean chosen = columns->len > 0;
      if (!chosen)
        g_array_append_vals (columns, default_columns, G_N_ELEMENTS (default_columns));
      table = totuo_indicator_table_new (dataset);
      /* Again, now that the inputs are known: --output must not name one. */
      if (common.xlsx && (status = cli_check_xlsx_output (&common)) != EXIT_OK)
        goto out;
      text = render (table, region, level, all, columns, chosen, &common, &status);
      if (text != NULL && !common.xlsx)
        status = cli_write (&common, text);
      if (text != NULL && status == EXIT_OK && svg != NULL)
        status = draw_chart (table, level, all, chosen ? g_array_index (columns, TotuoIndicator, 0)
                                                       : TOTUO_INDICATOR_PLACES_PER_1000,
                             target, &common, svg);
    }
out:
  cli_common_clear (&common);
  cli_data_clear (&data);
  return status;
}
