/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/region.h>
#include <totuo/institution.h>

G_BEGIN_DECLS

/**
 * @file dataset.h
 * @brief TotuoDataset: a validated tree of regions and the institutions in it.
 *
 * A dataset holds regions as a tree (unique codes, known parents, no cycles,
 * each level strictly below its parent's) and institutions attached to
 * regions (unique ids, known regions, enrolled <= places, certified staff
 * <= staff). Every way in (adding one record, loading a file) checks the
 * same rules, and a change that fails leaves the dataset exactly as it was.
 *
 * Storage is columnar and contiguous: lookups by code or id take O(1);
 * removal takes O(n) because it keeps the order of the other records.
 * Regions and institutions are numbered from 0 in the order they were added;
 * removing one renumbers those after it.
 *
 * A dataset is not thread-safe for writing; several threads may read one
 * that no thread changes.
 */

/** An opaque, reference-counted dataset. */
typedef struct _TotuoDataset TotuoDataset;

/**
 * Creates an empty dataset.
 * @return (transfer full): a new dataset; release with totuo_dataset_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDataset *totuo_dataset_new (void);

/**
 * Adds a reference.
 * @param dataset a dataset
 * @return (transfer full): @p dataset
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDataset *totuo_dataset_ref (TotuoDataset *dataset);

/**
 * Releases a reference; the dataset is freed with the last one.
 * @param dataset (nullable): a dataset
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_dataset_unref (TotuoDataset *dataset);

/**
 * The number of regions.
 * @param dataset a dataset
 * @return the count
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_dataset_get_n_regions (TotuoDataset *dataset);

/**
 * The number of institutions.
 * @param dataset a dataset
 * @return the count
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_dataset_get_n_institutions (TotuoDataset *dataset);

/**
 * Adds a copy of a region. Its parent, if any, must already be in the
 * dataset, and its level must be strictly below the parent's.
 *
 * Fails with #TOTUO_ERROR_DUPLICATE_ID, #TOTUO_ERROR_UNKNOWN_PARENT,
 * #TOTUO_ERROR_LEVEL, #TOTUO_ERROR_NEGATIVE, #TOTUO_ERROR_OUT_OF_RANGE,
 * #TOTUO_ERROR_ENCODING or #TOTUO_ERROR_MISSING_VALUE.
 *
 * @param dataset a dataset
 * @param region the region to copy in
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_add_region (TotuoDataset      *dataset,
                                   const TotuoRegion *region,
                                   GError           **error);

/**
 * Adds a copy of an institution. Its region must be in the dataset.
 *
 * Fails with #TOTUO_ERROR_DUPLICATE_ID, #TOTUO_ERROR_UNKNOWN_REGION,
 * #TOTUO_ERROR_NEGATIVE, #TOTUO_ERROR_OUT_OF_RANGE,
 * #TOTUO_ERROR_INCONSISTENT, #TOTUO_ERROR_ENCODING or
 * #TOTUO_ERROR_MISSING_VALUE.
 *
 * @param dataset a dataset
 * @param inst the institution to copy in
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_add_institution (TotuoDataset           *dataset,
                                        const TotuoInstitution *inst,
                                        GError                **error);

/**
 * Removes a region that has no child regions and no institutions.
 * Fails with #TOTUO_ERROR_NOT_FOUND or #TOTUO_ERROR_IN_USE.
 *
 * @param dataset a dataset
 * @param code the region's code
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_remove_region (TotuoDataset *dataset,
                                      const gchar  *code,
                                      GError      **error);

/**
 * Removes an institution. Fails with #TOTUO_ERROR_NOT_FOUND.
 *
 * @param dataset a dataset
 * @param id the institution's id
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_remove_institution (TotuoDataset *dataset,
                                           const gchar  *id,
                                           GError      **error);

/**
 * Looks a region up by code, in O(1).
 * @param dataset a dataset
 * @param code a region code
 * @return (transfer full) (nullable): a copy of the region, or NULL if absent
 */
TOTUO_AVAILABLE_IN_0_1
TotuoRegion *totuo_dataset_lookup_region (TotuoDataset *dataset,
                                          const gchar  *code);

/**
 * Looks an institution up by id, in O(1).
 * @param dataset a dataset
 * @param id an institution id
 * @return (transfer full) (nullable): a copy of the institution, or NULL
 */
TOTUO_AVAILABLE_IN_0_1
TotuoInstitution *totuo_dataset_lookup_institution (TotuoDataset *dataset,
                                                    const gchar  *id);

/**
 * The region at a position (0 .. n_regions - 1, in the order added).
 * @param dataset a dataset
 * @param index the position
 * @return (transfer full): a copy of the region
 */
TOTUO_AVAILABLE_IN_0_1
TotuoRegion *totuo_dataset_get_region (TotuoDataset *dataset,
                                       gsize         index);

/**
 * The institution at a position (0 .. n_institutions - 1).
 * @param dataset a dataset
 * @param index the position
 * @return (transfer full): a copy of the institution
 */
TOTUO_AVAILABLE_IN_0_1
TotuoInstitution *totuo_dataset_get_institution (TotuoDataset *dataset,
                                                 gsize         index);

/**
 * The codes of a region's children, in the order they were added; with
 * @p code NULL, the codes of the roots (regions without a parent).
 *
 * @param dataset a dataset
 * @param code (nullable): a region code, or NULL for the roots
 * @param out_n (out) (optional): the number of codes
 * @return (transfer full) (nullable): a NULL-terminated array of codes
 *   (free with g_strfreev()), or NULL if @p code is not in the dataset
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_dataset_get_children (TotuoDataset *dataset,
                                    const gchar  *code,
                                    gsize        *out_n);

/**
 * The codes of a region and of every region beneath it, in depth-first
 * pre-order (a parent before its children).
 *
 * @param dataset a dataset
 * @param code a region code
 * @param out_n (out) (optional): the number of codes
 * @return (transfer full) (nullable): a NULL-terminated array of codes,
 *   or NULL if @p code is not in the dataset
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_dataset_get_subtree (TotuoDataset *dataset,
                                   const gchar  *code,
                                   gsize        *out_n);

/**
 * The ids of the institutions in a region and in every region beneath it,
 * in the order they were added.
 *
 * @param dataset a dataset
 * @param code a region code
 * @param out_n (out) (optional): the number of ids
 * @return (transfer full) (nullable): a NULL-terminated array of ids,
 *   or NULL if @p code is not in the dataset
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_dataset_get_institutions_in (TotuoDataset *dataset,
                                           const gchar  *code,
                                           gsize        *out_n);

/**
 * The code of the region that @p code_or_name names: a region code, or
 * else the name of exactly one region ("汉丰街道"). A name that several
 * regions share is an error that lists them with their codes. Institution
 * files may name their regions either way; so may `--region`.
 * Fails with #TOTUO_ERROR_UNKNOWN_REGION.
 *
 * @param dataset a dataset
 * @param code_or_name a region's code or name
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the code; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_dataset_resolve_region (TotuoDataset *dataset,
                                     const gchar  *code_or_name,
                                     GError      **error);

/**
 * What the loads into a dataset found doubtful but not wrong, each located
 * like an error ("file:line: ..."), in the order found: a column that is
 * not used (with the closest known column), and the like. Errors refuse a
 * load; warnings are kept with a load that succeeded (a failed load keeps
 * none), until totuo_dataset_clear_warnings(). `totuo validate` prints them
 * apart from errors, and `--strict` counts them as errors.
 *
 * @param dataset a dataset
 * @param out_n (out) (optional): the number of warnings
 * @return (transfer full): a NULL-terminated array of messages; free with g_strfreev()
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_dataset_get_warnings (TotuoDataset *dataset,
                                    gsize        *out_n);

/**
 * Forgets the warnings kept so far (see totuo_dataset_get_warnings()).
 *
 * @param dataset a dataset
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_dataset_clear_warnings (TotuoDataset *dataset);

/**
 * Whether two datasets hold the same regions and institutions with the
 * same values, in the same order. Used to prove that saving and loading
 * again loses nothing.
 *
 * @param a a dataset
 * @param b another dataset
 * @return TRUE if they are equal
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_equal (TotuoDataset *a,
                              TotuoDataset *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoDataset, totuo_dataset_unref)

G_END_DECLS
