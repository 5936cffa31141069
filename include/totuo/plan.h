/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/target.h>

G_BEGIN_DECLS

/**
 * @file plan.h
 * @brief TotuoPlan: a plan such as Dazu's 2023–2025 action plan: its
 * targets and its annual tasks, and the plan file that holds them.
 *
 * A plan file is a UTF-8 key file (docs/tracking.md): a `[plan]` group
 * with name, region, start, end and baseline_year; one `[target ID]` group
 * per target; one `[task ID]` group per annual task (民生实事: planned and
 * achieved quantities). Loading checks every key and value and reports the
 * file, line and key of the first problem; nothing is half-loaded.
 */

/** An opaque, reference-counted plan. */
typedef struct _TotuoPlan TotuoPlan;

/**
 * Creates an empty plan.
 * @param name the plan's name (UTF-8)
 * @param region_code the code of the region the plan is for
 * @param start_year the first year of the plan
 * @param end_year the last year of the plan, >= @p start_year
 * @return (transfer full): a new plan; release with totuo_plan_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoPlan *totuo_plan_new (const gchar *name,
                           const gchar *region_code,
                           gint         start_year,
                           gint         end_year);

/**
 * Adds a reference.
 * @param plan a plan
 * @return (transfer full): @p plan
 */
TOTUO_AVAILABLE_IN_0_1
TotuoPlan *totuo_plan_ref (TotuoPlan *plan);

/**
 * Releases a reference.
 * @param plan (nullable): a plan
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_plan_unref (TotuoPlan *plan);

/**
 * The plan's name.
 * @param plan a plan
 * @return (transfer none): the name
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_plan_get_name (const TotuoPlan *plan);

/**
 * The code of the plan's region.
 * @param plan a plan
 * @return (transfer none): the code
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_plan_get_region_code (const TotuoPlan *plan);

/**
 * The plan's period.
 * @param plan a plan
 * @param out_start (out) (optional): the first year
 * @param out_end (out) (optional): the last year
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_plan_get_period (const TotuoPlan *plan,
                            gint            *out_start,
                            gint            *out_end);

/**
 * Adds a copy of a target. Fails with #TOTUO_ERROR_DUPLICATE_ID if a target
 * has the same id, and #TOTUO_ERROR_MISSING_VALUE if an external indicator
 * has no name or a target has neither an end value nor a relation.
 * @param plan a plan
 * @param target the target
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_plan_add_target (TotuoPlan         *plan,
                                const TotuoTarget *target,
                                GError           **error);

/**
 * The number of targets.
 * @param plan a plan
 * @return the count
 */
TOTUO_AVAILABLE_IN_0_1
guint totuo_plan_get_n_targets (const TotuoPlan *plan);

/**
 * A target, in the order added.
 * @param plan a plan
 * @param index 0 .. n_targets - 1
 * @return (transfer none): the target, valid while the plan lives; do not
 *   change it (copy it with totuo_target_copy() to make a variant)
 */
TOTUO_AVAILABLE_IN_0_1
const TotuoTarget *totuo_plan_get_target (const TotuoPlan *plan,
                                          guint            index);

/**
 * Adds an annual task: what was planned and achieved in a year.
 * Fails with #TOTUO_ERROR_NEGATIVE or #TOTUO_ERROR_BAD_NUMBER for values
 * that are negative, NaN or infinite (achieved may be NAN: not yet known).
 * @param plan a plan
 * @param name the task's name (such as "新增托位")
 * @param year the year
 * @param planned the planned quantity
 * @param achieved the achieved quantity, or NAN when not known
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_plan_add_task (TotuoPlan    *plan,
                              const gchar  *name,
                              gint          year,
                              gdouble       planned,
                              gdouble       achieved,
                              GError      **error);

/**
 * The number of annual tasks.
 * @param plan a plan
 * @return the count
 */
TOTUO_AVAILABLE_IN_0_1
guint totuo_plan_get_n_tasks (const TotuoPlan *plan);

/**
 * An annual task.
 * @param plan a plan
 * @param index 0 .. n_tasks - 1
 * @param out_name (out) (optional) (transfer none): its name
 * @param out_year (out) (optional): its year
 * @param out_planned (out) (optional): the planned quantity
 * @param out_achieved (out) (optional): the achieved quantity (NAN if unknown)
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_plan_get_task (const TotuoPlan *plan,
                          guint            index,
                          const gchar    **out_name,
                          gint            *out_year,
                          gdouble         *out_planned,
                          gdouble         *out_achieved);

/**
 * Loads a plan file.
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the plan, or NULL on error
 */
TOTUO_AVAILABLE_IN_0_1
TotuoPlan *totuo_plan_load (const gchar *path,
                            GError     **error);

/**
 * Loads a plan from text in memory.
 * @param data the plan file's text (need not be NUL-terminated)
 * @param length the length of @p data, or -1 if it is NUL-terminated
 * @param source_name (nullable): the name used in error messages
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the plan, or NULL on error
 */
TOTUO_AVAILABLE_IN_0_1
TotuoPlan *totuo_plan_load_data (const gchar *data,
                                 gssize       length,
                                 const gchar *source_name,
                                 GError     **error);

/**
 * Writes the plan as plan-file text; loading it again gives the same plan.
 * @param plan a plan
 * @param out_length (out) (optional): the length of the text
 * @return (transfer full): the text; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_plan_to_data (const TotuoPlan *plan,
                           gsize           *out_length);

/**
 * Saves the plan to a file (written atomically).
 * @param plan a plan
 * @param path the file's path
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_plan_save (const TotuoPlan *plan,
                          const gchar     *path,
                          GError         **error);

/**
 * Whether two plans hold the same values (targets, milestones, tasks).
 * @param a a plan
 * @param b another plan
 * @return TRUE if equal
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_plan_equal (const TotuoPlan *a,
                           const TotuoPlan *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoPlan, totuo_plan_unref)

G_END_DECLS
