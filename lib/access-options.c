/* libtotuo - spatial access: the names of methods and measures, the
 * living circles, and the options access is computed with. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/access.h>
#include <totuo/error.h>

#include "access-private.h"
#include "i18n.h"

#define MAX_BANDS TOTUO_ACCESS_MAX_BANDS

/* ---- names ----------------------------------------------------------------------- */

gboolean
totuo_access_method_from_string (const gchar       *str,
                                 TotuoAccessMethod *out_method)
{
  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (out_method != NULL, FALSE);
  if (g_ascii_strcasecmp (str, "2sfca") == 0)
    *out_method = TOTUO_ACCESS_2SFCA;
  else if (g_ascii_strcasecmp (str, "e2sfca") == 0)
    *out_method = TOTUO_ACCESS_E2SFCA;
  else if (g_ascii_strcasecmp (str, "gaussian") == 0 || g_ascii_strcasecmp (str, "g2sfca") == 0)
    *out_method = TOTUO_ACCESS_GAUSSIAN;
  else
    return FALSE;
  return TRUE;
}

const gchar *
totuo_access_method_to_string (TotuoAccessMethod method)
{
  static const gchar *const ids[] = { "2sfca", "e2sfca", "gaussian" };
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (ids), NULL);
  return ids[method];
}

static const gchar *const measure_ids[TOTUO_N_ACCESS_MEASURES] = {
  "covered_share", "mean_score", "desert_children", "desert_share", "nearest_median_m",
};

const gchar *
totuo_access_measure_to_string (TotuoAccessMeasure measure)
{
  g_return_val_if_fail ((guint) measure < TOTUO_N_ACCESS_MEASURES, NULL);
  return measure_ids[measure];
}

gboolean
totuo_access_measure_from_string (const gchar        *str,
                                  TotuoAccessMeasure *out_measure)
{
  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (out_measure != NULL, FALSE);
  for (guint k = 0; k < TOTUO_N_ACCESS_MEASURES; k++)
    if (g_ascii_strcasecmp (str, measure_ids[k]) == 0)
      {
        *out_measure = k;
        return TRUE;
      }
  return FALSE;
}

gdouble
totuo_living_circle_m (guint minutes)
{
  switch (minutes)
    {
    case 5: return 300;
    case 10: return 500;
    case 15: return 1000;
    default: return NAN;
    }
}

/* ---- options ---------------------------------------------------------------------- */

TotuoAccessOptions *
totuo_access_options_new (void)
{
  TotuoAccessOptions *o = g_new0 (TotuoAccessOptions, 1);

  g_atomic_ref_count_init (&o->ref);
  o->method = TOTUO_ACCESS_2SFCA;
  o->radius = 300;
  o->n_bands = 3;
  o->edges[0] = 1.0 / 3;
  o->edges[1] = 2.0 / 3;
  o->edges[2] = 1.0;
  o->weights[0] = 1.00;
  o->weights[1] = 0.68;
  o->weights[2] = 0.22;
  o->supply_datum = TOTUO_DATUM_WGS84;
  o->desert_min_children = 50;
  o->desert_max_per_place = 3;
  return o;
}

TotuoAccessOptions *
totuo_access_options_ref (TotuoAccessOptions *options)
{
  g_return_val_if_fail (options != NULL, NULL);
  g_atomic_ref_count_inc (&options->ref);
  return options;
}

void
totuo_access_options_unref (TotuoAccessOptions *options)
{
  if (options != NULL && g_atomic_ref_count_dec (&options->ref))
    {
      totuo_travel_times_unref (options->times);
      g_free (options);
    }
}

void
totuo_access_options_set_travel_times (TotuoAccessOptions *options,
                                       TotuoTravelTimes   *times)
{
  g_return_if_fail (options != NULL);
  if (times != NULL)
    totuo_travel_times_ref (times);
  totuo_travel_times_unref (options->times);
  options->times = times;
}

void
totuo_access_options_set_method (TotuoAccessOptions *options,
                                 TotuoAccessMethod   method)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail ((guint) method <= TOTUO_ACCESS_GAUSSIAN);
  options->method = method;
}

gboolean
totuo_access_options_set_radius (TotuoAccessOptions *options,
                                 gdouble             metres,
                                 GError            **error)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (!(metres > 0 && metres <= 1e6))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("a radius must be above 0 m and at most 1,000 km, not %g"), metres);
      return FALSE;
    }
  options->radius = metres;
  return TRUE;
}

void
totuo_access_options_set_strict_edge (TotuoAccessOptions *options,
                                      gboolean            strict)
{
  g_return_if_fail (options != NULL);
  options->strict = strict != FALSE;
}

gboolean
totuo_access_options_set_bands (TotuoAccessOptions *options,
                                const gdouble      *edges,
                                const gdouble      *weights,
                                gsize               n,
                                GError            **error)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (n == 0 || (edges != NULL && weights != NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (n < 1 || n > MAX_BANDS)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("%zu distance bands: give 1 to %d"), n, MAX_BANDS);
      return FALSE;
    }
  for (gsize k = 0; k < n; k++)
    {
      if (!(edges[k] > (k > 0 ? edges[k - 1] : 0.0) && edges[k] <= 1.0))
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                       M_("band %zu: its edge %g must be above the band before's and at most 1 "
                       "(a fraction of the radius)"), k + 1, edges[k]);
          return FALSE;
        }
      if (!(weights[k] >= 0.0 && weights[k] <= 1.0))
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                       M_("band %zu: its weight %g is not within [0, 1]"), k + 1, weights[k]);
          return FALSE;
        }
    }
  if (edges[n - 1] != 1.0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("the last band must end at the radius (edge 1), not at %g"), edges[n - 1]);
      return FALSE;
    }
  options->n_bands = n;
  memcpy (options->edges, edges, n * sizeof (gdouble));
  memcpy (options->weights, weights, n * sizeof (gdouble));
  return TRUE;
}

void
totuo_access_options_set_supply (TotuoAccessOptions *options,
                                 guint               flags,
                                 guint               kinds,
                                 guint               ownerships)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail ((flags & ~(guint) (TOTUO_SUPPLY_INCLUSIVE | TOTUO_SUPPLY_FILED)) == 0);
  options->flags = flags;
  options->kinds = kinds;
  options->ownerships = ownerships;
}

void
totuo_access_options_set_supply_datum (TotuoAccessOptions *options,
                                       TotuoDatum          datum)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail ((guint) datum <= TOTUO_DATUM_BD09);
  options->supply_datum = datum;
}

void
totuo_access_options_set_weight_residents (TotuoAccessOptions *options,
                                           gboolean            residents)
{
  g_return_if_fail (options != NULL);
  options->residents = residents != FALSE;
}

gboolean
totuo_access_options_set_desert_rule (TotuoAccessOptions *options,
                                      gdouble             min_children,
                                      gdouble             max_children_per_place,
                                      GError            **error)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (!(min_children >= 0 && isfinite (min_children)) ||
      !(max_children_per_place > 0 && isfinite (max_children_per_place)))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("a desert rule needs children >= 0 and children per place > 0, not %g and %g"),
                   min_children, max_children_per_place);
      return FALSE;
    }
  options->desert_min_children = min_children;
  options->desert_max_per_place = max_children_per_place;
  return TRUE;
}

TotuoAccessMethod
totuo_access_options_get_method (TotuoAccessOptions *options)
{
  g_return_val_if_fail (options != NULL, TOTUO_ACCESS_2SFCA);
  return options->method;
}

gdouble
totuo_access_options_get_radius (TotuoAccessOptions *options)
{
  g_return_val_if_fail (options != NULL, NAN);
  return options->radius;
}

gboolean
totuo_access_options_get_strict_edge (TotuoAccessOptions *options)
{
  g_return_val_if_fail (options != NULL, FALSE);
  return options->strict;
}

guint
totuo_access_options_get_supply_flags (TotuoAccessOptions *options)
{
  g_return_val_if_fail (options != NULL, 0);
  return options->flags;
}

guint
totuo_access_options_get_kinds (TotuoAccessOptions *options)
{
  g_return_val_if_fail (options != NULL, 0);
  return options->kinds;
}

TotuoTravelTimes *
totuo_access_options_get_travel_times (TotuoAccessOptions *options)
{
  g_return_val_if_fail (options != NULL, NULL);
  return options->times;
}

guint
totuo_access_options_get_ownerships (TotuoAccessOptions *options)
{
  g_return_val_if_fail (options != NULL, 0);
  return options->ownerships;
}

