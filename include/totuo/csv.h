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
 * @file csv.h
 * @brief Reading and writing regions and institutions as CSV.
 *
 * The files are RFC 4180 CSV with CRLF or LF line ends and a header row
 * that names the columns in any order, in English or in Chinese, under the
 * names real exports use, with a unit in brackets where they write one
 * (see docs/formats.md). UTF-8 (a byte-order mark is allowed) is read as
 * it is; UTF-16 with a byte-order mark (Excel's "Unicode text") and
 * GB18030/GBK (Excel's CSV on Chinese Windows) are detected and converted,
 * as are tab- and semicolon-separated files (the separator of the header
 * row), each noted among the dataset's warnings. An Excel workbook (.xlsx,
 * found by its content, whatever its name) is read too: the sheet named
 * (totuo_dataset_set_input_sheet()) or else the first with a header row
 * (a cover sheet before it is passed over, with a warning), from the header row
 * found among the first 50, without its totals row; errors then name the
 * sheet and the cell ("机构.xlsx[名录]:7: column 'places' (C7): ..."). Regions:
 * `code,name,level,parent,population,under3,kindergartens,lat,lon`;
 * institutions: `id,name,region,kind,ownership,inclusive,places,enrolled,
 * status,modes,monthly_fee,staff,certified_staff,health_manager,lat,lon`.
 * Empty optional fields mean unknown. A column the library does not know
 * is not used, and a warning says so, naming the closest known column
 * (totuo_dataset_get_warnings()).
 *
 * Loading adds to what the dataset holds: regions may name parents loaded
 * before or in the same file, in any order; institutions must name regions
 * already in the dataset. A load that fails changes nothing and reports
 * the first error found, with file, line and column.
 */

/**
 * Reads a mapping file for an export that no alias covers, used by the
 * loaders of @p dataset from now on (NULL forgets it). A GKeyFile:
 * `[columns]` (header = column id), `[values.COLUMN]` (word = id),
 * `[units]` (column id = unit, such as 万人), `[table]` (`sheet`,
 * `header_row`); see docs/formats.md, "Mapping files". Errors name the
 * file, the group and the key.
 * Fails with #TOTUO_ERROR_IO, #TOTUO_ERROR_SYNTAX or #TOTUO_ERROR_UNKNOWN_VALUE.
 * @param dataset a dataset
 * @param path (nullable): the mapping file, or NULL
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_mapping (TotuoDataset *dataset,
                                     const gchar  *path,
                                     GError      **error);

/**
 * Names the sheet the loaders of @p dataset read from an Excel workbook
 * (.xlsx) from now on; NULL (the default) reads the first sheet with a header row.
 * @param dataset a dataset
 * @param sheet (nullable): a sheet's name, or NULL
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_dataset_set_input_sheet (TotuoDataset *dataset,
                                    const gchar  *sheet);

/**
 * Names the encoding the CSV loaders of @p dataset read from now on,
 * instead of detecting it: "GB18030", "GBK", "UTF-16LE", "UTF-8" or any
 * name iconv knows. NULL returns to detection.
 * @param dataset a dataset
 * @param encoding (nullable): an encoding name, or NULL
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_dataset_set_input_encoding (TotuoDataset *dataset,
                                       const gchar  *encoding);

/**
 * Loads regions from a CSV file.
 * @param dataset a dataset
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_regions_csv (TotuoDataset *dataset,
                                         const gchar  *path,
                                         GError      **error);

/**
 * Loads regions from CSV text in memory.
 * @param dataset a dataset
 * @param data the CSV bytes (need not be NUL-terminated)
 * @param length the length of @p data, or -1 if it is NUL-terminated
 * @param source_name (nullable): the name used in error messages, or NULL
 *   for "<data>"
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_regions_csv_data (TotuoDataset *dataset,
                                              const gchar  *data,
                                              gssize        length,
                                              const gchar  *source_name,
                                              GError      **error);

/**
 * Loads institutions from a CSV file.
 * @param dataset a dataset
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_institutions_csv (TotuoDataset *dataset,
                                              const gchar  *path,
                                              GError      **error);

/**
 * Loads institutions from CSV text in memory.
 * @param dataset a dataset
 * @param data the CSV bytes (need not be NUL-terminated)
 * @param length the length of @p data, or -1 if it is NUL-terminated
 * @param source_name (nullable): the name used in error messages
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_institutions_csv_data (TotuoDataset *dataset,
                                                   const gchar  *data,
                                                   gssize        length,
                                                   const gchar  *source_name,
                                                   GError      **error);

/**
 * Checks a regions file and lists every error in it, not only the first:
 * for a validator. The rows that are valid are loaded (a row with an error
 * is skipped; a region whose parent, level or cycle is wrong is kept as a
 * root), so that an institutions file can be checked against them next.
 * An error that stops the whole file (no header, bad encoding, unclosed
 * quote) ends the list. At most 1,000 errors are listed.
 * @param dataset a dataset
 * @param path the file's path
 * @param out_n_errors (out) (optional): the number of errors
 * @return (transfer full): a NULL-terminated array of messages, each with
 *   file and line, empty when the file is valid; free with g_strfreev()
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_dataset_check_regions_csv (TotuoDataset *dataset,
                                         const gchar  *path,
                                         gsize        *out_n_errors);

/**
 * Checks an institutions file and lists every error in it; valid rows are
 * loaded. See totuo_dataset_check_regions_csv().
 * @param dataset a dataset
 * @param path the file's path
 * @param out_n_errors (out) (optional): the number of errors
 * @return (transfer full): a NULL-terminated array of messages; free with
 *   g_strfreev()
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_dataset_check_institutions_csv (TotuoDataset *dataset,
                                              const gchar  *path,
                                              gsize        *out_n_errors);

/**
 * Writes every region as CSV text with the English header.
 * @param dataset a dataset
 * @param out_length (out) (optional): the length of the text
 * @return (transfer full): the CSV text; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_dataset_regions_to_csv (TotuoDataset *dataset,
                                     gsize        *out_length);

/**
 * Writes every institution as CSV text with the English header.
 * @param dataset a dataset
 * @param out_length (out) (optional): the length of the text
 * @return (transfer full): the CSV text; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_dataset_institutions_to_csv (TotuoDataset *dataset,
                                          gsize        *out_length);

/**
 * Saves every region to a CSV file (written atomically).
 * @param dataset a dataset
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_save_regions_csv (TotuoDataset *dataset,
                                         const gchar  *path,
                                         GError      **error);

/**
 * Saves every institution to a CSV file (written atomically).
 * @param dataset a dataset
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_save_institutions_csv (TotuoDataset *dataset,
                                              const gchar  *path,
                                              GError      **error);

G_END_DECLS
