/* Demand points inside the library: the arrays access.c reads. */
#pragma once

#include <totuo/demand.h>

struct _TotuoDemand {
  gatomicrefcount ref;
  TotuoDataset *dataset;
  guint64 regions_generation; /* the dataset's regions when the points were made */
  gsize n;
  gchar **ids;
  guint32 *region;            /* a row of the dataset's regions */
  gdouble *lat, *lon;         /* WGS84 */
  gint64 *children;
  gint64 *residents;          /* TOTUO_UNKNOWN when not known */
  GPtrArray *warnings;        /* of gchar * */
};

/* Empty points over @dataset with room for @capacity (the loaders fill). */
G_GNUC_INTERNAL TotuoDemand *totuo_demand_alloc (TotuoDataset *dataset, gsize capacity);
