/* Wuhan city, Hubei: capacity by kind of institution (seed 004).
 *
 * The document: 374 institutions, 328 of them inclusive (monthly fee under
 * 3,000 yuan), 12,123 places: 150 nurseries with 7,985 places, 213
 * kindergartens with 3,797, 11 employer-run and other institutions with 341. */
#include "example-util.h"

int
main (int argc, char **argv)
{
  const gchar *dir = example_data_dir (argc, argv);
  g_autoptr(TotuoDataset) dataset = example_load (dir, "wuhan");
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
  const gchar *wh = "420100";
  gdouble places = example_value (table, wh, TOTUO_INDICATOR_PLACES);
  gsize cheap = 0;

  printf ("武汉市 Wuhan city (seed 004)\n");
  printf ("  institutions                 %s\n",
          example_count (example_value (table, wh, TOTUO_INDICATOR_INSTITUTIONS)));
  printf ("  places                       %s\n", example_count (places));
  printf ("  by kind               institutions   places   share of places\n");
  for (TotuoKind kind = TOTUO_KIND_NURSERY; kind <= TOTUO_KIND_OTHER; kind++)
    {
      gdouble n = example_value (table, wh, TOTUO_INDICATOR_INSTITUTIONS_NURSERY + kind);
      gdouble p = example_value (table, wh, TOTUO_INDICATOR_PLACES_NURSERY + kind);
      if (n == 0)
        continue;
      printf ("    %-14s %15s %8s   %5.1f%%\n", totuo_kind_to_string (kind),
              example_count (n), example_count (p), p / places * 100.0);
    }

  /* "Inclusive" in Wuhan means a monthly fee under 3,000 yuan: check it. */
  for (gsize i = 0; i < totuo_dataset_get_n_institutions (dataset); i++)
    {
      g_autoptr(TotuoInstitution) inst = totuo_dataset_get_institution (dataset, i);
      gdouble fee = 0;
      if (totuo_institution_get_monthly_fee (inst, &fee) && fee < 3000)
        cheap++;
    }
  printf ("  inclusive institutions       %s (%.1f%%)\n",
          example_count (example_value (table, wh, TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS)),
          example_value (table, wh, TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS) /
          example_value (table, wh, TOTUO_INDICATOR_INSTITUTIONS) * 100.0);
  printf ("  with a monthly fee under 3,000 yuan: %s\n", example_count ((gdouble) cheap));
  return 0;
}
