/* Dazu district, Chongqing: the 2022 baseline of its 2023-2025 action plan
 * (seed 003), computed from a registry, beside the plan's own figures.
 *
 * The plan's table gives for 2022: 2 places per 1,000, 30% utilisation,
 * 50% of streets with an inclusive institution, 20% of kindergartens
 * offering childcare, 50% of staff certified; and targets for 2025. */
#include "example-util.h"

typedef struct {
  TotuoIndicator indicator;
  const gchar *baseline;    /* as the plan states it */
  const gchar *target_2025;
} PlanRow;

int
main (int argc, char **argv)
{
  const gchar *dir = example_data_dir (argc, argv);
  g_autoptr(TotuoDataset) dataset = example_load (dir, "dazu");
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
  const gchar *dz = "500111";
  /* "-" stands for the plan's "—": no baseline given. */
  const PlanRow rows[] = {
    { TOTUO_INDICATOR_PLACES_PER_1000, "2", "4.5" },
    { TOTUO_INDICATOR_INCLUSIVE_SHARE, "-", "60" },
    { TOTUO_INDICATOR_UTILIZATION, "30", ">= city average" },
    { TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE, "50", "> 90" },
    { TOTUO_INDICATOR_KINDERGARTEN_SHARE, "20", "40" },
    { TOTUO_INDICATOR_CERTIFIED_STAFF_RATE, "50", "> 90" },
  };

  printf ("大足区 Dazu district: the 2022 baseline (seed 003)\n");
  printf ("  %-42s %9s %7s %16s\n", "indicator", "computed", "plan", "target 2025");
  for (guint k = 0; k < G_N_ELEMENTS (rows); k++)
    printf ("  %-42s %9.1f %7s %16s\n", totuo_indicator_get_name_en (rows[k].indicator),
            example_value (table, dz, rows[k].indicator), rows[k].baseline,
            rows[k].target_2025);

  /* What the first row of the plan needs by 2025. */
  example_print_gap (table, dz, 4.5);
  return 0;
}
