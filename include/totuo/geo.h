/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>

G_BEGIN_DECLS

/**
 * @file geo.h
 * @brief Coordinates: map datums and great-circle distance.
 *
 * Chinese map services do not return WGS84. Amap (高德) and Tencent return
 * GCJ-02, Baidu returns BD-09; both are offset from WGS84 by a few hundred
 * metres, as much as a 5-minute living circle (GB 50180-2018). The library
 * works in WGS84: a file geocoded through one of those services says its
 * datum, and its coordinates are converted on the way in with the published
 * formulas (docs/access.md gives them and their error).
 */

/** A map datum (a coordinate reference system of latitude and longitude). */
typedef enum {
  TOTUO_DATUM_WGS84 = 0, /**< WGS84 (EPSG:4326), GPS and OpenStreetMap */
  TOTUO_DATUM_GCJ02 = 1, /**< GCJ-02 (火星坐标), Amap and Tencent */
  TOTUO_DATUM_BD09 = 2,  /**< BD-09, Baidu */
} TotuoDatum;

/** The mean radius of the Earth, in metres (IUGG): what distances use. */
#define TOTUO_EARTH_RADIUS_M 6371008.8

/**
 * Parses a datum: "wgs84" (or "EPSG:4326", "WGS-84"), "gcj02" (or "GCJ-02",
 * "amap", "高德", "tencent", "腾讯", "火星"), "bd09" (or "BD-09", "baidu",
 * "百度"), in any case.
 * @param str the name
 * @param out_datum (out): the datum
 * @return TRUE if @p str names a datum
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_datum_from_string (const gchar *str,
                                  TotuoDatum  *out_datum);

/**
 * The id of a datum: "wgs84", "gcj02" or "bd09".
 * @param datum a datum
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_datum_to_string (TotuoDatum datum);

/**
 * Converts a point of @p datum to WGS84. GCJ-02 is inverted by iterating
 * the forward formula to 1e-9 degree (about 0.1 mm); BD-09 goes to GCJ-02
 * first, by its published inverse. Outside China's box (where GCJ-02 is
 * WGS84) a GCJ-02 point is returned as it is. Fails (FALSE, outputs
 * untouched) for a latitude outside [-90, 90], a longitude outside
 * [-180, 180], or a value that is not finite.
 * @param datum the datum of @p lat and @p lon
 * @param lat the latitude, in degrees
 * @param lon the longitude, in degrees
 * @param out_lat (out): the WGS84 latitude
 * @param out_lon (out): the WGS84 longitude
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_datum_to_wgs84 (TotuoDatum  datum,
                               gdouble     lat,
                               gdouble     lon,
                               gdouble    *out_lat,
                               gdouble    *out_lon);

/**
 * Converts a WGS84 point to @p datum: the forward formulas, as the map
 * services apply them. Fails as totuo_datum_to_wgs84() does.
 * @param datum the datum wanted
 * @param lat the WGS84 latitude, in degrees
 * @param lon the WGS84 longitude, in degrees
 * @param out_lat (out): the latitude in @p datum
 * @param out_lon (out): the longitude in @p datum
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_datum_from_wgs84 (TotuoDatum  datum,
                                 gdouble     lat,
                                 gdouble     lon,
                                 gdouble    *out_lat,
                                 gdouble    *out_lon);

/**
 * The great-circle distance between two WGS84 points, in metres, on a
 * sphere of radius #TOTUO_EARTH_RADIUS_M (haversine). Within a city the
 * sphere is within 0.5% of the ellipsoid.
 * @param lat1 the first point's latitude, in degrees
 * @param lon1 the first point's longitude, in degrees
 * @param lat2 the second point's latitude, in degrees
 * @param lon2 the second point's longitude, in degrees
 * @return the distance in metres
 */
TOTUO_AVAILABLE_IN_0_1
gdouble totuo_distance_m (gdouble lat1,
                          gdouble lon1,
                          gdouble lat2,
                          gdouble lon2);

G_END_DECLS
