/* libtotuo - targets of a plan. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/indicator.h>
#include <totuo/limits.h>
#include <totuo/target.h>

#include "tracking-private.h"

TotuoTarget *
totuo_target_new (const gchar *id,
                  const gchar *indicator,
                  const gchar *region_code)
{
  TotuoTarget *t;

  g_return_val_if_fail (id != NULL && *id != '\0' && g_utf8_validate (id, -1, NULL), NULL);
  g_return_val_if_fail (indicator != NULL && *indicator != '\0', NULL);
  g_return_val_if_fail (g_utf8_validate (indicator, -1, NULL), NULL);
  g_return_val_if_fail (region_code == NULL || g_utf8_validate (region_code, -1, NULL), NULL);

  t = g_new0 (TotuoTarget, 1);
  g_atomic_ref_count_init (&t->ref);
  t->id = g_strdup (id);
  t->indicator = g_strdup (indicator);
  t->region_code = (region_code != NULL && *region_code != '\0') ? g_strdup (region_code) : NULL;
  t->external = !totuo_indicator_from_id (indicator, &t->registry_indicator);
  t->unit = g_strdup ("");
  t->baseline = NAN;
  t->end_value = NAN;
  t->comparator = TOTUO_COMPARATOR_GE;
  t->attribute = TOTUO_ATTRIBUTE_EXPECTED;
  t->milestones = g_array_new (FALSE, FALSE, sizeof (TotuoMilestone));
  return t;
}

TotuoTarget *
totuo_target_copy (const TotuoTarget *target)
{
  TotuoTarget *t;

  g_return_val_if_fail (target != NULL, NULL);
  t = totuo_target_new (target->id, target->indicator, target->region_code);
  t->name = g_strdup (target->name);
  g_free (t->unit);
  t->unit = g_strdup (target->unit);
  t->baseline_year = target->baseline_year;
  t->baseline = target->baseline;
  t->end_year = target->end_year;
  t->end_value = target->end_value;
  t->comparator = target->comparator;
  t->attribute = target->attribute;
  t->relative = target->relative;
  t->relative_code = g_strdup (target->relative_code);
  g_array_append_vals (t->milestones, target->milestones->data, target->milestones->len);
  return t;
}

TotuoTarget *
totuo_target_ref (TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  g_atomic_ref_count_inc (&target->ref);
  return target;
}

void
totuo_target_unref (TotuoTarget *target)
{
  if (target == NULL || !g_atomic_ref_count_dec (&target->ref))
    return;
  g_free (target->id);
  g_free (target->indicator);
  g_free (target->region_code);
  g_free (target->name);
  g_free (target->unit);
  g_free (target->relative_code);
  g_array_unref (target->milestones);
  g_free (target);
}

const gchar *
totuo_target_get_id (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  return target->id;
}

const gchar *
totuo_target_get_indicator (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  return target->indicator;
}

gboolean
totuo_target_is_external (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, FALSE);
  return target->external;
}

const gchar *
totuo_target_get_region_code (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  return target->region_code;
}

const gchar *
totuo_target_get_name (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  if (target->name != NULL)
    return target->name;
  if (!target->external)
    return totuo_indicator_get_name_zh (target->registry_indicator);
  return target->indicator;
}

void
totuo_target_set_name (TotuoTarget *target,
                       const gchar *name)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail (name == NULL || g_utf8_validate (name, -1, NULL));
  g_free (target->name);
  target->name = (name != NULL && *name != '\0') ? g_strdup (name) : NULL;
}

const gchar *
totuo_target_get_unit (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  if (!target->external)
    return totuo_indicator_get_unit (target->registry_indicator);
  return target->unit;
}

void
totuo_target_set_unit (TotuoTarget *target,
                       const gchar *unit)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail (unit == NULL || g_utf8_validate (unit, -1, NULL));
  g_free (target->unit);
  target->unit = g_strdup (unit != NULL ? unit : "");
}

void
totuo_target_set_baseline (TotuoTarget *target,
                           gint         year,
                           gdouble      value)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail (!isinf (value));
  g_return_if_fail (year == 0 || TOTUO_YEAR_IS_VALID (year));
  target->baseline_year = year;
  target->baseline = value;
}

gboolean
totuo_target_get_baseline (const TotuoTarget *target,
                           gint              *out_year,
                           gdouble           *out_value)
{
  g_return_val_if_fail (target != NULL, FALSE);
  if (out_year != NULL)
    *out_year = target->baseline_year;
  if (isnan (target->baseline))
    return FALSE;
  if (out_value != NULL)
    *out_value = target->baseline;
  return TRUE;
}

void
totuo_target_set_end (TotuoTarget *target,
                      gint         year,
                      gdouble      value)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail (!isinf (value));
  g_return_if_fail (year == 0 || TOTUO_YEAR_IS_VALID (year));
  target->end_year = year;
  target->end_value = value;
}

gboolean
totuo_target_get_end (const TotuoTarget *target,
                      gint              *out_year,
                      gdouble           *out_value)
{
  g_return_val_if_fail (target != NULL, FALSE);
  if (out_year != NULL)
    *out_year = target->end_year;
  if (isnan (target->end_value) || target->relative != TOTUO_RELATIVE_NONE)
    return FALSE;
  if (out_value != NULL)
    *out_value = target->end_value;
  return TRUE;
}

void
totuo_target_set_comparator (TotuoTarget     *target,
                             TotuoComparator  comparator)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail ((guint) comparator <= TOTUO_COMPARATOR_EQ);
  target->comparator = comparator;
}

TotuoComparator
totuo_target_get_comparator (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, TOTUO_COMPARATOR_GE);
  return target->comparator;
}

void
totuo_target_set_attribute (TotuoTarget    *target,
                            TotuoAttribute  attribute)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail ((guint) attribute <= TOTUO_ATTRIBUTE_BINDING);
  target->attribute = attribute;
}

TotuoAttribute
totuo_target_get_attribute (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, TOTUO_ATTRIBUTE_EXPECTED);
  return target->attribute;
}

void
totuo_target_set_relative (TotuoTarget   *target,
                           TotuoRelative  relative,
                           const gchar   *region_code)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail ((guint) relative <= TOTUO_RELATIVE_REGION);
  g_return_if_fail (relative != TOTUO_RELATIVE_REGION ||
                    (region_code != NULL && *region_code != '\0'));
  target->relative = relative;
  g_free (target->relative_code);
  target->relative_code = relative == TOTUO_RELATIVE_REGION ? g_strdup (region_code) : NULL;
}

TotuoRelative
totuo_target_get_relative (const TotuoTarget *target,
                           const gchar      **out_region_code)
{
  g_return_val_if_fail (target != NULL, TOTUO_RELATIVE_NONE);
  if (out_region_code != NULL)
    *out_region_code = target->relative_code;
  return target->relative;
}

void
totuo_target_set_milestone (TotuoTarget *target,
                            gint         year,
                            gdouble      value)
{
  TotuoMilestone m = { year, value };

  guint low = 0, high;

  g_return_if_fail (target != NULL);
  g_return_if_fail (isfinite (value));
  g_return_if_fail (TOTUO_YEAR_IS_VALID (year));
  /* The milestones stay sorted by year: a binary search finds the place,
   * and years given in order (the usual case) are appended. */
  high = target->milestones->len;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      if (g_array_index (target->milestones, TotuoMilestone, mid).year < year)
        low = mid + 1;
      else
        high = mid;
    }
  if (low < target->milestones->len &&
      g_array_index (target->milestones, TotuoMilestone, low).year == year)
    g_array_index (target->milestones, TotuoMilestone, low).value = value;
  else
    g_array_insert_val (target->milestones, low, m);
}

guint
totuo_target_get_n_milestones (const TotuoTarget *target)
{
  g_return_val_if_fail (target != NULL, 0);
  return target->milestones->len;
}

void
totuo_target_get_milestone_at (const TotuoTarget *target,
                               guint              index,
                               gint              *out_year,
                               gdouble           *out_value)
{
  const TotuoMilestone *m;

  g_return_if_fail (target != NULL);
  g_return_if_fail (index < target->milestones->len);
  m = &g_array_index (target->milestones, TotuoMilestone, index);
  if (out_year != NULL)
    *out_year = m->year;
  if (out_value != NULL)
    *out_value = m->value;
}

/* The known points of the path: baseline, explicit milestones, end. */
static guint
collect_knots (const TotuoTarget *target,
               TotuoMilestone    *knots,
               guint              max)
{
  guint n = 0;

  if (!isnan (target->baseline) && target->baseline_year > 0)
    knots[n++] = (TotuoMilestone) { target->baseline_year, target->baseline };
  for (guint k = 0; k < target->milestones->len && n < max - 1; k++)
    {
      TotuoMilestone m = g_array_index (target->milestones, TotuoMilestone, k);
      if ((n == 0 || m.year > knots[n - 1].year) &&
          (target->end_year == 0 || m.year < target->end_year))
        knots[n++] = m;
    }
  if (!isnan (target->end_value) && target->end_year > 0 &&
      (n == 0 || target->end_year > knots[n - 1].year))
    knots[n++] = (TotuoMilestone) { target->end_year, target->end_value };
  return n;
}

gboolean
totuo_target_get_milestone (const TotuoTarget *target,
                            gint               year,
                            gdouble           *out_value)
{
  TotuoMilestone knots[64];
  guint n;

  g_return_val_if_fail (target != NULL, FALSE);
  if (target->relative != TOTUO_RELATIVE_NONE)
    return FALSE;
  n = collect_knots (target, knots, G_N_ELEMENTS (knots));
  for (guint k = 0; k < n; k++)
    {
      if (knots[k].year == year)
        {
          if (out_value != NULL)
            *out_value = knots[k].value;
          return TRUE;
        }
      if (k > 0 && knots[k - 1].year < year && year < knots[k].year)
        {
          gdouble f = (gdouble) (year - knots[k - 1].year) /
                      (gdouble) (knots[k].year - knots[k - 1].year);
          if (out_value != NULL)
            *out_value = knots[k - 1].value + f * (knots[k].value - knots[k - 1].value);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
totuo_comparator_meets (TotuoComparator comparator,
                        gdouble         value,
                        gdouble         reference)
{
  switch (comparator)
    {
    case TOTUO_COMPARATOR_GE: return value >= reference;
    case TOTUO_COMPARATOR_GT: return value > reference;
    case TOTUO_COMPARATOR_LE: return value <= reference;
    case TOTUO_COMPARATOR_LT: return value < reference;
    case TOTUO_COMPARATOR_EQ:
      return fabs (value - reference) <= TOTUO_EQUAL_TOLERANCE * MAX (1.0, fabs (reference));
    default:
      g_return_val_if_reached (FALSE);
    }
}

static const gchar *const comparator_names[] = { ">=", ">", "<=", "<", "=" };

const gchar *
totuo_comparator_to_string (TotuoComparator comparator)
{
  g_return_val_if_fail ((guint) comparator <= TOTUO_COMPARATOR_EQ, NULL);
  return comparator_names[comparator];
}

gboolean
totuo_comparator_from_string (const gchar     *str,
                              TotuoComparator *out_comparator)
{
  static const struct { const gchar *text; TotuoComparator value; } names[] = {
    { ">=", TOTUO_COMPARATOR_GE }, { "≥", TOTUO_COMPARATOR_GE },
    { ">", TOTUO_COMPARATOR_GT }, { "<=", TOTUO_COMPARATOR_LE },
    { "≤", TOTUO_COMPARATOR_LE }, { "<", TOTUO_COMPARATOR_LT },
    { "=", TOTUO_COMPARATOR_EQ }, { "==", TOTUO_COMPARATOR_EQ },
  };
  g_autofree gchar *s = NULL;

  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (out_comparator != NULL, FALSE);
  s = g_strstrip (g_strdup (str));
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (strcmp (s, names[k].text) == 0)
      {
        *out_comparator = names[k].value;
        return TRUE;
      }
  return FALSE;
}

const gchar *
totuo_attribute_to_string (TotuoAttribute attribute)
{
  g_return_val_if_fail ((guint) attribute <= TOTUO_ATTRIBUTE_BINDING, NULL);
  return attribute == TOTUO_ATTRIBUTE_BINDING ? "binding" : "expected";
}

const gchar *
totuo_attribute_to_chinese (TotuoAttribute attribute)
{
  g_return_val_if_fail ((guint) attribute <= TOTUO_ATTRIBUTE_BINDING, NULL);
  return attribute == TOTUO_ATTRIBUTE_BINDING ? "约束性" : "预期性";
}

gboolean
totuo_attribute_from_string (const gchar    *str,
                             TotuoAttribute *out_attribute)
{
  g_autofree gchar *s = NULL;

  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (out_attribute != NULL, FALSE);
  s = g_strstrip (g_strdup (str));
  if (g_ascii_strcasecmp (s, "expected") == 0 || strcmp (s, "预期性") == 0)
    *out_attribute = TOTUO_ATTRIBUTE_EXPECTED;
  else if (g_ascii_strcasecmp (s, "binding") == 0 || strcmp (s, "约束性") == 0)
    *out_attribute = TOTUO_ATTRIBUTE_BINDING;
  else
    return FALSE;
  return TRUE;
}
