/* libtotuo - names of the domain's enumerations, in English and Chinese. */
#include "config.h"

#include <string.h>

#include <totuo/enums.h>

#include "enums-private.h"
#include "text.h"

/* An alias table: every name a value may appear under in a file. The first
 * entry for each value is its English id, the second its Chinese name. */
typedef struct {
  const gchar *name;
  gsize len;           /* strlen (name), so a lookup compares lengths first */
  gint value;
} Alias;

#define A(name, value) { name, sizeof (name) - 1, value }

static const Alias level_aliases[] = {
  A ("province", TOTUO_REGION_LEVEL_PROVINCE), A ("省", TOTUO_REGION_LEVEL_PROVINCE),
  A ("city", TOTUO_REGION_LEVEL_CITY), A ("市", TOTUO_REGION_LEVEL_CITY),
  A ("district", TOTUO_REGION_LEVEL_DISTRICT), A ("区县", TOTUO_REGION_LEVEL_DISTRICT),
  A ("street", TOTUO_REGION_LEVEL_STREET), A ("街道", TOTUO_REGION_LEVEL_STREET),
  A ("township", TOTUO_REGION_LEVEL_TOWNSHIP), A ("乡镇", TOTUO_REGION_LEVEL_TOWNSHIP),
  A ("community", TOTUO_REGION_LEVEL_COMMUNITY), A ("社区", TOTUO_REGION_LEVEL_COMMUNITY),
  A ("省级", TOTUO_REGION_LEVEL_PROVINCE), A ("直辖市", TOTUO_REGION_LEVEL_PROVINCE),
  A ("自治区", TOTUO_REGION_LEVEL_PROVINCE), A ("市级", TOTUO_REGION_LEVEL_CITY),
  A ("地级市", TOTUO_REGION_LEVEL_CITY), A ("区", TOTUO_REGION_LEVEL_DISTRICT),
  A ("县", TOTUO_REGION_LEVEL_DISTRICT), A ("县级市", TOTUO_REGION_LEVEL_DISTRICT),
  A ("county", TOTUO_REGION_LEVEL_DISTRICT), A ("乡", TOTUO_REGION_LEVEL_TOWNSHIP),
  A ("镇", TOTUO_REGION_LEVEL_TOWNSHIP), A ("town", TOTUO_REGION_LEVEL_TOWNSHIP),
  A ("村", TOTUO_REGION_LEVEL_COMMUNITY), A ("社区/村", TOTUO_REGION_LEVEL_COMMUNITY),
  A ("village", TOTUO_REGION_LEVEL_COMMUNITY),
  A ("nation", TOTUO_REGION_LEVEL_NATION), A ("全国", TOTUO_REGION_LEVEL_NATION),
  A ("国家", TOTUO_REGION_LEVEL_NATION), A ("national", TOTUO_REGION_LEVEL_NATION),
  A ("country", TOTUO_REGION_LEVEL_NATION), A ("全国合计", TOTUO_REGION_LEVEL_NATION),
  { NULL, 0, 0 }
};

static const Alias kind_aliases[] = {
  A ("nursery", TOTUO_KIND_NURSERY), A ("托育机构", TOTUO_KIND_NURSERY),
  A ("kindergarten", TOTUO_KIND_KINDERGARTEN), A ("托幼一体", TOTUO_KIND_KINDERGARTEN),
  A ("employer", TOTUO_KIND_EMPLOYER), A ("用人单位办托", TOTUO_KIND_EMPLOYER),
  A ("community", TOTUO_KIND_COMMUNITY), A ("社区托育点", TOTUO_KIND_COMMUNITY),
  A ("family", TOTUO_KIND_FAMILY), A ("家庭托育点", TOTUO_KIND_FAMILY),
  A ("other", TOTUO_KIND_OTHER), A ("其他", TOTUO_KIND_OTHER),
  A ("托育园", TOTUO_KIND_NURSERY), A ("幼儿园", TOTUO_KIND_KINDERGARTEN),
  A ("幼儿园托班", TOTUO_KIND_KINDERGARTEN), A ("用人单位", TOTUO_KIND_EMPLOYER),
  A ("社区托育驿站", TOTUO_KIND_COMMUNITY), A ("社区驿站", TOTUO_KIND_COMMUNITY),
  A ("家庭托育", TOTUO_KIND_FAMILY),
  /* As filing systems and local registries write them. */
  A ("托育中心", TOTUO_KIND_NURSERY), A ("托儿所", TOTUO_KIND_NURSERY),
  A ("托育服务机构", TOTUO_KIND_NURSERY), A ("婴幼儿照护服务机构", TOTUO_KIND_NURSERY),
  A ("早教托育机构", TOTUO_KIND_NURSERY), A ("托幼一体化", TOTUO_KIND_KINDERGARTEN),
  A ("幼儿园(托班)", TOTUO_KIND_KINDERGARTEN), A ("幼儿园（托班）", TOTUO_KIND_KINDERGARTEN),
  A ("幼儿园开设托班", TOTUO_KIND_KINDERGARTEN), A ("托班", TOTUO_KIND_KINDERGARTEN),
  A ("单位办托", TOTUO_KIND_EMPLOYER), A ("用人单位托育点", TOTUO_KIND_EMPLOYER),
  A ("机关事业单位办托", TOTUO_KIND_EMPLOYER), A ("企业办托", TOTUO_KIND_EMPLOYER),
  A ("社区托育点", TOTUO_KIND_COMMUNITY), A ("社区托育服务点", TOTUO_KIND_COMMUNITY),
  A ("嵌入式托育", TOTUO_KIND_COMMUNITY), A ("家庭托育服务点", TOTUO_KIND_FAMILY),
  A ("家庭式托育", TOTUO_KIND_FAMILY), A ("其它", TOTUO_KIND_OTHER),
  A ("unknown", TOTUO_KIND_UNKNOWN), A ("未知", TOTUO_KIND_UNKNOWN),
  A ("不详", TOTUO_KIND_UNKNOWN),
  { NULL, 0, 0 }
};

static const Alias ownership_aliases[] = {
  A ("unknown", TOTUO_OWNERSHIP_UNKNOWN), A ("未知", TOTUO_OWNERSHIP_UNKNOWN),
  A ("public", TOTUO_OWNERSHIP_PUBLIC), A ("公办", TOTUO_OWNERSHIP_PUBLIC),
  A ("private", TOTUO_OWNERSHIP_PRIVATE), A ("民办", TOTUO_OWNERSHIP_PRIVATE),
  A ("mixed", TOTUO_OWNERSHIP_MIXED), A ("混合", TOTUO_OWNERSHIP_MIXED),
  A ("公建民营", TOTUO_OWNERSHIP_MIXED), A ("民办公助", TOTUO_OWNERSHIP_MIXED),
  A ("公办民营", TOTUO_OWNERSHIP_MIXED), A ("民营", TOTUO_OWNERSHIP_PRIVATE),
  A ("公立", TOTUO_OWNERSHIP_PUBLIC), A ("国有", TOTUO_OWNERSHIP_PUBLIC),
  A ("公办性质", TOTUO_OWNERSHIP_PUBLIC), A ("私立", TOTUO_OWNERSHIP_PRIVATE),
  A ("私营", TOTUO_OWNERSHIP_PRIVATE), A ("民办性质", TOTUO_OWNERSHIP_PRIVATE),
  A ("社会力量举办", TOTUO_OWNERSHIP_PRIVATE), A ("国有民营", TOTUO_OWNERSHIP_MIXED),
  A ("公私合营", TOTUO_OWNERSHIP_MIXED), A ("不详", TOTUO_OWNERSHIP_UNKNOWN),
  { NULL, 0, 0 }
};

static const Alias status_aliases[] = {
  A ("none", TOTUO_STATUS_NONE), A ("未登记", TOTUO_STATUS_NONE),
  A ("registered", TOTUO_STATUS_REGISTERED), A ("登记", TOTUO_STATUS_REGISTERED),
  A ("filed", TOTUO_STATUS_FILED), A ("备案", TOTUO_STATUS_FILED),
  A ("无", TOTUO_STATUS_NONE), A ("已登记", TOTUO_STATUS_REGISTERED),
  A ("已备案", TOTUO_STATUS_FILED),
  A ("unknown", TOTUO_STATUS_UNKNOWN), A ("未知", TOTUO_STATUS_UNKNOWN),
  /* A word that says only "not filed" says nothing of registration. */
  A ("not_filed", TOTUO_STATUS_NOT_FILED), A ("未备案", TOTUO_STATUS_NOT_FILED),
  A ("不详", TOTUO_STATUS_UNKNOWN), A ("没有备案", TOTUO_STATUS_NOT_FILED),
  A ("尚未备案", TOTUO_STATUS_NOT_FILED),
  /* Filing implies registration (备案 follows 登记). */
  A ("已登记未备案", TOTUO_STATUS_REGISTERED), A ("登记未备案", TOTUO_STATUS_REGISTERED),
  A ("已登记已备案", TOTUO_STATUS_FILED), A ("已登记并备案", TOTUO_STATUS_FILED),
  A ("登记并备案", TOTUO_STATUS_FILED), A ("已登记备案", TOTUO_STATUS_FILED),
  A ("登记备案", TOTUO_STATUS_FILED), A ("未登记未备案", TOTUO_STATUS_NONE),
  { NULL, 0, 0 }
};

/* The names of a flag. Its yes/no words are totuo_parse_bool()'s. */
static const Alias flag_aliases[] = {
  A ("no", TOTUO_FLAG_NO), A ("否", TOTUO_FLAG_NO),
  A ("yes", TOTUO_FLAG_YES), A ("是", TOTUO_FLAG_YES),
  A ("unknown", TOTUO_FLAG_UNKNOWN), A ("未知", TOTUO_FLAG_UNKNOWN),
  A ("不详", TOTUO_FLAG_UNKNOWN),
  { NULL, 0, 0 }
};

static const Alias mode_aliases[] = {
  A ("full_day", TOTUO_MODE_FULL_DAY), A ("全日托", TOTUO_MODE_FULL_DAY),
  A ("half_day", TOTUO_MODE_HALF_DAY), A ("半日托", TOTUO_MODE_HALF_DAY),
  A ("hourly", TOTUO_MODE_HOURLY), A ("计时托", TOTUO_MODE_HOURLY),
  A ("temporary", TOTUO_MODE_TEMPORARY), A ("临时托", TOTUO_MODE_TEMPORARY),
  { NULL, 0, 0 }
};

static gboolean
lookup_alias (const Alias *table,
              const gchar *str,
              gsize        len,
              gint        *out)
{
  const Alias *a;

  str = totuo_trim (str, &len);
  /* A file nearly always spells a value as the table does: look for that
   * first, the first byte sparing most calls to memcmp(). Chinese names
   * share their lengths with English ones, so a case-blind compare of
   * every same-length entry would cost a call per entry. */
  for (a = table; a->name != NULL; a++)
    if (a->len == len && a->name[0] == str[0] && memcmp (a->name, str, len) == 0)
      {
        *out = a->value;
        return TRUE;
      }
  for (a = table; a->name != NULL; a++)
    if (a->len == len && g_ascii_strncasecmp (a->name, str, len) == 0)
      {
        *out = a->value;
        return TRUE;
      }
  return FALSE;
}

/* The English id is the first alias of a value, the Chinese name the second. */
static const gchar *
alias_name (const Alias *table,
            gint         value,
            guint        nth)
{
  for (; table->name != NULL; table++)
    if (table->value == value)
      {
        if (nth == 0)
          return table->name;
        nth--;
      }
  return NULL;
}

#define DEFINE_ENUM_NAMES(prefix, Type, table, n_values)                  \
  const gchar *prefix##_to_string (Type value)                            \
  {                                                                       \
    g_return_val_if_fail ((guint) value < (n_values), NULL);              \
    return alias_name (table, (gint) value, 0);                           \
  }                                                                       \
  const gchar *prefix##_to_chinese (Type value)                           \
  {                                                                       \
    g_return_val_if_fail ((guint) value < (n_values), NULL);              \
    return alias_name (table, (gint) value, 1);                           \
  }                                                                       \
  gboolean prefix##_parse (const gchar *str, gsize len, gint *out)        \
  {                                                                       \
    return lookup_alias (table, str, len, out);                           \
  }                                                                       \
  gboolean prefix##_from_string (const gchar *str, Type *out)             \
  {                                                                       \
    gint v;                                                               \
    g_return_val_if_fail (str != NULL, FALSE);                            \
    g_return_val_if_fail (out != NULL, FALSE);                            \
    if (!prefix##_parse (str, strlen (str), &v))                          \
      return FALSE;                                                       \
    *out = (Type) v;                                                      \
    return TRUE;                                                          \
  }

DEFINE_ENUM_NAMES (totuo_region_level, TotuoRegionLevel, level_aliases, TOTUO_N_REGION_LEVELS)
DEFINE_ENUM_NAMES (totuo_kind, TotuoKind, kind_aliases, TOTUO_N_KINDS)
DEFINE_ENUM_NAMES (totuo_ownership, TotuoOwnership, ownership_aliases, TOTUO_N_OWNERSHIPS)
DEFINE_ENUM_NAMES (totuo_status, TotuoStatus, status_aliases, TOTUO_N_STATUSES)

/* Not DEFINE_ENUM_NAMES: a flag is read with every yes/no word. */
const gchar *
totuo_flag_to_string (TotuoFlag flag)
{
  g_return_val_if_fail ((guint) flag < TOTUO_N_FLAGS, NULL);
  return alias_name (flag_aliases, (gint) flag, 0);
}

const gchar *
totuo_flag_to_chinese (TotuoFlag flag)
{
  g_return_val_if_fail ((guint) flag < TOTUO_N_FLAGS, NULL);
  return alias_name (flag_aliases, (gint) flag, 1);
}

gboolean
totuo_flag_parse (const gchar *str,
                  gsize        len,
                  gint        *out)
{
  gboolean yes;

  if (totuo_parse_bool (str, len, &yes))
    {
      *out = yes ? TOTUO_FLAG_YES : TOTUO_FLAG_NO;
      return TRUE;
    }
  return lookup_alias (flag_aliases, str, len, out);
}

gboolean
totuo_flag_from_string (const gchar *str,
                        TotuoFlag   *out_flag)
{
  gint v;

  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (out_flag != NULL, FALSE);
  if (!totuo_flag_parse (str, strlen (str), &v))
    return FALSE;
  *out_flag = (TotuoFlag) v;
  return TRUE;
}

const gchar *
totuo_mode_name (guint bit)
{
  g_return_val_if_fail (bit < TOTUO_N_MODES, NULL);
  return alias_name (mode_aliases, 1 << bit, 0);
}

void
totuo_modes_append (GString   *out,
                    TotuoModes modes)
{
  gboolean first = TRUE;
  for (guint bit = 0; bit < TOTUO_N_MODES; bit++)
    if (modes & (1u << bit))
      {
        if (!first)
          g_string_append_c (out, '|');
        g_string_append (out, totuo_mode_name (bit));
        first = FALSE;
      }
}

gchar *
totuo_modes_to_string (TotuoModes modes)
{
  GString *out;

  g_return_val_if_fail (((guint) modes & ~(guint) TOTUO_MODE_ALL) == 0, NULL);
  out = g_string_new (NULL);
  totuo_modes_append (out, modes);
  return g_string_free (out, FALSE);
}

/* Finds the next separator: one of | , ; or the Chinese enumeration comma. */
static gsize
next_separator (const gchar *str,
                gsize        len,
                gsize       *sep_len)
{
  static const gchar dunhao[] = "、";
  for (gsize i = 0; i < len; i++)
    {
      if (str[i] == '|' || str[i] == ',' || str[i] == ';')
        {
          *sep_len = 1;
          return i;
        }
      if (str[i] == dunhao[0] && len - i >= 3 && memcmp (str + i, dunhao, 3) == 0)
        {
          *sep_len = 3;
          return i;
        }
    }
  *sep_len = 0;
  return len;
}

gboolean
totuo_modes_parse (const gchar *str,
                   gsize        len,
                   gint        *out)
{
  guint modes = 0;

  str = totuo_trim (str, &len);
  while (len > 0)
    {
      gsize sep_len;
      gsize part_len = next_separator (str, len, &sep_len);
      gint mode;

      if (!lookup_alias (mode_aliases, str, part_len, &mode))
        return FALSE;
      modes |= (guint) mode;
      str += part_len + sep_len;
      len -= part_len + sep_len;
      if (sep_len > 0 && len == 0)
        return FALSE;   /* a trailing separator hides a missing mode */
    }
  *out = (gint) modes;
  return TRUE;
}

gboolean
totuo_modes_from_string (const gchar *str,
                         TotuoModes  *out_modes)
{
  g_return_val_if_fail (str != NULL, FALSE);
  gint modes;
  g_return_val_if_fail (out_modes != NULL, FALSE);
  if (!totuo_modes_parse (str, strlen (str), &modes))
    return FALSE;
  *out_modes = (TotuoModes) modes;
  return TRUE;
}

gchar *
totuo_enum_accepted_words (const gchar *column)
{
  const Alias *table = g_str_equal (column, "level") ? level_aliases
                     : g_str_equal (column, "kind") ? kind_aliases
                     : g_str_equal (column, "ownership") ? ownership_aliases
                     : g_str_equal (column, "status") ? status_aliases
                     : g_str_equal (column, "modes") ? mode_aliases : NULL;
  GString *out;

  if (table == NULL)
    return NULL;
  /* Each value's English id and Chinese name: the first two of its names. */
  out = g_string_new (NULL);
  for (const Alias *a = table; a->name != NULL; a++)
    if (alias_name (table, a->value, 0) == a->name)
      g_string_append_printf (out, "%s%s/%s", out->len > 0 ? ", " : "", a->name,
                              alias_name (table, a->value, 1));
  return g_string_free (out, FALSE);
}
