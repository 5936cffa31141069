/* Travel times inside the library: the pairs access.c walks. */
#pragma once

#include <totuo/access.h>

struct _TotuoTravelTimes {
  gatomicrefcount ref;
  TotuoDemand *demand;
  guint64 generation;       /* the dataset's, when loaded: institution rows stay valid */
  gsize n;
  guint32 *origin;          /* a demand point */
  guint32 *destination;     /* an institution's row */
  gdouble *minutes;
};
