/* A grid of cells over latitude and longitude (internal): the index of the
 * fixed-radius searches of the access methods, where the radius is known
 * before the index is built. Cells are half the radius on a side (longitude
 * scaled by the cosine of the data's highest latitude, so that a cell is
 * never narrower than that on the ground): every point within the radius of
 * a query lies in the 5 x 5 cells around the query's cell. Points are kept
 * sorted by row, then column, so that each row of the window is one
 * contiguous run, found by binary search; only occupied rows are stored, so
 * memory is O(n) however large the area or small the radius.
 *
 * It needs every point within 80 degrees of the equator and a span of
 * longitude under 180 degrees; totuo_cell_index_suits() says, and the
 * k-d tree (kdtree.h) serves the rest. */
#pragma once

#include <glib.h>

#include "kdtree.h"

typedef struct {
  gsize n;
  gdouble *c[3];            /* x, y and z of each point, in index order */
  gdouble *value;
  guint32 *index;           /* the caller's index of each point */
  gint32 *col;              /* each point's column */
  gsize n_rows;
  gint32 *row;              /* the occupied rows, increasing */
  guint32 *row_start;       /* row k holds points [row_start[k], row_start[k + 1]) */
  gdouble lat0, lon0;       /* the grid's origin */
  gdouble cell_lat, cell_lon; /* a cell's size, in degrees */
} TotuoCellIndex;

/* Whether points within [lat_lo, lat_hi] x [lon_lo, lon_hi] suit a grid. */
G_GNUC_INTERNAL gboolean totuo_cell_index_suits (gdouble lat_lo, gdouble lat_hi,
                                                 gdouble lon_lo, gdouble lon_hi);
/* Builds the index of @n points (lat, lon and unit vector each) for
 * searches within @radius metres, over the bounding box given (which
 * holds every point of the index and of the queries). */
G_GNUC_INTERNAL void totuo_cell_index_build (TotuoCellIndex *index, const gdouble *lat,
                                             const gdouble *lon, const gdouble *xyz,
                                             const gdouble *value, gsize n, gdouble radius,
                                             gdouble lat_lo, gdouble lat_hi,
                                             gdouble lon_lo, gdouble lon_hi);
G_GNUC_INTERNAL void totuo_cell_index_clear (TotuoCellIndex *index);
/* The runs of the last query's window: queries made in the order of the
 * index's own cells reuse them, skipping the binary searches. */
typedef struct {
  gint32 row, col;          /* the cell they are for (G_MININT32: none yet) */
  guint n;
  guint32 start[5], end[5];
} TotuoCellWindow;

#define TOTUO_CELL_WINDOW_INIT { G_MININT32, G_MININT32, 0, { 0 }, { 0 } }

/* The points that may be within the radius of (@lat, @lon), as runs: a
 * superset, checked point by point by @func (inside is FALSE). */
G_GNUC_INTERNAL void totuo_cell_index_query (const TotuoCellIndex *index, gdouble lat,
                                             gdouble lon, TotuoCellWindow *window,
                                             TotuoKdRangeFunc func, gpointer data);
