/* Chengdu city, Sichuan: registration and filing rates, places per 1,000,
 * enrollment rate and health managers (seed 002, April 2023).
 *
 * The document: 1,609 institutions, 804 registered, 341 filed; 3.56 places
 * per 1,000; enrollment rate 7.17%; a health manager in 100% of filed
 * institutions; a target of 4.74 places per 1,000 by 2025. */
#include "example-util.h"

int
main (int argc, char **argv)
{
  const gchar *dir = example_data_dir (argc, argv);
  g_autoptr(TotuoDataset) dataset = example_load (dir, "chengdu");
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
  const gchar *cd = "510100";

  printf ("成都市 Chengdu city, April 2023 (seed 002)\n");
  printf ("  institutions                 %s\n",
          example_count (example_value (table, cd, TOTUO_INDICATOR_INSTITUTIONS)));
  printf ("  registered                   %s (%.2f%%)\n",
          example_count (example_value (table, cd, TOTUO_INDICATOR_REGISTERED_INSTITUTIONS)),
          example_value (table, cd, TOTUO_INDICATOR_REGISTRATION_RATE));
  printf ("  filed                        %s (%.2f%%)\n",
          example_count (example_value (table, cd, TOTUO_INDICATOR_FILED_INSTITUTIONS)),
          example_value (table, cd, TOTUO_INDICATOR_FILING_RATE));
  printf ("  places per 1,000 residents   %.2f\n",
          example_value (table, cd, TOTUO_INDICATOR_PLACES_PER_1000));
  printf ("  enrollment rate              %.2f%%\n",
          example_value (table, cd, TOTUO_INDICATOR_ENROLLMENT_RATE));
  printf ("  health managers in filed     %.0f%%\n",
          example_value (table, cd, TOTUO_INDICATOR_HEALTH_MANAGER_RATE));

  /* The 2025 target of the 14th Five-Year Plan. */
  example_print_gap (table, cd, 4.74);
  return 0;
}
