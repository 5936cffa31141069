/* libtotuo - the plan file: a UTF-8 key file (docs/tracking.md).
 *
 * GKeyFile reads the syntax. Before it does, one pass over the lines notes
 * where each group and key stands, so that every later error can name its
 * line, and catches what GKeyFile would silently merge: a group or a key
 * written twice. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/indicator.h>
#include <totuo/limits.h>
#include <totuo/plan.h>

#include "file-io.h"
#include "text.h"
#include "tracking-private.h"
#include "i18n.h"

typedef struct {
  const gchar *source;
  GHashTable *lines;      /* "group" and "group\nkey" -> line number */
  GKeyFile *keys;
  const gchar *group;     /* the group being read, for messages */
} PlanLoad;

static guint
line_of (PlanLoad    *load,
         const gchar *group,
         const gchar *key)
{
  g_autofree gchar *k = key != NULL ? g_strdup_printf ("%s\n%s", group, key) : g_strdup (group);
  return GPOINTER_TO_UINT (g_hash_table_lookup (load->lines, k));
}

static gboolean
key_error (PlanLoad    *load,
           const gchar *key,
           GError     **error)
{
  g_prefix_error (error, M_("%s:%u: [%s] key '%s': "), load->source,
                  line_of (load, load->group, key), load->group, key);
  return FALSE;
}

static gboolean
set_key_error (PlanLoad    *load,
               const gchar *key,
               TotuoError   code,
               const gchar *message,
               GError     **error)
{
  g_set_error_literal (error, TOTUO_ERROR, code, message);
  return key_error (load, key, error);
}

/* ---- the pre-scan ----------------------------------------------------------- */

static gboolean
scan_line (PlanLoad    *load,
           const gchar *line,
           guint        number,
           gchar      **group,
           GError     **error)
{
  g_autofree gchar *text = g_strstrip (g_strdup (line));
  const gchar *eq;
  gchar *where;

  if (*text == '\0' || *text == '#')
    return TRUE;
  if (*text == '[')
    {
      gsize len = strlen (text);
      if (text[len - 1] != ']')
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
                       M_("%s:%u: a group name must end with ']'"), load->source, number);
          return FALSE;
        }
      g_free (*group);
      *group = g_strndup (text + 1, len - 2);
      where = g_strdup (*group);
    }
  else if ((eq = strchr (text, '=')) != NULL && *group != NULL)
    {
      g_autofree gchar *key = g_strstrip (g_strndup (text, (gsize) (eq - text)));
      where = g_strdup_printf ("%s\n%s", *group, key);
    }
  else
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
                   *group == NULL ? "%s:%u: a key before any [group]"
                                  : "%s:%u: expected 'key = value', '[group]' or a # comment",
                   load->source, number);
      return FALSE;
    }
  if (g_hash_table_contains (load->lines, where))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                   M_("%s:%u: %s is written twice (first at line %u)"), load->source, number,
                   strchr (where, '\n') != NULL ? "a key" : "a group",
                   GPOINTER_TO_UINT (g_hash_table_lookup (load->lines, where)));
      g_free (where);
      return FALSE;
    }
  g_hash_table_insert (load->lines, where, GUINT_TO_POINTER (number));
  return TRUE;
}

static gboolean
scan_lines (PlanLoad    *load,
            const gchar *data,
            gsize        len,
            GError     **error)
{
  g_autofree gchar *copy = g_strndup (data, len);
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  g_autofree gchar *group = NULL;

  for (guint k = 0; lines[k] != NULL; k++)
    if (!scan_line (load, lines[k], k + 1, &group, error))
      return FALSE;
  return TRUE;
}

/* ---- values ------------------------------------------------------------------- */

static gboolean
get_string (PlanLoad     *load,
            const gchar  *key,
            gboolean      required,
            gchar       **out,
            GError      **error)
{
  *out = g_key_file_get_string (load->keys, load->group, key, NULL);
  if (*out != NULL)
    g_strstrip (*out);
  if (required && (*out == NULL || **out == '\0'))
    {
      if (*out == NULL)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE,
                       M_("%s:%u: [%s]: the key '%s' is required"), load->source,
                       line_of (load, load->group, NULL), load->group, key);
          return FALSE;
        }
      return set_key_error (load, key, TOTUO_ERROR_MISSING_VALUE, M_("a value is required"), error);
    }
  return TRUE;
}

/* A number; "—", "-" or an empty value gives NAN when @allow_missing. */
static gboolean
get_number (PlanLoad    *load,
            const gchar *key,
            gboolean     allow_missing,
            gdouble     *out,
            GError     **error)
{
  g_autofree gchar *text = NULL;

  *out = NAN;
  if (!get_string (load, key, FALSE, &text, error))
    return FALSE;
  if (text == NULL || *text == '\0' || strcmp (text, "—") == 0 || strcmp (text, "-") == 0)
    {
      if (text != NULL && !allow_missing)
        return set_key_error (load, key, TOTUO_ERROR_MISSING_VALUE, M_("a number is required"), error);
      return TRUE;
    }
  if (!totuo_parse_double (text, strlen (text), out, error))
    return key_error (load, key, error);
  return TRUE;
}

static gboolean
get_year (PlanLoad    *load,
          const gchar *key,
          gboolean     required,
          gint        *out,
          GError     **error)
{
  g_autofree gchar *text = NULL;
  gint64 year = 0;

  if (!get_string (load, key, required, &text, error))
    return FALSE;
  if (text == NULL || *text == '\0')
    return TRUE;
  if (!totuo_parse_count (text, strlen (text), 9999, &year, error))
    return key_error (load, key, error);
  if (year < 1900)
    return set_key_error (load, key, TOTUO_ERROR_OUT_OF_RANGE,
                          M_("a year must lie between 1900 and 9999"), error);
  *out = (gint) year;
  return TRUE;
}

static gboolean
check_keys (PlanLoad           *load,
            const gchar *const *allowed,
            GError            **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (load->keys, load->group, NULL, NULL);

  for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
    if (!g_strv_contains (allowed, keys[k]))
      return set_key_error (load, keys[k], TOTUO_ERROR_UNKNOWN_VALUE,
                            M_("unknown key (a typo?)"), error);
  return TRUE;
}

/* ---- groups --------------------------------------------------------------------- */

static TotuoPlan *
read_plan_group (PlanLoad *load,
                 gint     *baseline_year,
                 GError  **error)
{
  static const gchar *const allowed[] = { "name", "region", "start", "end", "baseline_year",
                                          NULL };
  g_autofree gchar *name = NULL, *region = NULL;
  gint start = 0, end = 0;

  load->group = "plan";
  if (!g_key_file_has_group (load->keys, "plan"))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN,
                   M_("%s: the [plan] group is missing"), load->source);
      return NULL;
    }
  if (!check_keys (load, allowed, error) ||
      !get_string (load, "name", TRUE, &name, error) ||
      !get_string (load, "region", TRUE, &region, error) ||
      !get_year (load, "start", TRUE, &start, error) ||
      !get_year (load, "end", TRUE, &end, error) ||
      !get_year (load, "baseline_year", FALSE, baseline_year, error))
    return NULL;
  if (end < start)
    {
      set_key_error (load, "end", TOTUO_ERROR_OUT_OF_RANGE, M_("the plan ends before it starts"),
                     error);
      return NULL;
    }
  if (*baseline_year == 0)
    *baseline_year = start - 1;
  return totuo_plan_new (name, region, start, end);
}

static gboolean
read_milestones (PlanLoad    *load,
                 TotuoTarget *target,
                 GError     **error)
{
  g_autofree gchar *text = NULL;
  g_auto(GStrv) parts = NULL;

  if (!get_string (load, "milestones", FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  parts = g_strsplit_set (text, ",;", -1);
  for (guint k = 0; parts[k] != NULL; k++)
    {
      gchar *part = g_strstrip (parts[k]);
      gchar *colon = strchr (part, ':');
      gint64 year = 0;
      gdouble value = 0;

      if (*part == '\0')
        continue;
      if (colon == NULL ||
          !totuo_parse_count (part, (gsize) (colon - part), 9999, &year, NULL) ||
          !totuo_parse_double (colon + 1, strlen (colon + 1), &value, NULL))
        return set_key_error (load, "milestones", TOTUO_ERROR_SYNTAX,
                              M_("write milestones as 'YEAR:VALUE, YEAR:VALUE'"), error);
      if (!TOTUO_YEAR_IS_VALID (year))
        return set_key_error (load, "milestones", TOTUO_ERROR_OUT_OF_RANGE,
                              M_("a year must lie between 1900 and 9999"), error);
      if (!isfinite (value))
        return set_key_error (load, "milestones", TOTUO_ERROR_BAD_NUMBER,
                              M_("a milestone must be a finite number"), error);
      totuo_target_set_milestone (target, (gint) year, value);
    }
  return TRUE;
}

static gboolean
read_relative (PlanLoad    *load,
               TotuoTarget *target,
               GError     **error)
{
  g_autofree gchar *text = NULL;

  if (!get_string (load, "relative_to", FALSE, &text, error))
    return FALSE;
  if (text == NULL || *text == '\0')
    return TRUE;
  if (strcmp (text, "parent") == 0 || strcmp (text, "上级") == 0)
    totuo_target_set_relative (target, TOTUO_RELATIVE_PARENT, NULL);
  else
    totuo_target_set_relative (target, TOTUO_RELATIVE_REGION, text);
  return TRUE;
}

static gboolean
read_enums (PlanLoad    *load,
            TotuoTarget *target,
            GError     **error)
{
  g_autofree gchar *comparator = NULL, *attribute = NULL;
  TotuoComparator c;
  TotuoAttribute a;

  if (!get_string (load, "comparator", FALSE, &comparator, error) ||
      !get_string (load, "attribute", FALSE, &attribute, error))
    return FALSE;
  if (comparator != NULL)
    {
      if (!totuo_comparator_from_string (comparator, &c))
        return set_key_error (load, "comparator", TOTUO_ERROR_UNKNOWN_VALUE,
                              M_("use >=, >, <=, < or ="), error);
      totuo_target_set_comparator (target, c);
    }
  if (attribute != NULL)
    {
      if (!totuo_attribute_from_string (attribute, &a))
        return set_key_error (load, "attribute", TOTUO_ERROR_UNKNOWN_VALUE,
                              M_("use expected (预期性) or binding (约束性)"), error);
      totuo_target_set_attribute (target, a);
    }
  return TRUE;
}

/* A target's indicator: an id or a Chinese name of the registry (stored
 * as its id), or an indicator of the plan's own that observations give.
 * One of its own that looks like one of ours is a typo, refused with the
 * name it was probably meant to be: it would otherwise wait for
 * observations that never come. */
static gboolean
resolve_indicator (PlanLoad  *load,
                   gchar    **indicator,
                   GError   **error)
{
  TotuoIndicator found;
  const gchar *meant;

  if (totuo_indicator_from_name (*indicator, &found))
    {
      g_free (*indicator);
      *indicator = g_strdup (totuo_indicator_get_id (found));
      return TRUE;
    }
  meant = totuo_indicator_suggest (*indicator);
  if (meant != NULL && totuo_indicator_from_id (meant, &found))
    {
      g_autofree gchar *message = g_strdup_printf (
        "\"%s\" is not an indicator libtotuo computes; did you mean \"%s\" (%s)? An "
        "indicator of your own, given by observations, must not look like one of ours",
        TOTUO_SHOWN (*indicator), meant, totuo_indicator_get_name_zh (found));
      return set_key_error (load, "indicator", TOTUO_ERROR_UNKNOWN_VALUE, message, error);
    }
  return TRUE;
}

static gboolean
read_target_group (PlanLoad    *load,
                   TotuoPlan   *plan,
                   const gchar *id,
                   gint         default_baseline_year,
                   GError     **error)
{
  static const gchar *const allowed[] = {
    "indicator", "name", "unit", "region", "baseline", "baseline_year", "target", "end",
    "comparator", "attribute", "relative_to", "milestones", NULL };
  g_autofree gchar *indicator = NULL, *name = NULL, *unit = NULL, *region = NULL;
  g_autoptr(TotuoTarget) target = NULL;
  gint baseline_year = default_baseline_year, end = plan->end_year;
  gdouble baseline, value;

  if (!check_keys (load, allowed, error) ||
      !get_string (load, "indicator", TRUE, &indicator, error) ||
      !get_string (load, "name", FALSE, &name, error) ||
      !get_string (load, "unit", FALSE, &unit, error) ||
      !get_string (load, "region", FALSE, &region, error) ||
      !get_year (load, "baseline_year", FALSE, &baseline_year, error) ||
      !get_number (load, "baseline", TRUE, &baseline, error) ||
      !get_year (load, "end", FALSE, &end, error) ||
      !get_number (load, "target", TRUE, &value, error))
    return FALSE;
  if (!resolve_indicator (load, &indicator, error))
    return FALSE;
  target = totuo_target_new (id, indicator, region);
  totuo_target_set_name (target, name);
  totuo_target_set_unit (target, unit);
  totuo_target_set_baseline (target, baseline_year, baseline);
  totuo_target_set_end (target, end, value);
  if (!read_enums (load, target, error) || !read_relative (load, target, error) ||
      !read_milestones (load, target, error))
    return FALSE;
  if (!totuo_plan_add_target (plan, target, error))
    {
      g_prefix_error (error, "%s:%u: ", load->source, line_of (load, load->group, NULL));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_task_group (PlanLoad  *load,
                 TotuoPlan *plan,
                 GError   **error)
{
  static const gchar *const allowed[] = { "name", "year", "planned", "achieved", NULL };
  g_autofree gchar *name = NULL;
  gint year = plan->start_year;
  gdouble planned, achieved;

  if (!check_keys (load, allowed, error) ||
      !get_string (load, "name", TRUE, &name, error) ||
      !get_year (load, "year", FALSE, &year, error) ||
      !get_number (load, "planned", FALSE, &planned, error) ||
      !get_number (load, "achieved", TRUE, &achieved, error))
    return FALSE;
  if (isnan (planned))
    return set_key_error (load, "planned", TOTUO_ERROR_MISSING_VALUE, M_("a number is required"),
                          error);
  if (!totuo_plan_add_task (plan, name, year, planned, achieved, error))
    {
      g_prefix_error (error, "%s:%u: ", load->source, line_of (load, load->group, NULL));
      return FALSE;
    }
  return TRUE;
}

static TotuoPlan *
read_groups (PlanLoad *load,
             GError  **error)
{
  g_autoptr(TotuoPlan) plan = NULL;
  g_auto(GStrv) groups = NULL;
  gint baseline_year = 0;

  plan = read_plan_group (load, &baseline_year, error);
  if (plan == NULL)
    return NULL;
  groups = g_key_file_get_groups (load->keys, NULL);
  for (guint k = 0; groups[k] != NULL; k++)
    {
      const gchar *g = groups[k];
      gboolean ok = TRUE;

      load->group = g;
      if (strcmp (g, "plan") == 0)
        continue;
      if (g_str_has_prefix (g, "target ") && g[7] != '\0')
        ok = read_target_group (load, plan, g + 7, baseline_year, error);
      else if (g_str_has_prefix (g, "task ") && g[5] != '\0')
        ok = read_task_group (load, plan, error);
      else
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE,
                       M_("%s:%u: unknown group [%s]: use [plan], [target ID] or [task ID]"),
                       load->source, line_of (load, g, NULL), g);
          ok = FALSE;
        }
      if (!ok)
        return NULL;
    }
  return g_steal_pointer (&plan);
}

TotuoPlan *
totuo_plan_load_data (const gchar *data,
                      gssize       length,
                      const gchar *source_name,
                      GError     **error)
{
  PlanLoad load = { source_name != NULL ? source_name : "<data>", NULL, NULL, NULL };
  g_autoptr(GError) local = NULL;
  TotuoPlan *plan = NULL;
  gsize len;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  len = length < 0 ? strlen (data) : (gsize) length;
  if (!totuo_check_input (data, len, load.source, error))
    return NULL;
  load.lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  load.keys = g_key_file_new ();
  if (scan_lines (&load, data, len, error))
    {
      if (!g_key_file_load_from_data (load.keys, data, len, G_KEY_FILE_NONE, &local))
        g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, "%s: %s", load.source,
                     local->message);
      else
        plan = read_groups (&load, error);
    }
  g_hash_table_unref (load.lines);
  g_key_file_unref (load.keys);
  return plan;
}

TotuoPlan *
totuo_plan_load (const gchar *path,
                 GError     **error)
{
  g_autofree gchar *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  contents = totuo_read_file (path, &len, error);
  if (contents == NULL)
    return NULL;
  return totuo_plan_load_data (contents, (gssize) len, path, error);
}

/* ---- writing -------------------------------------------------------------------- */

static void
set_number (GKeyFile    *keys,
            const gchar *group,
            const gchar *key,
            gdouble      value)
{
  GString *text = g_string_new (NULL);

  if (isnan (value))
    g_string_append (text, "—");
  else
    totuo_append_double (text, value);
  g_key_file_set_string (keys, group, key, text->str);
  g_string_free (text, TRUE);
}

static void
write_target (GKeyFile          *keys,
              const TotuoTarget *t)
{
  g_autofree gchar *group = g_strdup_printf ("target %s", t->id);
  GString *milestones = g_string_new (NULL);

  g_key_file_set_string (keys, group, "indicator", t->indicator);
  if (t->name != NULL)
    g_key_file_set_string (keys, group, "name", t->name);
  if (t->unit[0] != '\0')
    g_key_file_set_string (keys, group, "unit", t->unit);
  if (t->region_code != NULL)
    g_key_file_set_string (keys, group, "region", t->region_code);
  if (t->baseline_year > 0)
    g_key_file_set_integer (keys, group, "baseline_year", t->baseline_year);
  set_number (keys, group, "baseline", t->baseline);
  if (t->end_year > 0)
    g_key_file_set_integer (keys, group, "end", t->end_year);
  if (!isnan (t->end_value))
    set_number (keys, group, "target", t->end_value);
  g_key_file_set_string (keys, group, "comparator", totuo_comparator_to_string (t->comparator));
  g_key_file_set_string (keys, group, "attribute", totuo_attribute_to_string (t->attribute));
  if (t->relative != TOTUO_RELATIVE_NONE)
    g_key_file_set_string (keys, group, "relative_to",
                           t->relative == TOTUO_RELATIVE_PARENT ? "parent" : t->relative_code);
  for (guint k = 0; k < t->milestones->len; k++)
    {
      TotuoMilestone m = g_array_index (t->milestones, TotuoMilestone, k);
      g_string_append_printf (milestones, "%s%d:", k > 0 ? ", " : "", m.year);
      totuo_append_double (milestones, m.value);
    }
  if (milestones->len > 0)
    g_key_file_set_string (keys, group, "milestones", milestones->str);
  g_string_free (milestones, TRUE);
}

gchar *
totuo_plan_to_data (const TotuoPlan *plan,
                    gsize           *out_length)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();

  g_return_val_if_fail (plan != NULL, NULL);
  g_key_file_set_string (keys, "plan", "name", plan->name);
  g_key_file_set_string (keys, "plan", "region", plan->region_code);
  g_key_file_set_integer (keys, "plan", "start", plan->start_year);
  g_key_file_set_integer (keys, "plan", "end", plan->end_year);
  for (guint k = 0; k < plan->targets->len; k++)
    write_target (keys, g_ptr_array_index (plan->targets, k));
  for (guint k = 0; k < plan->tasks->len; k++)
    {
      const TotuoTask *task = &g_array_index (plan->tasks, TotuoTask, k);
      g_autofree gchar *group = g_strdup_printf ("task %u", k + 1);
      g_key_file_set_string (keys, group, "name", task->name);
      g_key_file_set_integer (keys, group, "year", task->year);
      set_number (keys, group, "planned", task->planned);
      set_number (keys, group, "achieved", task->achieved);
    }
  return g_key_file_to_data (keys, out_length, NULL);
}

gboolean
totuo_plan_save (const TotuoPlan *plan,
                 const gchar     *path,
                 GError         **error)
{
  g_autofree gchar *text = NULL;
  gsize len = 0;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  text = totuo_plan_to_data (plan, &len);
  return totuo_save_file (path, text, len, error);
}
