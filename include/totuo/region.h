/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/enums.h>

G_BEGIN_DECLS

/**
 * @file region.h
 * @brief TotuoRegion: one administrative region, as a record.
 *
 * A TotuoRegion is a record of one region: its code (an administrative
 * division code such as "500154", or any non-empty UTF-8 id), its Chinese
 * name, its level, its parent's code and its figures. A figure that is not
 * known (the documents' "—") is #TOTUO_UNKNOWN, which is distinct from 0.
 *
 * Records are values: totuo_dataset_add_region() copies one into a dataset,
 * and totuo_dataset_lookup_region() returns a new copy. Changing a copy does
 * not change the dataset.
 */

/** An opaque, reference-counted region record. */
typedef struct _TotuoRegion TotuoRegion;

/**
 * Creates a region record with every figure unknown and no parent.
 * @param code the region's code: non-empty UTF-8
 * @param name (nullable): the region's name (UTF-8); NULL means ""
 * @param level the region's level
 * @return (transfer full): a new region; release it with totuo_region_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoRegion *totuo_region_new (const gchar      *code,
                               const gchar      *name,
                               TotuoRegionLevel  level);

/**
 * Creates an independent copy of a region record.
 * @param region a region
 * @return (transfer full): a new region
 */
TOTUO_AVAILABLE_IN_0_1
TotuoRegion *totuo_region_copy (const TotuoRegion *region);

/**
 * Adds a reference.
 * @param region a region
 * @return (transfer full): @p region
 */
TOTUO_AVAILABLE_IN_0_1
TotuoRegion *totuo_region_ref (TotuoRegion *region);

/**
 * Releases a reference; the record is freed with the last one.
 * @param region (nullable): a region
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_unref (TotuoRegion *region);

/**
 * The region's code.
 * @param region a region
 * @return (transfer none): the code
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_region_get_code (const TotuoRegion *region);

/**
 * The region's name.
 * @param region a region
 * @return (transfer none): the name, possibly ""
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_region_get_name (const TotuoRegion *region);

/**
 * The region's level.
 * @param region a region
 * @return the level
 */
TOTUO_AVAILABLE_IN_0_1
TotuoRegionLevel totuo_region_get_level (const TotuoRegion *region);

/**
 * The code of the region's parent.
 * @param region a region
 * @return (transfer none) (nullable): the parent's code, or NULL for a root
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_region_get_parent_code (const TotuoRegion *region);

/**
 * The resident population 常住人口.
 * @param region a region
 * @return the population, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_region_get_population (const TotuoRegion *region);

/**
 * The number of children under three 3岁以下婴幼儿数.
 * @param region a region
 * @return the count, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_region_get_under3 (const TotuoRegion *region);

/**
 * The number of kindergartens 幼儿园数, the denominator of the
 * kindergarten share.
 * @param region a region
 * @return the count, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_region_get_kindergartens (const TotuoRegion *region);

/**
 * The region's location, if known.
 * @param region a region
 * @param out_lat (out) (optional): latitude in degrees
 * @param out_lon (out) (optional): longitude in degrees
 * @return TRUE if the location is known
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_region_get_location (const TotuoRegion *region,
                                    gdouble           *out_lat,
                                    gdouble           *out_lon);

/**
 * Sets the name.
 * @param region a region
 * @param name (nullable): UTF-8 name; NULL means ""
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_set_name (TotuoRegion *region,
                            const gchar *name);

/**
 * Sets the level.
 * @param region a region
 * @param level the level
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_set_level (TotuoRegion      *region,
                             TotuoRegionLevel  level);

/**
 * Sets the parent's code.
 * @param region a region
 * @param parent_code (nullable): the parent's code, or NULL for a root
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_set_parent_code (TotuoRegion *region,
                                   const gchar *parent_code);

/**
 * Sets the resident population.
 * @param region a region
 * @param population a count >= 0, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_set_population (TotuoRegion *region,
                                  gint64       population);

/**
 * Sets the number of children under three.
 * @param region a region
 * @param under3 a count >= 0, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_set_under3 (TotuoRegion *region,
                              gint64       under3);

/**
 * Sets the number of kindergartens.
 * @param region a region
 * @param kindergartens a count >= 0, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_set_kindergartens (TotuoRegion *region,
                                     gint64       kindergartens);

/**
 * Sets the location. Latitude must lie in [-90, 90] and longitude in
 * [-180, 180]; totuo_dataset_add_region() rejects other values.
 * @param region a region
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_set_location (TotuoRegion *region,
                                gdouble      lat,
                                gdouble      lon);

/**
 * Forgets the location.
 * @param region a region
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_region_clear_location (TotuoRegion *region);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoRegion, totuo_region_unref)

G_END_DECLS
