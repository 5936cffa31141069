/* libtotuo - every indicator for every region, in one pass.
 *
 * The pass has two steps. First each institution adds its figures to its
 * own region's sums. Then regions are visited children-first (reverse
 * preorder): each one settles its coverage and its population figures and
 * adds its sums into its parent's. Ratios are made only when asked for,
 * from the sums, so a parent's ratio is never an average of its children's. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/indicator-table.h>

#include "bigmem.h"
#include "dataset-private.h"
#include "i18n.h"
#include "indicator-table-private.h"
#include "text.h"

/* Sums that add up from children to parents. A field that may be unknown
 * is counted by its value, unknown included, so that each indicator can
 * be made over the institutions that report it (docs/indicators.md,
 * "Unknowns"). */
typedef struct {
  gint64 institutions;
  gint64 places;
  gint64 enrolled;
  gint64 places_reporting_enrolled;
  gint64 institutions_reporting_enrolled;
  gint64 staff;                 /* of institutions reporting staff and certified */
  gint64 certified_staff;
  gint64 inclusive_institutions[TOTUO_N_FLAGS];   /* by TotuoFlag */
  gint64 inclusive_places[TOTUO_N_FLAGS];
  gint64 status_institutions[TOTUO_N_STATUSES];
  gint64 filed_health_manager[TOTUO_N_FLAGS];    /* filed institutions, by TotuoFlag */
  gint64 kind_institutions[TOTUO_N_KINDS];
  gint64 kind_places[TOTUO_N_KINDS];
  gint64 ownership_institutions[TOTUO_N_OWNERSHIPS];
  gint64 ownership_places[TOTUO_N_OWNERSHIPS];
  gint64 streets;
  gint64 streets_covered;
  gint64 streets_inclusive;
  gint64 streets_inclusive_unknown;  /* with institutions, none known inclusive, one not known */
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

/* How many institutions ahead the roll-up prefetches (see run_pass()):
 * 8, 16, 32 and 64 gave 9.7, 9.3, 8.9 and 9.1 ms on 1M rows. */
#define PREFETCH_AHEAD 32
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
      gboolean inclusive = s->inclusive_institutions[TOTUO_FLAG_YES] > 0;
      s->streets++;
      s->streets_covered += s->institutions > 0;
      s->streets_inclusive += inclusive;
      s->streets_inclusive_unknown += !inclusive &&
                                      s->inclusive_institutions[TOTUO_FLAG_UNKNOWN] > 0;
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

/* What the institutions of a region add up to in one thread, in 16 bits:
 * 128 bytes, two cache lines, where the 64-bit Sums take six. The
 * institution pass waits on these lines (its regions come in no order),
 * so the fewer and smaller the faster; 42,000 regions' tallies also fit
 * in the caches. A tally cannot overflow unseen: every place figure is at
 * most the places (enrolled children are at most the places, a load
 * checks it), every staff figure at most the staff, every count at most
 * the institutions; before any of these three would pass TALLY_MAX the
 * tally is spilled into 64-bit sums (see run_pass()). */
#define TALLY_MAX G_MAXUINT16

typedef struct {
  guint16 institutions;
  guint16 places;
  guint16 enrolled;
  guint16 places_reporting_enrolled;
  guint16 institutions_reporting_enrolled;
  guint16 staff;
  guint16 certified_staff;
  guint16 inclusive_institutions[TOTUO_N_FLAGS];
  guint16 inclusive_places[TOTUO_N_FLAGS];
  guint16 status_institutions[TOTUO_N_STATUSES];
  guint16 filed_health_manager[TOTUO_N_FLAGS];
  guint16 kind_institutions[TOTUO_N_KINDS];
  guint16 kind_places[TOTUO_N_KINDS];
  guint16 ownership_institutions[TOTUO_N_OWNERSHIPS];
  guint16 ownership_places[TOTUO_N_OWNERSHIPS];
  guint16 padding[21];          /* to two whole cache lines */
} Tally;

G_STATIC_ASSERT (sizeof (Tally) == 128);

/* One thread's share of the institution pass. */
typedef struct {
  const TotuoDataset *ds;
  guint32 first, last;          /* its institutions */
  Tally *tallies;               /* by region */
  Sums *spilled;                /* by region, made when a tally first fills */
} Pass;

static void
add_counts (gint64        *to,
            const guint16 *from,
            guint          n)
{
  for (guint k = 0; k < n; k++)
    to[k] += from[k];
}

static void
add_tally (Sums        *s,
           const Tally *t)
{
  s->institutions += t->institutions;
  s->places += t->places;
  s->enrolled += t->enrolled;
  s->places_reporting_enrolled += t->places_reporting_enrolled;
  s->institutions_reporting_enrolled += t->institutions_reporting_enrolled;
  s->staff += t->staff;
  s->certified_staff += t->certified_staff;
  add_counts (s->inclusive_institutions, t->inclusive_institutions, TOTUO_N_FLAGS);
  add_counts (s->inclusive_places, t->inclusive_places, TOTUO_N_FLAGS);
  add_counts (s->status_institutions, t->status_institutions, TOTUO_N_STATUSES);
  add_counts (s->filed_health_manager, t->filed_health_manager, TOTUO_N_FLAGS);
  add_counts (s->kind_institutions, t->kind_institutions, TOTUO_N_KINDS);
  add_counts (s->kind_places, t->kind_places, TOTUO_N_KINDS);
  add_counts (s->ownership_institutions, t->ownership_institutions, TOTUO_N_OWNERSHIPS);
  add_counts (s->ownership_places, t->ownership_places, TOTUO_N_OWNERSHIPS);
}

/* Moves a region's tally into its 64-bit sums and empties it. */
static Sums *
spill (Pass    *pass,
       guint32  region)
{
  if (pass->spilled == NULL)
    pass->spilled = totuo_big_alloc0 (pass->ds->n_regions, sizeof (Sums));
  add_tally (&pass->spilled[region], &pass->tallies[region]);
  memset (&pass->tallies[region], 0, sizeof (Tally));
  return &pass->spilled[region];
}

/* One institution added to 64-bit sums: what tally_institution() does,
 * written plainly, for an institution too big for a tally on its own. */
static void
add_institution (Sums               *s,
                 const TotuoInstHot *inst)
{
  gint64 places = inst->places;

  s->institutions++;
  s->places += places;
  if (inst->enrolled != TOTUO_UNKNOWN)
    {
      s->enrolled += inst->enrolled;
      s->places_reporting_enrolled += places;
      s->institutions_reporting_enrolled++;
    }
  if (inst->staff != TOTUO_UNKNOWN && inst->certified_staff != TOTUO_UNKNOWN)
    {
      s->staff += inst->staff;
      s->certified_staff += inst->certified_staff;
    }
  s->inclusive_institutions[inst->inclusive]++;
  s->inclusive_places[inst->inclusive] += places;
  s->status_institutions[inst->status]++;
  if (inst->status == TOTUO_STATUS_FILED)
    s->filed_health_manager[inst->health_manager]++;
  s->kind_institutions[inst->kind]++;
  s->kind_places[inst->kind] += places;
  s->ownership_institutions[inst->ownership]++;
  s->ownership_places[inst->ownership] += places;
}

/* Adds one institution without a branch on its flags: they are as good as
 * random from one row to the next, and mispredicted branches had cost a
 * third of the pass. A mask is all ones where a figure counts; a label
 * picks its counter. The sums are made in 32 bits and stored in 16:
 * run_pass() has made sure they fit. */
static inline void
tally_institution (Tally              *t,
                   const TotuoInstHot *inst)
{
  guint32 places = (guint32) inst->places;
  guint32 reports_enrolled = inst->enrolled != TOTUO_UNKNOWN;
  guint32 reports_staff = inst->staff != TOTUO_UNKNOWN &&
                          inst->certified_staff != TOTUO_UNKNOWN;
  guint32 filed = inst->status == TOTUO_STATUS_FILED;
  guint32 if_enrolled = 0u - reports_enrolled, if_staff = 0u - reports_staff;

  t->institutions++;
  t->places += places;
  t->enrolled += (guint32) inst->enrolled & if_enrolled;
  t->places_reporting_enrolled += places & if_enrolled;
  t->institutions_reporting_enrolled += reports_enrolled;
  t->staff += (guint32) inst->staff & if_staff;
  t->certified_staff += (guint32) inst->certified_staff & if_staff;
  t->inclusive_institutions[inst->inclusive]++;
  t->inclusive_places[inst->inclusive] += places;
  t->status_institutions[inst->status]++;
  t->filed_health_manager[inst->health_manager] += filed;
  t->kind_institutions[inst->kind]++;
  t->kind_places[inst->kind] += places;
  t->ownership_institutions[inst->ownership]++;
  t->ownership_places[inst->ownership] += places;
}

/* Tallies the pass's institutions by region. Institutions come in file
 * order, their regions in no order: the tally a row adds to is rarely in
 * the cache, so that of a row a little ahead is asked for while this one
 * is added. */
static gpointer
run_pass (gpointer data)
{
  Pass *pass = data;
  const TotuoInstHot *insts = pass->ds->inst_hot;

  pass->tallies = totuo_big_alloc0 (pass->ds->n_regions, sizeof (Tally));
  for (guint32 i = pass->first; i < pass->last; i++)
    {
      const TotuoInstHot *inst = &insts[i];
      Tally *t = &pass->tallies[inst->region];
      guint32 places = (guint32) inst->places;
      guint32 staff = inst->staff != TOTUO_UNKNOWN ? (guint32) inst->staff : 0;

      if (i + PREFETCH_AHEAD < pass->last)
        {
          /* Both lines of the tally. */
          Tally *ahead = &pass->tallies[insts[i + PREFETCH_AHEAD].region];
          __builtin_prefetch (ahead, 1);
          __builtin_prefetch ((const gchar *) ahead + 64, 1);
        }
      if (G_UNLIKELY (t->places + places > TALLY_MAX || t->staff + staff > TALLY_MAX ||
                      t->institutions == TALLY_MAX))
        {
          Sums *sums = spill (pass, inst->region);
          if (places > TALLY_MAX || staff > TALLY_MAX)
            {
              add_institution (sums, inst);
              continue;
            }
        }
      tally_institution (t, inst);
    }
  return NULL;
}

/* The institution pass. A large dataset is split between two threads (the
 * machines this runs on have at least two cores); returns how many passes
 * it made. */
static guint
tally_all_institutions (const TotuoDataset *ds,
                        Pass                passes[2])
{
  GThread *thread;

  passes[0] = (Pass) { ds, 0, ds->n_insts, NULL, NULL };
  if (ds->n_insts < PARALLEL_THRESHOLD || g_get_num_processors () < 2)
    {
      run_pass (&passes[0]);
      return 1;
    }
  passes[0].last = ds->n_insts / 2;
  passes[1] = (Pass) { ds, passes[0].last, ds->n_insts, NULL, NULL };
  thread = g_thread_new ("totuo-rollup", run_pass, &passes[1]);
  run_pass (&passes[0]);
  g_thread_join (thread);
  return 2;
}

/* The region pass over regions [first, last) of the preorder. */
typedef struct {
  TotuoIndicatorTable *table;
  const TotuoTopology *topology;
  const Pass *passes;
  guint n_passes;
  guint32 first, last;
  guint32 split;                /* regions whose subtree goes past it wait */
} Settle;

/* Makes a region's row: its sums are its institutions' tallies and its
 * children's sums (each child is settled before its parent), its figures
 * its own or its children's. The row is zeroed here, where it is written
 * anyway: zeroing the whole table in a pass of its own, before, cost a
 * trip to memory more for each of its 13 MB (1M rows: 9.7 -> 9.5 ms). */
static void
settle_region (const Settle *s,
               guint32       r)
{
  const TotuoRegionRec *rec = &s->table->dataset->regions[r];
  const TotuoTopology *t = s->topology;
  Row *rows = s->table->rows;
  Sums *sums = &rows[r].sums;

  s->table->codes[r] = rec->code;
  memset (sums, 0, sizeof *sums);
  for (guint k = 0; k < s->n_passes; k++)
    {
      add_tally (sums, &s->passes[k].tallies[r]);
      if (s->passes[k].spilled != NULL)
        add_sums (sums, &s->passes[k].spilled[r]);
    }
  for (guint32 c = t->child_start[r]; c < t->child_start[r + 1]; c++)
    add_sums (sums, &rows[t->child_list[c]].sums);
  settle_coverage (sums, rec->level);
  rows[r].figures.population = settle_figure (rec->population, rows, t, r,
                                              G_STRUCT_OFFSET (Figures, population));
  rows[r].figures.under3 = settle_figure (rec->under3, rows, t, r,
                                          G_STRUCT_OFFSET (Figures, under3));
  rows[r].figures.kindergartens = settle_figure (rec->kindergartens, rows, t, r,
                                                 G_STRUCT_OFFSET (Figures, kindergartens));
}

/* Reverse preorder visits every child before its parent. A region whose
 * subtree goes past split (an ancestor of the region there) is left for
 * later: another thread settles some of its children. */
static gpointer
settle_regions (gpointer data)
{
  const Settle *s = data;

  for (guint32 p = s->last; p-- > s->first; )
    {
      guint32 r = s->topology->preorder[p];
      if (s->topology->subtree_end[r] <= s->split)
        settle_region (s, r);
    }
  return NULL;
}

/* Settles every region. With two threads, one takes the second half of the
 * preorder, whole subtrees; the other the first half, but for the regions
 * above the split point, which are settled once both are done. */
static void
settle_all_regions (TotuoIndicatorTable *table,
                    const TotuoTopology *t,
                    const Pass          *passes,
                    guint                n_passes)
{
  const TotuoRegionRec *regions = table->dataset->regions;
  guint32 n = table->n_rows;
  Settle low = { table, t, passes, n_passes, 0, n, n }, high;
  GThread *thread;

  if (n_passes < 2 || n < 2)
    {
      settle_regions (&low);
      return;
    }
  high = low;
  low.last = low.split = high.first = n / 2;
  thread = g_thread_new ("totuo-rollup", settle_regions, &high);
  settle_regions (&low);
  g_thread_join (thread);
  for (guint32 r = regions[t->preorder[low.split]].parent; r != TOTUO_NO_INDEX;
       r = regions[r].parent)
    settle_region (&low, r);
}

static void
roll_up (TotuoIndicatorTable *table)
{
  TotuoDataset *ds = table->dataset;
  gint64 start = g_get_monotonic_time (), topology, institutions;   /* for g_debug() */
  const TotuoTopology *t = totuo_dataset_get_topology (ds);
  Pass passes[2];
  guint n_passes;

  topology = g_get_monotonic_time ();
  n_passes = tally_all_institutions (ds, passes);
  institutions = g_get_monotonic_time ();
  settle_all_regions (table, t, passes, n_passes);
  for (guint k = 0; k < n_passes; k++)
    {
      totuo_big_free (passes[k].tallies);
      totuo_big_free (passes[k].spilled);
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
  table->rows = totuo_big_alloc (table->n_rows, sizeof (Row));   /* zeroed by settle_region() */
  table->codes = g_new (const gchar *, MAX (table->n_rows, 1));   /* filled by settle_region() */
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
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNDEFINED, "region \"%s\": %s", TOTUO_SHOWN (code), why);
  return FALSE;
}

static gboolean
known (gint64       value,
       gdouble     *out,
       const gchar *code,
       const gchar *what,
       TotuoLang    lang,
       GError     **error)
{
  if (value == TOTUO_UNKNOWN)
    {
      g_autofree gchar *why = NULL;
      if (error == NULL)
        return FALSE;   /* a whole column is made without reasons */
      why = g_strdup_printf (T_(lang, "%s is unknown"), T_(lang, what));
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
       TotuoLang    lang,
       GError     **error)
{
  if ((denominator == TOTUO_UNKNOWN || denominator == 0) && error == NULL)
    return FALSE;
  if (denominator == TOTUO_UNKNOWN)
    {
      g_autofree gchar *why = g_strdup_printf (T_(lang, "the denominator (%s) is unknown"),
                                               T_(lang, denominator_name));
      return undefined (error, code, why);
    }
  if (denominator == 0)
    {
      g_autofree gchar *why = g_strdup_printf (T_(lang, "the denominator (%s) is zero"),
                                               T_(lang, denominator_name));
      return undefined (error, code, why);
    }
  *out = (gdouble) numerator / (gdouble) denominator * scale;
  return TRUE;
}

static gboolean
enrolled_known (const Sums  *s,
                const gchar *code,
                TotuoLang    lang,
                GError     **error)
{
  if (s->institutions > 0 && s->institutions_reporting_enrolled == 0)
    return undefined (error, code, T_(lang, "no institution reports its enrolled children"));
  return TRUE;
}

/* How many institutions report a field, of those the region has. A count
 * over the reporting ones is defined when one reports, or none is there
 * to (0 institutions, 0 of each). */
static gboolean
reported (gint64       reporting,
          gint64       institutions,
          const gchar *code,
          const gchar *what,
          TotuoLang    lang,
          GError     **error)
{
  if (institutions > 0 && reporting == 0)
    {
      g_autofree gchar *why = NULL;
      if (error == NULL)
        return FALSE;
      why = g_strdup_printf (T_(lang, "no institution reports %s (the column is "
                                       "absent, or every cell is empty)"), T_(lang, what));
      return undefined (error, code, why);
    }
  return TRUE;
}

#define INCLUSIVE_KNOWN(s) ((s)->institutions - (s)->inclusive_institutions[TOTUO_FLAG_UNKNOWN])
#define KIND_KNOWN(s) ((s)->institutions - (s)->kind_institutions[TOTUO_KIND_UNKNOWN])
#define OWNERSHIP_KNOWN(s) ((s)->institutions - \
                            (s)->ownership_institutions[TOTUO_OWNERSHIP_UNKNOWN])
/* Filing is known but for an unknown status; registration also not for
 * 未备案, which says only "not filed". */
#define FILING_KNOWN(s) ((s)->institutions - (s)->status_institutions[TOTUO_STATUS_UNKNOWN])
#define REGISTRATION_KNOWN(s) (FILING_KNOWN (s) - (s)->status_institutions[TOTUO_STATUS_NOT_FILED])
#define REGISTERED(s) ((s)->status_institutions[TOTUO_STATUS_REGISTERED] + \
                       (s)->status_institutions[TOTUO_STATUS_FILED])
#define FILED(s) ((s)->status_institutions[TOTUO_STATUS_FILED])
#define HEALTH_MANAGER_KNOWN(s) ((s)->filed_health_manager[TOTUO_FLAG_YES] + \
                                 (s)->filed_health_manager[TOTUO_FLAG_NO])

#define WHETHER_INCLUSIVE N_("whether it is inclusive")

static gboolean
compute (const Row      *row,
         const gchar    *code,
         TotuoIndicator  ind,
         gdouble        *v,
         TotuoLang       lang,
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
      return enrolled_known (s, code, lang, error) && (*v = (gdouble) s->enrolled, TRUE);
    case TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS:
      return reported (INCLUSIVE_KNOWN (s), s->institutions, code, WHETHER_INCLUSIVE, lang, error) &&
             (*v = (gdouble) s->inclusive_institutions[TOTUO_FLAG_YES], TRUE);
    case TOTUO_INDICATOR_INCLUSIVE_PLACES:
      return reported (INCLUSIVE_KNOWN (s), s->institutions, code, WHETHER_INCLUSIVE, lang, error) &&
             (*v = (gdouble) s->inclusive_places[TOTUO_FLAG_YES], TRUE);
    case TOTUO_INDICATOR_REGISTERED_INSTITUTIONS:
      return reported (REGISTRATION_KNOWN (s), s->institutions, code,
                       N_("whether it is registered"), lang, error) &&
             (*v = (gdouble) REGISTERED (s), TRUE);
    case TOTUO_INDICATOR_FILED_INSTITUTIONS:
      return reported (FILING_KNOWN (s), s->institutions, code, N_("its status"), lang, error) &&
             (*v = (gdouble) FILED (s), TRUE);
    case TOTUO_INDICATOR_POPULATION:
      return known (f->population, v, code, N_("the population"), lang, error);
    case TOTUO_INDICATOR_UNDER3:
      return known (f->under3, v, code, N_("the number of children under three"), lang, error);
    case TOTUO_INDICATOR_KINDERGARTENS:
      return known (f->kindergartens, v, code, N_("the number of kindergartens"), lang, error);
    case TOTUO_INDICATOR_KINDERGARTENS_OFFERING:
      return reported (KIND_KNOWN (s), s->institutions, code, N_("its kind"), lang, error) &&
             (*v = (gdouble) s->kind_institutions[TOTUO_KIND_KINDERGARTEN], TRUE);
    case TOTUO_INDICATOR_PLACES_PER_1000:
      return ratio (s->places, f->population, 1000.0, v, code, N_("population"), lang, error);
    case TOTUO_INDICATOR_PLACES_PER_100_UNDER3:
      return ratio (s->places, f->under3, 100.0, v, code, N_("children under three"), lang, error);
    case TOTUO_INDICATOR_ENROLLMENT_RATE:
      return enrolled_known (s, code, lang, error) &&
             ratio (s->enrolled, f->under3, 100.0, v, code, N_("children under three"), lang, error);
    case TOTUO_INDICATOR_UTILIZATION:
      return ratio (s->enrolled, s->places_reporting_enrolled, 100.0, v, code,
                    N_("places of institutions reporting enrolled children"), lang, error);
    case TOTUO_INDICATOR_INCLUSIVE_SHARE:
      return reported (INCLUSIVE_KNOWN (s), s->institutions, code, WHETHER_INCLUSIVE, lang, error) &&
             ratio (s->inclusive_places[TOTUO_FLAG_YES],
                    s->places - s->inclusive_places[TOTUO_FLAG_UNKNOWN], 100.0, v, code,
                    N_("places of institutions reporting whether they are inclusive"), lang, error);
    case TOTUO_INDICATOR_PUBLIC_SHARE:
      return reported (OWNERSHIP_KNOWN (s), s->institutions, code, N_("its ownership"), lang, error) &&
             ratio (s->ownership_places[TOTUO_OWNERSHIP_PUBLIC],
                    s->places - s->ownership_places[TOTUO_OWNERSHIP_UNKNOWN], 100.0, v, code,
                    N_("places of institutions reporting their ownership"), lang, error);
    case TOTUO_INDICATOR_REGISTRATION_RATE:
      return reported (REGISTRATION_KNOWN (s), s->institutions, code,
                       N_("whether it is registered"), lang, error) &&
             ratio (REGISTERED (s), REGISTRATION_KNOWN (s), 100.0, v, code,
                    N_("institutions reporting whether they are registered"), lang, error);
    case TOTUO_INDICATOR_FILING_RATE:
      return reported (FILING_KNOWN (s), s->institutions, code, N_("its status"), lang, error) &&
             ratio (FILED (s), FILING_KNOWN (s), 100.0, v, code,
                    N_("institutions reporting their status"), lang, error);
    case TOTUO_INDICATOR_CERTIFIED_STAFF_RATE:
      return ratio (s->certified_staff, s->staff, 100.0, v, code,
                    N_("staff of institutions reporting certificates"), lang, error);
    case TOTUO_INDICATOR_HEALTH_MANAGER_RATE:
      return reported (FILING_KNOWN (s), s->institutions, code, N_("its status"), lang, error) &&
             reported (HEALTH_MANAGER_KNOWN (s), FILED (s), code,
                       N_("whether it has a health manager (of the filed ones)"), lang, error) &&
             ratio (s->filed_health_manager[TOTUO_FLAG_YES], HEALTH_MANAGER_KNOWN (s), 100.0,
                    v, code, N_("filed institutions"), lang, error);
    case TOTUO_INDICATOR_TOWNSHIP_COVERAGE:
      return ratio (s->townships_covered, s->townships, 100.0, v, code, N_("townships"), lang, error);
    case TOTUO_INDICATOR_STREET_COVERAGE:
      return ratio (s->streets_covered, s->streets, 100.0, v, code, N_("streets"), lang, error);
    case TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE:
      if (s->streets_inclusive_unknown > 0 && error == NULL)
        return FALSE;
      if (s->streets_inclusive_unknown > 0)
        {
          /* A count of streets fits an int; xgettext reads no G_GINT64_FORMAT. */
          g_autofree gchar *why = g_strdup_printf (
            T_(lang, "in %d street(s) no institution is known to be inclusive "
                     "and some do not report whether they are"),
            (gint) MIN (s->streets_inclusive_unknown, G_MAXINT));
          return undefined (error, code, why);
        }
      return ratio (s->streets_inclusive, s->streets, 100.0, v, code, N_("streets"), lang, error);
    case TOTUO_INDICATOR_KINDERGARTEN_SHARE:
      return reported (KIND_KNOWN (s), s->institutions, code, N_("its kind"), lang, error) &&
             ratio (s->kind_institutions[TOTUO_KIND_KINDERGARTEN], f->kindergartens, 100.0,
                    v, code, N_("kindergartens"), lang, error);
    case TOTUO_INDICATOR_INSTITUTIONS_KIND_UNKNOWN:
      return *v = (gdouble) s->kind_institutions[TOTUO_KIND_UNKNOWN], TRUE;
    case TOTUO_INDICATOR_PLACES_KIND_UNKNOWN:
      return *v = (gdouble) s->kind_places[TOTUO_KIND_UNKNOWN], TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* The rows [first, last) of a columns fill: one thread's share. */
typedef struct {
  TotuoIndicatorTable *table;
  const TotuoIndicator *indicators;
  gsize n_indicators, n, first, last;
  gdouble *values;
  guint8 *defined;
  gsize n_defined;
} ColumnsFill;

static gpointer
fill_columns (gpointer data)
{
  ColumnsFill *f = data;

  /* Row by row: a row's sums (half a kilobyte) come from memory once for
   * every indicator asked for. */
  for (gsize row = f->first; row < f->last; row++)
    for (gsize k = 0; k < f->n_indicators; k++)
      {
        gdouble v = 0;
        /* No GError: the reason is made only when someone asks for it. */
        gboolean ok = compute (&f->table->rows[row], f->table->codes[row], f->indicators[k],
                               &v, TOTUO_LANG_EN, NULL);
        f->values[k * f->n + row] = ok ? v : NAN;
        if (f->defined != NULL)
          f->defined[k * f->n + row] = (guint8) ok;
        f->n_defined += ok;
      }
  return NULL;
}

/* From how many values on a columns fill uses two threads (the national
 * table's 47 indicators: 22 ms on one, 12 on two). */
#define PARALLEL_VALUES 200000

gsize
totuo_indicator_table_get_columns (TotuoIndicatorTable  *table,
                                   const TotuoIndicator *indicators,
                                   gsize                 n_indicators,
                                   gdouble              *values,
                                   guint8               *defined,
                                   gsize                 n)
{
  ColumnsFill low, high;
  GThread *thread;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (indicators != NULL || n_indicators == 0, 0);
  g_return_val_if_fail (n == table->n_rows, 0);
  g_return_val_if_fail (values != NULL || n == 0 || n_indicators == 0, 0);
  for (gsize k = 0; k < n_indicators; k++)
    g_return_val_if_fail ((guint) indicators[k] < TOTUO_N_INDICATORS, 0);

  low = (ColumnsFill) { table, indicators, n_indicators, n, 0, n, values, defined, 0 };
  if (n * n_indicators < PARALLEL_VALUES || g_get_num_processors () < 2)
    {
      fill_columns (&low);
      return low.n_defined;
    }
  high = low;
  low.last = high.first = n / 2;
  thread = g_thread_new ("totuo-columns", fill_columns, &high);
  fill_columns (&low);
  g_thread_join (thread);
  return low.n_defined + high.n_defined;
}

gsize
totuo_indicator_table_get_column (TotuoIndicatorTable *table,
                                  TotuoIndicator       indicator,
                                  gdouble             *values,
                                  guint8              *defined,
                                  gsize                n)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail ((guint) indicator < TOTUO_N_INDICATORS, 0);
  g_return_val_if_fail (n == table->n_rows, 0);
  return totuo_indicator_table_get_columns (table, &indicator, 1, values, defined, n);
}

/* How many institutions an indicator's value is made over: those that
 * report what it counts. */
static gint64
reporting (const Sums     *s,
           TotuoIndicator  ind)
{
  switch (ind)
    {
    case TOTUO_INDICATOR_ENROLLED:
    case TOTUO_INDICATOR_ENROLLMENT_RATE:
    case TOTUO_INDICATOR_UTILIZATION:
      return s->institutions_reporting_enrolled;
    case TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS:
    case TOTUO_INDICATOR_INCLUSIVE_PLACES:
    case TOTUO_INDICATOR_INCLUSIVE_SHARE:
      return INCLUSIVE_KNOWN (s);
    case TOTUO_INDICATOR_REGISTERED_INSTITUTIONS:
    case TOTUO_INDICATOR_REGISTRATION_RATE:
      return REGISTRATION_KNOWN (s);
    case TOTUO_INDICATOR_FILED_INSTITUTIONS:
    case TOTUO_INDICATOR_FILING_RATE:
      return FILING_KNOWN (s);
    case TOTUO_INDICATOR_KINDERGARTENS_OFFERING:
    case TOTUO_INDICATOR_KINDERGARTEN_SHARE:
      return KIND_KNOWN (s);
    case TOTUO_INDICATOR_PUBLIC_SHARE:
      return OWNERSHIP_KNOWN (s);
    case TOTUO_INDICATOR_HEALTH_MANAGER_RATE:
      return HEALTH_MANAGER_KNOWN (s);
    default:
      /* Counted over every institution (or none: population figures). */
      return s->institutions;
    }
}

gint64
totuo_indicator_table_get_reporting_at (TotuoIndicatorTable *table,
                                        gsize                row,
                                        TotuoIndicator       indicator,
                                        gint64              *out_institutions)
{
  const Sums *s;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->n_rows, 0);
  g_return_val_if_fail ((guint) indicator < TOTUO_N_INDICATORS, 0);

  s = &table->rows[row].sums;
  if (out_institutions != NULL)
    *out_institutions = indicator == TOTUO_INDICATOR_HEALTH_MANAGER_RATE ? FILED (s)
                                                                          : s->institutions;
  return reporting (s, indicator);
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

  if (!compute (&table->rows[row], table->codes[row], indicator, &value, TOTUO_LANG_EN, error))
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
  return totuo_indicator_table_get_in (table, code, indicator, TOTUO_LANG_EN, out_value, error);
}

gboolean
totuo_indicator_table_get_in (TotuoIndicatorTable *table,
                              const gchar         *code,
                              TotuoIndicator       indicator,
                              TotuoLang            lang,
                              gdouble             *out_value,
                              GError             **error)
{
  gdouble value = 0;
  guint32 row;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail ((guint) indicator < TOTUO_N_INDICATORS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (table->dataset->generation != table->generation)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_STALE,
                   M_("the dataset changed after the indicators were computed; compute them again"));
      return FALSE;
    }
  row = totuo_dataset_find_region (table->dataset, code, strlen (code));
  if (row == TOTUO_NO_INDEX)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND,
                   M_("no region has the code \"%s\""), TOTUO_SHOWN (code));
      return FALSE;
    }
  if (!compute (&table->rows[row], table->codes[row], indicator, &value, lang, error))
    return FALSE;
  if (out_value != NULL)
    *out_value = value;
  return TRUE;
}
