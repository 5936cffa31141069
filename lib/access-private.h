/* Spatial access inside the library: what the options, the computation
 * (access.c) and the reading of its results (access-results.c) share. */
#pragma once

#include <totuo/access.h>

#include "dataset-private.h"

#define TOTUO_ACCESS_MAX_BANDS 16

struct _TotuoAccessOptions {
  gatomicrefcount ref;
  TotuoAccessMethod method;
  gdouble radius;
  gboolean strict;
  gsize n_bands;
  gdouble edges[TOTUO_ACCESS_MAX_BANDS];
  gdouble weights[TOTUO_ACCESS_MAX_BANDS];
  guint flags, kinds, ownerships;
  TotuoDatum supply_datum;
  gboolean residents;
  gdouble desert_min_children;
  gdouble desert_max_per_place;
  TotuoTravelTimes *times;    /* NULL: great-circle distance */
};

typedef struct {
  guint n_points, n_desert;
  gdouble children, covered, score_sum, desert_children;
} TotuoAccessSums;

struct _TotuoAccess {
  gatomicrefcount ref;
  TotuoDemand *demand;
  TotuoAccessOptions *options;
  gsize n;
  gdouble *score, *places, *nearest;
  guint32 *n_providers;
  guint8 *covered, *desert;
  gsize m;                    /* providers */
  guint32 *provider_row;
  gdouble *provider_lat, *provider_lon, *provider_places;
  guint64 pairs;
  gdouble weighted_score, places_reached;
  guint32 n_regions;
  TotuoAccessSums *sums;      /* per region of the dataset */
  guint32 *by_region;         /* the points sorted by their region's preorder position */
  guint32 *by_region_key;     /* that position, for each of them */
  const TotuoTopology *topology;
  GPtrArray *warnings;
};
