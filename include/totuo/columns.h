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
 * @file columns.h
 * @brief A dataset's regions and institutions a whole column at a time.
 *
 * Reading a million institutions one record at a time costs a million
 * calls per field; a binding (Python's ctypes) pays for each. These
 * functions fill a caller's array with one field of every row, in the
 * dataset's order, in one call: numbers as 64-bit integers or doubles,
 * texts as one buffer with offsets. docs/python.md shows how the Python
 * bindings make DataFrames of them; totuo_indicator_table_get_column()
 * does the same for an indicator. The other way, a table's columns in
 * memory load as a file would (totuo_dataset_load_institutions_columns()).
 *
 * Each field has one type (totuo_region_field_get_type(),
 * totuo_institution_field_get_type()); asking for it as another is a
 * programming error (a failed precondition), as is an array whose length
 * is not the number of rows.
 */

/** The fields of a region, in the order of a regions CSV file. */
typedef enum {
  TOTUO_REGION_FIELD_CODE = 0,       /**< text: the code */
  TOTUO_REGION_FIELD_NAME,           /**< text: the name, possibly "" */
  TOTUO_REGION_FIELD_LEVEL,          /**< integer: a #TotuoRegionLevel */
  TOTUO_REGION_FIELD_PARENT,         /**< text: the parent's code, "" for a root */
  TOTUO_REGION_FIELD_POPULATION,     /**< integer: or #TOTUO_UNKNOWN */
  TOTUO_REGION_FIELD_UNDER3,         /**< integer: or #TOTUO_UNKNOWN */
  TOTUO_REGION_FIELD_KINDERGARTENS,  /**< integer: or #TOTUO_UNKNOWN */
  TOTUO_REGION_FIELD_LAT,            /**< real: degrees, or NaN */
  TOTUO_REGION_FIELD_LON,            /**< real: degrees, or NaN */
} TotuoRegionField;

/** Number of values of #TotuoRegionField. */
#define TOTUO_N_REGION_FIELDS 9

/** The fields of an institution: the columns of an institutions CSV file,
 * in its order, then the row of its region. */
typedef enum {
  TOTUO_INSTITUTION_FIELD_ID = 0,          /**< text: the id */
  TOTUO_INSTITUTION_FIELD_NAME,            /**< text: the name, possibly "" */
  TOTUO_INSTITUTION_FIELD_REGION,          /**< text: the code of its region */
  TOTUO_INSTITUTION_FIELD_KIND,            /**< integer: a #TotuoKind */
  TOTUO_INSTITUTION_FIELD_OWNERSHIP,       /**< integer: a #TotuoOwnership */
  TOTUO_INSTITUTION_FIELD_INCLUSIVE,       /**< integer: a #TotuoFlag */
  TOTUO_INSTITUTION_FIELD_PLACES,          /**< integer: places, >= 0 */
  TOTUO_INSTITUTION_FIELD_ENROLLED,        /**< integer: or #TOTUO_UNKNOWN */
  TOTUO_INSTITUTION_FIELD_STATUS,          /**< integer: a #TotuoStatus */
  TOTUO_INSTITUTION_FIELD_MODES,           /**< integer: #TotuoModes flags */
  TOTUO_INSTITUTION_FIELD_MONTHLY_FEE,     /**< real: yuan, or NaN */
  TOTUO_INSTITUTION_FIELD_STAFF,           /**< integer: or #TOTUO_UNKNOWN */
  TOTUO_INSTITUTION_FIELD_CERTIFIED_STAFF, /**< integer: or #TOTUO_UNKNOWN */
  TOTUO_INSTITUTION_FIELD_HEALTH_MANAGER,  /**< integer: a #TotuoFlag */
  TOTUO_INSTITUTION_FIELD_LAT,             /**< real: degrees, or NaN */
  TOTUO_INSTITUTION_FIELD_LON,             /**< real: degrees, or NaN */
  /** integer: the row of its region, as totuo_dataset_get_region() numbers
   * regions; not a column of the CSV files, for joins (a DataFrame's
   * region categorical, say) without a million codes */
  TOTUO_INSTITUTION_FIELD_REGION_ROW,
} TotuoInstitutionField;

/** Number of values of #TotuoInstitutionField. */
#define TOTUO_N_INSTITUTION_FIELDS 17

/** How a field's column is filled. */
typedef enum {
  TOTUO_COLUMN_TEXT = 0,   /**< one buffer of UTF-8 texts with offsets */
  TOTUO_COLUMN_INTEGER,    /**< gint64; #TOTUO_UNKNOWN where not known */
  TOTUO_COLUMN_REAL,       /**< gdouble; NaN where not known */
} TotuoColumnType;

/**
 * The column name of a region field, as a regions CSV file's header has it
 * ("code", "name", "level" ...).
 * @param field a #TotuoRegionField
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_region_field_get_name (TotuoRegionField field);

/**
 * The type of a region field's column.
 * @param field a #TotuoRegionField
 * @return its #TotuoColumnType
 */
TOTUO_AVAILABLE_IN_0_1
TotuoColumnType totuo_region_field_get_type (TotuoRegionField field);

/**
 * The column name of an institution field ("id", "name", "region" ...).
 * @param field a #TotuoInstitutionField
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_institution_field_get_name (TotuoInstitutionField field);

/**
 * The type of an institution field's column.
 * @param field a #TotuoInstitutionField
 * @return its #TotuoColumnType
 */
TOTUO_AVAILABLE_IN_0_1
TotuoColumnType totuo_institution_field_get_type (TotuoInstitutionField field);

/**
 * Fills @p out with an integer field of every region.
 * @param dataset a dataset
 * @param field a field of type #TOTUO_COLUMN_INTEGER
 * @param out (array length=n): where the values go
 * @param n the number of regions (totuo_dataset_get_n_regions())
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_dataset_get_region_integers (TotuoDataset     *dataset,
                                        TotuoRegionField  field,
                                        gint64           *out,
                                        gsize             n);

/**
 * Fills @p out with a real field of every region.
 * @param dataset a dataset
 * @param field a field of type #TOTUO_COLUMN_REAL
 * @param out (array length=n): where the values go
 * @param n the number of regions
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_dataset_get_region_reals (TotuoDataset     *dataset,
                                     TotuoRegionField  field,
                                     gdouble          *out,
                                     gsize             n);

/**
 * Fills @p buffer with a text field of every region, each text followed
 * by a NUL byte, and @p offsets with where each one starts: text k is
 * `buffer + offsets[k]`, `offsets[k + 1] - offsets[k] - 1` bytes long, and
 * `offsets[n]` is the bytes used.
 *
 * Call it once with @p buffer NULL to learn the size to allocate; a
 * @p buffer smaller than that is left untouched, as are the offsets. No
 * text holds a NUL byte (the loaders refuse one), so the buffer splits at
 * its NULs into the texts.
 *
 * @param dataset a dataset
 * @param field a field of type #TOTUO_COLUMN_TEXT
 * @param buffer (nullable) (array length=size): where the texts go
 * @param size the size of @p buffer in bytes
 * @param offsets (nullable) (array): n + 1 offsets, or NULL (a caller that
 *   splits the buffer at its NULs needs none)
 * @param n the number of regions
 * @return the bytes the texts need, NULs included
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_dataset_get_region_texts (TotuoDataset     *dataset,
                                      TotuoRegionField  field,
                                      gchar            *buffer,
                                      gsize             size,
                                      guint64          *offsets,
                                      gsize             n);

/**
 * Fills @p out with an integer field of every institution.
 * @param dataset a dataset
 * @param field a field of type #TOTUO_COLUMN_INTEGER
 * @param out (array length=n): where the values go
 * @param n the number of institutions (totuo_dataset_get_n_institutions())
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_dataset_get_institution_integers (TotuoDataset          *dataset,
                                             TotuoInstitutionField  field,
                                             gint64                *out,
                                             gsize                  n);

/**
 * Fills @p out with a real field of every institution.
 * @param dataset a dataset
 * @param field a field of type #TOTUO_COLUMN_REAL
 * @param out (array length=n): where the values go
 * @param n the number of institutions
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_dataset_get_institution_reals (TotuoDataset          *dataset,
                                          TotuoInstitutionField  field,
                                          gdouble               *out,
                                          gsize                  n);

/**
 * As totuo_dataset_get_region_texts(), for a text field of every
 * institution.
 * @param dataset a dataset
 * @param field a field of type #TOTUO_COLUMN_TEXT
 * @param buffer (nullable) (array length=size): where the texts go
 * @param size the size of @p buffer in bytes
 * @param offsets (nullable) (array): n + 1 offsets, or NULL
 * @param n the number of institutions
 * @return the bytes the texts need, NULs included
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_dataset_get_institution_texts (TotuoDataset          *dataset,
                                           TotuoInstitutionField  field,
                                           gchar                 *buffer,
                                           gsize                  size,
                                           guint64               *offsets,
                                           gsize                  n);

/**
 * One column of a table handed over from memory (a DataFrame's, say), for
 * totuo_dataset_load_regions_columns() and
 * totuo_dataset_load_institutions_columns(). Which of `texts`, `integers`
 * and `reals` holds the values is said by `type`.
 */
typedef struct {
  /** the column's header, as a file would have it: an id ("places"), an
   * alias (托位数), a name with a unit (常住人口（万人）) */
  const gchar *name;
  /** which of the arrays below holds the values */
  TotuoColumnType type;
  /** #TOTUO_COLUMN_TEXT: n texts, each followed by a NUL ("" is empty) */
  const gchar *texts;
  /** #TOTUO_COLUMN_TEXT: the bytes of `texts`, NULs included */
  gsize texts_size;
  /** #TOTUO_COLUMN_INTEGER: n values, #TOTUO_UNKNOWN for an empty cell */
  const gint64 *integers;
  /** #TOTUO_COLUMN_REAL: n values, NaN for an empty cell */
  const gdouble *reals;
} TotuoColumn;

/**
 * Loads regions from columns in memory, with every rule, word, unit,
 * warning and error of totuo_dataset_load_regions_csv(): the columns are
 * read as a CSV file whose header is their names and whose line k + 1 is
 * row k. An error names @p source_name and that line, so a caller can say
 * which row it was (the Python bindings name the DataFrame's row label).
 * On failure the dataset is unchanged.
 *
 * @param dataset a dataset
 * @param columns (array length=n_columns): the columns
 * @param n_columns how many
 * @param n_rows the number of values in each column
 * @param source_name (nullable): a name for messages, NULL for "<columns>"
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_regions_columns (TotuoDataset      *dataset,
                                             const TotuoColumn *columns,
                                             gsize              n_columns,
                                             gsize              n_rows,
                                             const gchar       *source_name,
                                             GError           **error);

/**
 * As totuo_dataset_load_regions_columns(), for institutions, with the rules
 * of totuo_dataset_load_institutions_csv().
 *
 * @param dataset a dataset
 * @param columns (array length=n_columns): the columns
 * @param n_columns how many
 * @param n_rows the number of values in each column
 * @param source_name (nullable): a name for messages, NULL for "<columns>"
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_dataset_load_institutions_columns (TotuoDataset      *dataset,
                                                  const TotuoColumn *columns,
                                                  gsize              n_columns,
                                                  gsize              n_rows,
                                                  const gchar       *source_name,
                                                  GError           **error);

G_END_DECLS
