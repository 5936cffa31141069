/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>

G_BEGIN_DECLS

/**
 * @file target.h
 * @brief TotuoTarget: one target of a plan, such as "4.5 places per 1,000
 * residents by 2025".
 *
 * A target names an indicator: either one of the registry (computed from a
 * dataset of each year) or an external one that no registry can compute
 * (parents' knowledge rate, guidance centres built), which comes only from
 * observations and carries its own name and unit. It has a region, an
 * optional baseline (year and value; the documents' "—" is a missing value),
 * an end year and value, a comparator, an attribute, optional milestones for
 * years in between, and may instead be relative to another region's value in
 * the same year ("≥ 全市平均水平": at least the city's average).
 *
 * Like the other records, a target is a value: a plan keeps its own copy.
 */

/** How an observed value is compared with the target. */
typedef enum {
  TOTUO_COMPARATOR_GE = 0, /**< `>=`: at least (≥, 不低于) */
  TOTUO_COMPARATOR_GT = 1, /**< `>`: more than (>, 超过) */
  TOTUO_COMPARATOR_LE = 2, /**< `<=`: at most (≤, 不高于) */
  TOTUO_COMPARATOR_LT = 3, /**< `<`: less than (<, 低于) */
  TOTUO_COMPARATOR_EQ = 4, /**< `=`: equal, within #TOTUO_EQUAL_TOLERANCE */
} TotuoComparator;

/** Relative tolerance of #TOTUO_COMPARATOR_EQ: |x − t| ≤ 1e-6 × max(1, |t|). */
#define TOTUO_EQUAL_TOLERANCE 1e-6

/** Whether a target binds (约束性) or only indicates (预期性). */
typedef enum {
  TOTUO_ATTRIBUTE_EXPECTED = 0, /**< 预期性: an expected, indicative target */
  TOTUO_ATTRIBUTE_BINDING = 1,  /**< 约束性: a binding target */
} TotuoAttribute;

/** What a relative target is relative to. */
typedef enum {
  TOTUO_RELATIVE_NONE = 0,   /**< an absolute target value */
  TOTUO_RELATIVE_PARENT = 1, /**< the value of the target region's parent, that year */
  TOTUO_RELATIVE_REGION = 2, /**< the value of a named region, that year */
} TotuoRelative;

/** An opaque, reference-counted target record. */
typedef struct _TotuoTarget TotuoTarget;

/**
 * Creates a target with no baseline, no end, comparator `>=`, attribute
 * expected.
 * @param id the target's id within its plan (such as "1"): non-empty
 * @param indicator an indicator id of the registry ("places_per_1000"), or
 *   the id of an external indicator ("parents_knowledge")
 * @param region_code (nullable): the region, or NULL for the plan's region
 * @return (transfer full): a new target; release with totuo_target_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoTarget *totuo_target_new (const gchar *id,
                               const gchar *indicator,
                               const gchar *region_code);

/**
 * Creates an independent copy.
 * @param target a target
 * @return (transfer full): a new target
 */
TOTUO_AVAILABLE_IN_0_1
TotuoTarget *totuo_target_copy (const TotuoTarget *target);

/**
 * Adds a reference.
 * @param target a target
 * @return (transfer full): @p target
 */
TOTUO_AVAILABLE_IN_0_1
TotuoTarget *totuo_target_ref (TotuoTarget *target);

/**
 * Releases a reference.
 * @param target (nullable): a target
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_unref (TotuoTarget *target);

/**
 * The target's id.
 * @param target a target
 * @return (transfer none): the id
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_target_get_id (const TotuoTarget *target);

/**
 * The indicator's id.
 * @param target a target
 * @return (transfer none): the indicator id
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_target_get_indicator (const TotuoTarget *target);

/**
 * Whether the indicator is external (not in the registry): its values come
 * only from observations.
 * @param target a target
 * @return TRUE for an external indicator
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_target_is_external (const TotuoTarget *target);

/**
 * The region's code.
 * @param target a target
 * @return (transfer none) (nullable): the code, or NULL for the plan's region
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_target_get_region_code (const TotuoTarget *target);

/**
 * The target's display name, as the plan states it (such as
 * "每千人口拥有3岁以下婴幼儿托位数"). For a registry indicator without a name
 * of its own, the registry's Chinese name.
 * @param target a target
 * @return (transfer none): the name
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_target_get_name (const TotuoTarget *target);

/**
 * Sets the display name.
 * @param target a target
 * @param name (nullable): the name, or NULL for the registry's
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_set_name (TotuoTarget *target,
                            const gchar *name);

/**
 * The unit: the registry's for a registry indicator, else the one set.
 * @param target a target
 * @return (transfer none): the unit, possibly ""
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_target_get_unit (const TotuoTarget *target);

/**
 * Sets the unit of an external indicator (ignored for registry ones).
 * @param target a target
 * @param unit (nullable): the unit, such as "%" or "个"
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_set_unit (TotuoTarget *target,
                            const gchar *unit);

/**
 * Sets the baseline.
 * @param target a target
 * @param year the baseline year
 * @param value the baseline value, or NAN when not known ("—")
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_set_baseline (TotuoTarget *target,
                                gint         year,
                                gdouble      value);

/**
 * The baseline.
 * @param target a target
 * @param out_year (out) (optional): the baseline year (0 if none was set)
 * @param out_value (out) (optional): the baseline value
 * @return TRUE if the baseline value is known
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_target_get_baseline (const TotuoTarget *target,
                                    gint              *out_year,
                                    gdouble           *out_value);

/**
 * Sets the end year and the value to reach by then. For a relative target
 * the value is ignored (pass NAN).
 * @param target a target
 * @param year the end year
 * @param value the target value
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_set_end (TotuoTarget *target,
                           gint         year,
                           gdouble      value);

/**
 * The end year and value.
 * @param target a target
 * @param out_year (out) (optional): the end year (0 if none was set)
 * @param out_value (out) (optional): the target value
 * @return TRUE if the target has an absolute end value
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_target_get_end (const TotuoTarget *target,
                               gint              *out_year,
                               gdouble           *out_value);

/**
 * Sets the comparator.
 * @param target a target
 * @param comparator the comparator
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_set_comparator (TotuoTarget     *target,
                                  TotuoComparator  comparator);

/**
 * The comparator.
 * @param target a target
 * @return the comparator
 */
TOTUO_AVAILABLE_IN_0_1
TotuoComparator totuo_target_get_comparator (const TotuoTarget *target);

/**
 * Sets the attribute.
 * @param target a target
 * @param attribute expected or binding
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_set_attribute (TotuoTarget    *target,
                                 TotuoAttribute  attribute);

/**
 * The attribute.
 * @param target a target
 * @return the attribute
 */
TOTUO_AVAILABLE_IN_0_1
TotuoAttribute totuo_target_get_attribute (const TotuoTarget *target);

/**
 * Makes the target relative to another region's value in the same year.
 * @param target a target
 * @param relative #TOTUO_RELATIVE_NONE, #TOTUO_RELATIVE_PARENT or
 *   #TOTUO_RELATIVE_REGION
 * @param region_code (nullable): the region, for #TOTUO_RELATIVE_REGION
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_set_relative (TotuoTarget   *target,
                                TotuoRelative  relative,
                                const gchar   *region_code);

/**
 * What the target is relative to.
 * @param target a target
 * @param out_region_code (out) (optional) (transfer none): the named region
 *   for #TOTUO_RELATIVE_REGION, else NULL
 * @return the kind of relation
 */
TOTUO_AVAILABLE_IN_0_1
TotuoRelative totuo_target_get_relative (const TotuoTarget *target,
                                         const gchar      **out_region_code);

/**
 * Sets an explicit milestone for a year (replacing one already set).
 * @param target a target
 * @param year the year
 * @param value the value to reach by the end of that year
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_set_milestone (TotuoTarget *target,
                                 gint         year,
                                 gdouble      value);

/**
 * The number of explicit milestones.
 * @param target a target
 * @return the count
 */
TOTUO_AVAILABLE_IN_0_1
guint totuo_target_get_n_milestones (const TotuoTarget *target);

/**
 * An explicit milestone, in year order.
 * @param target a target
 * @param index 0 .. n_milestones - 1
 * @param out_year (out) (optional): its year
 * @param out_value (out) (optional): its value
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_target_get_milestone_at (const TotuoTarget *target,
                                    guint              index,
                                    gint              *out_year,
                                    gdouble           *out_value);

/**
 * The milestone of a year: the explicit one if set; the end value in the
 * end year; else interpolated linearly between the nearest known points
 * (baseline, explicit milestones, end). Undefined for a relative target,
 * before the baseline year, after the end year, and between the baseline
 * year and the first known point when the baseline is missing.
 *
 * @param target a target
 * @param year a year
 * @param out_value (out) (optional): the milestone
 * @return TRUE if the milestone of that year is defined
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_target_get_milestone (const TotuoTarget *target,
                                     gint               year,
                                     gdouble           *out_value);

/**
 * Whether a value meets a reference value under a comparator.
 * @param comparator a comparator
 * @param value the observed value
 * @param reference the value to meet
 * @return TRUE if met
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_comparator_meets (TotuoComparator comparator,
                                 gdouble         value,
                                 gdouble         reference);

/**
 * The comparator as text: ">=", ">", "<=", "<" or "=".
 * @param comparator a comparator
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_comparator_to_string (TotuoComparator comparator);

/**
 * Parses a comparator: ">=", "≥", ">", "<=", "≤", "<", "=", "==".
 * @param str the text
 * @param out_comparator (out): the comparator
 * @return TRUE if @p str is a comparator
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_comparator_from_string (const gchar     *str,
                                       TotuoComparator *out_comparator);

/**
 * The attribute's English id: "expected" or "binding".
 * @param attribute an attribute
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_attribute_to_string (TotuoAttribute attribute);

/**
 * The attribute's Chinese name: 预期性 or 约束性.
 * @param attribute an attribute
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_attribute_to_chinese (TotuoAttribute attribute);

/**
 * Parses an attribute: "expected", "预期性", "binding", "约束性".
 * @param str the text
 * @param out_attribute (out): the attribute
 * @return TRUE if @p str names an attribute
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_attribute_from_string (const gchar    *str,
                                      TotuoAttribute *out_attribute);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoTarget, totuo_target_unref)

G_END_DECLS
