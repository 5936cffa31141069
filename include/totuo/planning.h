/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>

G_BEGIN_DECLS

/**
 * @file planning.h
 * @brief Planning helpers: places a target needs, nursery classes in new
 * kindergartens, completion rates of annual tasks.
 */

/**
 * The places needed to reach a target of places per 1,000 residents, and
 * how many more than today.
 *
 * required = ⌈population × target / 1000⌉ (rounded up: a fraction of a
 * place does not meet the target); additional = max(0, required − current).
 * Kaizhou: 1,284,182 residents at 4.5 per 1,000 need 5,779 places, 4,265
 * more than its 1,514.
 *
 * Fails with #TOTUO_ERROR_NEGATIVE for a negative population or count,
 * #TOTUO_ERROR_BAD_NUMBER for a target that is NaN, infinite or negative,
 * and #TOTUO_ERROR_OUT_OF_RANGE if the result would overflow.
 *
 * @param population resident population, >= 0
 * @param target_per_1000 target places per 1,000 residents, >= 0
 * @param current_places places today, >= 0
 * @param out_required (out) (optional): places needed in all
 * @param out_additional (out) (optional): places still to add
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_places_needed (gint64    population,
                              gdouble   target_per_1000,
                              gint64    current_places,
                              gint64   *out_required,
                              gint64   *out_additional,
                              GError  **error);

/**
 * The nursery classes (托大班) a kindergarten should set up, by Taizhou's
 * rule (seed 001): new urban kindergartens of 6, 9, 12 or more classes set
 * up 2, 3, 4; new rural ones 1, 2, 3; every other kindergarten (existing,
 * or new with fewer than 6 classes) at least 1.
 *
 * @param classes the kindergarten's number of classes, >= 0
 * @param urban TRUE in a city area 城区, FALSE in the countryside 乡村
 * @param is_new TRUE for a newly built kindergarten
 * @return the number of nursery classes, >= 1 (0 for a negative
 *   @p classes, with a critical)
 */
TOTUO_AVAILABLE_IN_0_1
gint totuo_nursery_classes_for_kindergarten (gint     classes,
                                             gboolean urban,
                                             gboolean is_new);

/**
 * The completion rate of an annual task 完成率: achieved / planned × 100.
 * Taizhou: 21 townships newly covered against a quota of 16 is 131.25%.
 *
 * Fails with #TOTUO_ERROR_UNDEFINED when @p planned is 0,
 * #TOTUO_ERROR_NEGATIVE when either value is negative and
 * #TOTUO_ERROR_BAD_NUMBER when either is NaN or infinite.
 *
 * @param achieved what was achieved
 * @param planned what was planned
 * @param out_percent (out) (optional): the rate in percent
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_completion_rate (gdouble   achieved,
                                gdouble   planned,
                                gdouble  *out_percent,
                                GError  **error);

G_END_DECLS
