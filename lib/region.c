/* libtotuo - region records. */
#include "config.h"

#include <math.h>

#include <totuo/region.h>

#include "records-private.h"

TotuoRegion *
totuo_region_new (const gchar      *code,
                  const gchar      *name,
                  TotuoRegionLevel  level)
{
  TotuoRegion *region;

  g_return_val_if_fail (code != NULL && *code != '\0', NULL);
  g_return_val_if_fail ((guint) level < TOTUO_N_REGION_LEVELS, NULL);

  region = g_new0 (TotuoRegion, 1);
  g_atomic_ref_count_init (&region->ref);
  region->code = g_strdup (code);
  region->name = g_strdup (name != NULL ? name : "");
  region->level = level;
  region->population = TOTUO_UNKNOWN;
  region->under3 = TOTUO_UNKNOWN;
  region->kindergartens = TOTUO_UNKNOWN;
  region->lat = NAN;
  region->lon = NAN;
  return region;
}

TotuoRegion *
totuo_region_copy (const TotuoRegion *region)
{
  TotuoRegion *copy;

  g_return_val_if_fail (region != NULL, NULL);
  copy = totuo_region_new (region->code, region->name, region->level);
  copy->parent_code = g_strdup (region->parent_code);
  copy->population = region->population;
  copy->under3 = region->under3;
  copy->kindergartens = region->kindergartens;
  copy->lat = region->lat;
  copy->lon = region->lon;
  return copy;
}

TotuoRegion *
totuo_region_ref (TotuoRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);
  g_atomic_ref_count_inc (&region->ref);
  return region;
}

void
totuo_region_unref (TotuoRegion *region)
{
  if (region == NULL || !g_atomic_ref_count_dec (&region->ref))
    return;
  g_free (region->code);
  g_free (region->name);
  g_free (region->parent_code);
  g_free (region);
}

const gchar *
totuo_region_get_code (const TotuoRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);
  return region->code;
}

const gchar *
totuo_region_get_name (const TotuoRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);
  return region->name;
}

TotuoRegionLevel
totuo_region_get_level (const TotuoRegion *region)
{
  g_return_val_if_fail (region != NULL, TOTUO_REGION_LEVEL_PROVINCE);
  return region->level;
}

const gchar *
totuo_region_get_parent_code (const TotuoRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);
  return region->parent_code;
}

gint64
totuo_region_get_population (const TotuoRegion *region)
{
  g_return_val_if_fail (region != NULL, TOTUO_UNKNOWN);
  return region->population;
}

gint64
totuo_region_get_under3 (const TotuoRegion *region)
{
  g_return_val_if_fail (region != NULL, TOTUO_UNKNOWN);
  return region->under3;
}

gint64
totuo_region_get_kindergartens (const TotuoRegion *region)
{
  g_return_val_if_fail (region != NULL, TOTUO_UNKNOWN);
  return region->kindergartens;
}

gboolean
totuo_region_get_location (const TotuoRegion *region,
                           gdouble           *out_lat,
                           gdouble           *out_lon)
{
  g_return_val_if_fail (region != NULL, FALSE);
  if (isnan (region->lat))
    return FALSE;
  if (out_lat != NULL)
    *out_lat = region->lat;
  if (out_lon != NULL)
    *out_lon = region->lon;
  return TRUE;
}

void
totuo_region_set_name (TotuoRegion *region,
                       const gchar *name)
{
  g_return_if_fail (region != NULL);
  g_free (region->name);
  region->name = g_strdup (name != NULL ? name : "");
}

void
totuo_region_set_level (TotuoRegion      *region,
                        TotuoRegionLevel  level)
{
  g_return_if_fail (region != NULL);
  g_return_if_fail ((guint) level < TOTUO_N_REGION_LEVELS);
  region->level = level;
}

void
totuo_region_set_parent_code (TotuoRegion *region,
                              const gchar *parent_code)
{
  g_return_if_fail (region != NULL);
  g_free (region->parent_code);
  region->parent_code = (parent_code != NULL && *parent_code != '\0')
    ? g_strdup (parent_code) : NULL;
}

void
totuo_region_set_population (TotuoRegion *region,
                             gint64       population)
{
  g_return_if_fail (region != NULL);
  region->population = population;
}

void
totuo_region_set_under3 (TotuoRegion *region,
                         gint64       under3)
{
  g_return_if_fail (region != NULL);
  region->under3 = under3;
}

void
totuo_region_set_kindergartens (TotuoRegion *region,
                                gint64       kindergartens)
{
  g_return_if_fail (region != NULL);
  region->kindergartens = kindergartens;
}

void
totuo_region_set_location (TotuoRegion *region,
                           gdouble      lat,
                           gdouble      lon)
{
  g_return_if_fail (region != NULL);
  g_return_if_fail (!isnan (lat) && !isnan (lon));
  region->lat = lat;
  region->lon = lon;
}

void
totuo_region_clear_location (TotuoRegion *region)
{
  g_return_if_fail (region != NULL);
  region->lat = NAN;
  region->lon = NAN;
}
