/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/dataset.h>
#include <totuo/indicator.h>

G_BEGIN_DECLS

/**
 * @file indicator-table.h
 * @brief Every indicator for every region, computed in one pass.
 *
 * totuo_indicator_table_new() rolls the dataset up from the institutions to
 * the roots in one linear pass: each region's figures cover everything
 * beneath it. Sums come first and ratios last, so a city's utilisation is
 * its total enrolled over its total places, never an average of its
 * districts' rates.
 *
 * A region's own population, under-3 count or kindergarten count is
 * authoritative. When it is unknown, the sum of its children's figures is
 * used if every child's figure is known (after the same rule applied to
 * the children), else it stays unknown.
 *
 * A ratio whose denominator is zero or unknown is undefined: the getters
 * return FALSE and say why in a #TOTUO_ERROR_UNDEFINED error.
 *
 * The table is a snapshot. It holds a reference to its dataset; if the
 * dataset changes, lookups by code fail with #TOTUO_ERROR_STALE (rows
 * stay readable by position).
 */

/** An opaque, reference-counted table of indicator values. */
typedef struct _TotuoIndicatorTable TotuoIndicatorTable;

/**
 * Computes every indicator for every region of a dataset.
 * @param dataset a dataset
 * @return (transfer full): a new table; release with
 *   totuo_indicator_table_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoIndicatorTable *totuo_indicator_table_new (TotuoDataset *dataset);

/**
 * Adds a reference.
 * @param table a table
 * @return (transfer full): @p table
 */
TOTUO_AVAILABLE_IN_0_1
TotuoIndicatorTable *totuo_indicator_table_ref (TotuoIndicatorTable *table);

/**
 * Releases a reference.
 * @param table (nullable): a table
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_indicator_table_unref (TotuoIndicatorTable *table);

/**
 * The dataset the table was computed from.
 * @param table a table
 * @return (transfer none): the dataset
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDataset *totuo_indicator_table_get_dataset (TotuoIndicatorTable *table);

/**
 * The number of rows: one per region of the dataset when computed.
 * @param table a table
 * @return the number of rows
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_indicator_table_get_n_rows (TotuoIndicatorTable *table);

/**
 * The code of the region of a row (rows follow the dataset's order).
 * @param table a table
 * @param row a row, 0 .. n_rows - 1
 * @return (transfer none): the region code, valid while the table lives
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_indicator_table_get_row_code (TotuoIndicatorTable *table,
                                                 gsize                row);

/**
 * The value of an indicator for a region, by the region's code.
 *
 * Fails with #TOTUO_ERROR_NOT_FOUND for an unknown code,
 * #TOTUO_ERROR_STALE if the dataset changed since the table was
 * computed, and #TOTUO_ERROR_UNDEFINED, with the reason, for a ratio whose
 * denominator is zero or unknown or a figure that is unknown.
 *
 * @param table a table
 * @param code a region code
 * @param indicator the indicator
 * @param out_value (out) (optional): the value
 * @param error return location for a GError, or NULL
 * @return TRUE if the value is defined
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_indicator_table_get (TotuoIndicatorTable *table,
                                    const gchar         *code,
                                    TotuoIndicator       indicator,
                                    gdouble             *out_value,
                                    GError             **error);

/**
 * The value of an indicator for the region of a row.
 * Fails like totuo_indicator_table_get(), but never as stale.
 *
 * @param table a table
 * @param row a row, 0 .. n_rows - 1
 * @param indicator the indicator
 * @param out_value (out) (optional): the value
 * @param error return location for a GError, or NULL
 * @return TRUE if the value is defined
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_indicator_table_get_at (TotuoIndicatorTable *table,
                                       gsize                row,
                                       TotuoIndicator       indicator,
                                       gdouble             *out_value,
                                       GError             **error);

/**
 * Fills @p values with an indicator's value for every row, in one call:
 * what totuo_indicator_table_get_at() gives row by row, for bindings and
 * programs that want a whole column (a DataFrame's). An undefined value is
 * NaN in @p values and 0 in @p defined; totuo_indicator_table_get_at()
 * says why.
 *
 * @param table a table
 * @param indicator the indicator
 * @param values (array length=n): where the values go
 * @param defined (nullable) (array length=n): 1 where a value is defined, else 0
 * @param n the number of rows (totuo_indicator_table_get_n_rows())
 * @return the number of rows whose value is defined
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_indicator_table_get_column (TotuoIndicatorTable *table,
                                        TotuoIndicator       indicator,
                                        gdouble             *values,
                                        guint8              *defined,
                                        gsize                n);

/**
 * As totuo_indicator_table_get_column(), for several indicators in one
 * pass over the rows: each row is read once for all of them, where one
 * call per indicator reads the whole table each time (the national table
 * of 42,487 rows, all 47 indicators: 5 ms instead of 35). The values are
 * column after column: indicator k's value for row r is
 * `values[k * n + r]`, and so for @p defined.
 *
 * @param table a table
 * @param indicators (array length=n_indicators): the indicators
 * @param n_indicators how many
 * @param values (array): n_indicators × n values
 * @param defined (nullable) (array): n_indicators × n flags, 1 where defined
 * @param n the number of rows (totuo_indicator_table_get_n_rows())
 * @return the number of values defined
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_indicator_table_get_columns (TotuoIndicatorTable  *table,
                                         const TotuoIndicator *indicators,
                                         gsize                 n_indicators,
                                         gdouble              *values,
                                         guint8               *defined,
                                         gsize                 n);

/**
 * How many institutions the value of an indicator for the region of a row
 * is made over. A field an institution does not report (its status, its
 * kind, whether it is inclusive, its enrolled children ...) leaves it out
 * of the indicators made of that field: the filing rate is filed
 * institutions over the institutions whose status is known. This says how
 * many those are, beside how many there could have been, so a report can
 * say "over 40 of 50 institutions" (docs/indicators.md, "Unknowns").
 *
 * For the health-manager rate both counts are of filed institutions; for
 * indicators made of every institution (places, institutions) or of none
 * (population) both are the region's institutions.
 *
 * @param table a table
 * @param row a row, 0 .. n_rows - 1
 * @param indicator the indicator
 * @param out_institutions (out) (optional): how many institutions could
 *   have reported
 * @return how many reported
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_indicator_table_get_reporting_at (TotuoIndicatorTable *table,
                                               gsize                row,
                                               TotuoIndicator       indicator,
                                               gint64              *out_institutions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoIndicatorTable, totuo_indicator_table_unref)

/**
 * Children under three above this share of the population (in %) are
 * implausible: about 3% of China's residents are under three.
 */
#define TOTUO_PLAUSIBLE_UNDER3_PERCENT 10

/**
 * Places per 1,000 residents above this are implausible: the national
 * target for 2025 is 4.5.
 */
#define TOTUO_PLAUSIBLE_PLACES_PER_1000 50

/**
 * Figures that load but cannot be right, one message per region and rule:
 * children under three above #TOTUO_PLAUSIBLE_UNDER3_PERCENT of the
 * population; an enrollment rate or a share of kindergartens offering
 * childcare above 100%; places per 1,000 residents above
 * #TOTUO_PLAUSIBLE_PLACES_PER_1000; a street, township or community with
 * institutions and no population. `totuo validate` prints them as warnings.
 *
 * @param table an indicator table
 * @param out_n (out) (optional): the number of warnings
 * @return (transfer full): a NULL-terminated array of messages; free with g_strfreev()
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_indicator_table_get_warnings (TotuoIndicatorTable *table,
                                            gsize               *out_n);

G_END_DECLS
