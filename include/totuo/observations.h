/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/dataset.h>

G_BEGIN_DECLS

/**
 * @file observations.h
 * @brief TotuoObservations: the value of an indicator for a region and a
 * year, from yearly datasets and from external observations.
 *
 * Two sources can be mixed. A dataset of a year gives every registry
 * indicator of every region for that year (computed in one pass when the
 * dataset is added). External observations, from a CSV of
 * `indicator,region,year,value` (docs/tracking.md), give indicators no
 * registry can compute (parents' knowledge rate, guidance centres) and may
 * also correct a computed value: an external observation wins over the
 * dataset of the same year.
 */

/** An opaque, reference-counted set of observations. */
typedef struct _TotuoObservations TotuoObservations;

/**
 * Creates an empty set.
 * @return (transfer full): a new set; release with totuo_observations_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoObservations *totuo_observations_new (void);

/**
 * Adds a reference.
 * @param observations a set
 * @return (transfer full): @p observations
 */
TOTUO_AVAILABLE_IN_0_1
TotuoObservations *totuo_observations_ref (TotuoObservations *observations);

/**
 * Releases a reference.
 * @param observations (nullable): a set
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_observations_unref (TotuoObservations *observations);

/**
 * Adds the dataset of a year (one per year). Its indicators are computed
 * now; the set keeps a reference to the dataset.
 * Fails with #TOTUO_ERROR_DUPLICATE_ID if the year already has a dataset.
 * @param observations a set
 * @param year the year the dataset describes (its end)
 * @param dataset the dataset
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_observations_add_dataset (TotuoObservations *observations,
                                         gint               year,
                                         TotuoDataset      *dataset,
                                         GError           **error);

/**
 * Adds one external observation. Fails with #TOTUO_ERROR_DUPLICATE_ID if
 * the same indicator, region and year already has one, and
 * #TOTUO_ERROR_BAD_NUMBER for NaN or infinity.
 * @param observations a set
 * @param indicator an indicator id (of the registry, or external)
 * @param region_code a region code
 * @param year the year
 * @param value the value
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_observations_add (TotuoObservations *observations,
                                 const gchar       *indicator,
                                 const gchar       *region_code,
                                 gint               year,
                                 gdouble            value,
                                 GError           **error);

/**
 * Loads external observations from a CSV file with the columns
 * `indicator,region,year,value` (Chinese headers 指标, 区划代码, 年份, 数值).
 * Errors name the file, line and column; on error nothing is added.
 * @param observations a set
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_observations_load_csv (TotuoObservations *observations,
                                      const gchar       *path,
                                      GError           **error);

/**
 * Loads external observations from CSV text in memory.
 * @param observations a set
 * @param data the CSV text (need not be NUL-terminated)
 * @param length the length of @p data, or -1 if it is NUL-terminated
 * @param source_name (nullable): the name used in error messages
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_observations_load_csv_data (TotuoObservations *observations,
                                           const gchar       *data,
                                           gssize             length,
                                           const gchar       *source_name,
                                           GError           **error);

/**
 * The value of an indicator for a region and a year: the external
 * observation if there is one, else the value computed from that year's
 * dataset if it is defined.
 * @param observations a set
 * @param indicator an indicator id
 * @param region_code a region code
 * @param year the year
 * @param out_value (out) (optional): the value
 * @return TRUE if a value is known
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_observations_lookup (TotuoObservations *observations,
                                    const gchar       *indicator,
                                    const gchar       *region_code,
                                    gint               year,
                                    gdouble           *out_value);

/**
 * The parent of a region, from the newest dataset that holds the region.
 * @param observations a set
 * @param region_code a region code
 * @return (transfer full) (nullable): the parent's code (free with g_free()),
 *   or NULL if no dataset knows the region or it is a root
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_observations_get_parent_code (TotuoObservations *observations,
                                           const gchar       *region_code);

/**
 * The years that have a dataset or at least one external observation.
 * @param observations a set
 * @param out_n (out): the number of years
 * @return (transfer full): the years in increasing order; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gint *totuo_observations_get_years (TotuoObservations *observations,
                                    gsize             *out_n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoObservations, totuo_observations_unref)

G_END_DECLS
