/* libtotuo - a grid of cells for fixed-radius searches (see cellindex.h). */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/geo.h>

#include "cellindex.h"

/* The window around a query's cell: two cells each way. */
#define REACH 2
/* Longitudes within a radius of a point differ by a little more than the
 * radius over the cosine (a third-order term): cells a thousandth wider. */
#define SAFETY 1.001

gboolean
totuo_cell_index_suits (gdouble lat_lo,
                        gdouble lat_hi,
                        gdouble lon_lo,
                        gdouble lon_hi)
{
  return lat_lo >= -80 && lat_hi <= 80 && lon_hi - lon_lo < 180;
}

typedef struct {
  guint64 key;              /* row, then column, each offset to be positive */
  guint32 index;
} Keyed;

/* An LSD radix sort of the keys, 16 bits a pass: a million points in a
 * few passes over memory, where a comparison sort would take ten times
 * longer. */
static void
sort_keys (Keyed *keys,
           gsize  n)
{
  g_autofree Keyed *tmp = g_new (Keyed, MAX (n, 1));
  g_autofree gsize *count = g_new (gsize, 65536);
  Keyed *from = keys, *to = tmp;
  guint64 max = 0;

  for (gsize k = 0; k < n; k++)
    max = MAX (max, keys[k].key);
  for (guint shift = 0; shift < 64 && (max >> shift) != 0; shift += 16)
    {
      gsize sum = 0;
      memset (count, 0, 65536 * sizeof (gsize));
      for (gsize k = 0; k < n; k++)
        count[(from[k].key >> shift) & 0xFFFF]++;
      for (gsize d = 0; d < 65536; d++)
        {
          gsize c = count[d];
          count[d] = sum;
          sum += c;
        }
      for (gsize k = 0; k < n; k++)
        to[count[(from[k].key >> shift) & 0xFFFF]++] = from[k];
      {
        Keyed *t = from;
        from = to;
        to = t;
      }
    }
  if (from != keys)
    memcpy (keys, from, n * sizeof (Keyed));
}

void
totuo_cell_index_build (TotuoCellIndex *index,
                        const gdouble  *lat,
                        const gdouble  *lon,
                        const gdouble  *xyz,
                        const gdouble  *value,
                        gsize           n,
                        gdouble         radius,
                        gdouble         lat_lo,
                        gdouble         lat_hi,
                        gdouble         lon_lo,
                        gdouble         lon_hi)
{
  g_autofree Keyed *keys = g_new (Keyed, MAX (n, 1));
  gdouble reach_deg = radius * SAFETY / TOTUO_EARTH_RADIUS_M * 180 / M_PI;
  gdouble top = MIN (MAX (fabs (lat_lo), fabs (lat_hi)) + reach_deg, 89.0);

  memset (index, 0, sizeof *index);
  index->n = n;
  index->lat0 = lat_lo - 4 * reach_deg;
  index->lon0 = lon_lo - 4 * reach_deg / cos (top * M_PI / 180);
  index->cell_lat = reach_deg / REACH;
  index->cell_lon = reach_deg / REACH / cos (top * M_PI / 180);
  for (gsize k = 0; k < n; k++)
    {
      guint64 row = (guint64) ((lat[k] - index->lat0) / index->cell_lat);
      guint64 col = (guint64) ((lon[k] - index->lon0) / index->cell_lon);
      keys[k].key = row << 32 | (col & 0xFFFFFFFFu);
      keys[k].index = (guint32) k;
    }
  sort_keys (keys, n);
  for (guint d = 0; d < 3; d++)
    index->c[d] = g_new (gdouble, MAX (n, 1));
  index->value = g_new (gdouble, MAX (n, 1));
  index->index = g_new (guint32, MAX (n, 1));
  index->col = g_new (gint32, MAX (n, 1));
  index->row = g_new (gint32, MAX (n, 1));
  index->row_start = g_new (guint32, n + 1);
  for (gsize k = 0; k < n; k++)
    {
      guint32 i = keys[k].index;
      gint32 row = (gint32) (keys[k].key >> 32);
      for (guint d = 0; d < 3; d++)
        index->c[d][k] = xyz[3 * i + d];
      index->value[k] = value[i];
      index->index[k] = i;
      index->col[k] = (gint32) (keys[k].key & 0xFFFFFFFFu);
      if (index->n_rows == 0 || index->row[index->n_rows - 1] != row)
        {
          index->row[index->n_rows] = row;
          index->row_start[index->n_rows] = (guint32) k;
          index->n_rows++;
        }
    }
  index->row_start[index->n_rows] = (guint32) n;
}

void
totuo_cell_index_clear (TotuoCellIndex *index)
{
  for (guint d = 0; d < 3; d++)
    g_free (index->c[d]);
  g_free (index->value);
  g_free (index->index);
  g_free (index->col);
  g_free (index->row);
  g_free (index->row_start);
  memset (index, 0, sizeof *index);
}

/* The first of [lo, hi) whose value is not below @v. */
static inline gsize
first_not_below (const gint32 *a,
                 gsize         lo,
                 gsize         hi,
                 gint32        v)
{
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (a[mid] < v)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
totuo_cell_index_query (const TotuoCellIndex *index,
                        gdouble               lat,
                        gdouble               lon,
                        TotuoCellWindow      *window,
                        TotuoKdRangeFunc      func,
                        gpointer              data)
{
  gint32 row = (gint32) ((lat - index->lat0) / index->cell_lat);
  gint32 col = (gint32) ((lon - index->lon0) / index->cell_lon);

  if (index->n == 0)
    return;
  if (window->row != row || window->col != col)
    {
      gsize r = first_not_below (index->row, 0, index->n_rows, row - REACH);
      window->row = row;
      window->col = col;
      window->n = 0;
      for (; r < index->n_rows && index->row[r] <= row + REACH; r++)
        {
          gsize start = first_not_below (index->col, index->row_start[r], index->row_start[r + 1],
                                         col - REACH);
          gsize end = start;
          while (end < index->row_start[r + 1] && index->col[end] <= col + REACH)
            end++;
          if (end > start)
            {
              window->start[window->n] = (guint32) start;
              window->end[window->n] = (guint32) end;
              window->n++;
            }
        }
    }
  for (guint k = 0; k < window->n; k++)
    func (index->c, window->start[k], window->end[k], FALSE, data);
}
