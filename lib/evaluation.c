/* libtotuo - evaluating a plan against observations (docs/tracking.md). */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/evaluation.h>
#include <totuo/planning.h>

#include "tracking-private.h"
#include "i18n.h"

typedef struct {
  gint first_year, last_year;
  TotuoYearResult *years;      /* last_year - first_year + 1 of them */
  TotuoProgress status;
  const gchar *reason;
  gboolean has_projection;
  gdouble projection;
  gboolean has_end_target;
  gdouble end_target;
} TargetResult;

struct _TotuoEvaluation {
  gatomicrefcount ref;
  TotuoPlan *plan;
  TargetResult *results;
};

/* ---- a least-squares line ----------------------------------------------------- */

typedef struct {
  gdouble x[64], y[64];
  guint n;
} Series;

static void
series_add (Series *s,
            gdouble x,
            gdouble y)
{
  if (s->n < G_N_ELEMENTS (s->x))
    {
      s->x[s->n] = x;
      s->y[s->n] = y;
      s->n++;
    }
}

/* The line's value at @at; with a single point, that point's value. */
static gboolean
series_project (const Series *s,
                gdouble       at,
                gdouble      *out)
{
  gdouble mx = 0, my = 0, sxx = 0, sxy = 0;

  if (s->n == 0)
    return FALSE;
  for (guint k = 0; k < s->n; k++)
    {
      mx += s->x[k] / s->n;
      my += s->y[k] / s->n;
    }
  for (guint k = 0; k < s->n; k++)
    {
      sxx += (s->x[k] - mx) * (s->x[k] - mx);
      sxy += (s->x[k] - mx) * (s->y[k] - my);
    }
  *out = sxx > 0 ? my + sxy / sxx * (at - mx) : my;
  return TRUE;
}

/* ---- one target ------------------------------------------------------------------ */

typedef struct {
  TotuoObservations *obs;
  const TotuoTarget *target;
  const gchar *region;
  gchar *reference;            /* the region of a relative target's reference */
} Context;

static gboolean
observe (Context     *c,
         const gchar *region,
         gint         year,
         gdouble     *out)
{
  return region != NULL &&
         totuo_observations_lookup (c->obs, c->target->indicator, region, year, out);
}

static void
fill_observed (Context      *c,
               TargetResult *r)
{
  for (gint y = r->first_year; y <= r->last_year; y++)
    {
      TotuoYearResult *yr = &r->years[y - r->first_year];
      yr->year = y;
      if (y == r->first_year && !isnan (c->target->baseline))
        {
          yr->observed = c->target->baseline;   /* the plan's own baseline is official */
          yr->has_observed = TRUE;
        }
      else
        yr->has_observed = observe (c, c->region, y, &yr->observed);
      if (c->target->relative != TOTUO_RELATIVE_NONE)
        yr->has_milestone = observe (c, c->reference, y, &yr->milestone);
      else
        yr->has_milestone = totuo_target_get_milestone (c->target, y, &yr->milestone);
      if (yr->has_observed && yr->has_milestone)
        {
          yr->met = totuo_comparator_meets (c->target->comparator, yr->observed, yr->milestone);
          yr->gap = yr->milestone - yr->observed;
          yr->has_gap = TRUE;
        }
    }
}

static void
settle_end_target (Context      *c,
                   TargetResult *r)
{
  Series reference = { 0 };

  if (c->target->relative == TOTUO_RELATIVE_NONE)
    {
      r->end_target = c->target->end_value;
      r->has_end_target = !isnan (r->end_target);
      return;
    }
  for (gint y = r->first_year; y <= r->last_year; y++)
    if (r->years[y - r->first_year].has_milestone)
      series_add (&reference, y, r->years[y - r->first_year].milestone);
  r->has_end_target = series_project (&reference, r->last_year, &r->end_target);
}

/* The start: the baseline if known, else the first observation. */
static const TotuoYearResult *
start_of (const TargetResult *r)
{
  for (gint y = r->first_year; y <= r->last_year; y++)
    if (r->years[y - r->first_year].has_observed)
      return &r->years[y - r->first_year];
  return NULL;
}

static void
fill_progress (TargetResult          *r,
               const TotuoYearResult *start)
{
  for (gint y = r->first_year; y <= r->last_year; y++)
    {
      TotuoYearResult *yr = &r->years[y - r->first_year];
      if (!yr->has_observed || !r->has_end_target)
        continue;
      if (r->end_target != start->observed)
        {
          yr->progress = (yr->observed - start->observed) / (r->end_target - start->observed) * 100;
          yr->has_progress = TRUE;
        }
      if (y < r->last_year)
        {
          yr->pace_required = (r->end_target - yr->observed) / (r->last_year - y);
          yr->has_pace = TRUE;
        }
    }
}

/* +1 when the target asks for more, -1 when it asks for less. */
static gdouble
direction (TotuoComparator comparator,
           gdouble         start,
           gdouble         end)
{
  if (comparator == TOTUO_COMPARATOR_GE || comparator == TOTUO_COMPARATOR_GT)
    return 1;
  if (comparator == TOTUO_COMPARATOR_LE || comparator == TOTUO_COMPARATOR_LT)
    return -1;
  return end >= start ? 1 : -1;
}

static void
settle_status (Context      *c,
               TargetResult *r)
{
  const TotuoYearResult *start = start_of (r), *latest = NULL;
  Series series = { 0 };
  gdouble d, needed, gap;

  for (gint y = r->first_year; y <= r->last_year; y++)
    if (r->years[y - r->first_year].has_observed)
      {
        latest = &r->years[y - r->first_year];
        series_add (&series, y, latest->observed);
      }
  r->status = TOTUO_PROGRESS_NOT_ASSESSABLE;
  if (latest == NULL)
    {
      r->reason = "no baseline and no observed value";
      return;
    }
  if (!r->has_end_target)
    {
      r->reason = "no value for the reference region";
      return;
    }
  fill_progress (r, start);
  if (series.n >= 2)
    r->has_projection = series_project (&series, r->last_year, &r->projection);
  if (totuo_comparator_meets (c->target->comparator, latest->observed, r->end_target))
    {
      r->status = TOTUO_PROGRESS_ACHIEVED;
      r->reason = "the latest value meets the end target";
      return;
    }
  if (series.n < 2)
    {
      r->reason = isnan (c->target->baseline) ? "no baseline, and a single observation"
                                              : "no observation after the baseline";
      return;
    }
  d = direction (c->target->comparator, start->observed, r->end_target);
  needed = d * (r->end_target - start->observed);
  if (needed <= 0)
    {
      r->status = TOTUO_PROGRESS_OFF_TRACK;
      r->reason = "met at the start, no longer met";
      return;
    }
  if (totuo_comparator_meets (c->target->comparator, r->projection, r->end_target))
    {
      r->status = TOTUO_PROGRESS_ON_TRACK;
      r->reason = "the projection meets the end target";
      return;
    }
  gap = (needed - d * (r->projection - start->observed)) / needed;
  r->status = gap <= 1 ? TOTUO_PROGRESS_NEEDS_ACCELERATION : TOTUO_PROGRESS_OFF_TRACK;
  r->reason = gap <= 1 ? "moving toward the target, too slowly"
                       : "moving away from the target";
}

static void
evaluate_target (TotuoEvaluation   *ev,
                 TotuoObservations *obs,
                 guint              index)
{
  const TotuoTarget *t = g_ptr_array_index (ev->plan->targets, index);
  TargetResult *r = &ev->results[index];
  Context c = { obs, t, t->region_code != NULL ? t->region_code : ev->plan->region_code, NULL };

  r->first_year = t->baseline_year > 0 ? t->baseline_year : ev->plan->start_year - 1;
  r->last_year = MAX (t->end_year > 0 ? t->end_year : ev->plan->end_year, r->first_year);
  r->years = g_new0 (TotuoYearResult, r->last_year - r->first_year + 1);
  if (t->relative == TOTUO_RELATIVE_PARENT)
    c.reference = totuo_observations_get_parent_code (obs, c.region);
  else if (t->relative == TOTUO_RELATIVE_REGION)
    c.reference = g_strdup (t->relative_code);
  fill_observed (&c, r);
  settle_end_target (&c, r);
  settle_status (&c, r);
  g_free (c.reference);
}

TotuoEvaluation *
totuo_evaluation_new (TotuoPlan         *plan,
                      TotuoObservations *observations)
{
  TotuoEvaluation *ev;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (observations != NULL, NULL);

  ev = g_new0 (TotuoEvaluation, 1);
  g_atomic_ref_count_init (&ev->ref);
  ev->plan = totuo_plan_ref (plan);
  ev->results = g_new0 (TargetResult, MAX (plan->targets->len, 1));
  for (guint k = 0; k < plan->targets->len; k++)
    evaluate_target (ev, observations, k);
  return ev;
}

TotuoEvaluation *
totuo_evaluation_ref (TotuoEvaluation *evaluation)
{
  g_return_val_if_fail (evaluation != NULL, NULL);
  g_atomic_ref_count_inc (&evaluation->ref);
  return evaluation;
}

void
totuo_evaluation_unref (TotuoEvaluation *evaluation)
{
  if (evaluation == NULL || !g_atomic_ref_count_dec (&evaluation->ref))
    return;
  for (guint k = 0; k < evaluation->plan->targets->len; k++)
    g_free (evaluation->results[k].years);
  g_free (evaluation->results);
  totuo_plan_unref (evaluation->plan);
  g_free (evaluation);
}

TotuoPlan *
totuo_evaluation_get_plan (TotuoEvaluation *evaluation)
{
  g_return_val_if_fail (evaluation != NULL, NULL);
  return evaluation->plan;
}

#define CHECK_TARGET(ev, i, fallback)                                \
  g_return_val_if_fail ((ev) != NULL, fallback);                     \
  g_return_val_if_fail ((i) < (ev)->plan->targets->len, fallback)

void
totuo_evaluation_get_years (TotuoEvaluation *evaluation,
                            guint            target,
                            gint            *out_first,
                            gint            *out_last)
{
  g_return_if_fail (evaluation != NULL);
  g_return_if_fail (target < evaluation->plan->targets->len);
  if (out_first != NULL)
    *out_first = evaluation->results[target].first_year;
  if (out_last != NULL)
    *out_last = evaluation->results[target].last_year;
}

gboolean
totuo_evaluation_get_year_result (TotuoEvaluation *evaluation,
                                  guint            target,
                                  gint             year,
                                  TotuoYearResult *out_result)
{
  const TargetResult *r;

  CHECK_TARGET (evaluation, target, FALSE);
  g_return_val_if_fail (out_result != NULL, FALSE);
  r = &evaluation->results[target];
  if (year < r->first_year || year > r->last_year)
    return FALSE;
  *out_result = r->years[year - r->first_year];
  return TRUE;
}

TotuoProgress
totuo_evaluation_get_status (TotuoEvaluation *evaluation,
                             guint            target,
                             const gchar    **out_reason)
{
  CHECK_TARGET (evaluation, target, TOTUO_PROGRESS_NOT_ASSESSABLE);
  if (out_reason != NULL)
    *out_reason = evaluation->results[target].reason;
  return evaluation->results[target].status;
}

gboolean
totuo_evaluation_get_projection (TotuoEvaluation *evaluation,
                                 guint            target,
                                 gdouble         *out_value)
{
  CHECK_TARGET (evaluation, target, FALSE);
  if (!evaluation->results[target].has_projection)
    return FALSE;
  if (out_value != NULL)
    *out_value = evaluation->results[target].projection;
  return TRUE;
}

gboolean
totuo_evaluation_get_end_target (TotuoEvaluation *evaluation,
                                 guint            target,
                                 gdouble         *out_value)
{
  CHECK_TARGET (evaluation, target, FALSE);
  if (!evaluation->results[target].has_end_target)
    return FALSE;
  if (out_value != NULL)
    *out_value = evaluation->results[target].end_target;
  return TRUE;
}

guint
totuo_evaluation_count (TotuoEvaluation *evaluation,
                        TotuoProgress    status,
                        gint             attribute)
{
  guint n = 0;

  g_return_val_if_fail (evaluation != NULL, 0);
  g_return_val_if_fail ((guint) status < TOTUO_N_PROGRESS, 0);
  for (guint k = 0; k < evaluation->plan->targets->len; k++)
    {
      const TotuoTarget *t = g_ptr_array_index (evaluation->plan->targets, k);
      if (evaluation->results[k].status == status &&
          (attribute < 0 || (gint) t->attribute == attribute))
        n++;
    }
  return n;
}

gboolean
totuo_evaluation_is_binding_missed (TotuoEvaluation *evaluation,
                                    guint            target)
{
  const TotuoTarget *t;
  TotuoProgress s;

  CHECK_TARGET (evaluation, target, FALSE);
  t = g_ptr_array_index (evaluation->plan->targets, target);
  s = evaluation->results[target].status;
  return t->attribute == TOTUO_ATTRIBUTE_BINDING &&
         s != TOTUO_PROGRESS_ACHIEVED && s != TOTUO_PROGRESS_ON_TRACK;
}

gboolean
totuo_evaluation_get_task_completion (TotuoEvaluation *evaluation,
                                      guint            task,
                                      gdouble         *out_percent,
                                      GError         **error)
{
  const TotuoTask *t;

  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (task < evaluation->plan->tasks->len, FALSE);
  t = &g_array_index (evaluation->plan->tasks, TotuoTask, task);
  if (isnan (t->achieved))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNDEFINED,
                   M_("task \"%s\": what was achieved is not known yet"), t->name);
      return FALSE;
    }
  return totuo_completion_rate (t->achieved, t->planned, out_percent, error);
}

const gchar *
totuo_progress_to_string (TotuoProgress status)
{
  static const gchar *const names[] = { "achieved", "on_track", "needs_acceleration",
                                        "off_track", "not_assessable" };
  g_return_val_if_fail ((guint) status < TOTUO_N_PROGRESS, NULL);
  return names[status];
}

const gchar *
totuo_progress_to_chinese (TotuoProgress status)
{
  static const gchar *const names[] = { "已实现", "进展顺利", "需加快进度", "偏离目标", "无法评估" };
  g_return_val_if_fail ((guint) status < TOTUO_N_PROGRESS, NULL);
  return names[status];
}
