/* libtotuo - the limits every reader enforces.
 *
 * Each is checked before the input can cost more than it is worth, and
 * going past one fails the load with #TOTUO_ERROR_LIMIT and a message that
 * names the file and, where it applies, the line. */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>

/**
 * @file limits.h
 * @brief The limits every reader enforces (see docs/security.md).
 */

G_BEGIN_DECLS

/**
 * The largest input a reader accepts, in bytes: 2 GiB, about sixteen
 * times a whole country's million institutions as CSV. Files are checked
 * before they are read.
 */
#define TOTUO_MAX_INPUT_BYTES ((gsize) 2 * 1024 * 1024 * 1024)

/** The longest CSV field, in bytes (1 MiB). */
#define TOTUO_MAX_FIELD_BYTES (1024 * 1024)

/** The most fields a CSV record may have. */
#define TOTUO_MAX_COLUMNS 1024

/** The deepest nesting of arrays and objects a JSON document may have. */
#define TOTUO_MAX_JSON_DEPTH 64

/**
 * The largest count an institution may report (places, enrolled, staff):
 * 2³¹ − 1, so that a record stores it in 32 bits.
 */
#define TOTUO_MAX_INSTITUTION_COUNT ((gint64) G_MAXINT32)

/**
 * The largest figure a region may report (population, children,
 * kindergartens): ten billion, above the world's population, so that sums
 * over any dataset that fits in memory cannot overflow 64 bits.
 */
#define TOTUO_MAX_REGION_COUNT G_GINT64_CONSTANT (10000000000)

/**
 * The first and last years a plan, a target (baseline, end, milestones), an
 * annual task or an observation may name, through every route: the plan
 * file, observation files and the API. The span of a plan is therefore at
 * most 8,100 years, and an evaluation's arrays are bounded by it.
 */
#define TOTUO_MIN_YEAR 1900
/** See #TOTUO_MIN_YEAR. */
#define TOTUO_MAX_YEAR 9999

/** Whether @p year lies within #TOTUO_MIN_YEAR and #TOTUO_MAX_YEAR. */
#define TOTUO_YEAR_IS_VALID(year) ((year) >= TOTUO_MIN_YEAR && (year) <= TOTUO_MAX_YEAR)

G_END_DECLS
