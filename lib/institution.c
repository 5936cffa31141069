/* libtotuo - institution records. */
#include "config.h"

#include <math.h>

#include <totuo/institution.h>

#include "records-private.h"

TotuoInstitution *
totuo_institution_new (const gchar *id,
                       const gchar *name,
                       const gchar *region_code)
{
  TotuoInstitution *inst;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (region_code != NULL && *region_code != '\0', NULL);

  inst = g_new0 (TotuoInstitution, 1);
  g_atomic_ref_count_init (&inst->ref);
  inst->id = g_strdup (id);
  inst->name = g_strdup (name != NULL ? name : "");
  inst->region_code = g_strdup (region_code);
  inst->kind = TOTUO_KIND_UNKNOWN;
  inst->ownership = TOTUO_OWNERSHIP_UNKNOWN;
  inst->status = TOTUO_STATUS_UNKNOWN;
  inst->inclusive = TOTUO_FLAG_UNKNOWN;
  inst->health_manager = TOTUO_FLAG_UNKNOWN;
  inst->modes = TOTUO_MODE_NONE;
  inst->places = 0;
  inst->enrolled = TOTUO_UNKNOWN;
  inst->staff = TOTUO_UNKNOWN;
  inst->certified_staff = TOTUO_UNKNOWN;
  inst->monthly_fee = -1.0;
  inst->lat = NAN;
  inst->lon = NAN;
  return inst;
}

TotuoInstitution *
totuo_institution_copy (const TotuoInstitution *inst)
{
  TotuoInstitution *copy;

  g_return_val_if_fail (inst != NULL, NULL);
  copy = g_memdup2 (inst, sizeof *inst);
  g_atomic_ref_count_init (&copy->ref);
  copy->id = g_strdup (inst->id);
  copy->name = g_strdup (inst->name);
  copy->region_code = g_strdup (inst->region_code);
  return copy;
}

TotuoInstitution *
totuo_institution_ref (TotuoInstitution *inst)
{
  g_return_val_if_fail (inst != NULL, NULL);
  g_atomic_ref_count_inc (&inst->ref);
  return inst;
}

void
totuo_institution_unref (TotuoInstitution *inst)
{
  if (inst == NULL || !g_atomic_ref_count_dec (&inst->ref))
    return;
  g_free (inst->id);
  g_free (inst->name);
  g_free (inst->region_code);
  g_free (inst);
}

/* Getters and setters of plain fields all look alike; a macro keeps each
 * one a single line a reader can check against the header. */
#define GETTER(Type, field, fallback)                                       \
  Type totuo_institution_get_##field (const TotuoInstitution *inst)         \
  {                                                                         \
    g_return_val_if_fail (inst != NULL, fallback);                          \
    return inst->field;                                                     \
  }
#define SETTER(Type, field)                                                 \
  void totuo_institution_set_##field (TotuoInstitution *inst, Type value)   \
  {                                                                         \
    g_return_if_fail (inst != NULL);                                        \
    inst->field = value;                                                    \
  }

GETTER (const gchar *, id, NULL)
GETTER (const gchar *, name, NULL)
GETTER (const gchar *, region_code, NULL)
GETTER (TotuoKind, kind, TOTUO_KIND_UNKNOWN)
GETTER (TotuoOwnership, ownership, TOTUO_OWNERSHIP_UNKNOWN)
GETTER (TotuoFlag, inclusive, TOTUO_FLAG_UNKNOWN)
GETTER (gint64, places, 0)
GETTER (gint64, enrolled, TOTUO_UNKNOWN)
GETTER (TotuoStatus, status, TOTUO_STATUS_UNKNOWN)
GETTER (TotuoModes, modes, TOTUO_MODE_NONE)
GETTER (gint64, staff, TOTUO_UNKNOWN)
GETTER (gint64, certified_staff, TOTUO_UNKNOWN)
GETTER (TotuoFlag, health_manager, TOTUO_FLAG_UNKNOWN)

SETTER (gint64, places)
SETTER (gint64, enrolled)
SETTER (gint64, staff)
SETTER (gint64, certified_staff)

void
totuo_institution_set_inclusive (TotuoInstitution *inst,
                                 TotuoFlag         inclusive)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail ((guint) inclusive < TOTUO_N_FLAGS);
  inst->inclusive = inclusive;
}

void
totuo_institution_set_health_manager (TotuoInstitution *inst,
                                      TotuoFlag         assigned)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail ((guint) assigned < TOTUO_N_FLAGS);
  inst->health_manager = assigned;
}

void
totuo_institution_set_kind (TotuoInstitution *inst,
                            TotuoKind         kind)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail ((guint) kind < TOTUO_N_KINDS);
  inst->kind = kind;
}

void
totuo_institution_set_ownership (TotuoInstitution *inst,
                                 TotuoOwnership    ownership)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail ((guint) ownership < TOTUO_N_OWNERSHIPS);
  inst->ownership = ownership;
}

void
totuo_institution_set_status (TotuoInstitution *inst,
                              TotuoStatus       status)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail ((guint) status < TOTUO_N_STATUSES);
  inst->status = status;
}

void
totuo_institution_set_modes (TotuoInstitution *inst,
                             TotuoModes        modes)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail (((guint) modes & ~(guint) TOTUO_MODE_ALL) == 0);
  inst->modes = modes;
}

void
totuo_institution_set_name (TotuoInstitution *inst,
                            const gchar      *name)
{
  g_return_if_fail (inst != NULL);
  g_free (inst->name);
  inst->name = g_strdup (name != NULL ? name : "");
}

void
totuo_institution_set_region_code (TotuoInstitution *inst,
                                   const gchar      *region_code)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail (region_code != NULL && *region_code != '\0');
  g_free (inst->region_code);
  inst->region_code = g_strdup (region_code);
}

gboolean
totuo_institution_get_monthly_fee (const TotuoInstitution *inst,
                                   gdouble                *out_fee)
{
  g_return_val_if_fail (inst != NULL, FALSE);
  if (!(inst->monthly_fee >= 0.0))
    return FALSE;
  if (out_fee != NULL)
    *out_fee = inst->monthly_fee;
  return TRUE;
}

void
totuo_institution_set_monthly_fee (TotuoInstitution *inst,
                                   gdouble           fee)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail (isfinite (fee));
  inst->monthly_fee = fee < 0.0 ? -1.0 : fee;
}

gboolean
totuo_institution_get_location (const TotuoInstitution *inst,
                                gdouble                *out_lat,
                                gdouble                *out_lon)
{
  g_return_val_if_fail (inst != NULL, FALSE);
  if (isnan (inst->lat))
    return FALSE;
  if (out_lat != NULL)
    *out_lat = inst->lat;
  if (out_lon != NULL)
    *out_lon = inst->lon;
  return TRUE;
}

void
totuo_institution_set_location (TotuoInstitution *inst,
                                gdouble           lat,
                                gdouble           lon)
{
  g_return_if_fail (inst != NULL);
  g_return_if_fail (!isnan (lat) && !isnan (lon));
  inst->lat = lat;
  inst->lon = lon;
}

void
totuo_institution_clear_location (TotuoInstitution *inst)
{
  g_return_if_fail (inst != NULL);
  inst->lat = NAN;
  inst->lon = NAN;
}
