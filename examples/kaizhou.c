/* Kaizhou district, Chongqing: places per 1,000 residents and the gap to
 * the 2025 target (seed 000, a reply of July 2022).
 *
 * The document: 1,284,182 residents, 26,876 children under three (10,747
 * of them in three central streets), 55 institutions with 1,514 places at
 * the end of 2021, 18 of them filed; the target is 4.5 places per 1,000 by
 * 2025. The institutions file uses Chinese headers, as a spreadsheet
 * export would. */
#include "example-util.h"

int
main (int argc, char **argv)
{
  const gchar *dir = example_data_dir (argc, argv);
  g_autoptr(TotuoDataset) dataset = example_load (dir, "kaizhou");
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
  const gchar *kz = "500154";
  const gchar *central[] = { "500154001", "500154002", "500154003" };
  gdouble central_under3 = 0, street_kg = 0, township_kg = 0;
  g_auto(GStrv) units = NULL;

  /* The three central streets: 汉丰, 文峰, 云枫. */
  for (guint k = 0; k < G_N_ELEMENTS (central); k++)
    central_under3 += example_value (table, central[k], TOTUO_INDICATOR_UNDER3);

  /* Kindergartens with nursery classes, by the level of their unit. */
  units = totuo_dataset_get_children (dataset, kz, NULL);
  for (guint k = 0; units[k] != NULL; k++)
    {
      g_autoptr(TotuoRegion) unit = totuo_dataset_lookup_region (dataset, units[k]);
      gdouble n = example_value (table, units[k], TOTUO_INDICATOR_INSTITUTIONS_KINDERGARTEN);
      if (totuo_region_get_level (unit) == TOTUO_REGION_LEVEL_STREET)
        street_kg += n;
      else
        township_kg += n;
    }

  printf ("开州区 Kaizhou district, end of 2021 (seed 000)\n");
  printf ("  resident population          %s\n",
          example_count (example_value (table, kz, TOTUO_INDICATOR_POPULATION)));
  printf ("  children under three         %s\n",
          example_count (example_value (table, kz, TOTUO_INDICATOR_UNDER3)));
  printf ("    in 汉丰, 文峰, 云枫 streets    %s\n", example_count (central_under3));
  printf ("  institutions                 %s\n",
          example_count (example_value (table, kz, TOTUO_INDICATOR_INSTITUTIONS)));
  printf ("    private nurseries          %s\n",
          example_count (example_value (table, kz, TOTUO_INDICATOR_INSTITUTIONS_NURSERY)));
  printf ("    private kindergartens      %s (%s in streets, %s in townships)\n",
          example_count (example_value (table, kz, TOTUO_INDICATOR_INSTITUTIONS_KINDERGARTEN)),
          example_count (street_kg), example_count (township_kg));
  printf ("  places                       %s\n",
          example_count (example_value (table, kz, TOTUO_INDICATOR_PLACES)));
  printf ("  filed                        %s of them (%.1f%%)\n",
          example_count (example_value (table, kz, TOTUO_INDICATOR_FILED_INSTITUTIONS)),
          example_value (table, kz, TOTUO_INDICATOR_FILING_RATE));
  printf ("  places per 1,000 residents   %.2f\n",
          example_value (table, kz, TOTUO_INDICATOR_PLACES_PER_1000));

  /* The 14th Five-Year Plan target: 4.5 places per 1,000 by 2025. */
  /* The 2025 target of the 14th Five-Year Plan: example_print_gap() in
   * example-util.h calls totuo_places_needed() with the district's
   * population and places. */
  example_print_gap (table, kz, 4.5);
  return 0;
}
