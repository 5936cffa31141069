/* libtotuo - a whole dataset as JSON.
 *
 * Reading uses json-glib's parser; writing is a plain streaming writer,
 * because building a json-glib tree of a million institutions first would
 * cost several times the memory of the dataset itself. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include <totuo/error.h>
#include <totuo/json.h>

#include "dataset-private.h"
#include "enums-private.h"
#include "file-io.h"
#include "json-private.h"
#include "text.h"
#include "i18n.h"

typedef struct {
  TotuoDataset *ds;
  const gchar *source;
  const gchar *table;   /* "regions" or "institutions" */
  guint row;
} JsonLoad;

static gboolean
member_error (JsonLoad    *load,
              const gchar *member,
              GError     **error)
{
  g_prefix_error (error, "%s: %s[%u].%s: ", load->source, load->table, load->row, member);
  return FALSE;
}

static gboolean
set_member_error (JsonLoad    *load,
                  const gchar *member,
                  TotuoError   code,
                  const gchar *message,
                  GError     **error)
{
  g_set_error_literal (error, TOTUO_ERROR, code, message);
  return member_error (load, member, error);
}

static JsonNode *
get_member (JsonObject  *obj,
            const gchar *name)
{
  JsonNode *node = json_object_get_member (obj, name);
  return (node == NULL || JSON_NODE_HOLDS_NULL (node)) ? NULL : node;
}

static gboolean
get_string (JsonLoad     *load,
            JsonObject   *obj,
            const gchar  *name,
            gboolean      required,
            const gchar **out,
            GError      **error)
{
  JsonNode *node = get_member (obj, name);

  *out = NULL;
  if (node == NULL)
    {
      if (required)
        return set_member_error (load, name, TOTUO_ERROR_MISSING_VALUE,
                                 M_("a value is required"), error);
      return TRUE;
    }
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return set_member_error (load, name, TOTUO_ERROR_SYNTAX, M_("expected a string"), error);
  *out = json_node_get_string (node);
  if (!g_utf8_validate (*out, -1, NULL))
    return set_member_error (load, name, TOTUO_ERROR_ENCODING,
                             M_("not valid UTF-8 (a \\u escape of half a surrogate pair?)"),
                             error);
  if (required && **out == '\0')
    return set_member_error (load, name, TOTUO_ERROR_MISSING_VALUE,
                             M_("a value is required"), error);
  /* The CSV readers' limit: what loads from JSON must save to CSV and back. */
  if (strlen (*out) > TOTUO_MAX_FIELD_BYTES)
    return set_member_error (load, name, TOTUO_ERROR_LIMIT,
                             M_("longer than the 1 MiB a field may hold"), error);
  return TRUE;
}

static gboolean
get_count (JsonLoad    *load,
           JsonObject  *obj,
           const gchar *name,
           gint64       max,
           gint64      *out,
           GError     **error)
{
  JsonNode *node = get_member (obj, name);

  *out = TOTUO_UNKNOWN;
  if (node == NULL)
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return set_member_error (load, name, TOTUO_ERROR_BAD_NUMBER,
                             M_("expected a whole number"), error);
  *out = json_node_get_int (node);
  if (*out < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NEGATIVE,
                   M_("negative count %lld"), (long long) *out);
      return member_error (load, name, error);
    }
  if (*out > max)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("count %lld is larger than %lld"), (long long) *out, (long long) max);
      return member_error (load, name, error);
    }
  return TRUE;
}

static gboolean
get_double (JsonLoad    *load,
            JsonObject  *obj,
            const gchar *name,
            gdouble     *out,
            gboolean    *present,
            GError     **error)
{
  JsonNode *node = get_member (obj, name);
  GType type;

  *present = node != NULL;
  if (node == NULL)
    return TRUE;
  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return set_member_error (load, name, TOTUO_ERROR_BAD_NUMBER, M_("expected a number"), error);
  *out = json_node_get_double (node);
  if (!isfinite (*out))
    return set_member_error (load, name, TOTUO_ERROR_OUT_OF_RANGE,
                             M_("the number is out of range"), error);
  return TRUE;
}

static gboolean
get_bool (JsonLoad    *load,
          JsonObject  *obj,
          const gchar *name,
          guint8      *out,
          GError     **error)
{
  JsonNode *node = get_member (obj, name);

  if (node == NULL)
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return set_member_error (load, name, TOTUO_ERROR_SYNTAX, M_("expected true, false or null (not known)"), error);
  *out = json_node_get_boolean (node) ? TOTUO_FLAG_YES : TOTUO_FLAG_NO;
  return TRUE;
}

static gboolean
get_enum (JsonLoad        *load,
          JsonObject      *obj,
          const gchar     *name,
          gboolean         required,
          TotuoEnumParser  parse,
          gint            *out,
          GError         **error)
{
  const gchar *s;

  if (!get_string (load, obj, name, required, &s, error))
    return FALSE;
  if (s == NULL || *s == '\0')
    return TRUE;
  if (!parse (s, strlen (s), out))
    {
      g_autofree gchar *q = totuo_quote_value (s, strlen (s));
      g_autofree gchar *words = totuo_enum_accepted_words (name);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE, M_("unknown %s %s (write one of: %s)"),
                   name, q, words != NULL ? words : "?");
      return member_error (load, name, error);
    }
  return TRUE;
}

static gboolean
get_location (JsonLoad   *load,
              JsonObject *obj,
              gdouble    *lat,
              gdouble    *lon,
              GError    **error)
{
  gboolean has_lat, has_lon;
  gdouble la = NAN, lo = NAN;

  if (!get_double (load, obj, "lat", &la, &has_lat, error) ||
      !get_double (load, obj, "lon", &lo, &has_lon, error))
    return FALSE;
  if (has_lat != has_lon)
    return set_member_error (load, has_lat ? "lon" : "lat", TOTUO_ERROR_MISSING_VALUE,
                             M_("lat and lon go together"), error);
  if (!totuo_check_location (la, lo, error))
    {
      g_prefix_error (error, "%s: %s[%u]: ", load->source, load->table, load->row);
      return FALSE;
    }
  *lat = la;
  *lon = lo;
  return TRUE;
}

static gboolean
get_modes (JsonLoad   *load,
           JsonObject *obj,
           guint8     *out,
           GError    **error)
{
  JsonNode *node = get_member (obj, "modes");
  gint modes = 0;

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint k = 0; k < json_array_get_length (array); k++)
        {
          JsonNode *item = json_array_get_element (array, k);
          const gchar *s;
          gint mode;
          if (json_node_get_value_type (item) != G_TYPE_STRING)
            return set_member_error (load, "modes", TOTUO_ERROR_SYNTAX,
                                     M_("expected an array of strings"), error);
          s = json_node_get_string (item);
          if (!totuo_modes_parse (s, strlen (s), &mode))
            {
              g_autofree gchar *q = totuo_quote_value (s, strlen (s));
              g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE, M_("unknown mode %s"), q);
              return member_error (load, "modes", error);
            }
          modes |= mode;
        }
    }
  else if (!get_enum (load, obj, "modes", FALSE, totuo_modes_parse, &modes, error))
    return FALSE;
  *out = (guint8) modes;
  return TRUE;
}

static JsonArray *
get_table (JsonObject  *root,
           const gchar *name,
           const gchar *source,
           GError     **error)
{
  JsonNode *node = get_member (root, name);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
                   M_("%s: \"%s\" must be an array"), source, name);
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_row (JsonLoad  *load,
         JsonArray *array,
         GError   **error)
{
  JsonNode *node = json_array_get_element (array, load->row);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
                   M_("%s: %s[%u] must be an object"), load->source, load->table, load->row);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
parse_region (JsonLoad        *load,
              JsonObject      *obj,
              TotuoRegionRec  *rec,
              const gchar    **parent,
              GError         **error)
{
  const gchar *code, *name;
  gint level = 0;

  if (!get_string (load, obj, "code", TRUE, &code, error) ||
      !get_string (load, obj, "name", FALSE, &name, error) ||
      !get_enum (load, obj, "level", TRUE, totuo_region_level_parse, &level, error) ||
      !get_string (load, obj, "parent", FALSE, parent, error) ||
      !get_count (load, obj, "population", TOTUO_MAX_REGION_COUNT, &rec->population, error) ||
      !get_count (load, obj, "under3", TOTUO_MAX_REGION_COUNT, &rec->under3, error) ||
      !get_count (load, obj, "kindergartens", TOTUO_MAX_REGION_COUNT, &rec->kindergartens,
                  error) ||
      !get_location (load, obj, &rec->lat, &rec->lon, error))
    return FALSE;
  if (*parent != NULL && **parent == '\0')
    *parent = NULL;
  rec->code = totuo_dataset_intern (load->ds, code, strlen (code));
  rec->name = totuo_dataset_intern (load->ds, name != NULL ? name : "",
                                    name != NULL ? strlen (name) : 0);
  rec->level = (guint8) level;
  return TRUE;
}

static gboolean
load_regions (JsonLoad               *load,
              JsonArray              *array,
              const TotuoDatasetMark *mark,
              GError                **error)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;
  g_autofree const gchar **parents = g_new0 (const gchar *, MAX (n, 1));
  guint32 bad_row = 0;

  load->table = "regions";
  totuo_dataset_reserve (load->ds, n, 0);
  for (load->row = 0; load->row < n; load->row++)
    {
      JsonObject *obj = get_row (load, array, error);
      guint32 row = load->ds->n_regions;
      TotuoRegionRec *rec;

      if (obj == NULL)
        return FALSE;
      rec = totuo_dataset_append_region (load->ds);
      if (!parse_region (load, obj, rec, &parents[load->row], error))
        return FALSE;
      if (totuo_dataset_index_region (load->ds, row) != TOTUO_NO_INDEX)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                       M_("region code \"%s\" is repeated"), rec->code);
          return member_error (load, "code", error);
        }
    }
  if (!totuo_dataset_link_regions (load->ds, mark, parents, &bad_row, error))
    {
      g_prefix_error (error, M_("%s: regions[%u]: "), load->source, bad_row);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_institution (JsonLoad     *load,
                   JsonObject   *obj,
                   TotuoInstRec *rec,
                   GError      **error)
{
  const gchar *id, *name, *region;
  gint kind = TOTUO_KIND_UNKNOWN, ownership = TOTUO_OWNERSHIP_UNKNOWN;
  gint status = TOTUO_STATUS_UNKNOWN;
  gint64 places, enrolled, staff, certified;
  gdouble fee = -1.0;
  gboolean has_fee;

  if (!get_string (load, obj, "id", TRUE, &id, error) ||
      !get_string (load, obj, "name", FALSE, &name, error) ||
      !get_string (load, obj, "region", TRUE, &region, error) ||
      !get_enum (load, obj, "kind", FALSE, totuo_kind_parse, &kind, error) ||
      !get_enum (load, obj, "ownership", FALSE, totuo_ownership_parse, &ownership, error) ||
      !get_enum (load, obj, "status", FALSE, totuo_status_parse, &status, error) ||
      !get_modes (load, obj, &rec->modes, error) ||
      !get_bool (load, obj, "inclusive", &rec->inclusive, error) ||
      !get_bool (load, obj, "health_manager", &rec->health_manager, error) ||
      !get_count (load, obj, "places", TOTUO_MAX_INSTITUTION_COUNT, &places, error) ||
      !get_count (load, obj, "enrolled", TOTUO_MAX_INSTITUTION_COUNT, &enrolled, error) ||
      !get_count (load, obj, "staff", TOTUO_MAX_INSTITUTION_COUNT, &staff, error) ||
      !get_count (load, obj, "certified_staff", TOTUO_MAX_INSTITUTION_COUNT, &certified,
                  error) ||
      !get_double (load, obj, "monthly_fee", &fee, &has_fee, error) ||
      !get_location (load, obj, &rec->lat, &rec->lon, error))
    return FALSE;
  if (places == TOTUO_UNKNOWN)
    return set_member_error (load, "places", TOTUO_ERROR_MISSING_VALUE,
                             M_("a value is required"), error);
  if (has_fee && fee < 0)
    return set_member_error (load, "monthly_fee", TOTUO_ERROR_NEGATIVE, M_("negative fee"), error);
  rec->region = totuo_dataset_find_region (load->ds, region, strlen (region));
  if (rec->region == TOTUO_NO_INDEX)
    {
      g_autofree gchar *q = totuo_quote_value (region, strlen (region));
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_REGION,
                   M_("region %s is not in the dataset"), q);
      return member_error (load, "region", error);
    }
  rec->id = totuo_dataset_intern (load->ds, id, strlen (id));
  rec->name = totuo_dataset_intern (load->ds, name != NULL ? name : "",
                                    name != NULL ? strlen (name) : 0);
  rec->kind = (guint8) kind;
  rec->ownership = (guint8) ownership;
  rec->status = (guint8) status;
  rec->places = (gint32) places;
  rec->enrolled = (gint32) enrolled;
  rec->staff = (gint32) staff;
  rec->certified_staff = (gint32) certified;
  rec->monthly_fee = has_fee ? fee : -1.0;
  if (!totuo_inst_rec_check (rec, error))
    {
      g_prefix_error (error, "%s: %s[%u]: ", load->source, load->table, load->row);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_institutions (JsonLoad  *load,
                   JsonArray *array,
                   GError   **error)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  load->table = "institutions";
  totuo_dataset_reserve (load->ds, 0, n);
  for (load->row = 0; load->row < n; load->row++)
    {
      JsonObject *obj = get_row (load, array, error);
      TotuoInstRec rec;
      guint32 row;

      if (obj == NULL)
        return FALSE;
      totuo_inst_rec_init (&rec);
      if (!parse_institution (load, obj, &rec, error))
        return FALSE;
      row = totuo_dataset_append_institution (load->ds, &rec);
      if (totuo_dataset_index_institution (load->ds, row) != TOTUO_NO_INDEX)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                       M_("institution id \"%s\" is repeated"), rec.id);
          return member_error (load, "id", error);
        }
    }
  return TRUE;
}

/* Refuses input nested deeper than TOTUO_MAX_JSON_DEPTH, skipping strings:
 * json-glib recurses once per nesting level, so deeper input could exhaust
 * the stack. A dataset needs three levels. */
static gboolean
check_depth (const gchar *data,
             gsize        len,
             const gchar *source,
             GError     **error)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gchar c = data[i];
      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > TOTUO_MAX_JSON_DEPTH)
            {
              guint line, column;
              totuo_locate_offset (data, i, &line, &column);
              g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
                           M_("%s:%u:%u: JSON nested deeper than %d levels"),
                           source, line, column, TOTUO_MAX_JSON_DEPTH);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* What json-glib accepts without a word, and a dataset must not: a key
 * given twice in one object (the last value would win, the first be
 * dropped), a second document after the first (ignored), and \u0000 in a
 * string (which would cut an id or a name short). Run before json-glib,
 * on text that may be malformed: it only follows strings and brackets, and
 * leaves every other mistake to json-glib's messages. The keys of each open object are remembered by their hash in a small
 * table, checked against the text itself on a match, so that no key is
 * copied. */
#define KEY_SLOTS 64

typedef struct {
  guint64 hash;
  gsize start, len;          /* the key's bytes, quotes excluded */
  guint object;              /* the object the slot was filled for */
} KeySlot;

static gboolean
structure_error (GError     **error,
                 const gchar *data,
                 gsize        at,
                 const gchar *source,
                 const gchar *what)
{
  guint line, column;
  totuo_locate_offset (data, at, &line, &column);
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, "%s:%u:%u: %s", source, line, column,
               what);
  return FALSE;
}

static gboolean
check_structure (const gchar *data,
                 gsize        len,
                 const gchar *source,
                 GError     **error)
{
  g_autofree KeySlot *slots = g_new0 (KeySlot, (gsize) (TOTUO_MAX_JSON_DEPTH + 1) * KEY_SLOTS);
  guint object_of[TOTUO_MAX_JSON_DEPTH + 1] = { 0 }, n_keys[TOTUO_MAX_JSON_DEPTH + 1] = { 0 };
  gboolean is_object[TOTUO_MAX_JSON_DEPTH + 1] = { FALSE };
  gboolean expect_key[TOTUO_MAX_JSON_DEPTH + 1] = { FALSE };
  guint depth = 0, objects = 0;
  gboolean started = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gchar c = data[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        continue;
      if (depth == 0 && started)
        return structure_error (error, data, i, source,
                                "text after the end of the JSON document (a second document?)");
      if (c == '"')
        {
          gsize start = ++i;
          guint64 hash = 14695981039346656037u;
          for (; i < len && data[i] != '"'; i++)
            {
              if (data[i] == '\\')
                {
                  if (i + 5 < len && memcmp (data + i + 1, "u0000", 5) == 0)
                    return structure_error (error, data, i, source,
                                            "\\u0000 (a NUL character) in a string: no id, "
                                            "code or name may hold one");
                  hash = (hash ^ (guchar) data[i]) * 1099511628211u;
                  if (++i == len)
                    break;
                }
              hash = (hash ^ (guchar) data[i]) * 1099511628211u;
            }
          if (depth > 0 && is_object[depth] && expect_key[depth])
            {
              gsize klen = i - start;
              KeySlot *table = slots + (gsize) depth * KEY_SLOTS;
              expect_key[depth] = FALSE;
              if (++n_keys[depth] > KEY_SLOTS / 2)
                continue;      /* a dataset's objects have at most 17 keys */
              for (guint s = (guint) (hash % KEY_SLOTS);; s = (s + 1) % KEY_SLOTS)
                {
                  KeySlot *slot = &table[s];
                  if (slot->object != object_of[depth])
                    {
                      slot->object = object_of[depth];
                      slot->hash = hash;
                      slot->start = start;
                      slot->len = klen;
                      break;
                    }
                  if (slot->hash == hash && slot->len == klen &&
                      memcmp (data + slot->start, data + start, klen) == 0)
                    {
                      g_autofree gchar *key = g_strndup (data + start, MIN (klen, 64));
                      g_autofree gchar *what =
                          g_strdup_printf ("the key \"%s\" is repeated in one object "
                                           "(the first value would be lost)", key);
                      return structure_error (error, data, start - 1, source, what);
                    }
                }
            }
          continue;
        }
      if (c == '{' || c == '[')
        {
          started = TRUE;
          if (depth >= TOTUO_MAX_JSON_DEPTH)
            return TRUE;       /* check_depth() has refused it already */
          depth++;
          is_object[depth] = c == '{';
          expect_key[depth] = c == '{';
          object_of[depth] = ++objects;
          n_keys[depth] = 0;
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
      else if (c == ',' && depth > 0 && is_object[depth])
        expect_key[depth] = TRUE;
      else
        started = TRUE;
    }
  return TRUE;
}

static gboolean
check_header (JsonObject  *root,
              const gchar *source,
              GError     **error)
{
  JsonNode *format = get_member (root, "format");
  JsonNode *version = get_member (root, "version");

  if (format != NULL && (json_node_get_value_type (format) != G_TYPE_STRING ||
                         g_strcmp0 (json_node_get_string (format), "totuo-dataset") != 0))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE,
                   M_("%s: \"format\" must be \"totuo-dataset\""), source);
      return FALSE;
    }
  if (version != NULL && (json_node_get_value_type (version) != G_TYPE_INT64 ||
                          json_node_get_int (version) != 1))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE,
                   M_("%s: \"version\" must be 1"), source);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_root (TotuoDataset *ds,
           JsonNode     *node,
           const gchar  *source,
           GError      **error)
{
  JsonLoad load = { ds, source, NULL, 0 };
  TotuoDatasetMark mark;
  JsonObject *root;
  JsonArray *regions, *institutions;
  GError *local = NULL;
  gboolean ok;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
                   M_("%s: the top level must be an object"), source);
      return FALSE;
    }
  root = json_node_get_object (node);
  if (!check_header (root, source, error))
    return FALSE;
  regions = get_table (root, "regions", source, &local);
  if (local == NULL)
    institutions = get_table (root, "institutions", source, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  totuo_dataset_mark (ds, &mark);
  ok = load_regions (&load, regions, &mark, error) &&
       load_institutions (&load, institutions, error);
  if (ok)
    totuo_dataset_commit_load (ds);
  else
    totuo_dataset_rollback (ds, &mark);
  return ok;
}

JsonParser *
totuo_json_parse (const gchar *data,
                  gsize        len,
                  const gchar *source,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;

  if (!totuo_check_input (data, len, source, error))
    return NULL;
  /* Before json-glib sees the text: its parser leaks the value a repeated
   * key replaces. */
  if (!check_depth (data, len, source, error) || !check_structure (data, len, source, error))
    return NULL;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &local))
    {
      /* json-glib's message starts with "<data>:line:column: ", and may
       * quote the bytes a surrogate escape decoded to, which are not UTF-8. */
      g_autofree gchar *valid = g_utf8_make_valid (local->message, -1);
      const gchar *msg = valid;
      if (g_str_has_prefix (msg, "<data>"))
        msg += strlen ("<data>");
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX, "%s%s%s", source,
                   *msg == ':' ? "" : ": ", msg);
      return NULL;
    }
  return g_steal_pointer (&parser);
}

gboolean
totuo_dataset_load_json_data (TotuoDataset *dataset,
                              const gchar  *data,
                              gssize        length,
                              const gchar  *source_name,
                              GError      **error)
{
  g_autoptr(JsonParser) parser = NULL;
  const gchar *source = source_name != NULL ? source_name : "<data>";
  gsize len;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (data == NULL)
    data = "";
  len = length < 0 ? strlen (data) : (gsize) length;
  if ((parser = totuo_json_parse (data, len, source, error)) == NULL)
    return FALSE;
  return load_root (dataset, json_parser_get_root (parser), source, error);
}

gboolean
totuo_dataset_load_json (TotuoDataset *dataset,
                         const gchar  *path,
                         GError      **error)
{
  g_autofree gchar *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  contents = totuo_read_file (path, &len, error);
  if (contents == NULL)
    return FALSE;
  return totuo_dataset_load_json_data (dataset, contents, (gssize) len, path, error);
}

/* ---- writing ---------------------------------------------------------------- */

/* A flag as JSON says it: true, false, or null for "not known". */
static void
append_flag (GString *out,
             guint8   flag)
{
  g_string_append (out, flag == TOTUO_FLAG_YES ? "true"
                        : flag == TOTUO_FLAG_NO ? "false" : "null");
}

static void
append_key (GString     *out,
            const gchar *key)
{
  g_string_append (out, ", \"");
  g_string_append (out, key);
  g_string_append (out, "\": ");
}

static void
append_count (GString     *out,
              const gchar *key,
              gint64       value)
{
  append_key (out, key);
  if (value == TOTUO_UNKNOWN)
    g_string_append (out, "null");
  else
    totuo_append_unsigned (out, (guint64) value);
}

static void
append_number (GString     *out,
               const gchar *key,
               gdouble      value,
               gboolean     known)
{
  append_key (out, key);
  if (known)
    totuo_append_double (out, value);
  else
    g_string_append (out, "null");
}

static void
append_region (GString      *out,
               TotuoDataset *ds,
               guint32       r)
{
  const TotuoRegionRec *rec = &ds->regions[r];

  g_string_append (out, "    {\"code\": ");
  totuo_append_json_string (out, rec->code);
  append_key (out, "name");
  totuo_append_json_string (out, rec->name);
  append_key (out, "level");
  totuo_append_json_string (out, totuo_region_level_to_string (rec->level));
  append_key (out, "parent");
  if (rec->parent == TOTUO_NO_INDEX)
    g_string_append (out, "null");
  else
    totuo_append_json_string (out, ds->regions[rec->parent].code);
  append_count (out, "population", rec->population);
  append_count (out, "under3", rec->under3);
  append_count (out, "kindergartens", rec->kindergartens);
  append_number (out, "lat", rec->lat, !isnan (rec->lat));
  append_number (out, "lon", rec->lon, !isnan (rec->lon));
  g_string_append_c (out, '}');
}

static void
append_institution (GString      *out,
                    TotuoDataset *ds,
                    guint32       i)
{
  TotuoInstRec rec;

  totuo_dataset_get_institution_rec (ds, i, &rec);
  g_string_append (out, "    {\"id\": ");
  totuo_append_json_string (out, rec.id);
  append_key (out, "name");
  totuo_append_json_string (out, rec.name);
  append_key (out, "region");
  totuo_append_json_string (out, ds->regions[rec.region].code);
  append_key (out, "kind");
  totuo_append_json_string (out, totuo_kind_to_string (rec.kind));
  append_key (out, "ownership");
  totuo_append_json_string (out, totuo_ownership_to_string (rec.ownership));
  append_key (out, "inclusive");
  append_flag (out, rec.inclusive);
  append_count (out, "places", rec.places);
  append_count (out, "enrolled", rec.enrolled);
  append_key (out, "status");
  totuo_append_json_string (out, totuo_status_to_string (rec.status));
  append_key (out, "modes");
  g_string_append_c (out, '[');
  for (guint bit = 0; bit < TOTUO_N_MODES; bit++)
    if (rec.modes & (1u << bit))
      {
        if (rec.modes & ((1u << bit) - 1))
          g_string_append (out, ", ");
        totuo_append_json_string (out, totuo_mode_name (bit));
      }
  g_string_append_c (out, ']');
  append_number (out, "monthly_fee", rec.monthly_fee, rec.monthly_fee >= 0);
  append_count (out, "staff", rec.staff);
  append_count (out, "certified_staff", rec.certified_staff);
  append_key (out, "health_manager");
  append_flag (out, rec.health_manager);
  append_number (out, "lat", rec.lat, !isnan (rec.lat));
  append_number (out, "lon", rec.lon, !isnan (rec.lon));
  g_string_append_c (out, '}');
}

gchar *
totuo_dataset_to_json (TotuoDataset *dataset,
                       gsize        *out_length)
{
  GString *out;

  g_return_val_if_fail (dataset != NULL, NULL);
  out = g_string_sized_new (256 + 160 * (gsize) dataset->n_regions +
                            360 * (gsize) dataset->n_insts);
  g_string_append (out, "{\n  \"format\": \"totuo-dataset\",\n  \"version\": 1,\n"
                        "  \"regions\": [");
  for (guint32 r = 0; r < dataset->n_regions; r++)
    {
      g_string_append (out, r == 0 ? "\n" : ",\n");
      append_region (out, dataset, r);
    }
  g_string_append (out, dataset->n_regions > 0 ? "\n  ],\n  \"institutions\": ["
                                               : "],\n  \"institutions\": [");
  for (guint32 i = 0; i < dataset->n_insts; i++)
    {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      append_institution (out, dataset, i);
    }
  g_string_append (out, dataset->n_insts > 0 ? "\n  ]\n}\n" : "]\n}\n");
  if (out_length != NULL)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
totuo_dataset_save_json (TotuoDataset *dataset,
                         const gchar  *path,
                         GError      **error)
{
  g_autofree gchar *text = NULL;
  gsize len = 0;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  text = totuo_dataset_to_json (dataset, &len);
  return totuo_save_file (path, text, len, error);
}
