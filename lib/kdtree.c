/* libtotuo - a k-d tree of points on the unit sphere (see kdtree.h). */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/geo.h>

#include "kdtree.h"

/* Points per leaf: few enough that a leaf is checked point by point in a
 * cache line or two, enough that the tree stays shallow. */
#define LEAF 16

void
totuo_unit_vector (gdouble lat,
                   gdouble lon,
                   gdouble out[3])
{
  gdouble phi = lat * M_PI / 180.0, lambda = lon * M_PI / 180.0;

  out[0] = cos (phi) * cos (lambda);
  out[1] = cos (phi) * sin (lambda);
  out[2] = sin (phi);
}

gdouble
totuo_chord2_of_distance (gdouble metres)
{
  gdouble half = MIN (metres / (2.0 * TOTUO_EARTH_RADIUS_M), M_PI / 2);
  gdouble c = 2.0 * sin (half);
  return c * c;
}

gdouble
totuo_distance_of_chord2 (gdouble chord2)
{
  gdouble h = sqrt (chord2) / 2.0;

  /* Within a city h is below 1e-3: the series of asin is exact to double
   * precision there (the next term is h^7 / 22.4) and much cheaper. */
  if (h < 1e-3)
    return 2.0 * TOTUO_EARTH_RADIUS_M * (h + h * h * h / 6.0 + 3.0 * h * h * h * h * h / 40.0);
  return 2.0 * TOTUO_EARTH_RADIUS_M * asin (MIN (h, 1.0));
}

typedef struct {
  gdouble **c;
  gdouble *value;
  guint32 *index;
} Points;

static void
swap_points (Points *p,
             guint32 a,
             guint32 b)
{
  gdouble t;
  guint32 i;

  for (guint d = 0; d < 3; d++)
    {
      t = p->c[d][a];
      p->c[d][a] = p->c[d][b];
      p->c[d][b] = t;
    }
  t = p->value[a];
  p->value[a] = p->value[b];
  p->value[b] = t;
  i = p->index[a];
  p->index[a] = p->index[b];
  p->index[b] = i;
}

/* Reorders [start, end) so that position @k holds the point it would hold
 * sorted on @axis, smaller or equal ones before it, larger or equal after:
 * Wirth's selection, which stays linear on runs of equal values (points
 * at one address are common). */
static void
select_nth (Points *p,
            guint32 start,
            guint32 end,
            guint32 k,
            guint   axis)
{
  gint64 l = start, r = (gint64) end - 1;

  while (l < r)
    {
      gdouble x = p->c[axis][k];
      gint64 i = l, j = r;
      do
        {
          while (p->c[axis][i] < x)
            i++;
          while (x < p->c[axis][j])
            j--;
          if (i <= j)
            {
              swap_points (p, (guint32) i, (guint32) j);
              i++;
              j--;
            }
        }
      while (i <= j);
      if (j < (gint64) k)
        l = i;
      if ((gint64) k < i)
        r = j;
    }
}

static void
box_of (const TotuoKdTree *tree,
        TotuoKdNode       *node)
{
  for (guint d = 0; d < 3; d++)
    {
      node->lo[d] = G_MAXDOUBLE;
      node->hi[d] = -G_MAXDOUBLE;
    }
  node->sum = 0;
  for (guint32 k = node->start; k < node->end; k++)
    {
      for (guint d = 0; d < 3; d++)
        {
          node->lo[d] = MIN (node->lo[d], tree->c[d][k]);
          node->hi[d] = MAX (node->hi[d], tree->c[d][k]);
        }
      node->sum += tree->value[k];
    }
}

void
totuo_kdtree_build (TotuoKdTree   *tree,
                    const gdouble *xyz,
                    const gdouble *value,
                    gsize          n)
{
  Points p;
  guint levels = 0;

  memset (tree, 0, sizeof *tree);
  tree->n = n;
  for (guint d = 0; d < 3; d++)
    tree->c[d] = g_new (gdouble, MAX (n, 1));
  tree->value = g_new (gdouble, MAX (n, 1));
  tree->index = g_new (guint32, MAX (n, 1));
  memcpy (tree->value, value, n * sizeof (gdouble));
  for (gsize k = 0; k < n; k++)
    {
      for (guint d = 0; d < 3; d++)
        tree->c[d][k] = xyz[3 * k + d];
      tree->index[k] = (guint32) k;
    }
  while (((gsize) LEAF << levels) < n)
    levels++;
  tree->n_nodes = (2u << levels) - 1;
  tree->first_leaf = (1u << levels) - 1;
  tree->nodes = g_new (TotuoKdNode, tree->n_nodes);
  tree->nodes[0].start = 0;
  tree->nodes[0].end = (guint32) n;
  p = (Points) { tree->c, tree->value, tree->index };

  /* Top down: split each node at its median on its widest axis. */
  for (guint32 k = 0; k < tree->first_leaf; k++)
    {
      TotuoKdNode *node = &tree->nodes[k];
      guint32 mid = node->start + (node->end - node->start) / 2;
      guint axis = 0;

      box_of (tree, node);
      for (guint d = 1; d < 3; d++)
        if (node->hi[d] - node->lo[d] > node->hi[axis] - node->lo[axis])
          axis = d;
      if (node->end - node->start > 1)
        select_nth (&p, node->start, node->end, mid, axis);
      tree->nodes[2 * k + 1].start = node->start;
      tree->nodes[2 * k + 1].end = mid;
      tree->nodes[2 * k + 2].start = mid;
      tree->nodes[2 * k + 2].end = node->end;
    }
  for (guint32 k = tree->first_leaf; k < tree->n_nodes; k++)
    box_of (tree, &tree->nodes[k]);
}

void
totuo_kdtree_clear (TotuoKdTree *tree)
{
  for (guint d = 0; d < 3; d++)
    g_free (tree->c[d]);
  g_free (tree->value);
  g_free (tree->index);
  g_free (tree->nodes);
  memset (tree, 0, sizeof *tree);
}

/* The squared distance from @q to the box, and the squared distance to its
 * farthest corner. */
static inline void
box_distances (const TotuoKdNode *node,
               const gdouble      q[3],
               gdouble           *near2,
               gdouble           *far2)
{
  gdouble n2 = 0, f2 = 0;

  for (guint d = 0; d < 3; d++)
    {
      gdouble below = node->lo[d] - q[d], above = q[d] - node->hi[d];
      gdouble gap = MAX (MAX (below, above), 0.0);
      gdouble reach = MAX (fabs (q[d] - node->lo[d]), fabs (q[d] - node->hi[d]));
      n2 += gap * gap;
      f2 += reach * reach;
    }
  *near2 = n2;
  *far2 = f2;
}

void
totuo_kdtree_query (const TotuoKdTree *tree,
                    const gdouble      q[3],
                    gdouble            r2,
                    TotuoKdRangeFunc   func,
                    gpointer           data)
{
  guint32 stack[64];
  guint top = 0;

  if (tree->n == 0)
    return;
  stack[top++] = 0;
  while (top > 0)
    {
      guint32 k = stack[--top];
      const TotuoKdNode *node = &tree->nodes[k];
      gdouble near2, far2;

      if (node->start == node->end)
        continue;
      box_distances (node, q, &near2, &far2);
      if (near2 > r2)
        continue;
      /* Well inside (with room for rounding): every point counts. */
      if (far2 < r2 * (1 - 1e-12))
        func (tree->c, node->start, node->end, TRUE, data);
      else if (k >= tree->first_leaf)
        func (tree->c, node->start, node->end, FALSE, data);
      else
        {
          stack[top++] = 2 * k + 2;
          stack[top++] = 2 * k + 1;
        }
    }
}

guint32
totuo_kdtree_nearest (const TotuoKdTree *tree,
                      const gdouble      q[3],
                      gdouble           *out_d2)
{
  guint32 stack[64];
  guint top = 0;
  guint32 best = G_MAXUINT32;
  gdouble best2 = G_MAXDOUBLE;

  if (tree->n == 0)
    return G_MAXUINT32;
  stack[top++] = 0;
  while (top > 0)
    {
      guint32 k = stack[--top];
      const TotuoKdNode *node = &tree->nodes[k];
      gdouble near2, far2;

      if (node->start == node->end)
        continue;
      box_distances (node, q, &near2, &far2);
      if (near2 >= best2)
        continue;
      if (k >= tree->first_leaf)
        {
          for (guint32 i = node->start; i < node->end; i++)
            {
              gdouble dx = tree->c[0][i] - q[0], dy = tree->c[1][i] - q[1], dz = tree->c[2][i] - q[2];
              gdouble d2 = dx * dx + dy * dy + dz * dz;
              if (d2 < best2)
                {
                  best2 = d2;
                  best = i;
                }
            }
        }
      else
        {
          /* The nearer child last, so that it is searched first. */
          gdouble a2, b2, unused;
          box_distances (&tree->nodes[2 * k + 1], q, &a2, &unused);
          box_distances (&tree->nodes[2 * k + 2], q, &b2, &unused);
          if (a2 <= b2)
            {
              stack[top++] = 2 * k + 2;
              stack[top++] = 2 * k + 1;
            }
          else
            {
              stack[top++] = 2 * k + 1;
              stack[top++] = 2 * k + 2;
            }
        }
    }
  if (out_d2 != NULL)
    *out_d2 = best2;
  return best;
}
