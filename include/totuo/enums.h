/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>

G_BEGIN_DECLS

/**
 * @file enums.h
 * @brief The enumerations of the domain, with their English ids and
 * Chinese names.
 *
 * Each enumeration converts to its English id (`totuo_*_to_string`), to its
 * Chinese name (`totuo_*_to_chinese`) and back (`totuo_*_from_string`, which
 * accepts the English id and the Chinese names and their common variants).
 */

/**
 * The level of a region in the administrative hierarchy.
 *
 * China's hierarchy is the nation 全国 > province 省 > city 市 > district or
 * county 区/县 > street 街道 (urban) or township 乡镇 (rural) > community or
 * village 社区/村. Streets and townships are at the same depth: a region's
 * level must be strictly below its parent's, so a community can sit under a
 * street or a township, but a street cannot sit under a township. The
 * nation came last (its value is the highest, its rank the first): the
 * values of the others did not change.
 */
typedef enum {
  TOTUO_REGION_LEVEL_PROVINCE = 0,  /**< 省 province (or municipality) */
  TOTUO_REGION_LEVEL_CITY = 1,      /**< 市 city (prefecture level) */
  TOTUO_REGION_LEVEL_DISTRICT = 2,  /**< 区/县 district or county */
  TOTUO_REGION_LEVEL_STREET = 3,    /**< 街道 street (urban sub-district) */
  TOTUO_REGION_LEVEL_TOWNSHIP = 4,  /**< 乡镇 township or town (rural) */
  TOTUO_REGION_LEVEL_COMMUNITY = 5, /**< 社区/村 community or village */
  TOTUO_REGION_LEVEL_NATION = 6,    /**< 全国 the nation, above the provinces */
} TotuoRegionLevel;

/** Number of values of #TotuoRegionLevel. */
#define TOTUO_N_REGION_LEVELS 7

/** The kind of a childcare institution. */
typedef enum {
  TOTUO_KIND_NURSERY = 0,      /**< 托育机构: a dedicated childcare institution */
  TOTUO_KIND_KINDERGARTEN = 1, /**< 托幼一体: a kindergarten with nursery classes */
  TOTUO_KIND_EMPLOYER = 2,     /**< 用人单位办托: run by an employer */
  TOTUO_KIND_COMMUNITY = 3,    /**< 社区托育点: a community station or point */
  TOTUO_KIND_FAMILY = 4,       /**< 家庭托育点: a family childcare point */
  TOTUO_KIND_OTHER = 5,        /**< 其他: any other kind */
  TOTUO_KIND_UNKNOWN = 6,      /**< 未知: not known (an empty field, or no kind column) */
} TotuoKind;

/** Number of values of #TotuoKind. */
#define TOTUO_N_KINDS 7

/** Who owns and runs an institution. */
typedef enum {
  TOTUO_OWNERSHIP_UNKNOWN = 0, /**< not known (an empty field) */
  TOTUO_OWNERSHIP_PUBLIC = 1,  /**< 公办 public */
  TOTUO_OWNERSHIP_PRIVATE = 2, /**< 民办 private */
  TOTUO_OWNERSHIP_MIXED = 3,   /**< 公建民营, 民办公助 and other mixes */
} TotuoOwnership;

/** Number of values of #TotuoOwnership. */
#define TOTUO_N_OWNERSHIPS 4

/**
 * The regulatory status of an institution. Filing with the health
 * commission (备案) comes after registration (登记), so a filed
 * institution counts as registered too.
 *
 * A status says two things, whether the institution is registered and
 * whether it is filed, and a registry may tell only one of them:
 * 未备案 "not filed" says nothing of registration
 * (#TOTUO_STATUS_NOT_FILED), and an empty field nothing at all
 * (#TOTUO_STATUS_UNKNOWN). The filing rate counts the institutions whose
 * filing is known, the registration rate those whose registration is
 * (docs/indicators.md).
 */
typedef enum {
  TOTUO_STATUS_NONE = 0,       /**< 未登记: neither registered nor filed */
  TOTUO_STATUS_REGISTERED = 1, /**< 登记: holds a business or organisation licence, not filed */
  TOTUO_STATUS_FILED = 2,      /**< 备案: filed with the health commission */
  TOTUO_STATUS_UNKNOWN = 3,    /**< 未知: not known (an empty field, or no status column) */
  TOTUO_STATUS_NOT_FILED = 4,  /**< 未备案: not filed; whether registered is not known */
} TotuoStatus;

/** Number of values of #TotuoStatus. */
#define TOTUO_N_STATUSES 5

/**
 * A yes/no field that may not be known: whether an institution is
 * inclusive, whether it has a health manager. #TOTUO_FLAG_NO and
 * #TOTUO_FLAG_YES are FALSE and TRUE, so a known flag reads as a
 * gboolean.
 */
typedef enum {
  TOTUO_FLAG_NO = 0,      /**< 否 no */
  TOTUO_FLAG_YES = 1,     /**< 是 yes */
  TOTUO_FLAG_UNKNOWN = 2, /**< 未知: not known (an empty field, or no column) */
} TotuoFlag;

/** Number of values of #TotuoFlag. */
#define TOTUO_N_FLAGS 3

/** The service modes an institution offers: flags, combined with `|`. */
typedef enum {
  TOTUO_MODE_NONE = 0,           /**< no mode recorded */
  TOTUO_MODE_FULL_DAY = 1 << 0,  /**< 全日托 full-day care */
  TOTUO_MODE_HALF_DAY = 1 << 1,  /**< 半日托 half-day care */
  TOTUO_MODE_HOURLY = 1 << 2,    /**< 计时托 hourly care */
  TOTUO_MODE_TEMPORARY = 1 << 3, /**< 临时托 temporary care */
} TotuoModes;

/** All the #TotuoModes flags together. */
#define TOTUO_MODE_ALL 0xf

/**
 * The English id of a level ("province" ... "community").
 * @param level a #TotuoRegionLevel
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_region_level_to_string (TotuoRegionLevel level);

/**
 * The Chinese name of a level (省, 市, 区县, 街道, 乡镇, 社区, 全国).
 * @param level a #TotuoRegionLevel
 * @return (transfer none): a static UTF-8 string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_region_level_to_chinese (TotuoRegionLevel level);

/**
 * Parses a level from its English id or a Chinese name (省, 市, 区, 县,
 * 区县, 街道, 乡镇, 乡, 镇, 社区, 村 ...). Surrounding ASCII spaces and the
 * case of English ids are ignored.
 *
 * @param str the text to parse
 * @param out_level (out): where to store the level
 * @return TRUE if @p str names a level
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_region_level_from_string (const gchar      *str,
                                         TotuoRegionLevel *out_level);

/**
 * The English id of a kind ("nursery", "kindergarten", ...).
 * @param kind a #TotuoKind
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_kind_to_string (TotuoKind kind);

/**
 * The Chinese name of a kind (托育机构, 托幼一体, 用人单位办托, ...).
 * @param kind a #TotuoKind
 * @return (transfer none): a static UTF-8 string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_kind_to_chinese (TotuoKind kind);

/**
 * Parses a kind from its English id or a Chinese name.
 * @param str the text to parse
 * @param out_kind (out): where to store the kind
 * @return TRUE if @p str names a kind
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_kind_from_string (const gchar *str,
                                 TotuoKind   *out_kind);

/**
 * The English id of an ownership ("public", "private", "mixed", "unknown").
 * @param ownership a #TotuoOwnership
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_ownership_to_string (TotuoOwnership ownership);

/**
 * The Chinese name of an ownership (公办, 民办, 混合, 未知).
 * @param ownership a #TotuoOwnership
 * @return (transfer none): a static UTF-8 string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_ownership_to_chinese (TotuoOwnership ownership);

/**
 * Parses an ownership from its English id or a Chinese name (公办, 民办,
 * 公建民营, 民办公助, 混合 ...).
 * @param str the text to parse
 * @param out_ownership (out): where to store the ownership
 * @return TRUE if @p str names an ownership
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_ownership_from_string (const gchar    *str,
                                      TotuoOwnership *out_ownership);

/**
 * The English id of a status ("none", "registered", "filed").
 * @param status a #TotuoStatus
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_status_to_string (TotuoStatus status);

/**
 * The Chinese name of a status (未登记, 登记, 备案).
 * @param status a #TotuoStatus
 * @return (transfer none): a static UTF-8 string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_status_to_chinese (TotuoStatus status);

/**
 * Parses a status from its English id or a Chinese name (未登记, 登记,
 * 已登记, 备案, 已备案).
 * @param str the text to parse
 * @param out_status (out): where to store the status
 * @return TRUE if @p str names a status
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_status_from_string (const gchar *str,
                                   TotuoStatus *out_status);

/**
 * The English id of a flag ("no", "yes", "unknown").
 * @param flag a #TotuoFlag
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_flag_to_string (TotuoFlag flag);

/**
 * The Chinese name of a flag (否, 是, 未知).
 * @param flag a #TotuoFlag
 * @return (transfer none): a static UTF-8 string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_flag_to_chinese (TotuoFlag flag);

/**
 * Parses a flag from the yes/no words registries use (是/否, 有/无, √/×,
 * Y/N, true/false, 1/0, 普惠/非普惠 ...) or "unknown"/未知/不详.
 * @param str the text to parse
 * @param out_flag (out): where to store the flag
 * @return TRUE if @p str names a flag
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_flag_from_string (const gchar *str,
                                 TotuoFlag   *out_flag);

/**
 * Formats service modes as English ids joined with `|`, such as
 * "full_day|hourly"; the empty string for #TOTUO_MODE_NONE.
 * @param modes a combination of #TotuoModes flags
 * @return (transfer full): a new string; free it with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_modes_to_string (TotuoModes modes);

/**
 * Parses service modes: English ids or Chinese names (全日托, 半日托,
 * 计时托, 临时托) joined with `|`, `,`, `、` or `;`. The empty string means
 * #TOTUO_MODE_NONE.
 * @param str the text to parse
 * @param out_modes (out): where to store the flags
 * @return TRUE if every part of @p str names a mode
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_modes_from_string (const gchar *str,
                                  TotuoModes  *out_modes);

/** The language of labels. */
typedef enum {
  TOTUO_LANG_ZH = 0, /**< Chinese (the default) */
  TOTUO_LANG_EN = 1, /**< English */
} TotuoLang;

/**
 * The language the user's locale asks for: Chinese for a zh locale,
 * English for any other language, and Chinese (the library's default) when
 * the locale names none (C, POSIX, C.UTF-8 or unset). Reads LANGUAGE,
 * LC_ALL, LC_MESSAGES and LANG in GLib's order (g_get_language_names()).
 * The command line uses it when --lang is not given.
 * @return the language
 */
TOTUO_AVAILABLE_IN_0_1
TotuoLang totuo_lang_from_locale (void);

/**
 * A label or message of the library in a language: @p msgid, the English
 * text the library writes, itself for #TOTUO_LANG_EN and its translation
 * from po/zh_CN.po for #TOTUO_LANG_ZH ("street" is "街道", "on track" is
 * "进展顺利"). A text the catalog does not hold is returned as it is.
 * @param lang the language
 * @param msgid the English text
 * @return (transfer none): the text in @p lang, static or @p msgid
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_translate (TotuoLang    lang,
                              const gchar *msgid) G_GNUC_FORMAT (2);

/**
 * Sets the language of the library's messages: the text of its errors
 * (GError messages) and of the warnings of loads and computations. English
 * by default, whatever the locale, so that a program's logs and tests read
 * the same everywhere; the command line sets it from --lang or the locale.
 * It is one setting for the process: set it once, before the threads that
 * load. Reports take their language per call instead (#TotuoLang).
 * @param lang the language
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_set_message_lang (TotuoLang lang);

/**
 * The language of the library's messages (totuo_set_message_lang()).
 * @return the language
 */
TOTUO_AVAILABLE_IN_0_1
TotuoLang totuo_get_message_lang (void);

G_END_DECLS
