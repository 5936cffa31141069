/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>

G_BEGIN_DECLS

/**
 * @file indicator.h
 * @brief The registry of indicators: ids, Chinese and English names,
 * units and formulas.
 *
 * Every indicator libtotuo computes has an entry here, so a program can
 * list them (0 .. totuo_indicator_get_count() - 1) and show their names.
 * docs/indicators.md explains each one and the document it comes from.
 * Rates are given in percent (69.6, not 0.696).
 */

/** The indicators, in registry order. */
typedef enum {
  TOTUO_INDICATOR_INSTITUTIONS = 0,         /**< institutions 托育机构数 */
  TOTUO_INDICATOR_PLACES,                   /**< places 托位数 */
  TOTUO_INDICATOR_ENROLLED,                 /**< children enrolled 在托婴幼儿数 */
  TOTUO_INDICATOR_INCLUSIVE_INSTITUTIONS,   /**< inclusive institutions 普惠性托育机构数 */
  TOTUO_INDICATOR_INCLUSIVE_PLACES,         /**< inclusive places 普惠性托位数 */
  TOTUO_INDICATOR_REGISTERED_INSTITUTIONS,  /**< registered institutions 登记机构数 */
  TOTUO_INDICATOR_FILED_INSTITUTIONS,       /**< filed institutions 备案机构数 */
  TOTUO_INDICATOR_POPULATION,               /**< resident population 常住人口 */
  TOTUO_INDICATOR_UNDER3,                   /**< children under three 3岁以下婴幼儿数 */
  TOTUO_INDICATOR_KINDERGARTENS,            /**< kindergartens 幼儿园数 */
  TOTUO_INDICATOR_KINDERGARTENS_OFFERING,   /**< kindergartens offering childcare 提供托育服务的幼儿园数 */
  TOTUO_INDICATOR_PLACES_PER_1000,          /**< places per 1,000 residents 每千人口托位数 */
  TOTUO_INDICATOR_PLACES_PER_100_UNDER3,    /**< places per 100 children under three */
  TOTUO_INDICATOR_ENROLLMENT_RATE,          /**< enrollment rate 入托率, % */
  TOTUO_INDICATOR_UTILIZATION,              /**< utilisation 托位使用率, % */
  TOTUO_INDICATOR_INCLUSIVE_SHARE,          /**< inclusive share of places 普惠性托位占比, % */
  TOTUO_INDICATOR_PUBLIC_SHARE,             /**< public share of places 公办托位占比, % */
  TOTUO_INDICATOR_REGISTRATION_RATE,        /**< registration rate 登记率, % */
  TOTUO_INDICATOR_FILING_RATE,              /**< filing rate 备案率, % */
  TOTUO_INDICATOR_CERTIFIED_STAFF_RATE,     /**< certified staff 持证上岗率, % */
  TOTUO_INDICATOR_HEALTH_MANAGER_RATE,      /**< health managers 健康管理员配备率, % */
  TOTUO_INDICATOR_TOWNSHIP_COVERAGE,        /**< township coverage 乡镇覆盖率, % */
  TOTUO_INDICATOR_STREET_COVERAGE,          /**< street coverage 街道覆盖率, % */
  TOTUO_INDICATOR_STREET_INCLUSIVE_COVERAGE, /**< streets with an inclusive institution, % */
  TOTUO_INDICATOR_KINDERGARTEN_SHARE,       /**< kindergartens offering childcare, % */
  TOTUO_INDICATOR_INSTITUTIONS_NURSERY,     /**< institutions of kind nursery */
  TOTUO_INDICATOR_INSTITUTIONS_KINDERGARTEN, /**< institutions of kind kindergarten */
  TOTUO_INDICATOR_INSTITUTIONS_EMPLOYER,    /**< institutions of kind employer */
  TOTUO_INDICATOR_INSTITUTIONS_COMMUNITY,   /**< institutions of kind community */
  TOTUO_INDICATOR_INSTITUTIONS_FAMILY,      /**< institutions of kind family */
  TOTUO_INDICATOR_INSTITUTIONS_OTHER,       /**< institutions of kind other */
  TOTUO_INDICATOR_PLACES_NURSERY,           /**< places in nurseries */
  TOTUO_INDICATOR_PLACES_KINDERGARTEN,      /**< places in kindergarten classes */
  TOTUO_INDICATOR_PLACES_EMPLOYER,          /**< places run by employers */
  TOTUO_INDICATOR_PLACES_COMMUNITY,         /**< places in community points */
  TOTUO_INDICATOR_PLACES_FAMILY,            /**< places in family points */
  TOTUO_INDICATOR_PLACES_OTHER,             /**< places of other kinds */
  TOTUO_INDICATOR_INSTITUTIONS_PUBLIC,      /**< public institutions 公办 */
  TOTUO_INDICATOR_INSTITUTIONS_PRIVATE,     /**< private institutions 民办 */
  TOTUO_INDICATOR_INSTITUTIONS_MIXED,       /**< mixed ownership institutions */
  TOTUO_INDICATOR_INSTITUTIONS_OWNERSHIP_UNKNOWN, /**< institutions of unknown ownership */
  TOTUO_INDICATOR_PLACES_PUBLIC,            /**< places in public institutions */
  TOTUO_INDICATOR_PLACES_PRIVATE,           /**< places in private institutions */
  TOTUO_INDICATOR_PLACES_MIXED,             /**< places in mixed institutions */
  TOTUO_INDICATOR_PLACES_OWNERSHIP_UNKNOWN, /**< places of unknown ownership */
  TOTUO_INDICATOR_INSTITUTIONS_KIND_UNKNOWN, /**< institutions of unknown kind */
  TOTUO_INDICATOR_PLACES_KIND_UNKNOWN,      /**< places of unknown kind */
} TotuoIndicator;

/** The number of indicators in the registry. */
#define TOTUO_N_INDICATORS (TOTUO_INDICATOR_PLACES_KIND_UNKNOWN + 1)

/**
 * The number of indicators in the registry, for programs that list them.
 * @return #TOTUO_N_INDICATORS
 */
TOTUO_AVAILABLE_IN_0_1
guint totuo_indicator_get_count (void);

/**
 * The indicator's id, such as "places_per_1000".
 * @param indicator an indicator
 * @return (transfer none): a static string
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_indicator_get_id (TotuoIndicator indicator);

/**
 * The indicator's Chinese name, such as "每千人口托位数".
 * @param indicator an indicator
 * @return (transfer none): a static UTF-8 string
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_indicator_get_name_zh (TotuoIndicator indicator);

/**
 * The indicator's English name, such as "places per 1,000 residents".
 * @param indicator an indicator
 * @return (transfer none): a static string
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_indicator_get_name_en (TotuoIndicator indicator);

/**
 * The indicator's unit: "%", "places per 1,000 residents", "places",
 * "institutions", "persons", ...
 * @param indicator an indicator
 * @return (transfer none): a static string
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_indicator_get_unit (TotuoIndicator indicator);

/**
 * The indicator's formula as text, such as
 * "places / population × 1000".
 * @param indicator an indicator
 * @return (transfer none): a static UTF-8 string
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_indicator_get_formula (TotuoIndicator indicator);

/**
 * Where the indicator comes from: the public documents (government
 * replies, action plans) that report or target it, by their Chinese
 * titles, separated by "；"; or, for an indicator derived from others, how
 * it is derived. What a report prints beside each definition.
 * @param indicator an indicator
 * @return (transfer none): a static UTF-8 string
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_indicator_get_source (TotuoIndicator indicator);

/**
 * Whether the indicator is a ratio (which can be undefined when its
 * denominator is zero or unknown) rather than a count.
 * @param indicator an indicator
 * @return TRUE for a ratio
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_indicator_is_ratio (TotuoIndicator indicator);

/**
 * Finds an indicator by its id.
 * @param id an id such as "utilization"
 * @param out_indicator (out): where to store the indicator
 * @return TRUE if @p id names an indicator
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_indicator_from_id (const gchar    *id,
                                  TotuoIndicator *out_indicator);

/**
 * Finds an indicator by its id or its Chinese name: "places_per_1000" and
 * "每千人口托位数" both name #TOTUO_INDICATOR_PLACES_PER_1000. Surrounding
 * spaces are ignored. Plan files and the command line take either.
 * @param name an id or a Chinese name
 * @param out_indicator (out): where to store the indicator
 * @return TRUE if @p name names an indicator
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_indicator_from_name (const gchar    *name,
                                    TotuoIndicator *out_indicator);

/**
 * The id of the indicator whose id or Chinese name is closest to @p name,
 * when one is close enough to be what was meant (a typo: "palces_per_1000",
 * "place_per_1000"); NULL otherwise, and for a name that is an indicator's.
 * @param name the name that was not found
 * @return (transfer none) (nullable): a static id, or NULL
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_indicator_suggest (const gchar *name);

G_END_DECLS
