/* The full indicator report of the bundled sample district (synthetic:
 * code prefix 99 belongs to no real province).
 *
 * Usage: sample-report [DATA_DIR]
 *
 * Loads the regions and institutions, computes every indicator for every
 * region in one pass, and prints the district's report followed by a
 * table of its streets and townships. */
#include "example-util.h"

static void
print_report (TotuoIndicatorTable *table, const gchar *code)
{
  for (guint i = 0; i < totuo_indicator_get_count (); i++)
    {
      g_autoptr(GError) error = NULL;
      gdouble value = 0;
      TotuoIndicator ind = (TotuoIndicator) i;

      printf ("  %-31s %-41s ", totuo_indicator_get_id (ind), totuo_indicator_get_name_en (ind));
      if (!totuo_indicator_table_get (table, code, ind, &value, &error))
        printf ("undefined (%s)\n", error->message);
      else if (totuo_indicator_is_ratio (ind))
        printf ("%10.2f %s\n", value, totuo_indicator_get_unit (ind));
      else
        printf ("%10s\n", example_count (value));
    }
}

static void
print_unit_row (TotuoDataset *dataset, TotuoIndicatorTable *table, const gchar *code)
{
  static const TotuoIndicator columns[] = {
    TOTUO_INDICATOR_INSTITUTIONS, TOTUO_INDICATOR_PLACES, TOTUO_INDICATOR_PLACES_PER_1000,
    TOTUO_INDICATOR_UTILIZATION, TOTUO_INDICATOR_INCLUSIVE_SHARE,
  };
  g_autoptr(TotuoRegion) unit = totuo_dataset_lookup_region (dataset, code);

  printf ("  %-10s %-8s", code, totuo_region_level_to_string (totuo_region_get_level (unit)));
  for (guint k = 0; k < G_N_ELEMENTS (columns); k++)
    {
      gdouble value = 0;
      if (!totuo_indicator_table_get (table, code, columns[k], &value, NULL))
        printf (" %9s", "-");
      else if (totuo_indicator_is_ratio (columns[k]))
        printf (" %9.1f", value);
      else
        printf (" %9s", example_count (value));
    }
  printf ("  %s\n", totuo_region_get_name (unit));
}

int
main (int argc, char **argv)
{
  const gchar *dir = example_data_dir (argc, argv);
  g_autoptr(TotuoDataset) dataset = example_load (dir, "sample");
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
  g_auto(GStrv) units = totuo_dataset_get_children (dataset, "990101", NULL);

  printf ("示例区 Sample district (synthetic data): %zu regions, %zu institutions\n\n",
          totuo_dataset_get_n_regions (dataset), totuo_dataset_get_n_institutions (dataset));
  print_report (table, "990101");

  printf ("\nStreets and townships (- where a ratio is undefined)\n");
  printf ("  %-10s %-8s %9s %9s %9s %9s %9s  %s\n", "code", "level", "inst.", "places",
          "per 1000", "util. %", "incl. %", "name");
  for (guint k = 0; units[k] != NULL; k++)
    print_unit_row (dataset, table, units[k]);
  return 0;
}
