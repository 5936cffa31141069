/* libtotuo - plausibility: figures that load but cannot be right. */
#include "config.h"

#include <totuo/dataset.h>
#include <totuo/indicator-table.h>
#include <totuo/region.h>

#include "text.h"
#include "i18n.h"

/* Each rule looks at one region's indicators; the thresholds are in
 * <totuo/indicator-table.h> and docs/indicators.md. */
/* Local regions with institutions and no population: counted, and told
 * once with the first of them, as registries often give no population
 * below the district. */
typedef struct {
  guint n;
  gchar *first;
} Unpopulated;

static void
check_region (TotuoIndicatorTable *table,
              gsize                row,
              const TotuoRegion   *region,
              GPtrArray           *out,
              Unpopulated         *unpopulated)
{
  const gchar *code = totuo_region_get_code (region);
  const gchar *name = totuo_region_get_name (region);
  TotuoRegionLevel level = totuo_region_get_level (region);
  gdouble under3 = 0, population = 0, value = 0, institutions = 0;
  gboolean has_under3 = totuo_indicator_table_get_at (table, row, TOTUO_INDICATOR_UNDER3, &under3,
                                                      NULL);
  gboolean has_population = totuo_indicator_table_get_at (table, row, TOTUO_INDICATOR_POPULATION,
                                                          &population, NULL);
  g_autofree gchar *who = *name ? g_strdup_printf (M_("region \"%s\" (%s)"), code, name)
                                 : g_strdup_printf (M_("region \"%s\""), code);

  if (has_under3 && has_population && population > 0 &&
      under3 > population * TOTUO_PLAUSIBLE_UNDER3_PERCENT / 100.0)
    g_ptr_array_add (out, g_strdup_printf (M_("%s: %.0f children under three in %.0f residents, "
                                           "more than %d%%: check both figures (is one in "
                                           "万人, or a total?)"), who, under3, population,
                                           TOTUO_PLAUSIBLE_UNDER3_PERCENT));
  if (totuo_indicator_table_get_at (table, row, TOTUO_INDICATOR_ENROLLMENT_RATE, &value, NULL) &&
      value > 100)
    g_ptr_array_add (out, g_strdup_printf (M_("%s: an enrollment rate of %.1f%%, above 100%%: more "
                                           "children enrolled than live there"), who, value));
  if (totuo_indicator_table_get_at (table, row, TOTUO_INDICATOR_KINDERGARTEN_SHARE, &value,
                                    NULL) && value > 100)
    g_ptr_array_add (out, g_strdup_printf (M_("%s: %.1f%% of kindergartens offer childcare, above "
                                           "100%%: check the number of kindergartens"), who, value));
  if (totuo_indicator_table_get_at (table, row, TOTUO_INDICATOR_PLACES_PER_1000, &value, NULL) &&
      value > TOTUO_PLAUSIBLE_PLACES_PER_1000)
    g_ptr_array_add (out, g_strdup_printf (M_("%s: %.1f places per 1,000 residents, above %d: check "
                                           "the places and the population"), who, value,
                                           TOTUO_PLAUSIBLE_PLACES_PER_1000));
  if ((level == TOTUO_REGION_LEVEL_STREET || level == TOTUO_REGION_LEVEL_TOWNSHIP ||
       level == TOTUO_REGION_LEVEL_COMMUNITY) && !has_population &&
      totuo_indicator_table_get_at (table, row, TOTUO_INDICATOR_INSTITUTIONS, &institutions,
                                    NULL) && institutions > 0 && unpopulated->n++ == 0)
    unpopulated->first = g_strdup (who);
}

gchar **
totuo_indicator_table_get_warnings (TotuoIndicatorTable *table,
                                    gsize               *out_n)
{
  TotuoDataset *ds;
  GPtrArray *out;
  Unpopulated unpopulated = { 0, NULL };
  gsize n;

  g_return_val_if_fail (table != NULL, NULL);
  ds = totuo_indicator_table_get_dataset (table);
  n = totuo_indicator_table_get_n_rows (table);
  out = g_ptr_array_new ();
  /* A stale table's rows no longer match the dataset's regions. */
  if (n == totuo_dataset_get_n_regions (ds))
    for (gsize row = 0; row < n; row++)
      {
        g_autoptr(TotuoRegion) region = totuo_dataset_get_region (ds, row);
        check_region (table, row, region, out, &unpopulated);
      }
  if (unpopulated.n == 1)
    g_ptr_array_add (out, g_strdup_printf (M_("%s has institutions but no population: its places "
                                           "per 1,000 are undefined"), unpopulated.first));
  else if (unpopulated.n > 1)
    g_ptr_array_add (out, g_strdup_printf (M_("%u streets, townships or communities have "
                                           "institutions but no population (the first: %s): "
                                           "their places per 1,000 are undefined"),
                                           unpopulated.n, unpopulated.first));
  g_free (unpopulated.first);
  if (out_n != NULL)
    *out_n = out->len;
  g_ptr_array_add (out, NULL);
  return (gchar **) g_ptr_array_free (out, FALSE);
}
