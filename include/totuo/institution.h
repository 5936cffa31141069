/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/enums.h>

G_BEGIN_DECLS

/**
 * @file institution.h
 * @brief TotuoInstitution: one childcare institution, as a record.
 *
 * A record of one institution: id, name, the code of the region it stands
 * in, kind, ownership, the inclusive 普惠 flag, places 托位, children
 * enrolled 在托, status 登记/备案, service modes, monthly fee, staff,
 * certified staff, health manager and location. Counts that are not known
 * are #TOTUO_UNKNOWN; places must be known. A kind, ownership, status or
 * flag that is not known has a value of its own (#TOTUO_KIND_UNKNOWN,
 * #TOTUO_OWNERSHIP_UNKNOWN, #TOTUO_STATUS_UNKNOWN, #TOTUO_FLAG_UNKNOWN):
 * nothing unknown is taken for a default.
 *
 * Like #TotuoRegion, records are values: a dataset keeps its own copy.
 * Checks that involve several fields (enrolled <= places, certified staff
 * <= staff) are made when a record enters a dataset.
 */

/** An opaque, reference-counted institution record. */
typedef struct _TotuoInstitution TotuoInstitution;

/**
 * Creates an institution record: 0 places, and every other field unknown
 * (kind, ownership, status, the inclusive and health-manager flags, the
 * counts, the fee, the location) until it is set.
 * @param id the institution's id: non-empty UTF-8
 * @param name (nullable): its name (UTF-8), NULL for ""
 * @param region_code the code of the region it stands in
 * @return (transfer full): a new record; release with totuo_institution_unref()
 */
TOTUO_AVAILABLE_IN_0_1
TotuoInstitution *totuo_institution_new (const gchar *id,
                                         const gchar *name,
                                         const gchar *region_code);

/**
 * Creates an independent copy.
 * @param inst an institution
 * @return (transfer full): a new record
 */
TOTUO_AVAILABLE_IN_0_1
TotuoInstitution *totuo_institution_copy (const TotuoInstitution *inst);

/**
 * Adds a reference.
 * @param inst an institution
 * @return (transfer full): @p inst
 */
TOTUO_AVAILABLE_IN_0_1
TotuoInstitution *totuo_institution_ref (TotuoInstitution *inst);

/**
 * Releases a reference; the record is freed with the last one.
 * @param inst (nullable): an institution
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_unref (TotuoInstitution *inst);

/**
 * The id.
 * @param inst an institution
 * @return (transfer none): the id
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_institution_get_id (const TotuoInstitution *inst);

/**
 * The name.
 * @param inst an institution
 * @return (transfer none): the name, possibly ""
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_institution_get_name (const TotuoInstitution *inst);

/**
 * The code of the region the institution stands in.
 * @param inst an institution
 * @return (transfer none): the region code
 */
TOTUO_AVAILABLE_IN_0_1
const gchar *totuo_institution_get_region_code (const TotuoInstitution *inst);

/**
 * The kind.
 * @param inst an institution
 * @return the kind
 */
TOTUO_AVAILABLE_IN_0_1
TotuoKind totuo_institution_get_kind (const TotuoInstitution *inst);

/**
 * The ownership.
 * @param inst an institution
 * @return the ownership
 */
TOTUO_AVAILABLE_IN_0_1
TotuoOwnership totuo_institution_get_ownership (const TotuoInstitution *inst);

/**
 * Whether the institution is inclusive 普惠 (price-capped and publicly
 * supported). Compare it with #TOTUO_FLAG_YES: an unknown flag is not FALSE, so
 * `if (totuo_institution_get_inclusive (inst))` would count it as inclusive.
 * @param inst an institution
 * @return #TOTUO_FLAG_YES, #TOTUO_FLAG_NO or #TOTUO_FLAG_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
TotuoFlag totuo_institution_get_inclusive (const TotuoInstitution *inst);

/**
 * The number of places 托位数.
 * @param inst an institution
 * @return places, >= 0
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_institution_get_places (const TotuoInstitution *inst);

/**
 * The number of children enrolled 在托人数.
 * @param inst an institution
 * @return the count, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_institution_get_enrolled (const TotuoInstitution *inst);

/**
 * The regulatory status.
 * @param inst an institution
 * @return the status
 */
TOTUO_AVAILABLE_IN_0_1
TotuoStatus totuo_institution_get_status (const TotuoInstitution *inst);

/**
 * The service modes offered.
 * @param inst an institution
 * @return #TotuoModes flags
 */
TOTUO_AVAILABLE_IN_0_1
TotuoModes totuo_institution_get_modes (const TotuoInstitution *inst);

/**
 * The monthly fee in yuan, if known.
 * @param inst an institution
 * @param out_fee (out) (optional): the fee
 * @return TRUE if the fee is known
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_institution_get_monthly_fee (const TotuoInstitution *inst,
                                            gdouble                *out_fee);

/**
 * The number of staff 从业人员.
 * @param inst an institution
 * @return the count, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_institution_get_staff (const TotuoInstitution *inst);

/**
 * The number of staff holding a caregiver certificate 持证人员.
 * @param inst an institution
 * @return the count, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
gint64 totuo_institution_get_certified_staff (const TotuoInstitution *inst);

/**
 * Whether a health manager 健康管理员 is assigned.
 * @param inst an institution
 * @return #TOTUO_FLAG_YES, #TOTUO_FLAG_NO or #TOTUO_FLAG_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
TotuoFlag totuo_institution_get_health_manager (const TotuoInstitution *inst);

/**
 * The institution's location, if known.
 * @param inst an institution
 * @param out_lat (out) (optional): latitude in degrees
 * @param out_lon (out) (optional): longitude in degrees
 * @return TRUE if the location is known
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_institution_get_location (const TotuoInstitution *inst,
                                         gdouble                *out_lat,
                                         gdouble                *out_lon);

/**
 * Sets the name.
 * @param inst an institution
 * @param name (nullable): UTF-8 name; NULL means ""
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_name (TotuoInstitution *inst,
                                 const gchar      *name);

/**
 * Sets the region code.
 * @param inst an institution
 * @param region_code the code of the region it stands in
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_region_code (TotuoInstitution *inst,
                                        const gchar      *region_code);

/**
 * Sets the kind.
 * @param inst an institution
 * @param kind the kind
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_kind (TotuoInstitution *inst,
                                 TotuoKind         kind);

/**
 * Sets the ownership.
 * @param inst an institution
 * @param ownership the ownership
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_ownership (TotuoInstitution *inst,
                                      TotuoOwnership    ownership);

/**
 * Sets the inclusive flag.
 * @param inst an institution
 * @param inclusive #TOTUO_FLAG_YES (or TRUE), #TOTUO_FLAG_NO (or FALSE),
 *   or #TOTUO_FLAG_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_inclusive (TotuoInstitution *inst,
                                      TotuoFlag         inclusive);

/**
 * Sets the number of places.
 * @param inst an institution
 * @param places places, >= 0 (checked when added to a dataset)
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_places (TotuoInstitution *inst,
                                   gint64            places);

/**
 * Sets the number of children enrolled.
 * @param inst an institution
 * @param enrolled a count, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_enrolled (TotuoInstitution *inst,
                                     gint64            enrolled);

/**
 * Sets the status.
 * @param inst an institution
 * @param status the status
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_status (TotuoInstitution *inst,
                                   TotuoStatus       status);

/**
 * Sets the service modes.
 * @param inst an institution
 * @param modes #TotuoModes flags
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_modes (TotuoInstitution *inst,
                                  TotuoModes        modes);

/**
 * Sets the monthly fee in yuan; a negative value means unknown.
 * @param inst an institution
 * @param fee the fee, or a negative value for unknown
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_monthly_fee (TotuoInstitution *inst,
                                        gdouble           fee);

/**
 * Sets the number of staff.
 * @param inst an institution
 * @param staff a count, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_staff (TotuoInstitution *inst,
                                  gint64            staff);

/**
 * Sets the number of certified staff.
 * @param inst an institution
 * @param certified_staff a count, or #TOTUO_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_certified_staff (TotuoInstitution *inst,
                                            gint64            certified_staff);

/**
 * Sets whether a health manager is assigned.
 * @param inst an institution
 * @param assigned #TOTUO_FLAG_YES (or TRUE), #TOTUO_FLAG_NO (or FALSE),
 *   or #TOTUO_FLAG_UNKNOWN
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_health_manager (TotuoInstitution *inst,
                                           TotuoFlag         assigned);

/**
 * Sets the location (latitude in [-90, 90], longitude in [-180, 180],
 * checked when added to a dataset).
 * @param inst an institution
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_set_location (TotuoInstitution *inst,
                                     gdouble           lat,
                                     gdouble           lon);

/**
 * Forgets the location.
 * @param inst an institution
 */
TOTUO_AVAILABLE_IN_0_1
void totuo_institution_clear_location (TotuoInstitution *inst);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TotuoInstitution, totuo_institution_unref)

G_END_DECLS
