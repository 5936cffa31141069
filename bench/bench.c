/* totuo-bench: how fast libtotuo handles a country.
 *
 * usage: totuo-bench REGIONS.csv INSTITUTIONS.csv [RUNS] [RESULTS.csv]
 *
 * For each operation, the median of RUNS runs (default 5) and the peak
 * resident memory of the process at the end of the operation's first run
 * (the peak only grows, so later runs would show the peaks of the saves
 * before them); a table, then one machine-readable line per operation:
 *   BENCH operation=load rows=1000000 seconds=0.412 rows_per_second=2427184 peak_mib=310
 * With RESULTS.csv, writes each region's places, institutions, population
 * and places per 1,000 for bench/pandas_reference.py to compare. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <totuo/totuo.h>

typedef struct {
  const gchar *name;
  gsize rows;
  gdouble seconds[32];
  guint n;
  gdouble peak_mib;
} Op;

static gdouble
peak_mib (void)
{
  struct rusage usage;
  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static gint
compare_doubles (gconstpointer a, gconstpointer b)
{
  gdouble x = *(const gdouble *) a, y = *(const gdouble *) b;
  return (x > y) - (x < y);
}

static gdouble
median (Op *op)
{
  qsort (op->seconds, op->n, sizeof (gdouble), (int (*) (const void *, const void *)) compare_doubles);
  return op->seconds[op->n / 2];
}

static void
record (Op *op, gint64 start, gsize rows)
{
  op->seconds[op->n++] = (g_get_monotonic_time () - start) / 1e6;
  op->rows = rows;
  if (op->n == 1)
    op->peak_mib = peak_mib ();
}

static TotuoDataset *
load (const gchar *regions, const gchar *institutions)
{
  g_autoptr(GError) error = NULL;
  TotuoDataset *ds = totuo_dataset_new ();

  if (!totuo_dataset_load_regions_csv (ds, regions, &error) ||
      !totuo_dataset_load_institutions_csv (ds, institutions, &error))
    {
      fprintf (stderr, "totuo-bench: %s\n", error->message);
      exit (1);
    }
  return ds;
}

/* One plan whose targets cover every district: three targets each. */
static TotuoPlan *
district_plan (TotuoDataset *ds)
{
  TotuoPlan *plan = totuo_plan_new ("national", "P00", 2023, 2025);
  static const gchar *const ids[] = { "places_per_1000", "inclusive_share", "filing_rate" };
  static const gdouble ends[] = { 4.5, 60, 80 };

  for (gsize k = 0; k < totuo_dataset_get_n_regions (ds); k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_get_region (ds, k);
      if (totuo_region_get_level (r) != TOTUO_REGION_LEVEL_DISTRICT)
        continue;
      for (guint t = 0; t < G_N_ELEMENTS (ids); t++)
        {
          g_autofree gchar *id = g_strdup_printf ("%s/%s", totuo_region_get_code (r), ids[t]);
          g_autoptr(TotuoTarget) target = totuo_target_new (id, ids[t], totuo_region_get_code (r));
          totuo_target_set_end (target, 2025, ends[t]);
          totuo_target_set_baseline (target, 2022, NAN);
          totuo_plan_add_target (plan, target, NULL);
        }
    }
  return plan;
}

/* A plan file of 100,000 targets, parsed and checked (the duplicate check
 * is a set: linear), with a target of every year as a milestone. */
#define PLAN_TARGETS 100000

static gchar *
big_plan_text (void)
{
  GString *text = g_string_new ("[plan]\nname=big\nregion=P00\nstart=2023\nend=2025\n");
  for (guint k = 0; k < PLAN_TARGETS; k++)
    g_string_append_printf (text, "\n[target %u]\nindicator=places_per_1000\nend=2025\n"
                            "target=4.5\n", k);
  return g_string_free (text, FALSE);
}

static void
write_results (TotuoIndicatorTable *t, const gchar *path)
{
  FILE *f = fopen (path, "w");
  static const TotuoIndicator columns[] = { TOTUO_INDICATOR_INSTITUTIONS, TOTUO_INDICATOR_PLACES,
                                            TOTUO_INDICATOR_POPULATION,
                                            TOTUO_INDICATOR_PLACES_PER_1000 };
  if (f == NULL)
    {
      perror (path);
      exit (1);
    }
  fprintf (f, "code,institutions,places,population,places_per_1000\n");
  for (gsize row = 0; row < totuo_indicator_table_get_n_rows (t); row++)
    {
      fprintf (f, "%s", totuo_indicator_table_get_row_code (t, row));
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          gdouble v;
          if (totuo_indicator_table_get_at (t, row, columns[c], &v, NULL))
            fprintf (f, ",%.17g", v);
          else
            fprintf (f, ",");
        }
      fprintf (f, "\n");
    }
  fclose (f);
}

int
main (int argc, char **argv)
{
  Op ops[] = { { .name = "load" }, { .name = "rollup" }, { .name = "evaluate" },
               { .name = "save_csv" }, { .name = "save_json" }, { .name = "plan_100k" } };
  g_autofree gchar *plan_text = big_plan_text ();
  guint runs = argc > 3 ? (guint) atoi (argv[3]) : 5;

  if (argc < 3 || runs < 1 || runs > 31)
    {
      fprintf (stderr, "usage: totuo-bench REGIONS.csv INSTITUTIONS.csv [RUNS] [RESULTS.csv]\n");
      return 2;
    }
  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(TotuoDataset) ds = NULL;
      g_autoptr(TotuoIndicatorTable) table = NULL;
      g_autoptr(TotuoPlan) plan = NULL;
      g_autoptr(TotuoObservations) obs = totuo_observations_new ();
      g_autoptr(TotuoEvaluation) ev = NULL;
      g_autofree gchar *regions_csv = NULL, *institutions_csv = NULL, *json = NULL;
      gsize n_insts;
      gint64 t0;

      t0 = g_get_monotonic_time ();
      ds = load (argv[1], argv[2]);
      n_insts = totuo_dataset_get_n_institutions (ds);
      record (&ops[0], t0, n_insts);

      t0 = g_get_monotonic_time ();
      table = totuo_indicator_table_new (ds);
      record (&ops[1], t0, n_insts + totuo_dataset_get_n_regions (ds));

      plan = district_plan (ds);
      t0 = g_get_monotonic_time ();
      totuo_observations_add_dataset (obs, 2022, ds, NULL);
      totuo_observations_add_dataset (obs, 2024, ds, NULL);
      ev = totuo_evaluation_new (plan, obs);
      record (&ops[2], t0, totuo_plan_get_n_targets (plan));

      t0 = g_get_monotonic_time ();
      regions_csv = totuo_dataset_regions_to_csv (ds, NULL);
      institutions_csv = totuo_dataset_institutions_to_csv (ds, NULL);
      record (&ops[3], t0, n_insts);

      t0 = g_get_monotonic_time ();
      json = totuo_dataset_to_json (ds, NULL);
      record (&ops[4], t0, n_insts);

      t0 = g_get_monotonic_time ();
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(TotuoPlan) big = totuo_plan_load_data (plan_text, -1, "big.ini", &error);
        if (big == NULL)
          {
            fprintf (stderr, "totuo-bench: %s\n", error->message);
            return 1;
          }
        record (&ops[5], t0, totuo_plan_get_n_targets (big));
      }

      if (run == 0 && argc > 4)
        write_results (table, argv[4]);
    }

  printf ("%-10s %10s %10s %14s %9s\n", "operation", "rows", "seconds", "rows/second", "peak MiB");
  for (guint k = 0; k < G_N_ELEMENTS (ops); k++)
    {
      gdouble s = median (&ops[k]);
      printf ("%-10s %10zu %10.4f %14.0f %9.0f\n", ops[k].name, ops[k].rows, s,
              ops[k].rows / s, ops[k].peak_mib);
    }
  for (guint k = 0; k < G_N_ELEMENTS (ops); k++)
    {
      gdouble s = median (&ops[k]);
      printf ("BENCH operation=%s rows=%zu seconds=%.6f rows_per_second=%.0f peak_mib=%.0f\n",
              ops[k].name, ops[k].rows, s, ops[k].rows / s, ops[k].peak_mib);
    }
  return 0;
}
