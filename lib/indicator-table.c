/* libtotuo - every indicator for every region, in one pass.
 *
 * The pass has two steps. First each institution adds its figures to its
 * own region's sums. Then regions are visited children-first (reverse
 * preorder): each one settles its coverage and its population figures and
 * adds its sums into its parent's. Ratios are made only when asked for,
 * from the sums, so a parent's ratio is never an average of its children's. */
#include "config.h"

#include <string.h>

#include <totuo/error.h>
#include <totuo/indicator-table.h>

#include "bigmem.h"
#include "dataset-private.h"

/* Sums that add up from children to parents. */
typedef struct {
  gint64 institutions;
  gint64 places;
  gint64 enrolled;
  gint64 places_reporting_enrolled;
  gint64 institutions_reporting_enrolled;
  gint64 inclusive_institutions;
  gint64 inclusive_places;
  gint64 registered;
  gint64 filed;
  gint64 filed_with_health_manager;
  gint64 staff;                 /* of institutions reporting staff and certified */
  gint64 certified_staff;
  gint64 kind_institutions[TOTUO_N_KINDS];
  gint64 kind_places[TOTUO_N_KINDS];
  gint64 ownership_institutions[TOTUO_N_OWNERSHIPS];
  gint64 ownership_places[TOTUO_N_OWNERSHIPS];
  gint64 streets;
  gint64 streets_covered;
  gint64 streets_inclusive;
  gint64 townships;
  gint64 townships_covered;
} Sums;

/* Figures a region has of its own, or that its children make up. */
typedef struct {
  gint64 population;
  gint64 under3;
  gint64 kindergartens;
} Figures;

typedef struct {
  Sums sums;
  Figures figures;
} Row;

/* How many institutions ahead the roll-up prefetches (see roll_up). */
#define PREFETCH_AHEAD 8
/* From how many institutions on the roll-up uses two threads. */
#define PARALLEL_THRESHOLD 200000

struct _TotuoIndicatorTable {
  gatomicrefcount ref;
  TotuoDataset *dataset;
  guint64 generation;
  guint32 n_rows;
  Row *rows;
  const gchar **codes;          /* point into the dataset's arena */
};

static void
add_institution (Sums               *s,
                 const TotuoInstRec *inst)
{
  s->institutions++;
  s->places += inst->places;
  if (inst->enrolled != TOTUO_UNKNOWN)
    {
      s->enrolled += inst->enrolled;
      s->places_reporting_enrolled += inst->places;
      s->institutions_reporting_enrolled++;
    }
  if (inst->inclusive)
    {
      s->inclusive_institutions++;
      s->inclusive_places += inst->places;
    }
  if (inst->status >= TOTUO_STATUS_REGISTERED)
    s->registered++;
  if (inst->status == TOTUO_STATUS_FILED)
    {
      s->filed++;
      s->filed_with_health_manager += inst->health_manager;
    }
  if (inst->staff != TOTUO_UNKNOWN && inst->certified_staff != TOTUO_UNKNOWN)
    {
      s->staff += inst->staff;
      s->certified_staff += inst->certified_staff;
    }
  s->kind_institutions[inst->kind]++;
  s->kind_places[inst->kind] += inst->places;
  s->ownership_institutions[inst->ownership]++;
  s->ownership_places[inst->ownership] += inst->places;
}

static void
add_sums (Sums       *to,
          const Sums *from)
{
  /* Sums is nothing but gint64 fields: add them as an array. */
  gint64 *t = (gint64 *) to;
  const gint64 *f = (const gint64 *) from;
  for (gsize k = 0; k < sizeof (Sums) / sizeof (gint64); k++)
    t[k] += f[k];
}

static void
settle_coverage (Sums  *s,
                 guint8 level)
{
  if (level == TOTUO_REGION_LEVEL_STREET)
    {
      s->streets++;
      s->streets_covered += s->institutions > 0;
      s->streets_inclusive += s->inclusive_institutions > 0;
    }
  else if (level == TOTUO_REGION_LEVEL_TOWNSHIP)
    {
      s->townships++;
      s->townships_covered += s->institutions > 0;
    }
}

/* A region's own figure wins; else its children's sum, if every child's
 * is known; else unknown. */
static gint64
settle_figure (gint64              own,
               const Row          *rows,
               const TotuoTopology *t,
               guint32             r,
               gsize               field_offset)
{
  gint64 sum = 0;
  guint32 first = t->child_start[r], last = t->child_start[r + 1];

  if (own != TOTUO_UNKNOWN || first == last)
    return own;
  for (guint32 c = first; c < last; c++)
    {
      const Figures *f = &rows[t->child_list[c]].figures;
      gint64 v = *(const gint64 *) ((const gchar *) f + field_offset);
      if (v == TOTUO_UNKNOWN || __builtin_add_overflow (sum, v, &sum))
        return TOTUO_UNKNOWN;
    }
  return sum;
}

/* Adds institutions [first, last) into sums indexed by region. Institutions
 * come in file order, their regions in no order: the sums a row adds to
 * are rarely in the cache, so those of a row a little ahead are asked for
 * while this one is added. */
static void
add_institutions (const TotuoDataset *ds,
                  Row                *rows,
                  gsize               stride,
                  guint32             first,
                  guint32             last)
{
  for (guint32 i = first; i < last; i++)
    {
      if (i + PREFETCH_AHEAD < last)
        {
          const gchar *ahead = (const gchar *) rows + stride * ds->insts[i + PREFETCH_AHEAD].region;
          for (gsize line = 0; line < sizeof (Sums); line += 64)
            __builtin_prefetch (ahead + line, 1);
        }
      add_institution ((Sums *) ((gchar *) rows + stride * ds->insts[i].region), &ds->insts[i]);
    }
}

typedef struct {
  const TotuoDataset *ds;
  Sums *sums;
  guint32 first, last;
} Half;

static gpointer
add_half (gpointer data)
{
  Half *h = data;
  add_institutions (h->ds, (Row *) h->sums, sizeof (Sums), h->first, h->last);
  return NULL;
}

/* The institution pass. A large dataset is split between two threads (the
 * machines this runs on have at least two cores), each with sums of its
 * own, added together after. */
static void
add_all_institutions (TotuoIndicatorTable *table)
{
  const TotuoDataset *ds = table->dataset;
  Half half = { ds, NULL, ds->n_insts / 2, ds->n_insts };
  GThread *thread;

  if (ds->n_insts < PARALLEL_THRESHOLD || g_get_num_processors () < 2)
    {
      add_institutions (ds, table->rows, sizeof (Row), 0, ds->n_insts);
      return;
    }
  half.sums = totuo_big_alloc0 (ds->n_regions, sizeof (Sums));
  thread = g_thread_new ("totuo-rollup", add_half, &half);
  add_institutions (ds, table->rows, sizeof (Row), 0, half.first);
  g_thread_join (thread);
  for (guint32 r = 0; r < ds->n_regions; r++)
    add_sums (&table->rows[r].sums, &half.sums[r]);
  totuo_big_free (half.sums);
}

static void
roll_up (TotuoIndicatorTable *table)
{
  TotuoDataset *ds = table->dataset;
  gint64 start = g_get_monotonic_time (), topology, institutions;   /* for g_debug() */
  const TotuoTopology *t = totuo_dataset_get_topology (ds);

  topology = g_get_monotonic_time ();
  add_all_institutions (table);
  institutions = g_get_monotonic_time ();
  /* Reverse preorder visits every child before its parent. */
  for (guint32 p = ds->n_regions; p-- > 0; )
    {
      guint32 r = t->preorder[p];
      const TotuoRegionRec *rec = &ds->regions[r];
      Row *row = &table->rows[r];

      settle_coverage (&row->sums, rec->level);
      row->figures.population = settle_figure (rec->population, table->rows, t, r,
                                               G_STRUCT_OFFSET (Figures, population));
      row->figures.under3 = settle_figure (rec->under3, table->rows, t, r,
                                           G_STRUCT_OFFSET (Figures, under3));
      row->figures.kindergartens = settle_figure (rec->kindergartens, table->rows, t, r,
                                                  G_STRUCT_OFFSET (Figures, kindergartens));
      if (rec->parent != TOTUO_NO_INDEX)
        add_sums (&table->rows[rec->parent].sums, &row->sums);
    }
  g_debug ("roll-up of %u institutions: topology %.1f ms, institutions %.1f ms, "
           "regions %.1f ms", ds->n_insts, (topology - start) / 1e3,
           (institutions - topology) / 1e3, (g_get_monotonic_time () - institutions) / 1e3);
}

TotuoIndicatorTable *
totuo_indicator_table_new (TotuoDataset *dataset)
{
  TotuoIndicatorTable *table;

  g_return_val_if_fail (dataset != NULL, NULL);
  table = g_new0 (TotuoIndicatorTable, 1);
  g_atomic_ref_count_init (&table->ref);
  table->dataset = totuo_dataset_ref (dataset);
  table->generation = dataset->generation;
  table->n_rows = dataset->n_regions;
  table->rows = totuo_big_alloc0 (table->n_rows, sizeof (Row));
  table->codes = g_new (const gchar *, MAX (table->n_rows, 1));
  for (guint32 r = 0; r < table->n_rows; r++)
    table->codes[r] = dataset->regions[r].code;
  roll_up (table);
  return table;
}

TotuoIndicatorTable *
totuo_indicator_table_ref (TotuoIndicatorTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_atomic_ref_count_inc (&table->ref);
  return table;
}

void
totuo_indicator_table_unref (TotuoIndicatorTable *table)
{
  if (table == NULL || !g_atomic_ref_count_dec (&table->ref))
    return;
  totuo_dataset_unref (table->dataset);
  totuo_big_free (table->rows);
  g_free (table->codes);
  g_free (table);
}

TotuoDataset *
totuo_indicator_table_get_dataset (TotuoIndicatorTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return table->dataset;
}

gsize
totuo_indicator_table_get_n_rows (TotuoIndicatorTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_rows;
}

const gchar *
totuo_indicator_table_get_row_code (TotuoIndicatorTable *table,
                                    gsize                row)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (row < table->n_rows, NULL);
  return table->codes[row];
}

/* ---- values ----------------------------------------------------------------- */

static gboolean
undefined (GError     **error,
           const gchar *code,
           const gchar *why)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNDEFINED, "region \"%s\": %s", code, why);
  return FALSE;
}

static gboolean
known (gint64       value,
       gdouble     *out,
       const gchar *code,
       const gchar *what,
       GError     **error)
{
  if (value == TOTUO_UNKNOWN)
    {
      g_autofree gchar *why = g_strdup_printf ("%s is unknown", what);
      return undefined (error, code, why);
    }
  *out = (gdouble) value;
  return TRUE;
}

static gboolean
ratio (gint64       numerator,
       gint64       denominator,
       gdouble      scale,
       gdouble     *out,
       const gchar *code,
       const gchar *denominator_name,
       GError     **error)
{
  if (denominator == TOTUO_UNKNOWN)
    {
      g_autofree gchar *why = g_strdup_printf ("the denominator (%s) is unknown",
                                               denominator_name);
      return undefined (error, code, why);
    }
  if (denominator == 0)
    {
      g_autofree gchar *why = g_strdup_printf ("the denominator (%s) is zero",
                                               denominator_name);
      return undefined (error, code, why);
    }
  *out = (gdouble) numerator / (gdouble) denominator * scale;
  return TRUE;
}

static gboolean
enrolled_known (const Sums  *s,
                const gchar *code,
                GError     **error)
{
  if (s->institutions > 0 && s->institutions_reporting_enrolled == 0)
    return undefined (error, code, "no institution reports its enrolled children");
  return TRUE;
}

static gboolean
compute (const Row      *row,
         const gchar    *code,
         TotuoIndicator  ind,
         gdouble        *v,
         GError        **error)
{
  const Sums *s = &row->sums;
  const Figures *f = &row->figures;

  if (ind >= TOTUO_INDICATOR_INSTITUTIONS_NURSERY && ind <= TOTUO_INDICATOR_INSTITUTIONS_OTHER)
    return *v = (gdouble) s->kind_institutions[ind - TOTUO_INDICATOR_INSTITUTIONS_NURSERY], TRUE;
  if (ind >= TOTUO_INDICATOR_PLACES_NURSERY && ind <= TOTUO_INDICATOR_PLACES_OTHER)
    return *v = (gdouble) s->kind_places[ind - TOTUO_INDICATOR_PLACES_NURSERY], TRUE;
  /* The ownership indicators follow TotuoOwnership's order, unknown last. */
  if (ind >= TOTUO_INDICATOR_INSTITUTIONS_PUBLIC &&
      ind <= TOTUO_INDICATOR_INSTITUTIONS_OWNERSHIP_UNKNOWN)
    return *v = (gdouble) s->ownership_institutions[(ind - TOTUO_INDICATOR_INSTITUTIONS_PUBLIC + 1)
                                                    % TOTUO_N_OWNERSHIPS], TRUE;
  if (ind >= TOTUO_INDICATOR_PLACES_PUBLIC && ind <= TOTUO_INDICATOR_PLACES_OWNERSHIP_UNKNOWN)
    return *v = (gdouble) s->ownership_places[(ind - TOTUO_INDICATOR_PLACES_PUBLIC + 1)
                                              % TOTUO_N_OWNERSHIPS], TRUE;

  switch (ind)
    {
    case TOTUO_INDICATOR_INSTITUTIONS: return *v = (gdouble) s->institutions, TRUE;
    case TOTUO_INDICATOR_PLACES: return *v = (gdouble) s->places, TRUE;
    case TOTUO_INDICATOR_ENROLLED:
      return enrolled_known (s, code, error) && (*v = (gdouble) s->enrolled, TRUE);
    case TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS:
      return *v = (gdouble) s->inclusive_institutions, TRUE;
    case TOTUO_INDICATOR_INCLUSIVE_PLACES: return *v = (gdouble) s->inclusive_places, TRUE;
    case TOTUO_INDICATOR_REGISTERED_INSTITUTIONS: return *v = (gdouble) s->registered, TRUE;
    case TOTUO_INDICATOR_FILED_INSTITUTIONS: return *v = (gdouble) s->filed, TRUE;
    case TOTUO_INDICATOR_POPULATION:
      return known (f->population, v, code, "the population", error);
    case TOTUO_INDICATOR_UNDER3:
      return known (f->under3, v, code, "the number of children under three", error);
    case TOTUO_INDICATOR_KINDERGARTENS:
      return known (f->kindergartens, v, code, "the number of kindergartens", error);
    case TOTUO_INDICATOR_KINDERGARTENS_OFFERING:
      return *v = (gdouble) s->kind_institutions[TOTUO_KIND_KINDERGARTEN], TRUE;
    case TOTUO_INDICATOR_PLACES_PER_1000:
      return ratio (s->places, f->population, 1000.0, v, code, "population", error);
    case TOTUO_INDICATOR_PLACES_PER_100_UNDER3:
      return ratio (s->places, f->under3, 100.0, v, code, "children under three", error);
    case TOTUO_INDICATOR_ENROLLMENT_RATE:
      return enrolled_known (s, code, error) &&
             ratio (s->enrolled, f->under3, 100.0, v, code, "children under three", error);
    case TOTUO_INDICATOR_UTILIZATION:
      return ratio (s->enrolled, s->places_reporting_enrolled, 100.0, v, code,
                    "places of institutions reporting enrolled children", error);
    case TOTUO_INDICATOR_INCLUSIVE_SHARE:
      return ratio (s->inclusive_places, s->places, 100.0, v, code, "places", error);
    case TOTUO_INDICATOR_PUBLIC_SHARE:
      return ratio (s->ownership_places[TOTUO_OWNERSHIP_PUBLIC], s->places, 100.0, v, code,
                    "places", error);
    case TOTUO_INDICATOR_REGISTRATION_RATE:
      return ratio (s->registered, s->institutions, 100.0, v, code, "institutions", error);
    case TOTUO_INDICATOR_FILING_RATE:
      return ratio (s->filed, s->institutions, 100.0, v, code, "institutions", error);
    case TOTUO_INDICATOR_CERTIFIED_STAFF_RATE:
      return ratio (s->certified_staff, s->staff, 100.0, v, code,
                    "staff of institutions reporting certificates", error);
    case TOTUO_INDICATOR_HEALTH_MANAGER_RATE:
      return ratio (s->filed_with_health_manager, s->filed, 100.0, v, code,
                    "filed institutions", error);
    case TOTUO_INDICATOR_TOWNSHIP_COVERAGE:
      return ratio (s->townships_covered, s->townships, 100.0, v, code, "townships", error);
    case TOTUO_INDICATOR_STREET_COVERAGE:
      return ratio (s->streets_covered, s->streets, 100.0, v, code, "streets", error);
    case TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE:
      return ratio (s->streets_inclusive, s->streets, 100.0, v, code, "streets", error);
    case TOTUO_INDICATOR_KINDERGARTEN_SHARE:
      return ratio (s->kind_institutions[TOTUO_KIND_KINDERGARTEN], f->kindergartens, 100.0,
                    v, code, "kindergartens", error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
totuo_indicator_table_get_at (TotuoIndicatorTable *table,
                              gsize                row,
                              TotuoIndicator       indicator,
                              gdouble             *out_value,
                              GError             **error)
{
  gdouble value = 0;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (row < table->n_rows, FALSE);
  g_return_val_if_fail ((guint) indicator < TOTUO_N_INDICATORS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!compute (&table->rows[row], table->codes[row], indicator, &value, error))
    return FALSE;
  if (out_value != NULL)
    *out_value = value;
  return TRUE;
}

gboolean
totuo_indicator_table_get (TotuoIndicatorTable *table,
                           const gchar         *code,
                           TotuoIndicator       indicator,
                           gdouble             *out_value,
                           GError             **error)
{
  guint32 row;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail ((guint) indicator < TOTUO_N_INDICATORS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (table->dataset->generation != table->generation)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_STALE,
                   "the dataset changed after the indicators were computed; compute them again");
      return FALSE;
    }
  row = totuo_dataset_find_region (table->dataset, code, strlen (code));
  if (row == TOTUO_NO_INDEX)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND,
                   "no region has the code \"%s\"", code);
      return FALSE;
    }
  return totuo_indicator_table_get_at (table, row, indicator, out_value, error);
}
