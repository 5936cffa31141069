/* libtotuo - demand points from JSON: an array of points, an object with
 * one ("points"), or a GeoJSON FeatureCollection of Points (RFC 7946),
 * which is what QGIS and web maps write, and what
 * totuo_report_access_geojson() writes. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/error.h>
#include <totuo/limits.h>

#include "dataset-private.h"
#include "demand-private.h"
#include "json-private.h"
#include "text.h"
#include "i18n.h"

typedef struct {
  const gchar *source;
  const gchar *table;       /* "points" or "features" */
  guint row;
} Where;

static gboolean
fail_at (const Where *w,
         const gchar *member,
         TotuoError   code,
         const gchar *message,
         GError     **error)
{
  g_set_error (error, TOTUO_ERROR, code, "%s: %s[%u].%s: %s", w->source, w->table, w->row, member,
               message);
  return FALSE;
}

/* The member of the first name @obj has, or NULL (a JSON null is none). */
static JsonNode *
member (JsonObject         *obj,
        const gchar *const *names,
        const gchar       **found)
{
  for (guint k = 0; names[k] != NULL; k++)
    {
      JsonNode *node = json_object_get_member (obj, names[k]);
      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        {
          *found = names[k];
          return node;
        }
    }
  *found = names[0];
  return NULL;
}

/* A text: a string, or a whole number written as one (ids and codes). */
static gchar *
text_of (JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

static gboolean
number_of (JsonNode *node,
           gdouble  *out)
{
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    *out = (gdouble) json_node_get_int (node);
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    *out = json_node_get_double (node);
  else
    return FALSE;
  return isfinite (*out);
}

static gboolean
count_of (JsonNode *node,
          gint64   *out)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *out = json_node_get_int (node);
  return TRUE;
}

static const gchar *const id_names[] = { "id", "编号", "name", NULL };
static const gchar *const region_names[] = { "region", "区划代码", "code", NULL };
static const gchar *const lat_names[] = { "lat", "latitude", "纬度", NULL };
static const gchar *const lon_names[] = { "lon", "lng", "longitude", "经度", NULL };
static const gchar *const under3_names[] = { "under3", "children", "3岁以下婴幼儿数", NULL };
static const gchar *const residents_names[] = { "residents", "population", "常住人口", NULL };
static const gchar *const crs_names[] = { "crs", "datum", "坐标系", NULL };

/* One point: its members in @props, its location there too or in @where
 * (a GeoJSON Point's [longitude, latitude]). */
static gboolean
read_point (TotuoDemand *d,
            JsonObject  *props,
            JsonArray   *coordinates,
            GHashTable  *seen,
            TotuoDatum   datum,
            const Where *w,
            GError     **error)
{
  TotuoDataset *ds = d->dataset;
  const gchar *name;
  JsonNode *node;
  g_autofree gchar *id = NULL, *region = NULL;
  gdouble lat = NAN, lon = NAN;
  gint64 children = 0, residents = TOTUO_UNKNOWN;
  guint32 row;

  if ((node = member (props, id_names, &name)) == NULL || (id = text_of (node)) == NULL)
    return fail_at (w, name, node == NULL ? TOTUO_ERROR_MISSING_VALUE : TOTUO_ERROR_SYNTAX,
                    node == NULL ? "a value is required" : "an id is a string", error);
  if (g_hash_table_contains (seen, id))
    return fail_at (w, name, TOTUO_ERROR_DUPLICATE_ID, M_("the id is given twice"), error);
  if ((node = member (props, region_names, &name)) == NULL || (region = text_of (node)) == NULL)
    return fail_at (w, name, node == NULL ? TOTUO_ERROR_MISSING_VALUE : TOTUO_ERROR_SYNTAX,
                    node == NULL ? "a value is required" : "a region code is a string", error);
  row = totuo_dataset_find_region (ds, region, strlen (region));
  if (row == TOTUO_NO_INDEX)
    return fail_at (w, name, TOTUO_ERROR_UNKNOWN_REGION, M_("no region of the dataset has this code"),
                    error);
  if ((node = member (props, crs_names, &name)) != NULL)
    {
      g_autofree gchar *crs = text_of (node);
      if (crs == NULL || !totuo_datum_from_string (crs, &datum))
        return fail_at (w, name, TOTUO_ERROR_UNKNOWN_VALUE,
                        M_("unknown datum (write wgs84, gcj02 or bd09)"), error);
    }
  if (coordinates != NULL)
    {
      if (json_array_get_length (coordinates) < 2 ||
          !number_of (json_array_get_element (coordinates, 0), &lon) ||
          !number_of (json_array_get_element (coordinates, 1), &lat))
        return fail_at (w, "geometry.coordinates", TOTUO_ERROR_BAD_NUMBER,
                        M_("a Point's coordinates are [longitude, latitude]"), error);
    }
  else
    {
      if ((node = member (props, lat_names, &name)) == NULL || !number_of (node, &lat))
        return fail_at (w, name, node == NULL ? TOTUO_ERROR_MISSING_VALUE : TOTUO_ERROR_BAD_NUMBER,
                        node == NULL ? "a value is required" : "not a finite number", error);
      if ((node = member (props, lon_names, &name)) == NULL || !number_of (node, &lon))
        return fail_at (w, name, node == NULL ? TOTUO_ERROR_MISSING_VALUE : TOTUO_ERROR_BAD_NUMBER,
                        node == NULL ? "a value is required" : "not a finite number", error);
    }
  if (!(lat >= -90 && lat <= 90))
    return fail_at (w, "lat", TOTUO_ERROR_OUT_OF_RANGE, M_("a latitude is within [-90, 90]"), error);
  if (!(lon >= -180 && lon <= 180))
    return fail_at (w, "lon", TOTUO_ERROR_OUT_OF_RANGE, M_("a longitude is within [-180, 180]"), error);
  if ((node = member (props, under3_names, &name)) == NULL || !count_of (node, &children))
    return fail_at (w, name, node == NULL ? TOTUO_ERROR_MISSING_VALUE : TOTUO_ERROR_BAD_NUMBER,
                    node == NULL ? "a value is required" : "not a whole number", error);
  if (children < 0 || children > G_MAXINT32)
    return fail_at (w, name, children < 0 ? TOTUO_ERROR_NEGATIVE : TOTUO_ERROR_OUT_OF_RANGE,
                    children < 0 ? "negative" : "too large", error);
  if ((node = member (props, residents_names, &name)) != NULL)
    {
      if (!count_of (node, &residents))
        return fail_at (w, name, TOTUO_ERROR_BAD_NUMBER, M_("not a whole number"), error);
      if (residents < 0 || residents > G_MAXINT32)
        return fail_at (w, name, residents < 0 ? TOTUO_ERROR_NEGATIVE : TOTUO_ERROR_OUT_OF_RANGE,
                        residents < 0 ? "negative" : "too large", error);
    }
  d->ids[d->n] = g_steal_pointer (&id);
  g_hash_table_add (seen, d->ids[d->n]);
  d->region[d->n] = row;
  totuo_datum_to_wgs84 (datum, lat, lon, &d->lat[d->n], &d->lon[d->n]);
  d->children[d->n] = children;
  d->residents[d->n] = residents;
  d->n++;
  return TRUE;
}

TotuoDemand *
totuo_demand_load_json_data (TotuoDataset *dataset,
                             const gchar  *data,
                             gssize        length,
                             const gchar  *source_name,
                             TotuoDatum    datum,
                             GError      **error)
{
  const gchar *source = source_name != NULL ? source_name : "<data>";
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(TotuoDemand) d = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *root;
  JsonArray *items = NULL;
  gboolean features = FALSE;
  Where w = { source, "points", 0 };
  gsize len;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail ((guint) datum <= TOTUO_DATUM_BD09, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  len = length < 0 ? strlen (data) : (gsize) length;
  if ((parser = totuo_json_parse (data, len, source, error)) == NULL)
    return NULL;
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    items = json_node_get_array (root);
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *obj = json_node_get_object (root);
      JsonNode *node = json_object_get_member (obj, "features");
      features = node != NULL;
      if (node == NULL)
        node = json_object_get_member (obj, "points");
      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        items = json_node_get_array (node);
    }
  if (items == NULL)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN,
                   M_("%s: no demand points: write an array of points, an object with \"points\", "
                   "or a GeoJSON FeatureCollection of Points"), source);
      return NULL;
    }
  if (json_array_get_length (items) > (guint) TOTUO_MAX_INSTITUTION_COUNT)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT, M_("%s: more than %lld demand points"),
                   source, (long long) TOTUO_MAX_INSTITUTION_COUNT);
      return NULL;
    }
  w.table = features ? "features" : "points";
  d = totuo_demand_alloc (dataset, json_array_get_length (items));
  for (guint k = 0; k < json_array_get_length (items); k++)
    {
      JsonNode *item = json_array_get_element (items, k);
      JsonObject *obj, *props = NULL;
      JsonArray *coordinates = NULL;

      w.row = k;
      if (!JSON_NODE_HOLDS_OBJECT (item))
        {
          fail_at (&w, "", TOTUO_ERROR_SYNTAX, M_("a point is an object"), error);
          return NULL;
        }
      obj = json_node_get_object (item);
      if (features)
        {
          JsonNode *geometry = json_object_get_member (obj, "geometry");
          JsonNode *p = json_object_get_member (obj, "properties");
          JsonObject *g = geometry != NULL && JSON_NODE_HOLDS_OBJECT (geometry)
                          ? json_node_get_object (geometry) : NULL;
          JsonNode *type = g != NULL ? json_object_get_member (g, "type") : NULL;
          JsonNode *c = g != NULL ? json_object_get_member (g, "coordinates") : NULL;
          if (type == NULL || !JSON_NODE_HOLDS_VALUE (type) ||
              json_node_get_value_type (type) != G_TYPE_STRING ||
              strcmp (json_node_get_string (type), "Point") != 0 || c == NULL ||
              !JSON_NODE_HOLDS_ARRAY (c))
            {
              fail_at (&w, "geometry", TOTUO_ERROR_SYNTAX, M_("a demand point is a GeoJSON Point"), error);
              return NULL;
            }
          if (p == NULL || !JSON_NODE_HOLDS_OBJECT (p))
            {
              fail_at (&w, "properties", TOTUO_ERROR_MISSING_VALUE,
                       M_("a feature's properties hold its id, region and under3"), error);
              return NULL;
            }
          props = json_node_get_object (p);
          coordinates = json_node_get_array (c);
        }
      else
        props = obj;
      if (!read_point (d, props, coordinates, seen, datum, &w, error))
        return NULL;
    }
  if (d->n == 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE, M_("%s: no demand point"), source);
      return NULL;
    }
  return g_steal_pointer (&d);
}

TotuoDemand *
totuo_demand_load_json (TotuoDataset *dataset,
                        const gchar  *path,
                        TotuoDatum    datum,
                        GError      **error)
{
  g_autofree gchar *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail ((guint) datum <= TOTUO_DATUM_BD09, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  contents = totuo_read_file (path, &len, error);
  if (contents == NULL)
    return NULL;
  return totuo_demand_load_json_data (dataset, contents, (gssize) len, path, datum, error);
}
