/* The insides of the record types, shared by the model's own sources. */
#pragma once

#include <totuo/region.h>
#include <totuo/institution.h>

struct _TotuoRegion {
  gatomicrefcount ref;
  gchar *code;
  gchar *name;
  gchar *parent_code;       /* NULL for a root */
  TotuoRegionLevel level;
  gint64 population;        /* TOTUO_UNKNOWN when not known */
  gint64 under3;
  gint64 kindergartens;
  gdouble lat, lon;         /* NAN when not known */
};

struct _TotuoInstitution {
  gatomicrefcount ref;
  gchar *id;
  gchar *name;
  gchar *region_code;
  TotuoKind kind;
  TotuoOwnership ownership;
  TotuoStatus status;
  TotuoModes modes;
  TotuoFlag inclusive;
  TotuoFlag health_manager;
  gint64 places;
  gint64 enrolled;          /* TOTUO_UNKNOWN when not known */
  gint64 staff;
  gint64 certified_staff;
  gdouble monthly_fee;      /* negative when not known */
  gdouble lat, lon;         /* NAN when not known */
};
