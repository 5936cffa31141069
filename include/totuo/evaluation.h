/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/observations.h>
#include <totuo/plan.h>

G_BEGIN_DECLS

/**
 * @file evaluation.h
 * @brief TotuoEvaluation: a plan evaluated year by year against
 * observations, with a status for each target.
 *
 * For each target and each year from its baseline year to its end year:
 * the observed value, the milestone (for a relative target, the reference
 * region's value that year), whether it is met, the gap, the progress from
 * the start toward the end target and the pace per year still required.
 * For each target: a projection of the end-year value (a least-squares
 * line through the baseline and every observation) and a status following
 * UN ESCAP's anticipated-progress method. docs/tracking.md gives the
 * formulas and thresholds.
 */

/** The status of a target. */
typedef enum {
  TOTUO_PROGRESS_ACHIEVED = 0,           /**< the latest value meets the end target */
  TOTUO_PROGRESS_ON_TRACK = 1,           /**< the projection meets the end target */
  TOTUO_PROGRESS_NEEDS_ACCELERATION = 2, /**< moving toward it, too slowly (gap in (0, 1]) */
  TOTUO_PROGRESS_OFF_TRACK = 3,          /**< moving away, or no longer met (gap > 1) */
  TOTUO_PROGRESS_NOT_ASSESSABLE = 4,     /**< no data, no baseline, no reference: see the reason */
} TotuoProgress;

/** Number of values of #TotuoProgress. */
#define TOTUO_N_PROGRESS 5

/** One target in one year. A field is meaningful only when its flag is TRUE. */
typedef struct {
  gint year;                 /**< the year */
  gboolean has_observed;     /**< whether @ref observed is known */
  gdouble observed;          /**< the observed value (the plan's baseline in the baseline year) */
  gboolean has_milestone;    /**< whether @ref milestone is known */
  gdouble milestone;         /**< the milestone, or the reference region's value */
  gboolean met;              /**< observed meets milestone (when both are known) */
  gboolean has_gap;          /**< whether @ref gap is known */
  gdouble gap;               /**< milestone − observed */
  gboolean has_progress;     /**< whether @ref progress is known */
  gdouble progress;          /**< share of the way from the start to the end target, in % */
  gboolean has_pace;         /**< whether @ref pace_required is known */
  gdouble pace_required;     /**< change per year still needed to reach the end target */
} TotuoYearResult;

/** An opaque, reference-counted evaluation. */
typedef struct _TotuoEvaluation TotuoEvaluation;

/**
 * Evaluates every target of a plan against observations.
 * @param plan a plan
 * @param observations the observations (yearly datasets and external values)
 * @return (transfer full): the evaluation; release with
 *   totuo_evaluation_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoEvaluation *totuo_evaluation_new (TotuoPlan         *plan,
                                       TotuoObservations *observations);

/**
 * Adds a reference.
 * @param evaluation an evaluation
 * @return (transfer full): @p evaluation
 */
TOTUO_AVAILABLE_IN_0_1
TotuoEvaluation *totuo_evaluation_ref (TotuoEvaluation *evaluation);

/**
 * Releases a reference.
 * @param evaluation (nullable): an evaluation
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_evaluation_unref (TotuoEvaluation *evaluation);

/**
 * The plan evaluated.
 * @param evaluation an evaluation
 * @return (transfer none): the plan
 */
TOTUO_AVAILABLE_IN_0_1
TotuoPlan *totuo_evaluation_get_plan (TotuoEvaluation *evaluation);

/**
 * The years a target is evaluated over: its baseline year to its end year.
 * @param evaluation an evaluation
 * @param target the target's index in the plan
 * @param out_first (out) (optional): the first year
 * @param out_last (out) (optional): the last year
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_evaluation_get_years (TotuoEvaluation *evaluation,
                                 guint            target,
                                 gint            *out_first,
                                 gint            *out_last);

/**
 * A target in one year.
 * @param evaluation an evaluation
 * @param target the target's index in the plan
 * @param year a year within totuo_evaluation_get_years()
 * @param out_result (out): the result
 * @return TRUE if @p year is within the target's years
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_evaluation_get_year_result (TotuoEvaluation *evaluation,
                                           guint            target,
                                           gint             year,
                                           TotuoYearResult *out_result);

/**
 * The status of a target.
 * @param evaluation an evaluation
 * @param target the target's index in the plan
 * @param out_reason (out) (optional) (transfer none): why, in English (for
 *   #TOTUO_PROGRESS_NOT_ASSESSABLE, what is missing)
 * @return the status
 */
TOTUO_AVAILABLE_IN_0_1
TotuoProgress totuo_evaluation_get_status (TotuoEvaluation *evaluation,
                                           guint            target,
                                           const gchar    **out_reason);

/**
 * The projected value of a target's indicator in its end year.
 * @param evaluation an evaluation
 * @param target the target's index in the plan
 * @param out_value (out) (optional): the projection
 * @return TRUE if a projection could be made (two points or more)
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_evaluation_get_projection (TotuoEvaluation *evaluation,
                                          guint            target,
                                          gdouble         *out_value);

/**
 * The value the target must meet in its end year: the target value, or for
 * a relative target the reference region's value projected to that year.
 * @param evaluation an evaluation
 * @param target the target's index in the plan
 * @param out_value (out) (optional): the value
 * @return TRUE if known
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_evaluation_get_end_target (TotuoEvaluation *evaluation,
                                          guint            target,
                                          gdouble         *out_value);

/**
 * How many targets have a status, optionally of one attribute.
 * @param evaluation an evaluation
 * @param status a status
 * @param attribute a #TotuoAttribute, or -1 for any
 * @return the count
 */
TOTUO_AVAILABLE_IN_0_1
guint totuo_evaluation_count (TotuoEvaluation *evaluation,
                              TotuoProgress    status,
                              gint             attribute);

/**
 * Whether a target is binding (约束性) and neither achieved nor on track:
 * the targets a report must flag.
 * @param evaluation an evaluation
 * @param target the target's index in the plan
 * @return TRUE for a binding target at risk
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_evaluation_is_binding_missed (TotuoEvaluation *evaluation,
                                             guint            target);

/**
 * The completion rate of an annual task of the plan (achieved / planned ×
 * 100). Fails with #TOTUO_ERROR_UNDEFINED when nothing was planned or the
 * achieved quantity is not known.
 * @param evaluation an evaluation
 * @param task the task's index in the plan
 * @param out_percent (out) (optional): the rate
 * @param error return location for a GError, or NULL
 * @return TRUE if defined
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_evaluation_get_task_completion (TotuoEvaluation *evaluation,
                                               guint            task,
                                               gdouble         *out_percent,
                                               GError         **error);

/**
 * The English id of a status ("achieved", "on_track",
 * "needs_acceleration", "off_track", "not_assessable").
 * @param status a status
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_progress_to_string (TotuoProgress status);

/**
 * The Chinese name of a status (已实现, 进展顺利, 需加快进度, 偏离目标, 无法评估).
 * @param status a status
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_progress_to_chinese (TotuoProgress status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoEvaluation, totuo_evaluation_unref)

G_END_DECLS
