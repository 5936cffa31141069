/* Taizhou city, Zhejiang: inclusive share, township coverage, completion
 * rates of the provincial annual tasks, and the rule for nursery classes in
 * new kindergartens (seed 001, end of July 2022).
 *
 * The document: 446 institutions, 22,015 places, 3.30 per 1,000, township
 * coverage 79%; 353 inclusive institutions with 15,317 places (70%);
 * annual tasks 21/16 townships, 5,671/5,200 places, 4,584/3,160 inclusive. */
#include "example-util.h"

static void
print_task (const gchar *name, gdouble achieved, gdouble planned)
{
  g_autoptr(GError) error = NULL;
  gdouble rate = 0;

  if (!totuo_completion_rate (achieved, planned, &rate, &error))
    {
      fprintf (stderr, "error: %s\n", error->message);
      exit (1);
    }
  printf ("  %-28s %6s of %6s  %4.0f%%\n", name, example_count (achieved),
          example_count (planned), rate);
}

int
main (int argc, char **argv)
{
  const gchar *dir = example_data_dir (argc, argv);
  g_autoptr(TotuoDataset) dataset = example_load (dir, "taizhou");
  g_autoptr(TotuoIndicatorTable) table = totuo_indicator_table_new (dataset);
  const gchar *tz = "331000";
  gdouble share = example_value (table, tz, TOTUO_INDICATOR_INCLUSIVE_SHARE);

  printf ("台州市 Taizhou city, end of July 2022 (seed 001)\n");
  printf ("  institutions                 %s\n",
          example_count (example_value (table, tz, TOTUO_INDICATOR_INSTITUTIONS)));
  printf ("  places                       %s\n",
          example_count (example_value (table, tz, TOTUO_INDICATOR_PLACES)));
  printf ("  places per 1,000 residents   %.2f\n",
          example_value (table, tz, TOTUO_INDICATOR_PLACES_PER_1000));
  printf ("  township coverage            %.0f%%\n",
          example_value (table, tz, TOTUO_INDICATOR_TOWNSHIP_COVERAGE));
  printf ("  inclusive institutions       %s\n",
          example_count (example_value (table, tz, TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS)));
  printf ("  inclusive places             %s = %.0f%% of all places (%.1f%%)\n",
          example_count (example_value (table, tz, TOTUO_INDICATOR_INCLUSIVE_PLACES)),
          share, share);

  printf ("Provincial annual tasks (民生实事), completion rates\n");
  print_task ("townships newly covered", 21, 16);
  print_task ("new places", 5671, 5200);
  print_task ("  of them inclusive", 4584, 3160);

  /* Nursery classes a kindergarten should set up, by size and place. */
  printf ("Nursery classes for new kindergartens\n");
  printf ("  classes   urban   rural\n");
  for (gint classes = 6; classes <= 12; classes += 3)
    printf ("  %7d   %5d   %5d\n", classes,
            totuo_nursery_classes_for_kindergarten (classes, TRUE, TRUE),
            totuo_nursery_classes_for_kindergarten (classes, FALSE, TRUE));
  printf ("  an existing kindergarten: at least %d\n",
          totuo_nursery_classes_for_kindergarten (9, TRUE, FALSE));
  return 0;
}
