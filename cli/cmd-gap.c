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

/* A JSON string: UTF-8 as it is, quotes, backslashes and controls escaped. */
static void
append_json_text (GString     *out,
                  const gchar *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if (*p < 0x20)
        g_string_append_printf (out, "\\u%04x", *p);
      else
        g_string_append_c (out, (gchar) *p);
    }
  g_string_append_c (out, '"');
}

/* One region's row of a --level table. */
typedef struct {
  gchar *cells[8];    /* code, name, population, places, per 1,000 now, target, needed, to add */
} GapRow;

static void
append_padded (GString     *out,
               const gchar *cell,
               gsize        width,
               gboolean     right)
{
  gsize w = totuo_text_width (cell);

  if (right)
    for (gsize k = w; k < width; k++)
      g_string_append_c (out, ' ');
  g_string_append (out, cell);
  if (!right)
    for (gsize k = w; k < width; k++)
      g_string_append_c (out, ' ');
}

/* Every region at a level: the places it still needs for the target. A
 * region without a known population gets no figure, and says why. */
static gchar *
render_level (const CommonOptions *common,
              TotuoDataset        *dataset,
              TotuoRegionLevel     level,
              gdouble              target)
{
  static const gchar *const en[8] = { "code", "name", "population", "places", "per 1,000 now",
                                      "target per 1,000", "places needed", "still to add" };
  static const gchar *const zh[8] = { "区划代码", "名称", "常住人口", "现有托位", "现每千人口托位",
                                      "千人托位目标", "所需托位", "尚需新增" };
  static const gchar *const ids[8] = { "code", "name", "population", "places", "per_1000_now",
                                       "target_per_1000", "required", "additional" };
  gboolean readable = common->fmt == TOTUO_FORMAT_TEXT || common->fmt == TOTUO_FORMAT_MARKDOWN;
  const gchar *const *head = common->fmt == TOTUO_FORMAT_CSV || common->fmt == TOTUO_FORMAT_JSON
                             ? ids : common->lng == TOTUO_LANG_EN ? en : zh;
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (GapRow));
  gsize width[8];
  GString *out = g_string_new (NULL);

  for (gsize k = 0; k < totuo_dataset_get_n_regions (dataset); k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_get_region (dataset, k);
      gdouble pop = 0, pl = 0;
      gint64 required = 0, additional = 0;
      gboolean known;
      GapRow row;

      if (totuo_region_get_level (r) != level)
        continue;
      known = totuo_indicator_table_get_at (table, k, TOTUO_INDICATOR_POPULATION, &pop, NULL);
      totuo_indicator_table_get_at (table, k, TOTUO_INDICATOR_PLACES, &pl, NULL);
      known = known && totuo_places_needed ((gint64) pop, target, (gint64) pl, &required,
                                            &additional, NULL);
      row.cells[0] = g_strdup (totuo_region_get_code (r));
      row.cells[1] = g_strdup (totuo_region_get_name (r));
      row.cells[2] = !known ? g_strdup (readable ? "—" : "")
                   : readable ? totuo_format_number (pop) : g_strdup_printf ("%.0f", pop);
      row.cells[3] = readable ? totuo_format_number (pl) : g_strdup_printf ("%.0f", pl);
      row.cells[4] = !known || pop <= 0 ? g_strdup (readable ? "—" : "")
                   : readable ? totuo_format_number (pl / pop * 1000)
                   : g_strdup_printf ("%.17g", pl / pop * 1000);
      row.cells[5] = readable ? totuo_format_number (target) : g_strdup_printf ("%g", target);
      row.cells[6] = !known ? g_strdup (readable ? "—" : "")
                   : readable ? totuo_format_number ((gdouble) required)
                   : g_strdup_printf ("%" G_GINT64_FORMAT, required);
      row.cells[7] = !known ? g_strdup (readable ? "—" : "")
                   : readable ? totuo_format_number ((gdouble) additional)
                   : g_strdup_printf ("%" G_GINT64_FORMAT, additional);
      g_array_append_val (rows, row);
    }

  if (common->fmt == TOTUO_FORMAT_JSON)
    {
      g_string_append (out, "[");
      for (guint r = 0; r < rows->len; r++)
        {
          GapRow *row = &g_array_index (rows, GapRow, r);
          g_string_append (out, r > 0 ? ",\n {\"code\": " : "{\"code\": ");
          append_json_text (out, row->cells[0]);
          g_string_append (out, ", \"name\": ");
          append_json_text (out, row->cells[1]);
          for (guint c = 2; c < 8; c++)
            g_string_append_printf (out, ", \"%s\": %s", ids[c],
                                    *row->cells[c] != '\0' ? row->cells[c] : "null");
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]\n");
    }
  else if (common->fmt == TOTUO_FORMAT_CSV)
    {
      for (guint c = 0; c < 8; c++)
        g_string_append_printf (out, "%s%s", c > 0 ? "," : "", head[c]);
      g_string_append_c (out, '\n');
      for (guint r = 0; r < rows->len; r++)
        {
          GapRow *row = &g_array_index (rows, GapRow, r);
          for (guint c = 0; c < 8; c++)
            {
              const gchar *cell = row->cells[c];
              gboolean quote = strpbrk (cell, ",\"\r\n") != NULL;
              if (c > 0)
                g_string_append_c (out, ',');
              if (quote)
                {
                  g_string_append_c (out, '"');
                  for (const gchar *p = cell; *p != '\0'; p++)
                    {
                      if (*p == '"')
                        g_string_append_c (out, '"');
                      g_string_append_c (out, *p);
                    }
                  g_string_append_c (out, '"');
                }
              else
                g_string_append (out, cell);
            }
          g_string_append_c (out, '\n');
        }
    }
  else
    {
      gboolean md = common->fmt == TOTUO_FORMAT_MARKDOWN;
      for (guint c = 0; c < 8; c++)
        width[c] = totuo_text_width (head[c]);
      for (guint r = 0; r < rows->len; r++)
        for (guint c = 0; c < 8; c++)
          width[c] = MAX (width[c], totuo_text_width (g_array_index (rows, GapRow, r).cells[c]));
      for (guint c = 0; c < 8; c++)
        {
          g_string_append (out, md ? (c == 0 ? "| " : " | ") : (c == 0 ? "" : "  "));
          append_padded (out, head[c], md ? 0 : width[c], c >= 2);
        }
      g_string_append (out, md ? " |\n" : "\n");
      for (guint c = 0; c < 8; c++)
        {
          g_string_append (out, md ? (c == 0 ? "| " : " | ") : (c == 0 ? "" : "  "));
          if (md)
            g_string_append (out, c >= 2 ? "---:" : "---");
          else
            for (gsize k = 0; k < width[c]; k++)
              g_string_append_c (out, '-');
        }
      g_string_append (out, md ? " |\n" : "\n");
      for (guint r = 0; r < rows->len; r++)
        {
          GapRow *row = &g_array_index (rows, GapRow, r);
          for (guint c = 0; c < 8; c++)
            {
              g_string_append (out, md ? (c == 0 ? "| " : " | ") : (c == 0 ? "" : "  "));
              append_padded (out, row->cells[c], md ? 0 : width[c], c >= 2);
            }
          /* Text lines end at their last character, as the other tables do. */
          while (!md && out->len > 0 && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          g_string_append (out, md ? " |\n" : "\n");
        }
    }
  for (guint r = 0; r < rows->len; r++)
    for (guint c = 0; c < 8; c++)
      g_free (g_array_index (rows, GapRow, r).cells[c]);
  return g_string_free (out, FALSE);
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
    { "target", 't', 0, G_OPTION_ARG_DOUBLE, &target, "Target places per 1,000 residents (required)", "X" },
    { "population", 0, 0, G_OPTION_ARG_INT64, &population, "Resident population", "N" },
    { "places", 0, 0, G_OPTION_ARG_INT64, &places, "Places today", "N" },
    { "region", 'c', 0, CLI_ARG_TEXT, &region,
      "Take population and places of this region from the dataset", "CODE" },
    { "level", 0, 0, CLI_ARG_TEXT, &level,
      "Every region of this level of the dataset (street, township ...), one row each", "LEVEL" },
    G_OPTION_ENTRY_NULL
  };
  TotuoRegionLevel lvl = TOTUO_REGION_LEVEL_STREET;

  if (!cli_parse ("gap", "places needed for a target",
                  "Either --population and --places, or a dataset and --region, or a dataset\n"
                  "and --level for every region of a level.\n"
                  "Example: totuo gap --target 4.5 --population 1284182 --places 1514",
                  entries, &common, &data, &argc, &argv))
    status = EXIT_USAGE;
  else if (common.xlsx)
    status = cli_fail (EXIT_USAGE, "gap: --format xlsx is for indicators and track; "
                       "gap writes text, markdown, csv or json");
  else if (target < 0)
    status = cli_fail (EXIT_USAGE, "gap: --target is required and must not be negative");
  else if (level != NULL && (region != NULL || population >= 0 || places >= 0))
    status = cli_fail (EXIT_USAGE, "gap: give --level, or --region, or --population and "
                       "--places; not two of them");
  else if (level != NULL && !totuo_region_level_from_string (level, &lvl))
    status = cli_fail (EXIT_USAGE, "gap: unknown level \"%s\"", level);
  else if (level != NULL)
    {
      g_autoptr(TotuoDataset) dataset = cli_load_dataset (&data, "gap", &status);
      if (dataset != NULL)
        {
          text = render_level (&common, dataset, lvl, target);
          status = cli_write (&common, text);
        }
    }
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
