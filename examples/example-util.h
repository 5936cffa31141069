/* Small helpers shared by the example programs, so that each example can
 * show only what is particular to its document. */
#pragma once

#include <stdio.h>
#include <stdlib.h>

#include <totuo/totuo.h>

/* The folder of the example data: the first argument, or the source tree's. */
static inline const gchar *
example_data_dir (int argc, char **argv)
{
  return argc > 1 ? argv[1] : EXAMPLES_DATA_DIR;
}

/* Loads <dir>/<name>-regions.csv and <dir>/<name>-institutions.csv, or
 * prints the error (with file and line) and exits. */
static inline TotuoDataset *
example_load (const gchar *dir, const gchar *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree gchar *regions = g_strdup_printf ("%s/%s-regions.csv", dir, name);
  g_autofree gchar *institutions = g_strdup_printf ("%s/%s-institutions.csv", dir, name);
  TotuoDataset *dataset = totuo_dataset_new ();

  if (!totuo_dataset_load_regions_csv (dataset, regions, &error) ||
      !totuo_dataset_load_institutions_csv (dataset, institutions, &error))
    {
      fprintf (stderr, "error: %s\n", error->message);
      exit (1);
    }
  return dataset;
}

/* The value of an indicator, or exits if it is undefined: in these
 * examples every figure the document states must be computable. */
static inline gdouble
example_value (TotuoIndicatorTable *table, const gchar *code, TotuoIndicator indicator)
{
  g_autoptr(GError) error = NULL;
  gdouble value = 0;

  if (!totuo_indicator_table_get (table, code, indicator, &value, &error))
    {
      fprintf (stderr, "error: %s: %s\n", totuo_indicator_get_id (indicator), error->message);
      exit (1);
    }
  return value;
}

/* Formats a whole number with thousands separators: 1284182 -> "1,284,182". */
static inline const gchar *
example_count (gdouble value)
{
  static gchar buffers[4][32];
  static guint next = 0;
  gchar *out = buffers[next++ % 4];
  gchar digits[32];
  gint len, k = 0;

  len = g_snprintf (digits, sizeof digits, "%.0f", value);
  for (gint i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0 && digits[i - 1] != '-')
        out[k++] = ',';
      out[k++] = digits[i];
    }
  out[k] = '\0';
  return out;
}

/* Prints the places a region needs to reach a target of places per 1,000
 * residents, and how many more than it has, from its indicators. */
static inline void
example_print_gap (TotuoIndicatorTable *table, const gchar *code, gdouble target)
{
  g_autoptr(GError) error = NULL;
  gint64 required = 0, additional = 0;

  if (!totuo_places_needed ((gint64) example_value (table, code, TOTUO_INDICATOR_POPULATION),
                            target, (gint64) example_value (table, code, TOTUO_INDICATOR_PLACES),
                            &required, &additional, &error))
    {
      fprintf (stderr, "error: %s\n", error->message);
      exit (1);
    }
  printf ("Target: %g places per 1,000 residents\n", target);
  printf ("  places needed                %s\n", example_count ((gdouble) required));
  printf ("  places still to add          %s\n", example_count ((gdouble) additional));
}
