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
  gint value;
} Alias;

static const Alias level_aliases[] = {
  { "province", TOTUO_REGION_LEVEL_PROVINCE }, { "省", TOTUO_REGION_LEVEL_PROVINCE },
  { "city", TOTUO_REGION_LEVEL_CITY }, { "市", TOTUO_REGION_LEVEL_CITY },
  { "district", TOTUO_REGION_LEVEL_DISTRICT }, { "区县", TOTUO_REGION_LEVEL_DISTRICT },
  { "street", TOTUO_REGION_LEVEL_STREET }, { "街道", TOTUO_REGION_LEVEL_STREET },
  { "township", TOTUO_REGION_LEVEL_TOWNSHIP }, { "乡镇", TOTUO_REGION_LEVEL_TOWNSHIP },
  { "community", TOTUO_REGION_LEVEL_COMMUNITY }, { "社区", TOTUO_REGION_LEVEL_COMMUNITY },
  { "省级", TOTUO_REGION_LEVEL_PROVINCE }, { "直辖市", TOTUO_REGION_LEVEL_PROVINCE },
  { "自治区", TOTUO_REGION_LEVEL_PROVINCE }, { "市级", TOTUO_REGION_LEVEL_CITY },
  { "地级市", TOTUO_REGION_LEVEL_CITY }, { "区", TOTUO_REGION_LEVEL_DISTRICT },
  { "县", TOTUO_REGION_LEVEL_DISTRICT }, { "县级市", TOTUO_REGION_LEVEL_DISTRICT },
  { "county", TOTUO_REGION_LEVEL_DISTRICT }, { "乡", TOTUO_REGION_LEVEL_TOWNSHIP },
  { "镇", TOTUO_REGION_LEVEL_TOWNSHIP }, { "town", TOTUO_REGION_LEVEL_TOWNSHIP },
  { "村", TOTUO_REGION_LEVEL_COMMUNITY }, { "社区/村", TOTUO_REGION_LEVEL_COMMUNITY },
  { "village", TOTUO_REGION_LEVEL_COMMUNITY },
  { NULL, 0 }
};

static const Alias kind_aliases[] = {
  { "nursery", TOTUO_KIND_NURSERY }, { "托育机构", TOTUO_KIND_NURSERY },
  { "kindergarten", TOTUO_KIND_KINDERGARTEN }, { "托幼一体", TOTUO_KIND_KINDERGARTEN },
  { "employer", TOTUO_KIND_EMPLOYER }, { "用人单位办托", TOTUO_KIND_EMPLOYER },
  { "community", TOTUO_KIND_COMMUNITY }, { "社区托育点", TOTUO_KIND_COMMUNITY },
  { "family", TOTUO_KIND_FAMILY }, { "家庭托育点", TOTUO_KIND_FAMILY },
  { "other", TOTUO_KIND_OTHER }, { "其他", TOTUO_KIND_OTHER },
  { "托育园", TOTUO_KIND_NURSERY }, { "幼儿园", TOTUO_KIND_KINDERGARTEN },
  { "幼儿园托班", TOTUO_KIND_KINDERGARTEN }, { "用人单位", TOTUO_KIND_EMPLOYER },
  { "社区托育驿站", TOTUO_KIND_COMMUNITY }, { "社区驿站", TOTUO_KIND_COMMUNITY },
  { "家庭托育", TOTUO_KIND_FAMILY },
  { NULL, 0 }
};

static const Alias ownership_aliases[] = {
  { "unknown", TOTUO_OWNERSHIP_UNKNOWN }, { "未知", TOTUO_OWNERSHIP_UNKNOWN },
  { "public", TOTUO_OWNERSHIP_PUBLIC }, { "公办", TOTUO_OWNERSHIP_PUBLIC },
  { "private", TOTUO_OWNERSHIP_PRIVATE }, { "民办", TOTUO_OWNERSHIP_PRIVATE },
  { "mixed", TOTUO_OWNERSHIP_MIXED }, { "混合", TOTUO_OWNERSHIP_MIXED },
  { "公建民营", TOTUO_OWNERSHIP_MIXED }, { "民办公助", TOTUO_OWNERSHIP_MIXED },
  { "公办民营", TOTUO_OWNERSHIP_MIXED }, { "民营", TOTUO_OWNERSHIP_PRIVATE },
  { NULL, 0 }
};

static const Alias status_aliases[] = {
  { "none", TOTUO_STATUS_NONE }, { "未登记", TOTUO_STATUS_NONE },
  { "registered", TOTUO_STATUS_REGISTERED }, { "登记", TOTUO_STATUS_REGISTERED },
  { "filed", TOTUO_STATUS_FILED }, { "备案", TOTUO_STATUS_FILED },
  { "无", TOTUO_STATUS_NONE }, { "已登记", TOTUO_STATUS_REGISTERED },
  { "已备案", TOTUO_STATUS_FILED },
  { NULL, 0 }
};

static const Alias mode_aliases[] = {
  { "full_day", TOTUO_MODE_FULL_DAY }, { "全日托", TOTUO_MODE_FULL_DAY },
  { "half_day", TOTUO_MODE_HALF_DAY }, { "半日托", TOTUO_MODE_HALF_DAY },
  { "hourly", TOTUO_MODE_HOURLY }, { "计时托", TOTUO_MODE_HOURLY },
  { "temporary", TOTUO_MODE_TEMPORARY }, { "临时托", TOTUO_MODE_TEMPORARY },
  { NULL, 0 }
};

static gboolean
lookup_alias (const Alias *table,
              const gchar *str,
              gsize        len,
              gint        *out)
{
  str = totuo_trim (str, &len);
  for (; table->name != NULL; table++)
    if (strlen (table->name) == len && g_ascii_strncasecmp (table->name, str, len) == 0)
      {
        *out = table->value;
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

void
totuo_modes_append (GString   *out,
                    TotuoModes modes)
{
  gboolean first = TRUE;
  for (guint bit = 0; bit < 4; bit++)
    if (modes & (1u << bit))
      {
        if (!first)
          g_string_append_c (out, '|');
        g_string_append (out, alias_name (mode_aliases, 1 << bit, 0));
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
      if (len - i >= 3 && memcmp (str + i, dunhao, 3) == 0)
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
