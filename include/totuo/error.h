/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>

G_BEGIN_DECLS

/**
 * @file error.h
 * @brief The error domain of libtotuo.
 *
 * Every fallible function reports failures through a GError in the
 * #TOTUO_ERROR domain, with one of the #TotuoError codes. Messages that
 * concern a file name the file, the line and the column, for example
 * `regions.csv:12: column 'population': negative count "-3"`.
 * Misuse of the API (a NULL dataset, an invalid enum value) is not an error
 * but a programming mistake, reported by a GLib critical.
 */

/** The error domain of libtotuo. */
#define TOTUO_ERROR (totuo_error_quark ())

/** The error codes of the #TOTUO_ERROR domain. */
typedef enum {
  TOTUO_ERROR_FAILED = 0,         /**< a failure with no more specific code */
  TOTUO_ERROR_IO = 1,             /**< a file could not be read or written */
  TOTUO_ERROR_ENCODING = 2,       /**< text is not valid UTF-8 */
  TOTUO_ERROR_SYNTAX = 3,         /**< malformed CSV or JSON */
  TOTUO_ERROR_MISSING_COLUMN = 4, /**< a required column or member is absent */
  TOTUO_ERROR_DUPLICATE_COLUMN = 5, /**< two header cells name the same column */
  TOTUO_ERROR_MISSING_VALUE = 6,  /**< a required value is empty */
  TOTUO_ERROR_BAD_NUMBER = 7,     /**< not a number, or NaN or infinite */
  TOTUO_ERROR_NEGATIVE = 8,       /**< a count or amount is negative */
  TOTUO_ERROR_OUT_OF_RANGE = 9,   /**< a number is too large or outside its range */
  TOTUO_ERROR_UNKNOWN_VALUE = 10, /**< an enumeration value is not recognised */
  TOTUO_ERROR_DUPLICATE_ID = 11,  /**< a region code or institution id is repeated */
  TOTUO_ERROR_UNKNOWN_PARENT = 12, /**< a region's parent code is not in the dataset */
  TOTUO_ERROR_UNKNOWN_REGION = 13, /**< an institution's region is not in the dataset */
  TOTUO_ERROR_CYCLE = 14,         /**< the region parents form a cycle */
  TOTUO_ERROR_LEVEL = 15,         /**< a region's level is not below its parent's */
  TOTUO_ERROR_INCONSISTENT = 16,  /**< values contradict each other (enrolled > places) */
  TOTUO_ERROR_IN_USE = 17,        /**< a region still has children or institutions */
  TOTUO_ERROR_NOT_FOUND = 18,     /**< no region or institution has that code or id */
  TOTUO_ERROR_UNDEFINED = 19,     /**< a ratio's denominator is zero or unknown */
  TOTUO_ERROR_STALE = 20,         /**< the dataset changed after a result was computed */
  TOTUO_ERROR_LIMIT = 21,         /**< an input exceeds a documented limit */
} TotuoError;

/**
 * The quark of the #TOTUO_ERROR domain.
 * @return the error quark
 */
TOTUO_AVAILABLE_IN_0_1
GQuark totuo_error_quark (void);

/**
 * The name of an error code, such as "TOTUO_ERROR_CYCLE".
 * @param code a #TotuoError
 * @return (transfer none): a static string, or NULL for an unknown code
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_error_code_to_string (TotuoError code);

G_END_DECLS
