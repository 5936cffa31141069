/* libtotuo - plans: targets and annual tasks. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/limits.h>
#include <totuo/plan.h>

#include "tracking-private.h"
#include "text.h"
#include "i18n.h"

static void
clear_task (gpointer data)
{
  g_free (((TotuoTask *) data)->name);
}

TotuoPlan *
totuo_plan_new (const gchar *name,
                const gchar *region_code,
                gint         start_year,
                gint         end_year)
{
  TotuoPlan *plan;

  g_return_val_if_fail (name != NULL && g_utf8_validate (name, -1, NULL), NULL);
  g_return_val_if_fail (region_code != NULL && *region_code != '\0', NULL);
  g_return_val_if_fail (g_utf8_validate (region_code, -1, NULL), NULL);
  g_return_val_if_fail (TOTUO_YEAR_IS_VALID (start_year), NULL);
  g_return_val_if_fail (TOTUO_YEAR_IS_VALID (end_year), NULL);
  g_return_val_if_fail (start_year <= end_year, NULL);

  plan = g_new0 (TotuoPlan, 1);
  g_atomic_ref_count_init (&plan->ref);
  plan->name = g_strdup (name);
  plan->region_code = g_strdup (region_code);
  plan->start_year = start_year;
  plan->end_year = end_year;
  plan->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) totuo_target_unref);
  plan->target_ids = g_hash_table_new (g_str_hash, g_str_equal);
  plan->tasks = g_array_new (FALSE, FALSE, sizeof (TotuoTask));
  g_array_set_clear_func (plan->tasks, clear_task);
  return plan;
}

TotuoPlan *
totuo_plan_ref (TotuoPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_atomic_ref_count_inc (&plan->ref);
  return plan;
}

void
totuo_plan_unref (TotuoPlan *plan)
{
  if (plan == NULL || !g_atomic_ref_count_dec (&plan->ref))
    return;
  g_free (plan->name);
  g_free (plan->region_code);
  g_hash_table_unref (plan->target_ids);
  g_ptr_array_unref (plan->targets);
  g_array_unref (plan->tasks);
  g_free (plan);
}

const gchar *
totuo_plan_get_name (const TotuoPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->name;
}

const gchar *
totuo_plan_get_region_code (const TotuoPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->region_code;
}

void
totuo_plan_get_period (const TotuoPlan *plan,
                       gint            *out_start,
                       gint            *out_end)
{
  g_return_if_fail (plan != NULL);
  if (out_start != NULL)
    *out_start = plan->start_year;
  if (out_end != NULL)
    *out_end = plan->end_year;
}

gboolean
totuo_plan_add_target (TotuoPlan         *plan,
                       const TotuoTarget *target,
                       GError           **error)
{
  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A set of ids, not a walk through the targets: a plan of 100,000
   * targets is checked in linear time. */
  if (g_hash_table_contains (plan->target_ids, target->id))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                   M_("target \"%s\" is already in the plan"), TOTUO_SHOWN (target->id));
      return FALSE;
    }
  if (target->external && target->name == NULL)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE,
                   M_("target \"%s\": the external indicator \"%s\" needs a name"),
                   target->id, target->indicator);
      return FALSE;
    }
  if (target->relative == TOTUO_RELATIVE_NONE && isnan (target->end_value))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE,
                   M_("target \"%s\" has neither a target value nor a reference region"),
                   target->id);
      return FALSE;
    }
  if (target->baseline_year > 0 && target->end_year > 0 &&
      target->baseline_year >= target->end_year)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("target \"%s\": the baseline year %d is not before the end year %d"),
                   target->id, target->baseline_year, target->end_year);
      return FALSE;
    }
  {
    TotuoTarget *copy = totuo_target_copy (target);
    g_ptr_array_add (plan->targets, copy);
    g_hash_table_add (plan->target_ids, copy->id);   /* the copy owns the key */
  }
  return TRUE;
}

guint
totuo_plan_get_n_targets (const TotuoPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->targets->len;
}

const TotuoTarget *
totuo_plan_get_target (const TotuoPlan *plan,
                       guint            index)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (index < plan->targets->len, NULL);
  return g_ptr_array_index (plan->targets, index);
}

gboolean
totuo_plan_add_task (TotuoPlan    *plan,
                     const gchar  *name,
                     gint          year,
                     gdouble       planned,
                     gdouble       achieved,
                     GError      **error)
{
  TotuoTask task;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!TOTUO_YEAR_IS_VALID (year))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("task \"%s\": the year %d is outside %d..%d"), name, year,
                   TOTUO_MIN_YEAR, TOTUO_MAX_YEAR);
      return FALSE;
    }
  if (!g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_ENCODING,
                   M_("a task's name is not valid UTF-8"));
      return FALSE;
    }
  if (!isfinite (planned) || isinf (achieved))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_BAD_NUMBER,
                   M_("task \"%s\": planned and achieved must be finite numbers"), name);
      return FALSE;
    }
  if (planned < 0 || achieved < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NEGATIVE,
                   M_("task \"%s\": planned and achieved must not be negative"), name);
      return FALSE;
    }
  task.name = g_strdup (name);
  task.year = year;
  task.planned = planned;
  task.achieved = achieved;
  g_array_append_val (plan->tasks, task);
  return TRUE;
}

guint
totuo_plan_get_n_tasks (const TotuoPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->tasks->len;
}

void
totuo_plan_get_task (const TotuoPlan *plan,
                     guint            index,
                     const gchar    **out_name,
                     gint            *out_year,
                     gdouble         *out_planned,
                     gdouble         *out_achieved)
{
  const TotuoTask *task;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (index < plan->tasks->len);
  task = &g_array_index (plan->tasks, TotuoTask, index);
  if (out_name != NULL)
    *out_name = task->name;
  if (out_year != NULL)
    *out_year = task->year;
  if (out_planned != NULL)
    *out_planned = task->planned;
  if (out_achieved != NULL)
    *out_achieved = task->achieved;
}

static gboolean
same_number (gdouble a,
             gdouble b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

gboolean
totuo_target_equal (const TotuoTarget *a,
                    const TotuoTarget *b)
{
  if (strcmp (a->id, b->id) != 0 || strcmp (a->indicator, b->indicator) != 0 ||
      g_strcmp0 (a->region_code, b->region_code) != 0 || g_strcmp0 (a->name, b->name) != 0 ||
      strcmp (a->unit, b->unit) != 0 || a->baseline_year != b->baseline_year ||
      !same_number (a->baseline, b->baseline) || a->end_year != b->end_year ||
      !same_number (a->end_value, b->end_value) || a->comparator != b->comparator ||
      a->attribute != b->attribute || a->relative != b->relative ||
      g_strcmp0 (a->relative_code, b->relative_code) != 0 ||
      a->milestones->len != b->milestones->len)
    return FALSE;
  for (guint k = 0; k < a->milestones->len; k++)
    {
      TotuoMilestone x = g_array_index (a->milestones, TotuoMilestone, k);
      TotuoMilestone y = g_array_index (b->milestones, TotuoMilestone, k);
      if (x.year != y.year || x.value != y.value)
        return FALSE;
    }
  return TRUE;
}

gboolean
totuo_plan_equal (const TotuoPlan *a,
                  const TotuoPlan *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (strcmp (a->name, b->name) != 0 || strcmp (a->region_code, b->region_code) != 0 ||
      a->start_year != b->start_year || a->end_year != b->end_year ||
      a->targets->len != b->targets->len || a->tasks->len != b->tasks->len)
    return FALSE;
  for (guint k = 0; k < a->targets->len; k++)
    if (!totuo_target_equal (g_ptr_array_index (a->targets, k),
                             g_ptr_array_index (b->targets, k)))
      return FALSE;
  for (guint k = 0; k < a->tasks->len; k++)
    {
      const TotuoTask *x = &g_array_index (a->tasks, TotuoTask, k);
      const TotuoTask *y = &g_array_index (b->tasks, TotuoTask, k);
      if (strcmp (x->name, y->name) != 0 || x->year != y->year ||
          !same_number (x->planned, y->planned) || !same_number (x->achieved, y->achieved))
        return FALSE;
    }
  return TRUE;
}
