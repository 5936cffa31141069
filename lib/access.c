/* libtotuo - spatial access: radius coverage, the floating catchment family
 * and childcare deserts (docs/access.md gives the formulas and sources).
 *
 * Both steps of a floating catchment visit the pairs within the radius:
 * step 1 from each institution j over the demand points k in its
 * catchment, D_j = Σ_k w(d_kj) P_k and R_j = S_j / D_j; step 2 from each
 * demand point i over the institutions in reach, A_i = Σ_j w(d_ij) R_j.
 * Two indexes, one of demand and one of supply (cellindex.h, kdtree.h),
 * find those pairs; nothing of size points × institutions, nor of size
 * pairs, is ever held. The options are access-options.c's, the reading of
 * the results access-results.c's. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <totuo/access.h>
#include <totuo/error.h>

#include "access-private.h"
#include "dataset-private.h"
#include "demand-private.h"
#include "cellindex.h"
#include "kdtree.h"
#include "text.h"
#include "travel-times-private.h"
#include "i18n.h"

/* From this many points and institutions the steps run on two threads. */
#define PARALLEL_POINTS 20000
#define MAX_BANDS TOTUO_ACCESS_MAX_BANDS

/* ---- weights ----------------------------------------------------------------------- */

typedef struct {
  TotuoAccessMethod method;
  gboolean strict;
  gdouble r2;                 /* the radius as a squared chord */
  gdouble radius;
  gdouble radius_cost;        /* the radius as a cost, margin included (travel times) */
  gsize n_bands;
  gdouble band_r2[MAX_BANDS];
  gdouble band_cost[MAX_BANDS];
  gdouble band_w[MAX_BANDS];
} Weights;

/* A distance within a micrometre of an edge is at the edge: in by default,
 * out when strict. Chords of unit vectors carry about a nanometre of
 * rounding, and haversine another; without the margin the last bit of two
 * ways of computing one distance would decide, and no coordinate is
 * anywhere near a micrometre precise. */
#define EDGE_MARGIN_M 1e-6

static gdouble
edge2 (gdouble  metres,
       gboolean strict)
{
  return totuo_chord2_of_distance (metres + (strict ? -EDGE_MARGIN_M : EDGE_MARGIN_M));
}

static void
weights_init (Weights                  *w,
              const TotuoAccessOptions *o)
{
  w->method = o->method;
  w->strict = o->strict;
  w->radius = o->radius;
  w->r2 = edge2 (o->radius, o->strict);
  w->radius_cost = o->radius + (o->strict ? -EDGE_MARGIN_M : EDGE_MARGIN_M);
  w->n_bands = o->n_bands;
  for (gsize k = 0; k < o->n_bands; k++)
    {
      w->band_r2[k] = k + 1 == o->n_bands ? w->r2 : edge2 (o->edges[k] * o->radius, o->strict);
      w->band_cost[k] = k + 1 == o->n_bands ? w->radius_cost
                      : o->edges[k] * o->radius + (o->strict ? -EDGE_MARGIN_M : EDGE_MARGIN_M);
      w->band_w[k] = o->weights[k];
    }
}

static inline gboolean
within (const Weights *w,
        gdouble        c2,
        gdouble        limit2)
{
  return c2 <= limit2;
}

/* The weight of a pair at squared chord @c2, known to be within reach. */
static inline gdouble
weight_of (const Weights *w,
           gdouble        c2)
{
  switch (w->method)
    {
    case TOTUO_ACCESS_E2SFCA:
      for (gsize k = 0; k < w->n_bands; k++)
        if (within (w, c2, w->band_r2[k]))
          return w->band_w[k];
      return 0;
    case TOTUO_ACCESS_GAUSSIAN:
      {
        static const gdouble e = 0.60653065971263342; /* exp (-1/2) */
        gdouble x = totuo_distance_of_chord2 (c2) / w->radius;
        return MAX ((exp (-0.5 * x * x) - e) / (1 - e), 0.0);
      }
    default:
      return 1;
    }
}

/* The weight of a pair of cost @cost (minutes), known to be within reach. */
static gdouble
weight_of_cost (const Weights *w,
                gdouble        cost)
{
  switch (w->method)
    {
    case TOTUO_ACCESS_E2SFCA:
      for (gsize k = 0; k < w->n_bands; k++)
        if (cost <= w->band_cost[k])
          return w->band_w[k];
      return 0;
    case TOTUO_ACCESS_GAUSSIAN:
      {
        static const gdouble e = 0.60653065971263342; /* exp (-1/2) */
        gdouble x = cost / w->radius;
        return MAX ((exp (-0.5 * x * x) - e) / (1 - e), 0.0);
      }
    default:
      return 1;
    }
}

/* ---- the two steps ------------------------------------------------------------------ */

typedef struct {
  const Weights *w;
  const gdouble *q;
  const gdouble *other;       /* values of the other index's points, in its order */
  const gdouble *places;      /* step 2: the institutions' places, in index order */
  gdouble sum, places_sum;
  guint32 count;
  gdouble nearest2;           /* the smallest squared chord of the points seen */
} Visit;

static void
visit_range (gdouble *const c[3],
             guint32        start,
             guint32        end,
             gboolean       inside,
             gpointer       data)
{
  Visit *v = data;
  const Weights *w = v->w;
  const gdouble *restrict x = c[0], *restrict y = c[1], *restrict z = c[2];
  const gdouble *restrict other = v->other;
  const gdouble qx = v->q[0], qy = v->q[1], qz = v->q[2];
  const gdouble r2 = inside ? G_MAXDOUBLE : w->r2;
  gdouble sum = 0, places = 0;
  guint32 count = 0;

  gdouble near2 = v->nearest2;

  if (w->method == TOTUO_ACCESS_2SFCA)
    {
      /* The hot loop of both steps: no branch but the comparison's mask, and
       * two of each accumulator, so that one addition need not wait for the
       * one before (the order of the sum changes in the last bits only). */
      const gdouble *restrict per = v->places != NULL ? v->places : other;
      gdouble sum2 = 0, places2 = 0, count1 = 0, count2 = 0;
      guint32 k = start;
      for (; k + 2 <= end; k += 2)
        {
          gdouble ax = x[k] - qx, ay = y[k] - qy, az = z[k] - qz;
          gdouble bx = x[k + 1] - qx, by = y[k + 1] - qy, bz = z[k + 1] - qz;
          gdouble a2 = ax * ax + ay * ay + az * az, b2 = bx * bx + by * by + bz * bz;
          gdouble ina = a2 <= r2 ? 1.0 : 0.0, inb = b2 <= r2 ? 1.0 : 0.0;
          sum += ina * other[k];
          sum2 += inb * other[k + 1];
          places += ina * per[k];
          places2 += inb * per[k + 1];
          count1 += ina;
          count2 += inb;
          near2 = MIN (near2, MIN (a2, b2));
        }
      for (; k < end; k++)
        {
          gdouble dx = x[k] - qx, dy = y[k] - qy, dz = z[k] - qz;
          gdouble c2 = dx * dx + dy * dy + dz * dz;
          gdouble in = c2 <= r2 ? 1.0 : 0.0;
          sum += in * other[k];
          places += in * per[k];
          count1 += in;
          near2 = MIN (near2, c2);
        }
      sum += sum2;
      places += places2;
      count = (guint32) (count1 + count2);
    }
  else
    for (guint32 k = start; k < end; k++)
      {
        gdouble dx = x[k] - qx, dy = y[k] - qy, dz = z[k] - qz;
        gdouble c2 = dx * dx + dy * dy + dz * dz;
        near2 = MIN (near2, c2);
        if (c2 > r2)
          continue;
        sum += weight_of (w, c2) * other[k];
        if (v->places != NULL)
          places += v->places[k];
        count++;
      }
  v->sum += sum;
  v->places_sum += v->places != NULL ? places : 0;
  v->count += count;
  v->nearest2 = near2;
}

/* A fixed-radius index: the grid of cells where it suits the points, the
 * k-d tree elsewhere (near the poles, across the antimeridian). */
typedef struct {
  gboolean use_cells;
  TotuoCellIndex cells;
  TotuoKdTree tree;
  gdouble *const *c;          /* x, y, z of each position */
  const gdouble *value;
  const guint32 *index;       /* the caller's index of each position */
} RangeIndex;

static void
range_build (RangeIndex    *r,
             gboolean       use_cells,
             const gdouble *lat,
             const gdouble *lon,
             const gdouble *xyz,
             const gdouble *value,
             gsize          n,
             gdouble        radius,
             const gdouble  box[4])
{
  memset (r, 0, sizeof *r);
  r->use_cells = use_cells;
  if (use_cells)
    {
      totuo_cell_index_build (&r->cells, lat, lon, xyz, value, n, radius, box[0], box[1], box[2],
                              box[3]);
      r->c = r->cells.c;
      r->value = r->cells.value;
      r->index = r->cells.index;
    }
  else
    {
      totuo_kdtree_build (&r->tree, xyz, value, n);
      r->c = r->tree.c;
      r->value = r->tree.value;
      r->index = r->tree.index;
    }
}

static void
range_clear (RangeIndex *r)
{
  if (r->use_cells)
    totuo_cell_index_clear (&r->cells);
  else
    totuo_kdtree_clear (&r->tree);
}

static inline void
range_query (const RangeIndex *r,
             const gdouble     q[3],
             gdouble           lat,
             gdouble           lon,
             gdouble           r2,
             TotuoCellWindow  *window,
             Visit            *v)
{
  if (r->use_cells)
    totuo_cell_index_query (&r->cells, lat, lon, window, visit_range, v);
  else
    totuo_kdtree_query (&r->tree, q, r2, visit_range, v);
}

typedef struct {
  const Weights *w;
  const RangeIndex *demand, *supply;
  TotuoKdTree *nearest;       /* the institutions, for a point with none in reach */
  GMutex *nearest_lock;       /* it is built by the first thread that needs it */
  gint *nearest_built;        /* atomic: it stands */
  const gdouble *supply_xyz;
  const gdouble *demand_xyz;  /* the points' vectors, by point */
  gdouble *ratio;             /* R_j, in the supply index's order */
  gdouble *reached;           /* D_j > 0: 1, else 0 (step 1's output) */
  TotuoAccess *a;
  gsize first, last;          /* this thread's share */
  guint64 pairs;
} Step;

static gpointer
step1 (gpointer data)
{
  Step *s = data;
  const TotuoAccess *a = s->a;

  TotuoCellWindow window = TOTUO_CELL_WINDOW_INIT;

  /* In the index's order, cell after cell: the window's runs are reused. */
  for (gsize t = s->first; t < s->last; t++)
    {
      guint32 j = s->supply->index[t];
      const gdouble q[3] = { s->supply->c[0][t], s->supply->c[1][t], s->supply->c[2][t] };
      Visit v = { s->w, q, s->demand->value, NULL, 0, 0, 0, G_MAXDOUBLE };
      range_query (s->demand, v.q, a->provider_lat[j], a->provider_lon[j], s->w->r2, &window, &v);
      s->ratio[t] = v.sum > 0 ? s->supply->value[t] / v.sum : 0;
      s->reached[t] = v.sum > 0;
    }
  return NULL;
}

static gpointer
step2 (gpointer data)
{
  Step *s = data;
  TotuoAccess *a = s->a;
  const TotuoDemand *d = a->demand;

  TotuoCellWindow window = TOTUO_CELL_WINDOW_INIT;

  for (gsize t = s->first; t < s->last; t++)
    {
      /* The points in the demand index's order, cell after cell. */
      gsize i = s->demand->index[t];
      const gdouble *q = &s->demand_xyz[3 * i];
      Visit v = { s->w, q, s->ratio, s->supply->value, 0, 0, 0, G_MAXDOUBLE };
      gdouble d2 = v.nearest2;

      range_query (s->supply, q, d->lat[i], d->lon[i], s->w->r2, &window, &v);
      a->score[i] = v.sum;
      a->places[i] = v.places_sum;
      a->n_providers[i] = v.count;
      a->covered[i] = v.count > 0;
      /* An institution within reach: the nearest is among those seen (all
       * within the radius are). Else the k-d tree searches everywhere. */
      if (v.count > 0)
        d2 = v.nearest2;
      else
        {
          if (!g_atomic_int_get (s->nearest_built))
            {
              g_mutex_lock (s->nearest_lock);
              if (!g_atomic_int_get (s->nearest_built))
                {
                  totuo_kdtree_build (s->nearest, s->supply_xyz, a->provider_places, a->m);
                  g_atomic_int_set (s->nearest_built, 1);
                }
              g_mutex_unlock (s->nearest_lock);
            }
          if (totuo_kdtree_nearest (s->nearest, q, &d2) == G_MAXUINT32)
            d2 = NAN;
        }
      a->nearest[i] = isnan (d2) ? NAN : totuo_distance_of_chord2 (d2);
      s->pairs += v.count;
    }
  return NULL;
}

/* Runs @func over [0, n) on one thread, or two for large inputs. */
static guint64
run_split (GThreadFunc func,
           Step        *proto,
           gsize        n,
           gboolean     parallel)
{
  Step low = *proto, high = *proto;
  GThread *thread;

  low.first = 0;
  low.last = n;
  low.pairs = high.pairs = 0;
  if (!parallel || n < 2)
    {
      func (&low);
      return low.pairs;
    }
  low.last = high.first = n / 2;
  high.last = n;
  thread = g_thread_new ("totuo-access", func, &high);
  func (&low);
  g_thread_join (thread);
  return low.pairs + high.pairs;
}

/* ---- supply --------------------------------------------------------------------------- */

static gboolean
qualifies (const TotuoAccessOptions *o,
           const TotuoInstHot       *h)
{
  if ((o->flags & TOTUO_SUPPLY_INCLUSIVE) && h->inclusive != TOTUO_FLAG_YES)
    return FALSE;
  if ((o->flags & TOTUO_SUPPLY_FILED) && h->status != TOTUO_STATUS_FILED)
    return FALSE;
  if (o->kinds != 0 && !(o->kinds & (1u << h->kind)))
    return FALSE;
  if (o->ownerships != 0 && !(o->ownerships & (1u << h->ownership)))
    return FALSE;
  return TRUE;
}

/* Room for every institution as a provider (the qualifying ones fill it). */
static void
alloc_providers (TotuoAccess *a,
                 gsize        n)
{
  a->provider_row = g_new (guint32, MAX (n, 1));
  a->provider_lat = g_new (gdouble, MAX (n, 1));
  a->provider_lon = g_new (gdouble, MAX (n, 1));
  a->provider_places = g_new (gdouble, MAX (n, 1));
}

/* With travel times: every qualifying institution, located or not; @slot
 * maps an institution's row to its provider index (G_MAXUINT32: none). */
static void
gather_supply_by_row (TotuoAccess *a,
                      guint32     *slot)
{
  const TotuoDataset *ds = a->demand->dataset;
  const TotuoAccessOptions *o = a->options;

  alloc_providers (a, ds->n_insts);
  for (guint32 j = 0; j < ds->n_insts; j++)
    {
      const TotuoInstCold *c = &ds->inst_cold[j];
      gdouble lat = NAN, lon = NAN;

      slot[j] = G_MAXUINT32;
      if (!qualifies (o, &ds->inst_hot[j]))
        continue;
      if (!isnan (c->lat) && !isnan (c->lon) &&
          !totuo_datum_to_wgs84 (o->supply_datum, c->lat, c->lon, &lat, &lon))
        lat = lon = NAN;
      slot[j] = (guint32) a->m;
      a->provider_row[a->m] = j;
      a->provider_lat[a->m] = lat;
      a->provider_lon[a->m] = lon;
      a->provider_places[a->m] = ds->inst_hot[j].places;
      a->m++;
    }
  if (a->m == 0)
    g_ptr_array_add (a->warnings, g_strdup (M_("no institution qualifies as supply: every point "
                                            "scores 0 and has no nearest place")));
}

/* Both steps over the pairs of a travel-time table. */
static void
steps_by_table (TotuoAccess            *a,
                const Weights          *w,
                const TotuoTravelTimes *t,
                const gdouble          *weight)
{
  const TotuoDataset *ds = a->demand->dataset;
  g_autofree guint32 *slot = g_new (guint32, MAX (ds->n_insts, 1));
  g_autofree gdouble *dsum = NULL, *ratio = NULL;
  guint unlisted = 0;

  gather_supply_by_row (a, slot);
  dsum = g_new0 (gdouble, MAX (a->m, 1));
  ratio = g_new0 (gdouble, MAX (a->m, 1));
  for (gsize i = 0; i < a->n; i++)
    a->nearest[i] = NAN;
  for (gsize k = 0; k < t->n; k++)
    {
      guint32 p = slot[t->destination[k]];
      if (p != G_MAXUINT32 && t->minutes[k] <= w->radius_cost)
        dsum[p] += weight_of_cost (w, t->minutes[k]) * weight[t->origin[k]];
    }
  for (gsize p = 0; p < a->m; p++)
    {
      ratio[p] = dsum[p] > 0 ? a->provider_places[p] / dsum[p] : 0;
      a->places_reached += dsum[p] > 0 ? a->provider_places[p] : 0;
    }
  for (gsize k = 0; k < t->n; k++)
    {
      guint32 p = slot[t->destination[k]], i = t->origin[k];
      if (p == G_MAXUINT32)
        continue;
      if (isnan (a->nearest[i]) || t->minutes[k] < a->nearest[i])
        a->nearest[i] = t->minutes[k];
      if (t->minutes[k] > w->radius_cost)
        continue;
      a->score[i] += weight_of_cost (w, t->minutes[k]) * ratio[p];
      a->places[i] += a->provider_places[p];
      a->n_providers[i]++;
      a->covered[i] = 1;
      a->pairs++;
    }
  for (gsize i = 0; i < a->n; i++)
    unlisted += isnan (a->nearest[i]);
  if (unlisted > 0)
    g_ptr_array_add (a->warnings,
                     g_strdup_printf (M_("%u of %zu demand points have no trip to a qualifying "
                                      "institution in the travel-time table"), unlisted, a->n));
}

static void
gather_supply (TotuoAccess *a,
               gdouble    **out_xyz)
{
  const TotuoDataset *ds = a->demand->dataset;
  const TotuoAccessOptions *o = a->options;
  guint32 unlocated = 0, qualifying = 0;
  gdouble unlocated_places = 0;
  gdouble *xyz;

  alloc_providers (a, ds->n_insts);
  xyz = g_new (gdouble, 3 * MAX (ds->n_insts, 1));
  for (guint32 j = 0; j < ds->n_insts; j++)
    {
      const TotuoInstHot *h = &ds->inst_hot[j];
      const TotuoInstCold *c = &ds->inst_cold[j];
      gdouble lat, lon;

      if (!qualifies (o, h))
        continue;
      qualifying++;
      if (isnan (c->lat) || isnan (c->lon) ||
          !totuo_datum_to_wgs84 (o->supply_datum, c->lat, c->lon, &lat, &lon))
        {
          unlocated++;
          unlocated_places += h->places;
          continue;
        }
      a->provider_row[a->m] = j;
      a->provider_lat[a->m] = lat;
      a->provider_lon[a->m] = lon;
      a->provider_places[a->m] = h->places;
      totuo_unit_vector (lat, lon, &xyz[3 * a->m]);
      a->m++;
    }
  if (unlocated > 0)
    g_ptr_array_add (a->warnings,
                     g_strdup_printf (M_("%u of the %u qualifying institutions have no location "
                                      "(lat, lon) and are left out of access, with their %.0f "
                                      "places"), unlocated, qualifying, unlocated_places));
  if (qualifying == 0)
    g_ptr_array_add (a->warnings, g_strdup (M_("no institution qualifies as supply: every point "
                                            "scores 0 and has no nearest place")));
  *out_xyz = xyz;
}

/* ---- roll-up ------------------------------------------------------------------------ */

static gint
compare_by_key (gconstpointer x,
                gconstpointer y,
                gpointer      data)
{
  const guint32 *key = data;
  guint32 a = key[*(const guint32 *) x], b = key[*(const guint32 *) y];
  return (a > b) - (a < b);
}

static void
roll_up (TotuoAccess   *a,
         const gdouble *weight)
{
  TotuoDataset *ds = a->demand->dataset;
  const TotuoAccessOptions *o = a->options;
  g_autofree guint32 *key = g_new (guint32, MAX (a->n, 1));

  a->topology = totuo_dataset_get_topology (ds);
  a->n_regions = ds->n_regions;
  a->sums = g_new0 (TotuoAccessSums, MAX (ds->n_regions, 1));
  for (gsize i = 0; i < a->n; i++)
    {
      gdouble p = weight[i];
      gboolean desert = p > o->desert_min_children &&
                        (a->n_providers[i] == 0 || a->score[i] * o->desert_max_per_place < 1.0);
      a->desert[i] = desert;
      for (guint32 r = a->demand->region[i]; r != TOTUO_NO_INDEX; r = ds->regions[r].parent)
        {
          TotuoAccessSums *s = &a->sums[r];
          s->n_points++;
          s->children += p;
          s->covered += a->covered[i] ? p : 0;
          s->score_sum += p * a->score[i];
          s->desert_children += desert ? p : 0;
          s->n_desert += desert;
        }
      key[i] = a->topology->pre_pos[a->demand->region[i]];
    }
  /* The points of a region's subtree are then one run of this order. */
  a->by_region = g_new (guint32, MAX (a->n, 1));
  a->by_region_key = g_new (guint32, MAX (a->n, 1));
  for (gsize i = 0; i < a->n; i++)
    a->by_region[i] = (guint32) i;
  g_qsort_with_data (a->by_region, (gint) a->n, sizeof (guint32), compare_by_key, key);
  for (gsize i = 0; i < a->n; i++)
    a->by_region_key[i] = key[a->by_region[i]];
}

TotuoAccess *
totuo_access_compute (TotuoDemand        *demand,
                      TotuoAccessOptions *options,
                      GError            **error)
{
  g_autoptr(TotuoAccess) a = NULL;
  g_autoptr(TotuoAccessOptions) defaults = NULL;
  g_autofree gdouble *supply_xyz = NULL, *demand_xyz = NULL, *weight = NULL;
  g_autofree gdouble *ratio = NULL, *reached = NULL;
  RangeIndex demand_index, supply_index;
  TotuoKdTree nearest_tree;
  GMutex nearest_lock;
  gint nearest_built = 0;
  gboolean use_cells;
  Weights w;
  Step step;
  gboolean parallel;

  g_return_val_if_fail (demand != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (demand->regions_generation != demand->dataset->regions_generation)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_STALE,
                   M_("the dataset's regions changed after the demand points were made; make them again"));
      return NULL;
    }
  if (options == NULL)
    options = defaults = totuo_access_options_new ();
  if (options->times != NULL && options->times->demand != demand)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_INCONSISTENT,
                   M_("the options' travel times were loaded for other demand points"));
      return NULL;
    }
  if (options->times != NULL && options->times->generation != demand->dataset->generation)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_STALE,
                   M_("the dataset changed after the travel times were loaded; load them again"));
      return NULL;
    }
  a = g_new0 (TotuoAccess, 1);
  g_atomic_ref_count_init (&a->ref);
  a->demand = totuo_demand_ref (demand);
  a->options = g_memdup2 (options, sizeof *options);
  g_atomic_ref_count_init (&a->options->ref);
  if (a->options->times != NULL)
    totuo_travel_times_ref (a->options->times);
  a->warnings = g_ptr_array_new_with_free_func (g_free);
  a->n = demand->n;
  a->score = g_new0 (gdouble, MAX (a->n, 1));
  a->places = g_new0 (gdouble, MAX (a->n, 1));
  a->nearest = g_new0 (gdouble, MAX (a->n, 1));
  a->n_providers = g_new0 (guint32, MAX (a->n, 1));
  a->covered = g_new0 (guint8, MAX (a->n, 1));
  a->desert = g_new0 (guint8, MAX (a->n, 1));

  weight = g_new (gdouble, MAX (a->n, 1));
  demand_xyz = g_new (gdouble, 3 * MAX (a->n, 1));
  for (gsize i = 0; i < a->n; i++)
    {
      gint64 p = options->residents ? demand->residents[i] : demand->children[i];
      if (p == TOTUO_UNKNOWN)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE,
                       M_("demand point \"%s\": its residents are not known, and demand is "
                       "weighted by residents"), TOTUO_SHOWN (demand->ids[i]));
          return NULL;
        }
      weight[i] = (gdouble) p;
      totuo_unit_vector (demand->lat[i], demand->lon[i], &demand_xyz[3 * i]);
    }
  weights_init (&w, options);
  if (options->times != NULL)
    {
      steps_by_table (a, &w, options->times, weight);
      for (gsize i = 0; i < a->n; i++)
        a->weighted_score += weight[i] * a->score[i];
      roll_up (a, weight);
      return g_steal_pointer (&a);
    }
  gather_supply (a, &supply_xyz);
  {
    /* The box of every point, demand and supply: the grid's extent. */
    gdouble box[4] = { G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE };
    for (gsize i = 0; i < a->n; i++)
      {
        box[0] = MIN (box[0], demand->lat[i]);
        box[1] = MAX (box[1], demand->lat[i]);
        box[2] = MIN (box[2], demand->lon[i]);
        box[3] = MAX (box[3], demand->lon[i]);
      }
    for (gsize j = 0; j < a->m; j++)
      {
        box[0] = MIN (box[0], a->provider_lat[j]);
        box[1] = MAX (box[1], a->provider_lat[j]);
        box[2] = MIN (box[2], a->provider_lon[j]);
        box[3] = MAX (box[3], a->provider_lon[j]);
      }
    use_cells = a->n > 0 && a->m > 0 && totuo_cell_index_suits (box[0], box[1], box[2], box[3]) &&
                g_getenv ("TOTUO_ACCESS_KDTREE") == NULL;
    range_build (&demand_index, use_cells, demand->lat, demand->lon, demand_xyz, weight, a->n,
                 options->radius, box);
    range_build (&supply_index, use_cells, a->provider_lat, a->provider_lon, supply_xyz,
                 a->provider_places, a->m, options->radius, box);
  }
  memset (&nearest_tree, 0, sizeof nearest_tree);
  g_mutex_init (&nearest_lock);
  ratio = g_new0 (gdouble, MAX (a->m, 1));
  reached = g_new0 (gdouble, MAX (a->m, 1));
  parallel = a->n + a->m >= PARALLEL_POINTS && g_get_num_processors () > 1;
  step = (Step) { &w, &demand_index, &supply_index, &nearest_tree, &nearest_lock, &nearest_built,
                  supply_xyz, demand_xyz, ratio, reached, a, 0, 0, 0 };
  run_split (step1, &step, a->m, parallel);
  a->pairs = run_split (step2, &step, a->n, parallel);
  for (gsize t = 0; t < a->m; t++)
    a->places_reached += reached[t] * supply_index.value[t];
  for (gsize i = 0; i < a->n; i++)
    a->weighted_score += weight[i] * a->score[i];
  range_clear (&demand_index);
  range_clear (&supply_index);
  totuo_kdtree_clear (&nearest_tree);
  g_mutex_clear (&nearest_lock);
  roll_up (a, weight);
  return g_steal_pointer (&a);
}

