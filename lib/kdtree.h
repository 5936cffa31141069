/* A k-d tree of points on the unit sphere (internal): the spatial index of
 * the access methods. Points are kept as 3-D unit vectors, so that a
 * great-circle distance is a chord and "within d of q" is a ball:
 * |p - q|^2 <= (2 sin(d / 2R))^2, with no trigonometry per pair.
 *
 * The tree is balanced and implicit (node k has children 2k+1 and 2k+2);
 * its points are stored in tree order, so that every node's points are one
 * contiguous range. A query hands ranges to a function: a leaf's (to check
 * point by point), or a whole node's when it lies inside the ball. Memory
 * is O(n): the points, their order and about 2n/LEAF nodes. */
#pragma once

#include <glib.h>

typedef struct {
  gdouble lo[3], hi[3];     /* the bounding box of the node's points */
  gdouble sum;              /* the sum of their values */
  guint32 start, end;       /* their range, in tree order */
} TotuoKdNode;

typedef struct {
  gsize n;
  gdouble *c[3];            /* x, y and z of each point, in tree order */
  gdouble *value;           /* per point, in tree order */
  guint32 *index;           /* the caller's index of each point, in tree order */
  TotuoKdNode *nodes;
  guint32 n_nodes;
  guint32 first_leaf;       /* nodes from here on are leaves */
} TotuoKdTree;

/* Called with the points [start, end) of an index (@c: their x, y and z
 * arrays); @inside when every one of them is within the ball. */
typedef void (*TotuoKdRangeFunc) (gdouble *const c[3], guint32 start, guint32 end,
                                  gboolean inside, gpointer data);

/* The unit vector of a WGS84 point. */
G_GNUC_INTERNAL void totuo_unit_vector (gdouble lat, gdouble lon, gdouble out[3]);
/* The squared chord of a great-circle distance in metres. */
G_GNUC_INTERNAL gdouble totuo_chord2_of_distance (gdouble metres);
/* The great-circle distance in metres of a squared chord. */
G_GNUC_INTERNAL gdouble totuo_distance_of_chord2 (gdouble chord2);

/* Builds the tree of @n points (@xyz: 3 per point, x y z) with a value
 * each; point k is reported by its index k. */
G_GNUC_INTERNAL void totuo_kdtree_build (TotuoKdTree *tree, const gdouble *xyz,
                                         const gdouble *value, gsize n);
G_GNUC_INTERNAL void totuo_kdtree_clear (TotuoKdTree *tree);
/* Every point within the ball of centre @q and squared radius @r2, as
 * ranges; a point on the sphere of the ball counts unless @strict. */
G_GNUC_INTERNAL void totuo_kdtree_query (const TotuoKdTree *tree, const gdouble q[3], gdouble r2,
                                         TotuoKdRangeFunc func, gpointer data);
/* The tree position of the point nearest @q, and in @out_d2 its squared
 * chord; G_MAXUINT32 for an empty tree. */
G_GNUC_INTERNAL guint32 totuo_kdtree_nearest (const TotuoKdTree *tree, const gdouble q[3],
                                              gdouble *out_d2);
