/* libtotuo - spatial access: reading the results, point by point and
 * region by region (quantiles of the nearest distance, measures, and the
 * measures as observations). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <totuo/access.h>
#include <totuo/error.h>

#include "access-private.h"
#include "demand-private.h"
#include "i18n.h"
#include "text.h"

TotuoAccess *
totuo_access_ref (TotuoAccess *access)
{
  g_return_val_if_fail (access != NULL, NULL);
  g_atomic_ref_count_inc (&access->ref);
  return access;
}

void
totuo_access_unref (TotuoAccess *access)
{
  if (access == NULL || !g_atomic_ref_count_dec (&access->ref))
    return;
  totuo_demand_unref (access->demand);
  totuo_access_options_unref (access->options);
  g_free (access->score);
  g_free (access->places);
  g_free (access->nearest);
  g_free (access->n_providers);
  g_free (access->covered);
  g_free (access->desert);
  g_free (access->provider_row);
  g_free (access->provider_lat);
  g_free (access->provider_lon);
  g_free (access->provider_places);
  g_free (access->sums);
  g_free (access->by_region);
  g_free (access->by_region_key);
  g_ptr_array_unref (access->warnings);
  g_free (access);
}

/* ---- reading -------------------------------------------------------------------------- */

TotuoDemand *
totuo_access_get_demand (TotuoAccess *access)
{
  g_return_val_if_fail (access != NULL, NULL);
  return access->demand;
}

TotuoAccessOptions *
totuo_access_get_options (TotuoAccess *access)
{
  g_return_val_if_fail (access != NULL, NULL);
  return access->options;
}

void
totuo_access_get_point (TotuoAccess      *access,
                        gsize             index,
                        TotuoAccessPoint *out_point)
{
  g_return_if_fail (access != NULL);
  g_return_if_fail (index < access->n);
  g_return_if_fail (out_point != NULL);
  out_point->score = access->score[index];
  out_point->places = access->places[index];
  out_point->n_providers = access->n_providers[index];
  out_point->nearest_m = access->nearest[index];
  out_point->covered = access->covered[index];
  out_point->desert = access->desert[index];
}

gsize
totuo_access_get_columns (TotuoAccess *access,
                          gdouble     *scores,
                          gdouble     *places,
                          gdouble     *nearest_m,
                          guint8      *covered,
                          guint8      *desert,
                          gsize        n)
{
  g_return_val_if_fail (access != NULL, 0);
  g_return_val_if_fail (n == access->n, 0);
  if (scores != NULL)
    memcpy (scores, access->score, n * sizeof (gdouble));
  if (places != NULL)
    memcpy (places, access->places, n * sizeof (gdouble));
  if (nearest_m != NULL)
    memcpy (nearest_m, access->nearest, n * sizeof (gdouble));
  if (covered != NULL)
    memcpy (covered, access->covered, n);
  if (desert != NULL)
    memcpy (desert, access->desert, n);
  return n;
}

typedef struct {
  gdouble value, weight;
} Weighted;

static gint
compare_weighted (gconstpointer x,
                  gconstpointer y)
{
  gdouble a = ((const Weighted *) x)->value, b = ((const Weighted *) y)->value;
  return (a > b) - (a < b);
}

/* The first position of the sorted @keys not below @value. */
static gsize
lower_bound (const guint32 *keys,
             gsize          n,
             guint32        value)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (keys[mid] < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The children-weighted quantiles of the nearest distance over the points
 * of a subtree (each point by count when no point has a child). */
static void
nearest_quantiles (TotuoAccess *a,
                   guint32      region,
                   gdouble     *median,
                   gdouble     *p90)
{
  guint32 lo = a->topology->pre_pos[region], hi = a->topology->subtree_end[region];
  gsize first, last, n;
  g_autofree Weighted *w = NULL;
  gdouble total = 0, run = 0;
  const TotuoDemand *d = a->demand;
  gboolean residents = a->options->residents;

  /* The run of points whose region's position is in [lo, hi). */
  first = lower_bound (a->by_region_key, a->n, lo);
  last = lower_bound (a->by_region_key, a->n, hi);
  n = last > first ? last - first : 0;
  *median = *p90 = NAN;
  if (n == 0)
    return;
  w = g_new (Weighted, n);
  for (gsize k = 0; k < n; k++)
    {
      guint32 i = a->by_region[first + k];
      w[k].value = a->nearest[i];
      w[k].weight = (gdouble) (residents ? d->residents[i] : d->children[i]);
      total += w[k].weight;
      /* No place at all, or no trip listed: farther than any. */
      if (isnan (w[k].value))
        w[k].value = INFINITY;
    }
  if (total <= 0)
    {
      for (gsize k = 0; k < n; k++)
        w[k].weight = 1;
      total = (gdouble) n;
    }
  qsort (w, n, sizeof *w, compare_weighted);
  for (gsize k = 0; k < n; k++)
    {
      run += w[k].weight;
      if (isnan (*median) && run >= 0.5 * total)
        *median = w[k].value;
      if (run >= 0.9 * total)
        {
          *p90 = w[k].value;
          break;
        }
    }
  if (isnan (*p90))
    *p90 = w[n - 1].value;
  if (isnan (*median))
    *median = w[n - 1].value;
  /* A quantile that falls among points with no place is undefined. */
  if (isinf (*median))
    *median = NAN;
  if (isinf (*p90))
    *p90 = NAN;
}

gboolean
totuo_access_get_region (TotuoAccess       *access,
                         const gchar       *code,
                         TotuoAccessRegion *out_region,
                         GError           **error)
{
  TotuoDataset *ds;
  const TotuoAccessSums *s;
  guint32 row;

  g_return_val_if_fail (access != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (out_region != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ds = access->demand->dataset;
  if (ds->regions_generation != access->demand->regions_generation)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_STALE,
                   M_("the dataset's regions changed after access was computed; compute it again"));
      return FALSE;
    }
  row = totuo_dataset_find_region (ds, code, strlen (code));
  if (row == TOTUO_NO_INDEX)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND, M_("no region has the code \"%s\""),
                   TOTUO_SHOWN (code));
      return FALSE;
    }
  s = &access->sums[row];
  if (s->n_points == 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNDEFINED,
                   M_("region \"%s\": no demand point is at or beneath it"), TOTUO_SHOWN (code));
      return FALSE;
    }
  out_region->n_points = s->n_points;
  out_region->children = s->children;
  out_region->covered_children = s->covered;
  out_region->desert_children = s->desert_children;
  out_region->n_desert_points = s->n_desert;
  out_region->covered_share = s->children > 0 ? s->covered / s->children * 100 : NAN;
  out_region->desert_share = s->children > 0 ? s->desert_children / s->children * 100 : NAN;
  out_region->mean_score = s->children > 0 ? s->score_sum / s->children : NAN;
  nearest_quantiles (access, row, &out_region->nearest_median_m, &out_region->nearest_p90_m);
  return TRUE;
}

gboolean
totuo_access_get_measure (TotuoAccess        *access,
                          const gchar        *code,
                          TotuoAccessMeasure  measure,
                          gdouble            *out_value,
                          GError            **error)
{
  TotuoAccessRegion r;
  gdouble v;

  g_return_val_if_fail (access != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail ((guint) measure < TOTUO_N_ACCESS_MEASURES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (!totuo_access_get_region (access, code, &r, error))
    return FALSE;
  switch (measure)
    {
    case TOTUO_ACCESS_MEASURE_COVERED_SHARE: v = r.covered_share; break;
    case TOTUO_ACCESS_MEASURE_MEAN_SCORE: v = r.mean_score; break;
    case TOTUO_ACCESS_MEASURE_DESERT_CHILDREN: v = r.desert_children; break;
    case TOTUO_ACCESS_MEASURE_DESERT_SHARE: v = r.desert_share; break;
    default: v = r.nearest_median_m; break;
    }
  if (isnan (v))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNDEFINED, "region \"%s\": %s",
                   TOTUO_SHOWN (code), measure == TOTUO_ACCESS_MEASURE_NEAREST_MEDIAN
                   ? "no qualifying institution is within reach of half its children or more"
                   : "its demand points have no children");
      return FALSE;
    }
  if (out_value != NULL)
    *out_value = v;
  return TRUE;
}

gboolean
totuo_access_add_observations (TotuoAccess        *access,
                               TotuoObservations  *observations,
                               gint                year,
                               TotuoAccessMeasure  measure,
                               const gchar        *indicator,
                               GError            **error)
{
  TotuoDataset *ds;

  g_return_val_if_fail (access != NULL, FALSE);
  g_return_val_if_fail (observations != NULL, FALSE);
  g_return_val_if_fail ((guint) measure < TOTUO_N_ACCESS_MEASURES, FALSE);
  g_return_val_if_fail (indicator != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ds = access->demand->dataset;
  for (guint32 r = 0; r < access->n_regions; r++)
    {
      gdouble v;
      if (access->sums[r].n_points == 0 ||
          !totuo_access_get_measure (access, ds->regions[r].code, measure, &v, NULL))
        continue;
      if (!totuo_observations_add (observations, indicator, ds->regions[r].code, year, v, error))
        return FALSE;
    }
  return TRUE;
}

guint64
totuo_access_get_n_pairs (TotuoAccess *access)
{
  g_return_val_if_fail (access != NULL, 0);
  return access->pairs;
}

gsize
totuo_access_get_n_providers (TotuoAccess *access)
{
  g_return_val_if_fail (access != NULL, 0);
  return access->m;
}

void
totuo_access_get_provider (TotuoAccess *access,
                           gsize        index,
                           gsize       *out_row,
                           gdouble     *out_lat,
                           gdouble     *out_lon,
                           gdouble     *out_places)
{
  g_return_if_fail (access != NULL);
  g_return_if_fail (index < access->m);
  if (out_row != NULL)
    *out_row = access->provider_row[index];
  if (out_lat != NULL)
    *out_lat = access->provider_lat[index];
  if (out_lon != NULL)
    *out_lon = access->provider_lon[index];
  if (out_places != NULL)
    *out_places = access->provider_places[index];
}

void
totuo_access_get_totals (TotuoAccess *access,
                         gdouble     *out_weighted_score,
                         gdouble     *out_places_reached)
{
  g_return_if_fail (access != NULL);
  if (out_weighted_score != NULL)
    *out_weighted_score = access->weighted_score;
  if (out_places_reached != NULL)
    *out_places_reached = access->places_reached;
}

gchar **
totuo_access_get_warnings (TotuoAccess *access,
                           gsize       *out_n)
{
  gchar **out;

  g_return_val_if_fail (access != NULL, NULL);
  out = g_new0 (gchar *, access->warnings->len + 1);
  for (guint k = 0; k < access->warnings->len; k++)
    out[k] = g_strdup (access->warnings->pdata[k]);
  if (out_n != NULL)
    *out_n = access->warnings->len;
  return out;
}
