/* libtotuo - indicator and evaluation reports (floor 5). */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/indicator.h>
#include <totuo/planning.h>
#include <totuo/report.h>

#include "file-io.h"
#include "grid.h"
#include "i18n.h"
#include "indicator-table-private.h"
#include "report-private.h"
#include "text.h"

/* ---- labels ------------------------------------------------------------------- */

/* The English is the msgid; po/zh_CN.po holds the Chinese. */
static const gchar *const labels[N_LABELS] = {
  [L_CODE] = N_("code"),
  [L_NAME] = N_("name"),
  [L_LEVEL] = N_("level"),
  [L_INDICATOR] = N_("indicator"),
  [L_VALUE] = N_("value"),
  [L_UNIT] = N_("unit"),
  [L_NOTE] = N_("note"),
  [L_TARGET_ID] = N_("#"),
  [L_ATTRIBUTE] = N_("attribute"),
  [L_BASELINE] = N_("baseline"),
  [L_TARGET] = N_("target"),
  [L_LATEST] = N_("latest"),
  [L_PROJECTION] = N_("projection"),
  [L_STATUS] = N_("status"),
  [L_YEAR] = N_("year"),
  [L_OBSERVED] = N_("observed"),
  [L_MILESTONE] = N_("milestone"),
  [L_MET] = N_("met"),
  [L_GAP] = N_("gap"),
  [L_PROGRESS] = N_("progress %"),
  [L_PACE] = N_("pace needed / year"),
  [L_SUMMARY] = N_("Summary"),
  [L_BINDING_MISSED] = N_("Binding targets at risk"),
  [L_NONE] = N_("none"),
  [L_YEARS] = N_("Year by year"),
  [L_TASKS] = N_("Annual tasks"),
  [L_PLANNED] = N_("planned"),
  [L_ACHIEVED] = N_("achieved"),
  [L_COMPLETION] = N_("completion %"),
  [L_YES] = N_("yes"),
  [L_NO] = N_("no"),
  [L_PARENT] = N_("parent"),
  [L_UNDEFINED] = "—",
};

const gchar *
totuo_label (TotuoLang lang,
             Label     label)
{
  return T_(lang, labels[label]);
}

/* How people read the statuses, attributes and units (the ids are for
 * machines); tests check the Chinese against enums.c's. */
static const gchar *const progress_names[TOTUO_N_PROGRESS] = {
  NC_("status", "achieved"), NC_("status", "on track"), NC_("status", "needs acceleration"),
  NC_("status", "off track"), NC_("status", "not assessable"),
};

const gchar *
totuo_progress_label (TotuoLang     lang,
                      TotuoProgress status)
{
  g_return_val_if_fail ((guint) status < TOTUO_N_PROGRESS, "?");
  return totuo_cgettext (lang, "status", progress_names[status]);
}

static const gchar *const attribute_names[] = { N_("expected"), N_("binding") };

const gchar *
totuo_attribute_label (TotuoLang      lang,
                       TotuoAttribute attribute)
{
  g_return_val_if_fail ((guint) attribute < G_N_ELEMENTS (attribute_names), "?");
  return T_(lang, attribute_names[attribute]);
}

static const gchar *const level_names[] = {
  N_("province"), N_("city"), N_("district"), N_("street"), N_("township"), N_("community"),
  N_("nation"),
};

const gchar *
totuo_level_label (TotuoLang        lang,
                   TotuoRegionLevel level)
{
  g_return_val_if_fail ((guint) level < G_N_ELEMENTS (level_names), "?");
  return T_(lang, level_names[level]);
}

/* The indicators' units, marked for translation with a context: "places"
 * the unit is 个, "places" the column is 现有托位. */
G_GNUC_UNUSED static const gchar *const units[] = {
  NC_("unit", "institutions"), NC_("unit", "places"), NC_("unit", "children"),
  NC_("unit", "persons"), NC_("unit", "kindergartens"),
  NC_("unit", "places per 1,000 residents"), NC_("unit", "places per 100 children"),
};

const gchar *
totuo_unit_label (TotuoLang    lang,
                  const gchar *unit)
{
  return totuo_cgettext (lang, "unit", unit);
}

gboolean
totuo_format_from_string (const gchar *str,
                          TotuoFormat *out_format)
{
  static const struct { const gchar *name; TotuoFormat value; } names[] = {
    { "text", TOTUO_FORMAT_TEXT }, { "markdown", TOTUO_FORMAT_MARKDOWN },
    { "md", TOTUO_FORMAT_MARKDOWN }, { "csv", TOTUO_FORMAT_CSV }, { "json", TOTUO_FORMAT_JSON },
  };

  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (out_format != NULL, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (g_ascii_strcasecmp (str, names[k].name) == 0)
      {
        *out_format = names[k].value;
        return TRUE;
      }
  return FALSE;
}

gboolean
totuo_lang_from_string (const gchar *str,
                        TotuoLang   *out_lang)
{
  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (out_lang != NULL, FALSE);
  if (g_ascii_strcasecmp (str, "zh") == 0)
    *out_lang = TOTUO_LANG_ZH;
  else if (g_ascii_strcasecmp (str, "en") == 0)
    *out_lang = TOTUO_LANG_EN;
  else
    return FALSE;
  return TRUE;
}

gsize
totuo_text_width (const gchar *text)
{
  g_return_val_if_fail (text != NULL, 0);
  return totuo_display_width (text);
}

/* ---- numbers ----------------------------------------------------------------- */

/* "1284182.5" as people read it: "1,284,182.5". The digits before the
 * point are grouped by three; the rest is copied. */
static gchar *
group_thousands (const gchar *number)
{
  GString *out = g_string_new (NULL);
  const gchar *digits = number + (number[0] == '-');
  gsize n = strspn (digits, "0123456789");

  g_string_append_len (out, number, digits - number);
  for (gsize k = 0; k < n; k++)
    {
      if (k > 0 && (n - k) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[k]);
    }
  g_string_append (out, digits + n);
  return g_string_free (out, FALSE);
}

/* At most @decimals decimals, no trailing zeros, thousands separated. */
static gchar *
format_decimals (gdouble value,
                 gint    decimals)
{
  gchar buf[G_ASCII_DTOSTR_BUF_SIZE];
  gchar format[8];
  gchar *end;

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, format, value);
  if (strchr (buf, '.') != NULL)
    {
      end = buf + strlen (buf) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    return g_strdup ("0");
  return group_thousands (buf);
}

/* For people: at most two decimals, no trailing zeros ("4.5", "30"), and
 * thousands separated ("1,284,182"). */
gchar *
totuo_format_short (gdouble value)
{
  return format_decimals (value, 2);
}

gchar *
totuo_format_beside (gdouble value,
                     gdouble reference)
{
  gchar *text = format_decimals (value, 2);

  /* 99.999 against 100 is not "100": as many decimals as tell them apart. */
  for (gint decimals = 3; decimals <= 9 && value != reference && isfinite (reference); decimals++)
    {
      g_autofree gchar *other = format_decimals (reference, decimals - 1);
      if (strcmp (text, other) != 0)
        break;
      g_free (text);
      text = format_decimals (value, decimals);
    }
  return text;
}

gchar *
totuo_format_number (gdouble value)
{
  g_return_val_if_fail (isfinite (value), NULL);
  return totuo_format_short (value);
}

/* For machines: every digit that tells. */
gchar *
totuo_format_exact (gdouble value)
{
  GString *out = g_string_new (NULL);
  totuo_append_double (out, value);
  return g_string_free (out, FALSE);
}

static gchar *
format_value (gboolean    defined,
              gdouble     value,
              TotuoFormat format)
{
  if (!defined)
    return g_strdup (format == TOTUO_FORMAT_CSV ? "" : "—");
  return format == TOTUO_FORMAT_CSV ? totuo_format_exact (value) : totuo_format_short (value);
}

void
totuo_json_number (GString  *out,
                   gboolean  defined,
                   gdouble   value)
{
  if (defined && isfinite (value))
    totuo_append_double (out, value);
  else
    g_string_append (out, "null");
}

TotuoGridStyle
totuo_grid_style (TotuoFormat format)
{
  return format == TOTUO_FORMAT_MARKDOWN ? TOTUO_GRID_MARKDOWN
       : format == TOTUO_FORMAT_CSV ? TOTUO_GRID_CSV : TOTUO_GRID_TEXT;
}

/* ---- CSV for Excel ------------------------------------------------------------- */

/* The columns of the CSV reports other than indicators, in both languages. */
/* The columns of the CSV reports other than indicators: id, then the English
   header (the msgid of the Chinese one). */
static const gchar *const csv_headers[][2] = {
  { "code", N_("code") },
  { "name", N_("name") },
  { "level", N_("level") },
  { "parent", N_("parent") },
  { "indicator", N_("indicator") },
  { "value", N_("value") },
  { "unit", N_("unit") },
  { "note", N_("note") },
  { "target", N_("target #") },
  { "attribute", N_("attribute") },
  { "status", N_("status") },
  { "year", N_("year") },
  { "observed", N_("observed") },
  { "milestone", N_("milestone") },
  { "met", N_("met") },
  { "gap", N_("gap") },
  { "progress", N_("progress %") },
  { "pace_required", N_("pace needed per year") },
  { "planned", N_("planned") },
  { "achieved", N_("achieved") },
  { "completion", N_("completion %") },
  { "id", N_("id") },
  { "name_zh", N_("Chinese name") },
  { "name_en", N_("English name") },
  { "formula", N_("formula") },
  { "population", N_("population") },
  { "places", N_("places now") },
  { "per_1000_now", N_("places per 1,000 now") },
  { "target_per_1000", N_("target per 1,000") },
  { "required", N_("places needed") },
  { "additional", N_("still to add") },
};

static const gchar *
excel_header (const gchar *id,
              TotuoLang    lang)
{
  TotuoIndicator ind;

  for (guint k = 0; k < G_N_ELEMENTS (csv_headers); k++)
    if (strcmp (csv_headers[k][0], id) == 0)
      return T_(lang, csv_headers[k][1]);
  if (totuo_indicator_from_id (id, &ind))
    return lang == TOTUO_LANG_EN ? totuo_indicator_get_name_en (ind)
                                 : totuo_indicator_get_name_zh (ind);
  return id;
}

gchar *
totuo_report_csv_for_excel (const gchar *csv,
                            TotuoLang    lang)
{
  static const gchar bom[] = "\xEF\xBB\xBF";
  GString *out;
  const gchar *end;
  g_autofree gchar *header = NULL;
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (csv != NULL, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  if (g_str_has_prefix (csv, bom))
    csv += strlen (bom);
  out = g_string_new (bom);
  end = strchr (csv, '\n');
  header = end != NULL ? g_strndup (csv, (gsize) (end - csv)) : g_strdup (csv);
  /* The reports' headers are ids, never quoted: split at the commas. */
  ids = g_strsplit (header, ",", -1);
  for (guint k = 0; ids[k] != NULL; k++)
    {
      if (k > 0)
        g_string_append_c (out, ',');
      totuo_append_csv_field (out, excel_header (ids[k], lang));
    }
  g_string_append (out, end != NULL ? end : "");
  return g_string_free (out, FALSE);
}

/* ---- the registry --------------------------------------------------------------- */

gchar *
totuo_report_indicator_list (TotuoFormat format,
                             TotuoLang   lang)
{
  GString *out;
  TotuoGrid grid;

  g_return_val_if_fail ((guint) format <= TOTUO_FORMAT_JSON, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  out = g_string_new (NULL);
  if (format == TOTUO_FORMAT_JSON)
    {
      g_string_append_c (out, '[');
      for (guint i = 0; i < TOTUO_N_INDICATORS; i++)
        {
          g_string_append (out, i > 0 ? ",\n {\"id\": " : "{\"id\": ");
          totuo_append_json_string (out, totuo_indicator_get_id (i));
          g_string_append (out, ", \"name_zh\": ");
          totuo_append_json_string (out, totuo_indicator_get_name_zh (i));
          g_string_append (out, ", \"name_en\": ");
          totuo_append_json_string (out, totuo_indicator_get_name_en (i));
          g_string_append (out, ", \"unit\": ");
          totuo_append_json_string (out, totuo_indicator_get_unit (i));
          g_string_append_printf (out, ", \"ratio\": %s, \"formula\": ",
                                  totuo_indicator_is_ratio (i) ? "true" : "false");
          totuo_append_json_string (out, totuo_indicator_get_formula (i));
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]\n");
      return g_string_free (out, FALSE);
    }
  totuo_grid_init (&grid, 5);
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "id" : T_(lang, "id"));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "name_zh" : T_(lang, "Chinese name"));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "name_en" : T_(lang, "English name"));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "unit" : totuo_label (lang, L_UNIT));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "formula" : T_(lang, "formula"));
  for (guint i = 0; i < TOTUO_N_INDICATORS; i++)
    {
      totuo_grid_add (&grid, totuo_indicator_get_id (i));
      totuo_grid_add (&grid, totuo_indicator_get_name_zh (i));
      totuo_grid_add (&grid, totuo_indicator_get_name_en (i));
      totuo_grid_add (&grid, totuo_indicator_get_unit (i));
      totuo_grid_add (&grid, totuo_indicator_get_formula (i));
    }
  totuo_grid_render (&grid, totuo_grid_style (format), out);
  totuo_grid_clear (&grid);
  return g_string_free (out, FALSE);
}

/* ---- indicators of one region ----------------------------------------------- */

const gchar *
totuo_indicator_label (TotuoLang      lang,
                       TotuoIndicator ind)
{
  return lang == TOTUO_LANG_EN ? totuo_indicator_get_name_en (ind)
                               : totuo_indicator_get_name_zh (ind);
}

const gchar *
totuo_undefined_reason (const GError *why)
{
  const gchar *colon;

  if (why == NULL)
    return "";
  colon = strstr (why->message, ": ");
  return colon != NULL ? colon + 2 : why->message;
}

static gboolean
check_region (TotuoIndicatorTable *table,
              const gchar         *code,
              TotuoRegion        **out_region,
              GError             **error)
{
  /* A lookup of one value finds an unknown code or a stale table. */
  if (!totuo_indicator_table_get (table, code, TOTUO_INDICATOR_PLACES, NULL, error))
    return FALSE;
  *out_region = totuo_dataset_lookup_region (totuo_indicator_table_get_dataset (table), code);
  return TRUE;
}

static void
region_json (GString             *out,
             TotuoIndicatorTable *table,
             const TotuoRegion   *region,
             gboolean             long_form)
{
  const gchar *code = totuo_region_get_code (region);

  g_string_append (out, "{\"code\": ");
  totuo_append_json_string (out, code);
  g_string_append (out, ", \"name\": ");
  totuo_append_json_string (out, totuo_region_get_name (region));
  g_string_append (out, ", \"level\": ");
  totuo_append_json_string (out, totuo_region_level_to_string (totuo_region_get_level (region)));
  g_string_append (out, long_form ? ",\n \"indicators\": [" : ", \"values\": {");
  for (guint i = 0; i < totuo_indicator_get_count (); i++)
    {
      g_autoptr(GError) why = NULL;
      gdouble v = 0;
      gboolean defined = totuo_indicator_table_get (table, code, i, &v, &why);
      g_string_append (out, i > 0 ? ",\n  " : "\n  ");
      if (!long_form)
        {
          totuo_append_json_string (out, totuo_indicator_get_id (i));
          g_string_append (out, ": ");
          totuo_json_number (out, defined, v);
          continue;
        }
      g_string_append (out, "{\"id\": ");
      totuo_append_json_string (out, totuo_indicator_get_id (i));
      g_string_append (out, ", \"value\": ");
      totuo_json_number (out, defined, v);
      g_string_append (out, ", \"unit\": ");
      totuo_append_json_string (out, totuo_indicator_get_unit (i));
      g_string_append (out, ", \"undefined_because\": ");
      if (defined)
        g_string_append (out, "null");
      else
        totuo_append_json_string (out, why->message);
      g_string_append_c (out, '}');
    }
  g_string_append (out, long_form ? "]}" : "}}");
}

gchar *
totuo_report_region (TotuoIndicatorTable *table,
                     const gchar         *code,
                     TotuoFormat          format,
                     TotuoLang            lang,
                     GError             **error)
{
  g_autoptr(TotuoRegion) region = NULL;
  GString *out;
  TotuoGrid grid;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail ((guint) format <= TOTUO_FORMAT_JSON, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_region (table, code, &region, error))
    return NULL;
  out = g_string_new (NULL);
  if (format == TOTUO_FORMAT_JSON)
    {
      region_json (out, table, region, TRUE);
      g_string_append_c (out, '\n');
      return g_string_free (out, FALSE);
    }
  if (format != TOTUO_FORMAT_CSV)
    g_string_append_printf (out, "%s%s %s (%s)\n\n", format == TOTUO_FORMAT_MARKDOWN ? "## " : "",
                            totuo_region_get_name (region), code,
                            totuo_level_label (lang, totuo_region_get_level (region)));
  totuo_grid_init (&grid, 5);
  totuo_grid_right (&grid, 2);
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "indicator" : totuo_label (lang, L_INDICATOR));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "name" : totuo_label (lang, L_NAME));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "value" : totuo_label (lang, L_VALUE));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "unit" : totuo_label (lang, L_UNIT));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "note" : totuo_label (lang, L_NOTE));
  for (guint i = 0; i < totuo_indicator_get_count (); i++)
    {
      g_autoptr(GError) why = NULL;
      gdouble v = 0;
      /* CSV keeps the English reason, as it keeps English ids. */
      gboolean defined = totuo_indicator_table_get_in (table, code, i,
                                                       format == TOTUO_FORMAT_CSV ? TOTUO_LANG_EN : lang,
                                                       &v, &why);
      totuo_grid_add (&grid, totuo_indicator_get_id (i));
      totuo_grid_add (&grid, totuo_indicator_label (lang, i));
      totuo_grid_take (&grid, format_value (defined, v, format));
      totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? totuo_indicator_get_unit (i)
                                                        : totuo_unit_label (lang, totuo_indicator_get_unit (i)));
      totuo_grid_add (&grid, defined ? "" : totuo_undefined_reason (why));
    }
  totuo_grid_render (&grid, totuo_grid_style (format), out);
  totuo_grid_clear (&grid);
  return g_string_free (out, FALSE);
}

/* ---- several regions ------------------------------------------------------- */

gchar *
totuo_report_regions (TotuoIndicatorTable  *table,
                      const gchar *const   *codes,
                      const TotuoIndicator *indicators,
                      gsize                 n_indicators,
                      TotuoFormat           format,
                      TotuoLang             lang,
                      GError              **error)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new_with_free_func ((GDestroyNotify) totuo_region_unref);
  GString *out;
  TotuoGrid grid;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (codes != NULL, NULL);
  g_return_val_if_fail (indicators != NULL || n_indicators == 0, NULL);
  g_return_val_if_fail ((guint) format <= TOTUO_FORMAT_JSON, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint k = 0; codes[k] != NULL; k++)
    {
      TotuoRegion *region = NULL;
      if (!check_region (table, codes[k], &region, error))
        return NULL;
      g_ptr_array_add (regions, region);
    }
  out = g_string_new (NULL);
  if (format == TOTUO_FORMAT_JSON)
    {
      g_string_append (out, "{\"regions\": [");
      for (guint k = 0; k < regions->len; k++)
        {
          g_string_append (out, k > 0 ? ",\n" : "\n");
          region_json (out, table, regions->pdata[k], FALSE);
        }
      g_string_append (out, "]}\n");
      return g_string_free (out, FALSE);
    }
  totuo_grid_init (&grid, 3 + (guint) n_indicators);
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "code" : totuo_label (lang, L_CODE));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "name" : totuo_label (lang, L_NAME));
  totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? "level" : totuo_label (lang, L_LEVEL));
  for (gsize i = 0; i < n_indicators; i++)
    {
      totuo_grid_right (&grid, 3 + (guint) i);
      totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV ? totuo_indicator_get_id (indicators[i])
                                                        : totuo_indicator_label (lang, indicators[i]));
    }
  for (guint k = 0; k < regions->len; k++)
    {
      const TotuoRegion *r = regions->pdata[k];
      totuo_grid_add (&grid, totuo_region_get_code (r));
      totuo_grid_add (&grid, totuo_region_get_name (r));
      totuo_grid_add (&grid, format == TOTUO_FORMAT_CSV
                             ? totuo_region_level_to_string (totuo_region_get_level (r))
                             : totuo_level_label (lang, totuo_region_get_level (r)));
      for (gsize i = 0; i < n_indicators; i++)
        {
          gdouble v = 0;
          gboolean defined = totuo_indicator_table_get (table, codes[k], indicators[i], &v, NULL);
          totuo_grid_take (&grid, format_value (defined, v, format));
        }
    }
  totuo_grid_render (&grid, totuo_grid_style (format), out);
  totuo_grid_clear (&grid);
  return g_string_free (out, FALSE);
}

/* ---- places still needed ----------------------------------------------------- */

gchar *
totuo_report_gaps (TotuoIndicatorTable *table,
                   const gchar *const  *codes,
                   gdouble              target,
                   TotuoFormat          format,
                   TotuoLang            lang,
                   GError             **error)
{
  static const gchar *const ids[] = { "code", "name", "population", "places", "per_1000_now",
                                      "target_per_1000", "required", "additional" };
  g_autoptr(GPtrArray) regions = g_ptr_array_new_with_free_func ((GDestroyNotify) totuo_region_unref);
  gboolean csv = format == TOTUO_FORMAT_CSV;
  GString *out;
  TotuoGrid grid;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (codes != NULL, NULL);
  g_return_val_if_fail (isfinite (target) && target >= 0, NULL);
  g_return_val_if_fail ((guint) format <= TOTUO_FORMAT_JSON, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint k = 0; codes[k] != NULL; k++)
    {
      TotuoRegion *region = NULL;
      if (!check_region (table, codes[k], &region, error))
        return NULL;
      g_ptr_array_add (regions, region);
    }
  out = g_string_new (NULL);
  if (format == TOTUO_FORMAT_JSON)
    g_string_append_c (out, '[');
  totuo_grid_init (&grid, G_N_ELEMENTS (ids));
  for (guint c = 0; c < G_N_ELEMENTS (ids); c++)
    {
      if (c >= 2)
        totuo_grid_right (&grid, c);
      totuo_grid_add (&grid, csv ? ids[c] : excel_header (ids[c], lang));
    }
  for (guint k = 0; k < regions->len; k++)
    {
      const TotuoRegion *r = regions->pdata[k];
      gdouble pop = 0, places = 0;
      gint64 required = 0, additional = 0;
      /* A region without a known population gets no figure. */
      gboolean known = totuo_indicator_table_get (table, codes[k], TOTUO_INDICATOR_POPULATION,
                                                  &pop, NULL) &&
                       totuo_indicator_table_get (table, codes[k], TOTUO_INDICATOR_PLACES,
                                                  &places, NULL) &&
                       totuo_places_needed ((gint64) pop, target, (gint64) places, &required,
                                            &additional, NULL);
      gboolean has_now = known && pop > 0;
      gdouble now = has_now ? places / pop * 1000 : 0;

      totuo_indicator_table_get (table, codes[k], TOTUO_INDICATOR_PLACES, &places, NULL);
      if (format == TOTUO_FORMAT_JSON)
        {
          g_string_append (out, k > 0 ? ",\n {\"code\": " : "{\"code\": ");
          totuo_append_json_string (out, totuo_region_get_code (r));
          g_string_append (out, ", \"name\": ");
          totuo_append_json_string (out, totuo_region_get_name (r));
          g_string_append (out, ", \"population\": ");
          totuo_json_number (out, known, pop);
          g_string_append (out, ", \"places\": ");
          totuo_json_number (out, TRUE, places);
          g_string_append (out, ", \"per_1000_now\": ");
          totuo_json_number (out, has_now, now);
          g_string_append (out, ", \"target_per_1000\": ");
          totuo_json_number (out, TRUE, target);
          g_string_append (out, ", \"required\": ");
          totuo_json_number (out, known, (gdouble) required);
          g_string_append (out, ", \"additional\": ");
          totuo_json_number (out, known, (gdouble) additional);
          g_string_append_c (out, '}');
          continue;
        }
      totuo_grid_add (&grid, totuo_region_get_code (r));
      totuo_grid_add (&grid, totuo_region_get_name (r));
      totuo_grid_take (&grid, format_value (known, pop, format));
      totuo_grid_take (&grid, format_value (TRUE, places, format));
      totuo_grid_take (&grid, format_value (has_now, now, format));
      totuo_grid_take (&grid, format_value (TRUE, target, format));
      totuo_grid_take (&grid, format_value (known, (gdouble) required, format));
      totuo_grid_take (&grid, format_value (known, (gdouble) additional, format));
    }
  if (format == TOTUO_FORMAT_JSON)
    g_string_append (out, "]\n");
  else
    totuo_grid_render (&grid, totuo_grid_style (format), out);
  totuo_grid_clear (&grid);
  return g_string_free (out, FALSE);
}

gboolean
totuo_report_save (const gchar *path,
                   const gchar *text,
                   gssize       length,
                   GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (text == NULL)
    text = "";
  return totuo_save_file (path, text, length < 0 ? strlen (text) : (gsize) length, error);
}
