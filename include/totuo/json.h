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
 * @file json.h
 * @brief Reading and writing a whole dataset as JSON.
 *
 * One JSON object holds both tables:
 * `{"format": "totuo-dataset", "version": 1, "regions": [...],
 * "institutions": [...]}`, each element an object with the same member
 * names as the CSV columns (see docs/formats.md). Unknown values are
 * `null` or absent; service modes are an array of ids. Errors name the file,
 * the line and column for syntax errors, and the member's path (such as
 * `regions[3].population`) for bad values.
 */

/**
 * Loads regions and institutions from a JSON file.
 * @param dataset a dataset
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return TRUE on success; on failure the dataset is unchanged
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_json (TotuoDataset *dataset,
                                  const gchar  *path,
                                  GError      **error);

/**
 * Loads regions and institutions from JSON text in memory.
 * @param dataset a dataset
 * @param data the JSON text (need not be NUL-terminated)
 * @param length the length of @p data, or -1 if it is NUL-terminated
 * @param source_name (nullable): the name used in error messages
 * @param error return location for a GError, or NULL
 * @return TRUE on success; on failure the dataset is unchanged
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_json_data (TotuoDataset *dataset,
                                       const gchar  *data,
                                       gssize        length,
                                       const gchar  *source_name,
                                       GError      **error);

/**
 * Writes the whole dataset as JSON text.
 * @param dataset a dataset
 * @param out_length (out) (optional): the length of the text
 * @return (transfer full): the JSON text; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_dataset_to_json (TotuoDataset *dataset,
                              gsize        *out_length);

/**
 * Saves the whole dataset to a JSON file (written atomically).
 * @param dataset a dataset
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_save_json (TotuoDataset *dataset,
                                  const gchar  *path,
                                  GError      **error);

G_END_DECLS
