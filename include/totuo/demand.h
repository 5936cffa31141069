/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/enums.h>
#include <totuo/geo.h>
#include <totuo/dataset.h>

G_BEGIN_DECLS

/**
 * @file demand.h
 * @brief Demand points: where the children under three live.
 *
 * A demand point is a place with children under three (a community's
 * centroid, a residential compound, a grid cell): its id, the region it
 * belongs to, its location and its children (and, when known, its
 * residents). Spatial access (access.h) measures how well each one reaches
 * the places of the dataset's institutions. Locations are kept in WGS84;
 * a file in another datum is converted on the way in.
 */

/** Demand points over a dataset's regions: immutable, reference counted. */
typedef struct _TotuoDemand TotuoDemand;

/**
 * Demand points from the regions of one level: each region of @p level with
 * a location (its `lat` and `lon`) and a known number of children under
 * three becomes a point with the region's code as its id. A region without
 * a location or without a figure for its children is left out with a
 * warning (totuo_demand_get_warnings()): it is not a point at zero. Fails
 * with #TOTUO_ERROR_NOT_FOUND when no region of @p level has both.
 * @param dataset a dataset
 * @param level the level of the points (communities, or streets)
 * @param datum the datum of the regions' coordinates
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the points; release with totuo_demand_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDemand *totuo_demand_new_from_regions (TotuoDataset     *dataset,
                                            TotuoRegionLevel  level,
                                            TotuoDatum        datum,
                                            GError          **error);

/**
 * Demand points from a CSV file: one row per point with the columns `id`,
 * `region` (a region code of @p dataset), `lat`, `lon` and `under3` (the
 * children under three), and optionally `residents` and `crs` (the row's
 * datum, overriding @p datum). Chinese headers work too (编号, 区划代码,
 * 纬度, 经度, 3岁以下婴幼儿数, 常住人口, 坐标系); docs/access.md lists
 * every name. GB18030 and UTF-16 files are read as the registries are.
 * Every error names the file, line and column; nothing is kept from a file
 * that fails. Columns not used are warnings.
 * @param dataset the dataset whose regions the points name
 * @param path the file
 * @param datum the datum of the coordinates, unless a row's `crs` says
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the points; release with totuo_demand_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDemand *totuo_demand_load_csv (TotuoDataset *dataset,
                                    const gchar  *path,
                                    TotuoDatum    datum,
                                    GError      **error);

/**
 * As totuo_demand_load_csv(), from text in memory.
 * @param dataset the dataset whose regions the points name
 * @param data the CSV text
 * @param length its length in bytes, or -1 if NUL-terminated
 * @param source_name (nullable): the name errors give it
 * @param datum the datum of the coordinates, unless a row's `crs` says
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the points; release with totuo_demand_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDemand *totuo_demand_load_csv_data (TotuoDataset *dataset,
                                         const gchar  *data,
                                         gssize        length,
                                         const gchar  *source_name,
                                         TotuoDatum    datum,
                                         GError      **error);

/**
 * Demand points from a JSON file: an array of objects with the members of
 * the CSV columns (`id`, `region`, `lat`, `lon`, `under3` or `children`,
 * `residents`, `crs`), an object holding that array as `points`, or a
 * GeoJSON FeatureCollection (RFC 7946) of Points whose properties hold the
 * rest (what QGIS exports and totuo_report_access_geojson() writes). Errors
 * name the file and the point (`points[3].lat`, `features[3].geometry`).
 * GeoJSON is WGS84 by the RFC; a file from a Chinese map service may not
 * be: give its datum.
 * @param dataset the dataset whose regions the points name
 * @param path the file
 * @param datum the datum of the coordinates, unless a point's `crs` says
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the points; release with totuo_demand_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDemand *totuo_demand_load_json (TotuoDataset *dataset,
                                     const gchar  *path,
                                     TotuoDatum    datum,
                                     GError      **error);

/**
 * As totuo_demand_load_json(), from text in memory.
 * @param dataset the dataset whose regions the points name
 * @param data the JSON text
 * @param length its length in bytes, or -1 if NUL-terminated
 * @param source_name (nullable): the name errors give it
 * @param datum the datum of the coordinates, unless a point's `crs` says
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the points; release with totuo_demand_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDemand *totuo_demand_load_json_data (TotuoDataset *dataset,
                                          const gchar  *data,
                                          gssize        length,
                                          const gchar  *source_name,
                                          TotuoDatum    datum,
                                          GError      **error);

/**
 * Adds a reference.
 * @param demand demand points
 * @return (transfer full): @p demand
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDemand *totuo_demand_ref (TotuoDemand *demand);

/**
 * Releases a reference.
 * @param demand (nullable): demand points
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_demand_unref (TotuoDemand *demand);

/**
 * The dataset the points belong to.
 * @param demand demand points
 * @return (transfer none): the dataset
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDataset *totuo_demand_get_dataset (TotuoDemand *demand);

/**
 * The number of points.
 * @param demand demand points
 * @return the number of points
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_demand_get_n_points (TotuoDemand *demand);

/**
 * A point's id.
 * @param demand demand points
 * @param index a point, below totuo_demand_get_n_points()
 * @return (transfer none): the id
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_demand_get_id (TotuoDemand *demand,
                                  gsize        index);

/**
 * The code of a point's region.
 * @param demand demand points
 * @param index a point
 * @return (transfer none): the region's code
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_demand_get_region_code (TotuoDemand *demand,
                                           gsize        index);

/**
 * A point's location in WGS84.
 * @param demand demand points
 * @param index a point
 * @param out_lat (out) (optional): the latitude, in degrees
 * @param out_lon (out) (optional): the longitude, in degrees
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_demand_get_location (TotuoDemand *demand,
                                gsize        index,
                                gdouble     *out_lat,
                                gdouble     *out_lon);

/**
 * A point's children under three.
 * @param demand demand points
 * @param index a point
 * @return the children
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_demand_get_children (TotuoDemand *demand,
                                  gsize        index);

/**
 * A point's residents, or #TOTUO_UNKNOWN.
 * @param demand demand points
 * @param index a point
 * @return the residents
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_demand_get_residents (TotuoDemand *demand,
                                   gsize        index);

/**
 * What the load found doubtful: columns not used, regions left out, rows
 * converted from another datum or encoding.
 * @param demand demand points
 * @param out_n (out) (optional): the number of warnings
 * @return (transfer full): a NULL-terminated array of messages; free with g_strfreev()
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_demand_get_warnings (TotuoDemand *demand,
                                   gsize       *out_n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoDemand, totuo_demand_unref)

G_END_DECLS
