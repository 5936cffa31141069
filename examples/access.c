/* The sample district: can families reach an inclusive place?
 *
 * Places per 1,000 residents count places; they do not say whether a
 * family can reach one. This program takes the district's residential
 * compounds (sample-demand.csv: where the children under three live) and
 * its institutions, and asks, within the 15-minute living circle of
 * GB 50180-2018 (1,000 m):
 *
 *   - what share of the children have an inclusive (普惠) place within reach;
 *   - the two-step floating catchment score (2SFCA): places per child, each
 *     place shared among every child who can reach it;
 *   - which compounds are childcare deserts (more than 50 children, and no
 *     place or more than 3 children per place within reach);
 *
 * and prints the district, then its three least-covered streets and
 * townships. docs/access.md explains each figure. */
#include "example-util.h"

typedef struct {
  const gchar *code;
  TotuoAccessRegion figures;
} Row;

static gint
by_coverage (gconstpointer a,
             gconstpointer b)
{
  const Row *x = a, *y = b;
  if (x->figures.covered_share != y->figures.covered_share)
    return x->figures.covered_share < y->figures.covered_share ? -1 : 1;
  return strcmp (x->code, y->code);
}

int
main (int argc, char **argv)
{
  const gchar *dir = example_data_dir (argc, argv);
  g_autoptr(TotuoDataset) dataset = example_load (dir, "sample");
  g_autofree gchar *path = g_build_filename (dir, "sample-demand.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TotuoDemand) demand = NULL;
  g_autoptr(TotuoAccessOptions) options = totuo_access_options_new ();
  g_autoptr(TotuoAccess) access = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_auto(GStrv) units = NULL;
  TotuoAccessRegion district;

  /* The compounds were located with GPS: WGS84. An Amap export would say
   * TOTUO_DATUM_GCJ02 here. */
  demand = totuo_demand_load_csv (dataset, path, TOTUO_DATUM_WGS84, &error);
  if (demand == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* Inclusive places within the 15-minute circle, 2SFCA. */
  totuo_access_options_set_radius (options, totuo_living_circle_m (15), NULL);
  totuo_access_options_set_supply (options, TOTUO_SUPPLY_INCLUSIVE, 0, 0);
  access = totuo_access_compute (demand, options, &error);
  if (access == NULL || !totuo_access_get_region (access, "990101", &district, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  printf ("示例区(虚构): inclusive places within 1,000 m (the 15-minute living circle)\n");
  printf ("  compounds                          %u\n", district.n_points);
  printf ("  children under three               %s\n", example_count (district.children));
  printf ("  inclusive institutions located     %zu\n", totuo_access_get_n_providers (access));
  printf ("  children with a place within reach %.1f%%\n", district.covered_share);
  printf ("  2SFCA score                        %.1f places per 1,000 children\n",
          district.mean_score * 1000);
  printf ("  children in deserts                %s (%.1f%%)\n",
          example_count (district.desert_children), district.desert_share);
  printf ("  nearest inclusive place, median    %.0f m\n", district.nearest_median_m);

  /* Every street and township, the least covered first. */
  units = totuo_dataset_get_children (dataset, "990101", NULL);
  for (guint k = 0; units[k] != NULL; k++)
    {
      Row row = { units[k], { 0 } };
      if (totuo_access_get_region (access, units[k], &row.figures, NULL))
        g_array_append_val (rows, row);
    }
  g_array_sort (rows, by_coverage);
  printf ("\nleast covered:\n");
  for (guint k = 0; k < MIN (rows->len, 3); k++)
    {
      const Row *r = &g_array_index (rows, Row, k);
      g_autoptr(TotuoRegion) region = totuo_dataset_lookup_region (dataset, r->code);
      printf ("  %s: %.1f%% of %s children; nearest place %.0f m (median)\n",
              totuo_region_get_name (region), r->figures.covered_share,
              example_count (r->figures.children), r->figures.nearest_median_m);
    }
  return 0;
}
