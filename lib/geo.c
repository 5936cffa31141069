/* libtotuo - map datums and great-circle distance.
 *
 * The GCJ-02 formulas are the ones published with the open-source ports of
 * the obfuscation (they reproduce the services' offsets to about a metre);
 * the BD-09 ones are Baidu's own, published in its API documents.
 * docs/access.md cites them and gives the error of each. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/geo.h>

/* GCJ-02 is defined on the Krasovsky 1940 ellipsoid. */
#define KRASOVSKY_A 6378245.0
#define KRASOVSKY_EE 0.00669342162296594323
/* BD-09's rotation and scale use this multiple of pi. */
#define BD_X_PI (M_PI * 3000.0 / 180.0)

gboolean
totuo_datum_from_string (const gchar *str,
                         TotuoDatum  *out_datum)
{
  static const struct { const gchar *name; TotuoDatum datum; } names[] = {
    { "wgs84", TOTUO_DATUM_WGS84 }, { "wgs-84", TOTUO_DATUM_WGS84 },
    { "epsg:4326", TOTUO_DATUM_WGS84 }, { "gps", TOTUO_DATUM_WGS84 },
    { "gcj02", TOTUO_DATUM_GCJ02 }, { "gcj-02", TOTUO_DATUM_GCJ02 },
    { "amap", TOTUO_DATUM_GCJ02 }, { "高德", TOTUO_DATUM_GCJ02 },
    { "tencent", TOTUO_DATUM_GCJ02 }, { "腾讯", TOTUO_DATUM_GCJ02 },
    { "火星", TOTUO_DATUM_GCJ02 }, { "火星坐标", TOTUO_DATUM_GCJ02 },
    { "bd09", TOTUO_DATUM_BD09 }, { "bd-09", TOTUO_DATUM_BD09 },
    { "baidu", TOTUO_DATUM_BD09 }, { "百度", TOTUO_DATUM_BD09 },
  };

  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (out_datum != NULL, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (g_ascii_strcasecmp (str, names[k].name) == 0)
      {
        *out_datum = names[k].datum;
        return TRUE;
      }
  return FALSE;
}

const gchar *
totuo_datum_to_string (TotuoDatum datum)
{
  static const gchar *const ids[] = { "wgs84", "gcj02", "bd09" };
  g_return_val_if_fail ((guint) datum < G_N_ELEMENTS (ids), NULL);
  return ids[datum];
}

/* Where GCJ-02 differs from WGS84: a box around China. */
static gboolean
outside_china (gdouble lat,
               gdouble lon)
{
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

static gdouble
shift_lat (gdouble x,
           gdouble y)
{
  gdouble r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt (fabs (x));
  r += (20.0 * sin (6.0 * x * M_PI) + 20.0 * sin (2.0 * x * M_PI)) * 2.0 / 3.0;
  r += (20.0 * sin (y * M_PI) + 40.0 * sin (y / 3.0 * M_PI)) * 2.0 / 3.0;
  r += (160.0 * sin (y / 12.0 * M_PI) + 320.0 * sin (y * M_PI / 30.0)) * 2.0 / 3.0;
  return r;
}

static gdouble
shift_lon (gdouble x,
           gdouble y)
{
  gdouble r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt (fabs (x));
  r += (20.0 * sin (6.0 * x * M_PI) + 20.0 * sin (2.0 * x * M_PI)) * 2.0 / 3.0;
  r += (20.0 * sin (x * M_PI) + 40.0 * sin (x / 3.0 * M_PI)) * 2.0 / 3.0;
  r += (150.0 * sin (x / 12.0 * M_PI) + 300.0 * sin (x / 30.0 * M_PI)) * 2.0 / 3.0;
  return r;
}

static void
wgs84_to_gcj02 (gdouble  lat,
                gdouble  lon,
                gdouble *out_lat,
                gdouble *out_lon)
{
  gdouble dlat, dlon, rad, magic, sqrt_magic;

  if (outside_china (lat, lon))
    {
      *out_lat = lat;
      *out_lon = lon;
      return;
    }
  dlat = shift_lat (lon - 105.0, lat - 35.0);
  dlon = shift_lon (lon - 105.0, lat - 35.0);
  rad = lat / 180.0 * M_PI;
  magic = sin (rad);
  magic = 1 - KRASOVSKY_EE * magic * magic;
  sqrt_magic = sqrt (magic);
  dlat = (dlat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrt_magic) * M_PI);
  dlon = (dlon * 180.0) / (KRASOVSKY_A / sqrt_magic * cos (rad) * M_PI);
  *out_lat = lat + dlat;
  *out_lon = lon + dlon;
}

/* The inverse has no closed form: the fixed point of x = g - (f(x) - x),
 * which converges in a few steps because the offset changes slowly. */
static void
gcj02_to_wgs84 (gdouble  lat,
                gdouble  lon,
                gdouble *out_lat,
                gdouble *out_lon)
{
  gdouble wlat = lat, wlon = lon;

  for (guint k = 0; k < 30; k++)
    {
      gdouble glat, glon;
      wgs84_to_gcj02 (wlat, wlon, &glat, &glon);
      if (fabs (glat - lat) < 1e-10 && fabs (glon - lon) < 1e-10)
        break;
      wlat -= glat - lat;
      wlon -= glon - lon;
    }
  *out_lat = wlat;
  *out_lon = wlon;
}

static void
gcj02_to_bd09 (gdouble  lat,
               gdouble  lon,
               gdouble *out_lat,
               gdouble *out_lon)
{
  gdouble z = sqrt (lon * lon + lat * lat) + 0.00002 * sin (lat * BD_X_PI);
  gdouble theta = atan2 (lat, lon) + 0.000003 * cos (lon * BD_X_PI);
  *out_lon = z * cos (theta) + 0.0065;
  *out_lat = z * sin (theta) + 0.006;
}

static void
bd09_to_gcj02 (gdouble  lat,
               gdouble  lon,
               gdouble *out_lat,
               gdouble *out_lon)
{
  gdouble x = lon - 0.0065, y = lat - 0.006;
  gdouble z = sqrt (x * x + y * y) - 0.00002 * sin (y * BD_X_PI);
  gdouble theta = atan2 (y, x) - 0.000003 * cos (x * BD_X_PI);
  *out_lon = z * cos (theta);
  *out_lat = z * sin (theta);
}

static gboolean
valid (gdouble lat,
       gdouble lon)
{
  return lat >= -90.0 && lat <= 90.0 && lon >= -180.0 && lon <= 180.0;
}

gboolean
totuo_datum_to_wgs84 (TotuoDatum  datum,
                      gdouble     lat,
                      gdouble     lon,
                      gdouble    *out_lat,
                      gdouble    *out_lon)
{
  gdouble glat, glon;

  g_return_val_if_fail ((guint) datum <= TOTUO_DATUM_BD09, FALSE);
  g_return_val_if_fail (out_lat != NULL && out_lon != NULL, FALSE);
  if (!valid (lat, lon))
    return FALSE;
  switch (datum)
    {
    case TOTUO_DATUM_GCJ02:
      gcj02_to_wgs84 (lat, lon, out_lat, out_lon);
      break;
    case TOTUO_DATUM_BD09:
      bd09_to_gcj02 (lat, lon, &glat, &glon);
      gcj02_to_wgs84 (glat, glon, out_lat, out_lon);
      break;
    default:
      *out_lat = lat;
      *out_lon = lon;
    }
  return TRUE;
}

gboolean
totuo_datum_from_wgs84 (TotuoDatum  datum,
                        gdouble     lat,
                        gdouble     lon,
                        gdouble    *out_lat,
                        gdouble    *out_lon)
{
  gdouble glat, glon;

  g_return_val_if_fail ((guint) datum <= TOTUO_DATUM_BD09, FALSE);
  g_return_val_if_fail (out_lat != NULL && out_lon != NULL, FALSE);
  if (!valid (lat, lon))
    return FALSE;
  switch (datum)
    {
    case TOTUO_DATUM_GCJ02:
      wgs84_to_gcj02 (lat, lon, out_lat, out_lon);
      break;
    case TOTUO_DATUM_BD09:
      wgs84_to_gcj02 (lat, lon, &glat, &glon);
      gcj02_to_bd09 (glat, glon, out_lat, out_lon);
      break;
    default:
      *out_lat = lat;
      *out_lon = lon;
    }
  return TRUE;
}

gdouble
totuo_distance_m (gdouble lat1,
                  gdouble lon1,
                  gdouble lat2,
                  gdouble lon2)
{
  gdouble p1 = lat1 * M_PI / 180.0, p2 = lat2 * M_PI / 180.0;
  gdouble dp = p2 - p1, dl = (lon2 - lon1) * M_PI / 180.0;
  gdouble h = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 2.0 * TOTUO_EARTH_RADIUS_M * asin (sqrt (MIN (h, 1.0)));
}
