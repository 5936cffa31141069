/* libtotuo - the schema of tabular inputs: see schema.h. */
#include "config.h"

#include <string.h>

#include <totuo/error.h>

#include "schema.h"
#include "text.h"
#include "i18n.h"

/* The names registries and statistical offices give each column, in the
 * exports of filing systems (托育机构备案信息系统), statistical reports and
 * the tables of local plans; compared after totuo_header_key(), so case,
 * full-width forms, spaces and a unit in brackets do not matter. A name
 * may stand for one column only. docs/formats.md lists them. */
const TotuoColumnSpec totuo_region_columns[TOTUO_N_REGION_COLUMNS] = {
  { "code", TRUE, FALSE, { "区划代码", "行政区划代码", "代码", "编码", "区划编码",
                           "统计用区划代码", "行政区划编码", "region_code", NULL } },
  { "name", FALSE, FALSE, { "名称", "区划名称", "地区", "地区名称", "行政区划名称",
                            "街道(乡镇)", "街道(乡镇)名称", "乡镇(街道)", "单位名称", NULL } },
  { "level", TRUE, FALSE, { "层级", "级别", "区划级别", "区划层级", "行政级别", NULL } },
  { "parent", FALSE, FALSE, { "上级代码", "上级区划代码", "上级", "上级编码",
                              "所属上级代码", "parent_code", NULL } },
  { "population", FALSE, TRUE, { "常住人口", "常住人口数", "人口", "常住人口总数",
                                 "年末常住人口", "常住人口数量", NULL } },
  { "under3", FALSE, TRUE, { "3岁以下婴幼儿数", "3岁以下婴幼儿", "婴幼儿数",
                             "3岁以下婴幼儿人数", "0-3岁婴幼儿数", "0~3岁婴幼儿数",
                             "0-3岁婴幼儿", "三岁以下婴幼儿数", "3周岁以下婴幼儿数", NULL } },
  { "kindergartens", FALSE, FALSE, { "幼儿园数", "幼儿园总数", "幼儿园数量", "幼儿园",
                                     NULL } },
  { "lat", FALSE, FALSE, { "纬度", "latitude", NULL } },
  { "lon", FALSE, FALSE, { "经度", "longitude", "lng", NULL } },
};

const TotuoColumnSpec totuo_inst_columns[TOTUO_N_INST_COLUMNS] = {
  { "id", TRUE, FALSE, { "机构编号", "编号", "机构代码", "统一社会信用代码",
                         "社会信用代码", "信用代码", "机构id", "备案编号", NULL } },
  { "name", FALSE, FALSE, { "机构名称", "名称", "托育机构名称", "单位名称", NULL } },
  { "region", TRUE, FALSE, { "所属区划代码", "区划代码", "所属区划", "所属街道",
                             "所属乡镇", "所属街道(乡镇)", "所属乡镇(街道)", "街道(乡镇)",
                             "所在街道", "所在乡镇", "所在街道(乡镇)", "所属区域", NULL } },
  { "kind", FALSE, FALSE, { "机构类型", "类型", "托育机构类型", "办托类型", "机构类别",
                            NULL } },
  { "ownership", FALSE, FALSE, { "举办性质", "性质", "办学性质", "办托性质", "机构性质",
                                 "举办主体性质", NULL } },
  { "inclusive", FALSE, FALSE, { "普惠", "是否普惠", "普惠性", "是否普惠性",
                                 "是否普惠托育机构", "是否为普惠托育机构", "普惠托育", NULL } },
  { "places", TRUE, FALSE, { "托位数", "托位", "核定托位数", "托位总数", "设计托位数",
                             "备案托位数", "提供托位数", "托位数量", NULL } },
  { "enrolled", FALSE, FALSE, { "在托人数", "在托婴幼儿数", "入托人数", "在托幼儿数",
                                "实际在托人数", "收托人数", "在托婴幼儿人数", NULL } },
  { "status", FALSE, FALSE, { "登记备案状态", "状态", "备案状态", "登记及备案状态",
                              "备案情况", NULL } },
  { "modes", FALSE, FALSE, { "服务模式", "托育服务方式", "服务方式", "托育服务类型",
                             "服务形式", NULL } },
  { "monthly_fee", FALSE, FALSE, { "月收费", "月托育费", "收费标准", "月收费标准",
                                   "收费", "托育费", "保育费", "月均收费", NULL } },
  { "staff", FALSE, FALSE, { "从业人员数", "从业人员", "职工数",
                             "工作人员数", "从业人数", "教职工数", NULL } },
  { "certified_staff", FALSE, FALSE, { "持证人员数", "持证上岗人数", "持证人数",
                                       "持证保育人员数", "持证上岗人员数", NULL } },
  { "health_manager", FALSE, FALSE, { "健康管理员", "配备健康管理员",
                                      "是否配备健康管理员", NULL } },
  { "lat", FALSE, FALSE, { "纬度", "latitude", NULL } },
  { "lon", FALSE, FALSE, { "经度", "longitude", "lng", NULL } },
};

/* Units a header may carry in brackets, and what a value is multiplied by. */
typedef struct {
  const gchar *unit;
  gdouble scale;
} Unit;

static const Unit units[] = {
  { "个", 1 }, { "人", 1 }, { "名", 1 }, { "所", 1 }, { "家", 1 }, { "张", 1 }, { "位", 1 },
  { "元", 1 }, { "元/月", 1 }, { "元/人/月", 1 }, { "元/人·月", 1 }, { "元/月/人", 1 },
  { "度", 1 }, { "°", 1 }, { "万人", 10000 }, { "万", 10000 },
};

gchar *
totuo_header_key (const gchar *name,
            gsize        len,
            gchar      **unit)
{
  g_autofree gchar *valid = g_utf8_make_valid (name, (gssize) len);
  g_autofree gchar *nfkc = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  g_autofree gchar *folded = g_utf8_casefold (nfkc != NULL ? nfkc : valid, -1);
  GString *key = g_string_new (NULL);
  const gchar *open;

  for (const gchar *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      /* U+3000, tabs and the line breaks of a wrapped header cell too;
       * U+FEFF is a byte order mark left on the first header. */
      if (c == 0x3010 || c == 0x3014)          /* 【 〔: NFKC keeps them */
        c = '[';
      else if (c == 0x3011 || c == 0x3015)     /* 】 〕 */
        c = ']';
      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x200B)
        g_string_append_unichar (key, c);
    }
  if (unit == NULL)
    return g_string_free (key, FALSE);
  *unit = NULL;
  /* NFKC has made （） and 【】 ASCII brackets or kept them: both close a unit. */
  if (key->len > 0 && (key->str[key->len - 1] == ')' || key->str[key->len - 1] == ']'))
    {
      gchar close = key->str[key->len - 1];
      open = strrchr (key->str, close == ')' ? '(' : '[');
      if (open != NULL && open != key->str)
        {
          *unit = g_strndup (open + 1, (gsize) (key->str + key->len - 1 - (open + 1)));
          g_string_truncate (key, (gsize) (open - key->str));
        }
    }
  return g_string_free (key, FALSE);
}

/* The keys of every name of every column, made once: per column, the
 * id's key, then the aliases' keys, then NULL. */
static gchar **
keys_of (const TotuoColumnSpec *spec)
{
  GPtrArray *keys = g_ptr_array_new ();

  /* Whole: the brackets of "街道(乡镇)" are part of the name, not a unit. */
  g_ptr_array_add (keys, totuo_header_key (spec->id, strlen (spec->id), NULL));
  for (guint a = 0; spec->aliases[a] != NULL; a++)
    g_ptr_array_add (keys, totuo_header_key (spec->aliases[a], strlen (spec->aliases[a]), NULL));
  g_ptr_array_add (keys, NULL);
  return (gchar **) g_ptr_array_free (keys, FALSE);
}

static gchar ***
spec_keys (const TotuoColumnSpec *specs,
           guint                  n_specs)
{
  static gchar **region_keys[TOTUO_N_REGION_COLUMNS], **inst_keys[TOTUO_N_INST_COLUMNS];
  static gsize once_regions, once_insts;
  gchar ***keys = specs == totuo_region_columns ? region_keys : inst_keys;
  gsize *once = specs == totuo_region_columns ? &once_regions : &once_insts;

  if (g_once_init_enter (once))
    {
      for (guint c = 0; c < n_specs; c++)
        keys[c] = keys_of (&specs[c]);
      g_once_init_leave (once, 1);
    }
  return keys;
}

static gint
find_key (gchar     ***keys,
          guint        n_specs,
          const gchar *key)
{
  for (guint c = 0; c < n_specs; c++)
    for (guint k = 0; keys[c][k] != NULL; k++)
      if (strcmp (keys[c][k], key) == 0)
        return (gint) c;
  return -1;
}

gint
totuo_schema_find (const TotuoColumnSpec *specs,
                   guint                  n_specs,
                   const TotuoMapping    *mapping,
                   const gchar           *name,
                   gsize                  len,
                   const gchar           *source,
                   guint                  line,
                   gdouble               *scale,
                   GError               **error)
{
  gchar ***keys = spec_keys (specs, n_specs);
  g_autofree gchar *whole = totuo_header_key (name, len, NULL);
  g_autofree gchar *unit = NULL;
  g_autofree gchar *key = NULL;
  gint found;

  *scale = 1;
  /* An office's mapping file first: it names what no alias does. */
  if (mapping != NULL)
    {
      const gchar *id = g_hash_table_lookup (mapping->columns, whole);
      for (guint c = 0; id != NULL && c < n_specs; c++)
        if (strcmp (specs[c].id, id) == 0)
          {
            gdouble *unit_scale = g_hash_table_lookup (mapping->units, id);
            *scale = unit_scale != NULL ? *unit_scale : 1;
            return (gint) c;
          }
    }
  /* The header as a whole first ("街道(乡镇)"), then without its unit. */
  if ((found = find_key (keys, n_specs, whole)) >= 0)
    {
      gdouble *unit_scale = mapping != NULL ? g_hash_table_lookup (mapping->units,
                                                                   specs[found].id) : NULL;
      if (unit_scale != NULL)
        *scale = *unit_scale;
      return found;
    }
  key = totuo_header_key (name, len, &unit);
  if (unit == NULL || (found = find_key (keys, n_specs, key)) < 0)
    return -1;
  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    if (strcmp (units[u].unit, unit) == 0)
      {
        if (units[u].scale != 1 && !specs[found].scalable)
          {
            g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE,
                         M_("%s:%u: column '%.*s': the unit '%s' cannot scale '%s'; write "
                         "the numbers themselves"), source, line, (gint) MIN (len, 64), name,
                         unit, specs[found].id);
            return -2;
          }
        *scale = units[u].scale;
        return found;
      }
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE,
               M_("%s:%u: column '%.*s': unknown unit '%s' (known: 个, 人, 名, 所, 家, 元, 元/月, "
               "万人; or write the header without a unit)"), source, line, (gint) MIN (len, 64),
               name, unit);
  return -2;
}

/* Edit distance between two keys, in characters. */
static guint
distance (const gchar *a,
          const gchar *b)
{
  glong n = 0, m = 0;
  g_autofree gunichar *x = g_utf8_to_ucs4_fast (a, -1, &n);
  g_autofree gunichar *y = g_utf8_to_ucs4_fast (b, -1, &m);
  g_autofree guint *row = g_new (guint, (gsize) m + 1);

  for (glong j = 0; j <= m; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= n; i++)
    {
      guint diagonal = row[0];
      row[0] = (guint) i;
      for (glong j = 1; j <= m; j++)
        {
          guint up = row[j];
          guint best = MIN (row[j] + 1, row[j - 1] + 1);
          row[j] = MIN (best, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1));
          diagonal = up;
        }
    }
  return row[m];
}

gchar *
totuo_schema_unused_warning (const TotuoColumnSpec *specs,
                             guint                  n_specs,
                             const gchar           *name,
                             gsize                  len,
                             const gchar           *source,
                             guint                  line)
{
  gchar ***keys = spec_keys (specs, n_specs);
  g_autofree gchar *unit = NULL;
  g_autofree gchar *key = totuo_header_key (name, len, &unit);
  g_autofree gchar *shown = g_utf8_make_valid (name, (gssize) MIN (len, 64));
  guint best = G_MAXUINT, best_column = 0;
  glong key_len = g_utf8_strlen (key, -1);

  if (key_len == 0)
    return g_strdup_printf ("%s:%u: a column without a header is not used", source, line);
  for (guint c = 0; c < n_specs; c++)
    for (guint k = 0; keys[c][k] != NULL; k++)
      {
        guint d = distance (key, keys[c][k]);
        /* A name inside the other is as good as one edit away. */
        if (d > 1 && (strstr (key, keys[c][k]) != NULL || strstr (keys[c][k], key) != NULL))
          d = 1;
        if (d < best)
          best = d, best_column = c;
      }
  if (best <= MAX (1, (guint) key_len / 2))
    {
      /* The column's usual Chinese name, whichever of its names was close. */
      const gchar *suggested = specs[best_column].aliases[0] != NULL
                                 ? specs[best_column].aliases[0] : specs[best_column].id;
      return g_strdup_printf ("%s:%u: column '%s' is not used; did you mean '%s' (%s)?",
                              source, line, shown, suggested, specs[best_column].id);
    }
  return g_strdup_printf ("%s:%u: column '%s' is not used (no known column is like it)",
                          source, line, shown);
}

/* ---- cells ------------------------------------------------------------------ */

static const gchar *const unknown_markers[] = {
  "-", "--", "—", "——", "/", "\\", "无", "不详", "未知", "暂无", "n/a", "#n/a", "na", "null",
  "空", "?", NULL
};

/* A cell's text after NFKC (full-width digits and signs become ASCII,
 * － becomes -), case-folded, without white space at its ends, and inside
 * too when @inner: "1 234" is no number, "N / A" is still a marker. */
static gchar *
cell_key (const gchar *s,
          gsize        len,
          gboolean     inner)
{
  g_autofree gchar *valid = g_utf8_make_valid (s, (gssize) len);
  g_autofree gchar *nfkc = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  g_autofree gchar *folded = g_utf8_casefold (nfkc != NULL ? nfkc : valid, -1);
  GString *key = g_string_new (NULL);

  for (const gchar *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x2013 || c == 0x2212)         /* – − */
        c = '-';
      if (!g_unichar_isspace (c) || (!inner && key->len > 0))
        g_string_append_unichar (key, c);
    }
  while (key->len > 0 && g_ascii_isspace (key->str[key->len - 1]))
    g_string_truncate (key, key->len - 1);
  return g_string_free (key, FALSE);
}

gboolean
totuo_schema_is_unknown_marker (const gchar *s,
                                gsize        len)
{
  g_autofree gchar *key = NULL;

  if (len == 0)
    return TRUE;
  /* Markers are short; a number or a word is not worth normalising here. */
  if (len > 12 || g_ascii_isdigit (s[0]))
    return FALSE;
  key = cell_key (s, len, TRUE);
  for (guint k = 0; unknown_markers[k] != NULL; k++)
    if (strcmp (key, unknown_markers[k]) == 0)
      return TRUE;
  return FALSE;
}

static const gchar *const value_units[] = {
  "元/人/月", "元/人·月", "元/月/人", "元/月", "元每月", "元", "个", "人", "名", "所", "家",
  "张", "位", NULL
};

/* The digits, sign and point of a number as offices write it, or NULL. */
static gchar *
plain_number (const gchar *s,
              gsize        len)
{
  g_autofree gchar *key = cell_key (s, len, FALSE);
  GString *out = g_string_new (NULL);
  gsize n = strlen (key), digits_since_comma = 0;
  gboolean seen_comma = FALSE, seen_point = FALSE;

  for (guint u = 0; value_units[u] != NULL; u++)
    if (g_str_has_suffix (key, value_units[u]) && n > strlen (value_units[u]))
      {
        n -= strlen (value_units[u]);
        while (n > 0 && key[n - 1] == ' ')       /* "35 人" */
          n--;
        break;
      }
  for (gsize i = 0; i < n; i++)
    {
      gchar c = key[i];
      if (g_ascii_isdigit (c))
        {
          g_string_append_c (out, c);
          digits_since_comma++;
        }
      else if (c == ',' && !seen_point && out->len > 0 && (!seen_comma || digits_since_comma == 3))
        {
          /* Thousands: 1,514 and 12,345,678, not 1,51 or 1,5140. */
          if (!seen_comma && digits_since_comma > 3)
            break;
          seen_comma = TRUE;
          digits_since_comma = 0;
        }
      else if (c == '.' && !seen_point)
        {
          if (seen_comma && digits_since_comma != 3)
            break;
          seen_point = TRUE;
          seen_comma = FALSE;
          g_string_append_c (out, c);
        }
      else if ((c == '-' || c == '+') && i == 0)
        g_string_append_c (out, c);
      else
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      if (i + 1 == n && seen_comma && digits_since_comma != 3)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  if (out->len == 0 || (seen_comma && digits_since_comma != 3))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* What a cell holds: a marker of unknown (TRUE, *plain NULL), the plain
 * text of a number that is not negative (TRUE, *plain set), or neither. */
static gboolean
number_or_unknown (const gchar *s,
                   gsize        len,
                   gchar      **plain)
{
  *plain = NULL;
  if (totuo_schema_is_unknown_marker (s, len))
    return TRUE;
  *plain = plain_number (s, len);
  if (*plain != NULL && (*plain)[0] == '-')
    g_clear_pointer (plain, g_free);
  return *plain != NULL;
}

gboolean
totuo_schema_parse_count (const gchar *s,
                          gsize        len,
                          gint64       max,
                          gint64      *out)
{
  g_autofree gchar *plain = NULL;

  if (!number_or_unknown (s, len, &plain))
    return FALSE;
  if (plain == NULL)
    {
      *out = -1;
      return TRUE;
    }
  return strchr (plain, '.') == NULL && totuo_parse_count (plain, strlen (plain), max, out, NULL);
}

gboolean
totuo_schema_parse_amount (const gchar *s,
                           gsize        len,
                           gdouble     *out)
{
  g_autofree gchar *plain = NULL;

  if (!number_or_unknown (s, len, &plain))
    return FALSE;
  if (plain == NULL)
    {
      *out = -1;
      return TRUE;
    }
  return totuo_parse_double (plain, strlen (plain), out, NULL);
}

/* ---- mapping files ---------------------------------------------------------- */

void
totuo_mapping_free (TotuoMapping *mapping)
{
  if (mapping == NULL)
    return;
  g_free (mapping->source);
  g_hash_table_unref (mapping->columns);
  g_hash_table_unref (mapping->values);
  g_hash_table_unref (mapping->units);
  g_free (mapping->sheet);
  g_free (mapping);
}

static gboolean
mapping_error (GError     **error,
               const gchar *path,
               const gchar *group,
               const gchar *key,
               const gchar *what)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE, "%s: [%s] %s: %s", path, group, key,
               what);
  return FALSE;
}

static gboolean
known_column (const gchar *id)
{
  for (guint c = 0; c < TOTUO_N_REGION_COLUMNS; c++)
    if (strcmp (totuo_region_columns[c].id, id) == 0)
      return TRUE;
  for (guint c = 0; c < TOTUO_N_INST_COLUMNS; c++)
    if (strcmp (totuo_inst_columns[c].id, id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
read_group (GKeyFile     *file,
            TotuoMapping *m,
            const gchar  *group,
            GError      **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (file, group, NULL, NULL);

  for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
    {
      g_autofree gchar *value = g_key_file_get_string (file, group, keys[k], NULL);
      if (value == NULL)
        return mapping_error (error, m->source, group, keys[k], "not valid text");
      g_strstrip (value);
      if (strcmp (group, "columns") == 0)
        {
          /* header = column id: the header compared as every header is. */
          if (!known_column (value))
            return mapping_error (error, m->source, group, keys[k], "not a column id");
          g_hash_table_insert (m->columns, totuo_header_key (keys[k], strlen (keys[k]), NULL),
                               g_strdup (value));
        }
      else if (strcmp (group, "units") == 0)
        {
          /* column id = unit: 万人 scales by 10,000. */
          gdouble *scale = g_new (gdouble, 1);
          *scale = strcmp (value, "万人") == 0 || strcmp (value, "万") == 0 ? 10000 : 1;
          if (!known_column (keys[k]))
            {
              g_free (scale);
              return mapping_error (error, m->source, group, keys[k], "not a column id");
            }
          g_hash_table_insert (m->units, g_strdup (keys[k]), scale);
        }
      else
        {
          /* [values.COLUMN]: word = id. */
          const gchar *column = group + strlen ("values.");
          g_autofree gchar *word = g_strstrip (g_strdup (keys[k]));
          g_hash_table_insert (m->values, g_strdup_printf ("%s\x1f%s", column, word),
                               g_strdup (value));
        }
    }
  return TRUE;
}

TotuoMapping *
totuo_mapping_load (const gchar *path,
                    GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local = NULL;
  g_auto(GStrv) groups = NULL;
  g_autofree gchar *text = NULL;
  gsize len = 0;
  TotuoMapping *m;

  /* Read as every input is (bounded, pipes too), and checked as UTF-8
   * first: GKeyFile takes other bytes in names, which messages echo. */
  text = totuo_read_file (path, &len, error);
  if (text == NULL || !totuo_check_utf8 (text, len, path, error))
    return NULL;
  if (!g_key_file_load_from_data (file, text, len, G_KEY_FILE_NONE, &local))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, "%s: %s", path, local->message);
      return NULL;
    }
  m = g_new0 (TotuoMapping, 1);
  m->source = g_strdup (path);
  m->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  m->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  m->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  groups = g_key_file_get_groups (file, NULL);
  for (guint k = 0; groups[k] != NULL; k++)
    {
      const gchar *g = groups[k];
      gboolean ok = TRUE;
      if (strcmp (g, "columns") == 0 || strcmp (g, "units") == 0 ||
          (g_str_has_prefix (g, "values.") && known_column (g + strlen ("values."))))
        ok = read_group (file, m, g, error);
      else if (strcmp (g, "table") == 0)
        {
          g_autofree gchar *sheet = g_key_file_get_string (file, g, "sheet", NULL);
          g_autoptr(GError) bad = NULL;
          m->sheet = sheet != NULL ? g_strstrip (g_steal_pointer (&sheet)) : NULL;
          if (g_key_file_has_key (file, g, "header_row", NULL))
            {
              gint row = g_key_file_get_integer (file, g, "header_row", &bad);
              if (bad != NULL || row < 1 || row > 1000)
                ok = mapping_error (error, path, g, "header_row", "a row number from 1 to 1000");
              else
                m->header_row = (guint) row;
            }
        }
      else
        ok = mapping_error (error, path, g, "(group)", "unknown group: write [columns], "
                            "[values.COLUMN], [units] or [table]");
      if (!ok)
        {
          totuo_mapping_free (m);
          return NULL;
        }
    }
  return m;
}

const gchar *
totuo_mapping_value (const TotuoMapping *mapping,
                     const gchar        *column,
                     const gchar        *value,
                     gsize               len)
{
  g_autofree gchar *key = NULL;

  if (mapping == NULL || g_hash_table_size (mapping->values) == 0)
    return NULL;
  key = g_strdup_printf ("%s\x1f%.*s", column, (gint) len, value);
  return g_hash_table_lookup (mapping->values, key);
}
