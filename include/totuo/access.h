/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/geo.h>
#include <totuo/demand.h>
#include <totuo/observations.h>

G_BEGIN_DECLS

/**
 * @file access.h
 * @brief Spatial access: whether families can reach a place.
 *
 * Places per 1,000 residents say how many places a district has, not
 * whether a family can reach one. Given demand points (demand.h) and the
 * dataset's institutions with their locations, totuo_access_compute()
 * measures for every point: whether a qualifying institution is within the
 * radius (radius coverage, the living circles of GB 50180-2018), the
 * distance to the nearest one, the places within reach, and a score of the
 * two-step floating catchment family (2SFCA, Luo & Wang 2003; enhanced
 * 2SFCA, Luo & Qi 2009; Gaussian 2SFCA, Dai 2010), and whether the point
 * is a childcare desert; then rolls the points up to every region above
 * them. docs/access.md gives each formula, its units and its source.
 *
 * Distances are great-circle distances between WGS84 points. A k-d tree
 * inside the library finds the pairs within the radius, so that the cost
 * grows with the pairs in reach, not with points × institutions, and the
 * memory with the points and institutions alone.
 */

/** A method of the floating catchment family. */
typedef enum {
  TOTUO_ACCESS_2SFCA = 0,    /**< one weight, 1, within the radius */
  TOTUO_ACCESS_E2SFCA = 1,   /**< weights by distance band (1, 0.68, 0.22 by default) */
  TOTUO_ACCESS_GAUSSIAN = 2, /**< the Gaussian decay of Dai (2010), 0 at the radius */
} TotuoAccessMethod;

/** Which institutions count as supply, beside kinds and ownerships. */
typedef enum {
  TOTUO_SUPPLY_ANY = 0,            /**< every institution with places and a location */
  TOTUO_SUPPLY_INCLUSIVE = 1 << 0, /**< only those known to be inclusive (普惠) */
  TOTUO_SUPPLY_FILED = 1 << 1,     /**< only those filed (备案) */
} TotuoSupplyFlags;

/** A figure of a region rolled up from its demand points. */
typedef enum {
  TOTUO_ACCESS_MEASURE_COVERED_SHARE = 0,  /**< % of its children within the radius of a place */
  TOTUO_ACCESS_MEASURE_MEAN_SCORE = 1,     /**< children-weighted mean score, places per child */
  TOTUO_ACCESS_MEASURE_DESERT_CHILDREN = 2, /**< children in deserts */
  TOTUO_ACCESS_MEASURE_DESERT_SHARE = 3,   /**< % of its children in deserts */
  TOTUO_ACCESS_MEASURE_NEAREST_MEDIAN = 4, /**< children-weighted median distance to the nearest place, m (minutes with travel times) */
} TotuoAccessMeasure;

/** The number of #TotuoAccessMeasure values. */
#define TOTUO_N_ACCESS_MEASURES 5

/** A table of travel times from demand points to institutions: immutable, reference counted. */
typedef struct _TotuoTravelTimes TotuoTravelTimes;

/** What access is computed with; reference counted, changed by its setters. */
typedef struct _TotuoAccessOptions TotuoAccessOptions;

/** The results of totuo_access_compute(): immutable, reference counted. */
typedef struct _TotuoAccess TotuoAccess;

/** One demand point's results. */
typedef struct {
  gdouble score;        /**< the method's score A_i, places per child (0 when none is within reach) */
  gdouble places;       /**< the places of the institutions within reach (unweighted) */
  guint n_providers;    /**< the institutions within reach */
  gdouble nearest_m;    /**< the distance to the nearest qualifying institution, m (minutes with travel times); NaN if none */
  gboolean covered;     /**< an institution is within the radius */
  gboolean desert;      /**< the point is a childcare desert (totuo_access_options_set_desert_rule()) */
} TotuoAccessPoint;

/** A region's figures, from the demand points at or beneath it. */
typedef struct {
  guint n_points;            /**< demand points */
  gdouble children;          /**< their children (or residents, when weighted so) */
  gdouble covered_children;  /**< of them, within the radius of a place */
  gdouble covered_share;     /**< covered / children × 100, % */
  gdouble mean_score;        /**< Σ children × score / Σ children, places per child */
  gdouble desert_children;   /**< children in desert points */
  gdouble desert_share;      /**< desert / children × 100, % */
  guint n_desert_points;     /**< desert points */
  gdouble nearest_median_m;  /**< children-weighted median of the nearest distance, m (NaN: half the children or more have no place at all) */
  gdouble nearest_p90_m;     /**< its 90th percentile, m */
} TotuoAccessRegion;

/**
 * Parses a method: "2sfca", "e2sfca" or "gaussian" (or "g2sfca").
 * @param str the name
 * @param out_method (out): the method
 * @return TRUE if @p str names a method
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_method_from_string (const gchar       *str,
                                          TotuoAccessMethod *out_method);

/**
 * The id of a method: "2sfca", "e2sfca" or "gaussian".
 * @param method a method
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_access_method_to_string (TotuoAccessMethod method);

/**
 * The id of a measure: "covered_share", "mean_score", "desert_children",
 * "desert_share" or "nearest_median_m".
 * @param measure a measure
 * @return (transfer none): a static string, or NULL for an invalid value
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_access_measure_to_string (TotuoAccessMeasure measure);

/**
 * Parses a measure id (totuo_access_measure_to_string()).
 * @param str the id
 * @param out_measure (out): the measure
 * @return TRUE if @p str names a measure
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_measure_from_string (const gchar        *str,
                                           TotuoAccessMeasure *out_measure);

/**
 * The radius of a living circle of GB 50180-2018 (城市居住区规划设计标准):
 * 300 m for the 5-minute circle, 500 m for the 10-minute one and 1,000 m
 * for the 15-minute one (the standard says 800 to 1,000 m).
 * @param minutes 5, 10 or 15
 * @return the radius in metres, or NaN for another number of minutes
 */
TOTUO_AVAILABLE_IN_0_1
gdouble totuo_living_circle_m (guint minutes);

/**
 * New options: 2SFCA within the 5-minute circle (300 m), a pair within the
 * radius when its distance is at most the radius (a provider at distance 0
 * counts), every institution with a location as supply in WGS84, demand
 * weighted by children under three, and the desert rule of the Center for
 * American Progress (more than 50 children, and no place within reach or
 * more than 3 children per place).
 * @return (transfer full): the options; release with totuo_access_options_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoAccessOptions *totuo_access_options_new (void);

/**
 * Adds a reference.
 * @param options options
 * @return (transfer full): @p options
 */
TOTUO_AVAILABLE_IN_0_1
TotuoAccessOptions *totuo_access_options_ref (TotuoAccessOptions *options);

/**
 * Releases a reference.
 * @param options (nullable): options
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_options_unref (TotuoAccessOptions *options);

/**
 * Sets the method.
 * @param options options
 * @param method the method
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_options_set_method (TotuoAccessOptions *options,
                                      TotuoAccessMethod   method);

/**
 * Sets the radius d0, the catchment of both steps and of radius coverage
 * (in minutes with a travel-time table). Fails with
 * #TOTUO_ERROR_OUT_OF_RANGE unless 0 < @p metres <= 1,000,000.
 * @param options options
 * @param metres the radius, in metres
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_options_set_radius (TotuoAccessOptions *options,
                                          gdouble             metres,
                                          GError            **error);

/**
 * Whether a pair at exactly the radius (or a band's edge) is out: FALSE (the
 * default) counts d <= d0, TRUE counts d < d0 only.
 * @param options options
 * @param strict TRUE for d < d0
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_options_set_strict_edge (TotuoAccessOptions *options,
                                           gboolean            strict);

/**
 * Sets the distance bands of E2SFCA: band k holds the pairs with a distance
 * up to @p edges[k] × d0 (past the band before), weighted @p weights[k] in
 * both steps. The edges must increase and the last be 1; the weights must be
 * within [0, 1]. The default is three bands of a third each, weighted 1.00,
 * 0.68 and 0.22 (Luo & Qi 2009). Fails with #TOTUO_ERROR_OUT_OF_RANGE.
 * @param options options
 * @param edges the bands' outer edges, as fractions of the radius
 * @param weights the bands' weights
 * @param n the number of bands (1 to 16)
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_options_set_bands (TotuoAccessOptions *options,
                                         const gdouble      *edges,
                                         const gdouble      *weights,
                                         gsize               n,
                                         GError            **error);

/**
 * Which institutions are supply: those with @p flags, of a kind in
 * @p kinds (a mask of 1 << #TotuoKind; 0 for any) and an ownership in
 * @p ownerships (1 << #TotuoOwnership; 0 for any). An institution whose
 * flag or kind is unknown does not qualify for a filter on it.
 * @param options options
 * @param flags #TotuoSupplyFlags
 * @param kinds a mask of kinds, or 0
 * @param ownerships a mask of ownerships, or 0
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_options_set_supply (TotuoAccessOptions *options,
                                      guint               flags,
                                      guint               kinds,
                                      guint               ownerships);

/**
 * The datum of the institutions' coordinates (the dataset keeps them as
 * loaded); they are converted to WGS84 for the computation.
 * @param options options
 * @param datum the datum
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_options_set_supply_datum (TotuoAccessOptions *options,
                                            TotuoDatum          datum);

/**
 * Weights demand by residents rather than by children under three (every
 * point must then know its residents).
 * @param options options
 * @param residents TRUE for residents
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_options_set_weight_residents (TotuoAccessOptions *options,
                                                gboolean            residents);

/**
 * The desert rule: a point with more than @p min_children children and
 * either no place within reach or more than @p max_children_per_place
 * children per place (1 / score, the floating catchment's share of a place
 * per child). Fails with #TOTUO_ERROR_OUT_OF_RANGE for a negative or
 * non-finite @p min_children or a @p max_children_per_place not above 0.
 * @param options options
 * @param min_children the children above which a point can be a desert (50)
 * @param max_children_per_place the children per place above which it is (3)
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_options_set_desert_rule (TotuoAccessOptions *options,
                                               gdouble             min_children,
                                               gdouble             max_children_per_place,
                                               GError            **error);

/**
 * The method.
 * @param options options
 * @return the method
 */
TOTUO_AVAILABLE_IN_0_1
TotuoAccessMethod totuo_access_options_get_method (TotuoAccessOptions *options);

/**
 * The radius d0, in metres.
 * @param options options
 * @return the radius
 */
TOTUO_AVAILABLE_IN_0_1
gdouble totuo_access_options_get_radius (TotuoAccessOptions *options);

/**
 * Whether a pair at exactly the radius is out.
 * @param options options
 * @return TRUE for d < d0
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_options_get_strict_edge (TotuoAccessOptions *options);

/**
 * The #TotuoSupplyFlags of totuo_access_options_set_supply().
 * @param options options
 * @return the flags
 */
TOTUO_AVAILABLE_IN_0_1
guint totuo_access_options_get_supply_flags (TotuoAccessOptions *options);

/**
 * The kinds of totuo_access_options_set_supply(), a mask (0: any).
 * @param options options
 * @return the mask
 */
TOTUO_AVAILABLE_IN_0_1
guint totuo_access_options_get_kinds (TotuoAccessOptions *options);

/**
 * The ownerships of totuo_access_options_set_supply(), a mask (0: any).
 * @param options options
 * @return the mask
 */
TOTUO_AVAILABLE_IN_0_1
guint totuo_access_options_get_ownerships (TotuoAccessOptions *options);

/**
 * Travel times from a CSV file of `origin,destination,minutes`: the id of a
 * demand point of @p demand, the id of an institution of its dataset, and
 * the minutes of the family's trip from the first to the second (a route
 * service's or a survey's). Costs may be asymmetric: the cost of a pair is
 * always this trip, in both steps of a floating catchment. A pair the table
 * does not list is out of reach. Chinese headers work too (起点, 终点,
 * 分钟). Every error names the file, line and column: an unknown point or
 * institution, a pair given twice, minutes that are negative or not a
 * number.
 * @param demand the demand points the origins name
 * @param path the file
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the table; release with totuo_travel_times_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoTravelTimes *totuo_travel_times_load_csv (TotuoDemand  *demand,
                                               const gchar  *path,
                                               GError      **error);

/**
 * As totuo_travel_times_load_csv(), from text in memory.
 * @param demand the demand points the origins name
 * @param data the CSV text
 * @param length its length in bytes, or -1 if NUL-terminated
 * @param source_name (nullable): the name errors give it
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the table; release with totuo_travel_times_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoTravelTimes *totuo_travel_times_load_csv_data (TotuoDemand  *demand,
                                                    const gchar  *data,
                                                    gssize        length,
                                                    const gchar  *source_name,
                                                    GError      **error);

/**
 * Adds a reference.
 * @param times a travel-time table
 * @return (transfer full): @p times
 */
TOTUO_AVAILABLE_IN_0_1
TotuoTravelTimes *totuo_travel_times_ref (TotuoTravelTimes *times);

/**
 * Releases a reference.
 * @param times (nullable): a travel-time table
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_travel_times_unref (TotuoTravelTimes *times);

/**
 * The pairs the table lists.
 * @param times a travel-time table
 * @return the number of pairs
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_travel_times_get_n_pairs (TotuoTravelTimes *times);

/**
 * Costs by travel time instead of distance: the radius (and the bands'
 * edges) are then minutes, and a point's nearest distance is the shortest
 * trip the table lists to a qualifying institution, in minutes. With NULL,
 * back to great-circle distance. Institutions need no location then.
 * @param options options
 * @param times (nullable): the table, or NULL
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_options_set_travel_times (TotuoAccessOptions *options,
                                            TotuoTravelTimes   *times);

/**
 * The travel times of totuo_access_options_set_travel_times(), or NULL.
 * @param options options
 * @return (transfer none) (nullable): the table
 */
TOTUO_AVAILABLE_IN_0_1
TotuoTravelTimes *totuo_access_options_get_travel_times (TotuoAccessOptions *options);

/**
 * Computes access for every demand point and rolls it up to every region
 * (on two threads for large inputs). Institutions of the filters without a
 * location are left out, with a warning saying how many and their places.
 * Fails with #TOTUO_ERROR_STALE if the dataset changed after the points (or
 * the travel times) were made, #TOTUO_ERROR_MISSING_VALUE when weighting by
 * residents and a point does not know them, #TOTUO_ERROR_INCONSISTENT when
 * the options' travel times are for other demand points.
 * @param demand the demand points (over their dataset's institutions)
 * @param options (nullable): the options, or NULL for the defaults
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the results; release with totuo_access_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoAccess *totuo_access_compute (TotuoDemand        *demand,
                                   TotuoAccessOptions *options,
                                   GError            **error);

/**
 * Adds a reference.
 * @param access results
 * @return (transfer full): @p access
 */
TOTUO_AVAILABLE_IN_0_1
TotuoAccess *totuo_access_ref (TotuoAccess *access);

/**
 * Releases a reference.
 * @param access (nullable): results
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_unref (TotuoAccess *access);

/**
 * The demand points the results are for.
 * @param access results
 * @return (transfer none): the points
 */
TOTUO_AVAILABLE_IN_0_1
TotuoDemand *totuo_access_get_demand (TotuoAccess *access);

/**
 * The options the results were computed with (a copy: changing the
 * options given does not change it).
 * @param access results
 * @return (transfer none): the options
 */
TOTUO_AVAILABLE_IN_0_1
TotuoAccessOptions *totuo_access_get_options (TotuoAccess *access);

/**
 * One demand point's results.
 * @param access results
 * @param index a point, below totuo_demand_get_n_points()
 * @param out_point (out): the results
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_get_point (TotuoAccess      *access,
                             gsize             index,
                             TotuoAccessPoint *out_point);

/**
 * Every point's results as columns, in one call (the Python bindings use
 * it). Each array, when not NULL, holds @p n values.
 * @param access results
 * @param scores (nullable): the scores
 * @param places (nullable): the places within reach
 * @param nearest_m (nullable): the nearest distances (NaN: none)
 * @param covered (nullable): 1 for a covered point, else 0
 * @param desert (nullable): 1 for a desert point, else 0
 * @param n the number of points
 * @return @p n, or 0 if @p n is not the number of points
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_access_get_columns (TotuoAccess *access,
                                gdouble     *scores,
                                gdouble     *places,
                                gdouble     *nearest_m,
                                guint8      *covered,
                                guint8      *desert,
                                gsize        n);

/**
 * A region's figures, from the demand points at or beneath it. Fails with
 * #TOTUO_ERROR_NOT_FOUND for a code not in the dataset and
 * #TOTUO_ERROR_UNDEFINED for a region without a demand point beneath it.
 * @param access results
 * @param code a region code
 * @param out_region (out): the figures
 * @param error return location for a GError, or NULL
 * @return TRUE if defined
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_get_region (TotuoAccess       *access,
                                  const gchar       *code,
                                  TotuoAccessRegion *out_region,
                                  GError           **error);

/**
 * One rolled-up figure of a region (totuo_access_get_region()). A median
 * distance is undefined (#TOTUO_ERROR_UNDEFINED) when no qualifying
 * institution exists at all.
 * @param access results
 * @param code a region code
 * @param measure the figure
 * @param out_value (out) (optional): its value
 * @param error return location for a GError, or NULL
 * @return TRUE if defined
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_get_measure (TotuoAccess        *access,
                                   const gchar        *code,
                                   TotuoAccessMeasure  measure,
                                   gdouble            *out_value,
                                   GError            **error);

/**
 * Adds one measure of every region with demand points to observations, as
 * the external indicator @p indicator in @p year: so that a plan file's
 * target on it ("share of children within 300 m of an inclusive place") is
 * tracked like any other. Fails as totuo_observations_add() does.
 * @param access results
 * @param observations the observations
 * @param year the year the data describe
 * @param measure the measure
 * @param indicator the indicator's id in the plan (not one of the registry's)
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_access_add_observations (TotuoAccess        *access,
                                        TotuoObservations  *observations,
                                        gint                year,
                                        TotuoAccessMeasure  measure,
                                        const gchar        *indicator,
                                        GError            **error);

/**
 * The demand–institution pairs within the radius (K): what the
 * computation's cost grows with.
 * @param access results
 * @return the pairs
 */
TOTUO_AVAILABLE_IN_0_1
guint64 totuo_access_get_n_pairs (TotuoAccess *access);

/**
 * The institutions that are supply (they qualify and have a location).
 * @param access results
 * @return the number
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_access_get_n_providers (TotuoAccess *access);

/**
 * A supply institution: its row in the dataset's institutions, its WGS84
 * location and its places.
 * @param access results
 * @param index a provider, below totuo_access_get_n_providers()
 * @param out_row (out) (optional): the institution's row
 * @param out_lat (out) (optional): its latitude
 * @param out_lon (out) (optional): its longitude
 * @param out_places (out) (optional): its places
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_get_provider (TotuoAccess *access,
                                gsize        index,
                                gsize       *out_row,
                                gdouble     *out_lat,
                                gdouble     *out_lon,
                                gdouble     *out_places);

/**
 * The conservation check of the floating catchments: with the same weight
 * in both steps, Σ_i P_i A_i equals the places of the institutions that
 * some demand reaches (exactly, up to rounding).
 * @param access results
 * @param out_weighted_score (out) (optional): Σ P_i A_i
 * @param out_places_reached (out) (optional): Σ S_j over institutions with demand in reach
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_access_get_totals (TotuoAccess *access,
                              gdouble     *out_weighted_score,
                              gdouble     *out_places_reached);

/**
 * What the computation found doubtful (institutions without a location).
 * @param access results
 * @param out_n (out) (optional): the number of warnings
 * @return (transfer full): a NULL-terminated array of messages; free with g_strfreev()
 */
TOTUO_AVAILABLE_IN_0_1
gchar **totuo_access_get_warnings (TotuoAccess *access,
                                   gsize       *out_n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoAccessOptions, totuo_access_options_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoAccess, totuo_access_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoTravelTimes, totuo_travel_times_unref)

G_END_DECLS
