/* libtotuo - regions and institutions as CSV.
 *
 * A load reads the header, maps its cells to known columns, then turns
 * each record straight into a record of the dataset's storage. Nothing is
 * visible to the dataset's users until every row has been checked: on the
 * first error the dataset is rolled back to where it stood. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <totuo/csv.h>
#include <totuo/error.h>

#include "bigmem.h"
#include "csv-load.h"
#include "csv-reader.h"
#include "dataset-private.h"
#include "enums-private.h"
#include "file-io.h"
#include "schema.h"
#include "text.h"
#include "xlsx.h"             /* totuo_column_letters() */
#include "i18n.h"

/* ---- columns: lib/schema.c ------------------------------------------------ */

/* What a load knows while it runs. */
/* A registry spells the labels of a column (kind, status, yes/no) a
 * handful of ways, a million times over. Each label column remembers the
 * spellings it met and the values they stood for, in a small table where
 * a spelling's slot is a hash of its key (see label_key()): a label costs
 * a multiply and one compare instead of a walk through an alias table,
 * with no branch to mispredict on which label a row has. The alias table
 * still decides each new spelling, and every error; two spellings that
 * share a slot take turns in it. */
#define MEMO_SLOTS 64          /* a power of two */
#define MEMO_SHIFT 58          /* 64 - log2 (MEMO_SLOTS) */

typedef struct {
  guint64 key[2];
  guint32 len;                 /* 0: empty (no label is empty) */
  gint32 value;
} LabelMemoSlot;

typedef struct {
  LabelMemoSlot slots[MEMO_SLOTS];
} LabelMemo;

G_STATIC_ASSERT (MEMO_SLOTS == 1 << (64 - MEMO_SHIFT));

/* A region code read ahead of its record (see look_ahead()). */
typedef struct {
  const gchar *ptr;         /* NULL: none */
  gsize len;
  guint32 hash;
} RegionAhead;

typedef struct {
  TotuoDataset *ds;
  TotuoArena *arena;        /* where strings go: the dataset's, or a thread's */
  const TotuoStrIndex *regions;  /* the dataset's region index, or a thread's copy */
  TotuoCsvReader reader;
  const TotuoColumnSpec *specs;
  guint n_specs;
  gint field_of[TOTUO_N_INST_COLUMNS];   /* field number of each column, or -1 */
  guint n_header_fields;
  gchar *header_names[TOTUO_N_INST_COLUMNS]; /* as written in the file, for messages */
  gdouble scale[TOTUO_N_INST_COLUMNS];       /* what a unit in the header multiplies by */
  GPtrArray *warnings;      /* of gchar *: given to the dataset when the load commits */
  GHashTable *region_names; /* name -> row + 1 (0: none), for regions given by name */
  const guint *line_rows;   /* a sheet's row for each line of the text, or NULL */
  guint n_line_rows;
  gchar *ambiguous;         /* the message for a name several regions share */
  LabelMemo memo[TOTUO_N_INST_COLUMNS];  /* of the label columns (see LabelMemo) */
  gint unknown_label[TOTUO_N_INST_COLUMNS]; /* a label column's "not known", or -1 */
  RegionAhead region_now;   /* of the record being parsed */
  RegionAhead region_next;  /* of the record after it */
  GPtrArray *errors;        /* when checking: every error's message; else NULL */
  gboolean release;         /* the text is a file mapping of ours: see release_pages() */
  uintptr_t released;       /* pages below this address have been given back */
} CsvLoad;

/* The line of the current record as the user knows it: the text's line,
 * or for a sheet (see lib/xlsx.c) the row of the sheet. */
static inline guint
line_of (const CsvLoad *load)
{
  guint line = load->reader.record_line;
  if (G_UNLIKELY (load->line_rows != NULL) && line >= 1 && line <= load->n_line_rows)
    return load->line_rows[line - 1];
  return line;
}

/* The value a label column takes where it says nothing, or -1 for a
 * column that must say something (a region's level). */
static gint
unknown_label (const TotuoColumnSpec *specs,
               guint                  column)
{
  if (specs != totuo_inst_columns)
    return -1;
  switch (column)
    {
    case TOTUO_I_KIND: return TOTUO_KIND_UNKNOWN;
    case TOTUO_I_OWNERSHIP: return TOTUO_OWNERSHIP_UNKNOWN;
    case TOTUO_I_STATUS: return TOTUO_STATUS_UNKNOWN;
    case TOTUO_I_MODES: return TOTUO_MODE_NONE;
    case TOTUO_I_INCLUSIVE: case TOTUO_I_HEALTH_MANAGER: return TOTUO_FLAG_UNKNOWN;
    default: return -1;
    }
}

/* ---- memory ----------------------------------------------------------------- */

/* Text the reader has passed is never read again. When it is a private,
 * read-only mapping of a file, its pages are given back every few MiB, so
 * that a national file does not stay resident whole beside the dataset
 * made from it (the page cache keeps it; touching it again reads it back). */
#define RELEASE_STEP ((uintptr_t) 8 * 1024 * 1024)

static uintptr_t
page_size (void)
{
  return (uintptr_t) sysconf (_SC_PAGESIZE);
}

/* Gives back the whole pages between two addresses. */
static void
release_pages (uintptr_t from,
               uintptr_t to)
{
  uintptr_t page = page_size ();

  from = (from + page - 1) / page * page;
  to = to / page * page;
  if (to > from)
    madvise ((gpointer) from, to - from, MADV_DONTNEED);
}

/* Called between records: the text before the reader's position is done. */
static void
release_read_text (CsvLoad *load,
                   gboolean all)
{
  uintptr_t upto = (uintptr_t) (load->reader.data + load->reader.pos);

  if (!load->release || (!all && upto - load->released < RELEASE_STEP))
    return;
  release_pages (load->released, upto);
  load->released = upto / page_size () * page_size ();
}

/* Checks that text is UTF-8 and counts its line ends, a few MiB at a time,
 * giving back each piece's pages when @release. */
static gboolean
scan_text (const gchar *data,
           gsize        len,
           gboolean     release,
           gsize       *n_line_ends)
{
  gsize done = 0, bad, lines;

  *n_line_ends = 0;
  while (done < len)
    {
      /* Pieces end at a line end, so that no character is cut in two. */
      gsize n = MIN (RELEASE_STEP, len - done);
      const gchar *nl = memchr (data + done + n - 1, '\n', len - done - n + 1);
      n = nl != NULL ? (gsize) (nl - (data + done)) + 1 : len - done;
      if (!totuo_utf8_validate_lines (data + done, n, &bad, &lines))
        return FALSE;
      *n_line_ends += lines;
      if (release)
        release_pages ((uintptr_t) (data + done), (uintptr_t) (data + done + n));
      done += n;
    }
  return TRUE;
}

/* The most errors a check lists before it gives up on a file. */
#define MAX_CHECK_ERRORS 1000

/* When checking, notes the error and says to go on with the next row. */
static gboolean
keep_going (CsvLoad *load,
            GError **error)
{
  if (load->errors == NULL || load->errors->len >= MAX_CHECK_ERRORS || *error == NULL)
    return FALSE;
  g_ptr_array_add (load->errors, g_strdup ((*error)->message));
  g_clear_error (error);
  if (load->errors->len == MAX_CHECK_ERRORS)
    {
      /* Say so: a list that ends without a word reads as the whole truth. */
      g_ptr_array_add (load->errors,
                       g_strdup_printf ("%s: stopped after %d errors; rows after line %u "
                                        "were not checked", load->reader.source,
                                        MAX_CHECK_ERRORS, line_of (load)));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_header (CsvLoad *load,
             GError **error)
{
  TotuoCsvReader *rd = &load->reader;
  gint got = totuo_csv_reader_next (rd, error);

  if (got < 0)
    return FALSE;
  if (got == 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN,
                   M_("%s: no header row: the file is empty"), rd->source);
      return FALSE;
    }
  for (guint c = 0; c < load->n_specs; c++)
    {
      load->field_of[c] = -1;
      load->scale[c] = 1;
      load->unknown_label[c] = unknown_label (load->specs, c);
    }
  load->n_header_fields = rd->n_fields;
  for (guint f = 0; f < rd->n_fields; f++)
    {
      gsize len = rd->fields[f].len;
      const gchar *name = totuo_trim (rd->fields[f].ptr, &len);
      gdouble scale = 1;
      gint c = totuo_schema_find (load->specs, load->n_specs, load->ds->mapping, name, len,
                                  rd->source,
                                  line_of (load), &scale, error);

      if (c == -2)
        return FALSE;
      if (c < 0)
        {
          /* Never dropped without a word: a renamed column would otherwise
           * leave its field at "unknown" and the figures wrong. */
          if (load->warnings == NULL)
            load->warnings = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (load->warnings,
                           totuo_schema_unused_warning (load->specs, load->n_specs, name, len,
                                                        rd->source, line_of (load)));
          continue;
        }
      if (load->field_of[c] >= 0)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_COLUMN,
                       M_("%s:%u: column '%s' appears twice (fields %d and %u)"),
                       rd->source, line_of (load), load->specs[c].id,
                       load->field_of[c] + 1, f + 1);
          return FALSE;
        }
      load->field_of[c] = (gint) f;
      load->scale[c] = scale;
      load->header_names[c] = g_strndup (name, len);
    }
  if (load->specs == totuo_inst_columns && load->field_of[TOTUO_I_ID] < 0 &&
      load->field_of[TOTUO_I_NAME] >= 0)
    {
      /* Many registries have no id column: the names are the ids then,
       * which the duplicate check keeps unique, and the user is told. */
      load->field_of[TOTUO_I_ID] = load->field_of[TOTUO_I_NAME];
      load->header_names[TOTUO_I_ID] = g_strdup (load->header_names[TOTUO_I_NAME]);
      if (load->warnings == NULL)
        load->warnings = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (load->warnings,
                       g_strdup_printf (M_("%s:%u: no id column: each institution's name "
                                        "(column '%s') is its id"), rd->source, line_of (load),
                                        load->header_names[TOTUO_I_NAME]));
    }
  for (guint c = 0; c < load->n_specs; c++)
    if (load->specs[c].required && load->field_of[c] < 0)
      {
        g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_COLUMN,
                     M_("%s:%u: required column '%s' is missing from the header"),
                     rd->source, line_of (load), load->specs[c].id);
        return FALSE;
      }
  return TRUE;
}

/* A cell's value. Spaces around an unquoted value are dropped (a
 * spreadsheet pads them); a quoted value is taken as it stands, as is one
 * the reader saw no space near (see TotuoCsvField). */
static inline const gchar *
cell_value (const TotuoCsvField *cell,
            gsize               *len)
{
  *len = cell->len;
  return cell->as_is ? cell->ptr : totuo_trim (cell->ptr, len);
}

/* The value of a column in the current record; "" when the column is
 * absent from the file. Inline: it runs for every value of every row. */
static inline const gchar *
field (CsvLoad *load,
       guint    column,
       gsize   *len)
{
  gint f = load->field_of[column];

  if (f < 0)
    {
      *len = 0;
      return "";
    }
  return cell_value (&load->reader.fields[f], len);
}

/* Adds "file:line: column 'x': " in front of an error about one field. */
static gboolean
field_error (CsvLoad *load,
             guint    column,
             GError **error)
{
  const gchar *name = load->header_names[column] != NULL
    ? load->header_names[column] : load->specs[column].id;

  if (load->line_rows != NULL && load->field_of[column] >= 0)
    {
      /* A sheet's cell, as Excel names it: C7. */
      gchar letters[8];
      totuo_column_letters ((guint) load->field_of[column], letters);
      g_prefix_error (error, M_("%s:%u: column '%s' (%s%u): "), load->reader.source,
                      line_of (load), name, letters, line_of (load));
      return FALSE;
    }
  g_prefix_error (error, M_("%s:%u: column '%s': "), load->reader.source,
                  line_of (load), name);
  return FALSE;
}

static gboolean
missing_value (CsvLoad *load,
               guint    column,
               GError **error)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE, M_("a value is required"));
  return field_error (load, column, error);
}

/* Inline for the usual count, four of a row; the rest is not. */
static inline gboolean
get_count (CsvLoad *load,
           guint    column,
           gint64   max,
           gint64  *out,
           GError **error)
{
  gsize len;
  const gchar *s = field (load, column, &len);

  if (len == 0)
    {
      *out = TOTUO_UNKNOWN;
      return TRUE;
    }
  if (totuo_parse_short_count (s, len, out) && *out <= max)
    return TRUE;
  if (!totuo_parse_count (s, len, max, out, error))
    {
      /* "1,514", "120个", "—" ...: as offices write numbers. */
      if (totuo_schema_parse_count (s, len, max, out))
        {
          g_clear_error (error);
          return TRUE;
        }
      return field_error (load, column, error);
    }
  return TRUE;
}

/* A region's count, in a column whose header may carry a unit that
 * scales it: 常住人口（万人） holds 128.4182 for 1,284,182 residents. The
 * product is rounded to a whole count. */
static gboolean
get_scaled_count (CsvLoad *load,
                  guint    column,
                  gint64  *out,
                  GError **error)
{
  gsize len;
  const gchar *s;
  gdouble value, scaled;

  if (load->scale[column] == 1)
    return get_count (load, column, TOTUO_MAX_REGION_COUNT, out, error);
  s = field (load, column, &len);
  if (len == 0)
    {
      *out = TOTUO_UNKNOWN;
      return TRUE;
    }
  if (!totuo_parse_double (s, len, &value, error))
    return field_error (load, column, error);
  scaled = value * load->scale[column];
  if (value < 0 || scaled > (gdouble) TOTUO_MAX_REGION_COUNT)
    {
      g_autofree gchar *q = totuo_quote_value (s, len);
      g_set_error (error, TOTUO_ERROR, value < 0 ? TOTUO_ERROR_NEGATIVE : TOTUO_ERROR_OUT_OF_RANGE,
                   M_("%s × %g is not a count from 0 to %lld"), q,
                   load->scale[column], (long long) TOTUO_MAX_REGION_COUNT);
      return field_error (load, column, error);
    }
  *out = (gint64) (scaled + 0.5);
  return TRUE;
}

/* Up to 16 bytes of a label as two words which, with its length, tell
 * any two labels apart: the first and last 8 (or 4) bytes, which overlap
 * in a short one, or each byte of one shorter than 4. Reads no byte
 * outside the label. FALSE for a longer one. */
static inline gboolean
label_key (const gchar *s,
           gsize        len,
           guint64      key[2])
{
  guint32 head, tail;

  if (len >= 8 && len <= 16)
    {
      memcpy (&key[0], s, 8);
      memcpy (&key[1], s + len - 8, 8);
    }
  else if (len >= 4 && len < 8)
    {
      memcpy (&head, s, 4);
      memcpy (&tail, s + len - 4, 4);
      key[0] = head;
      key[1] = tail;
    }
  else if (len > 0 && len < 4)
    {
      key[0] = (guint64) (guchar) s[0] | (guint64) (guchar) s[len / 2] << 8 |
               (guint64) (guchar) s[len - 1] << 16;
      key[1] = 0;
    }
  else
    return FALSE;
  return TRUE;
}

static inline guint
memo_slot (const guint64 key[2],
           gsize         len)
{
  const guint64 golden = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  return (guint) (((key[0] ^ (key[1] * golden) ^ len) * golden) >> MEMO_SHIFT);
}

static inline gboolean
memo_find (const LabelMemo *memo,
           const guint64    key[2],
           gsize            len,
           gint            *out)
{
  const LabelMemoSlot *slot = &memo->slots[memo_slot (key, len)];

  if (slot->len != len || slot->key[0] != key[0] || slot->key[1] != key[1])
    return FALSE;
  *out = slot->value;
  return TRUE;
}

static void
memo_add (LabelMemo     *memo,
          const guint64  key[2],
          gsize          len,
          gint           value)
{
  LabelMemoSlot *slot = &memo->slots[memo_slot (key, len)];

  slot->key[0] = key[0];
  slot->key[1] = key[1];
  slot->len = (guint32) len;   /* at most 16: see label_key() */
  slot->value = value;
}

/* A label the column's memo has: inline, for the six labels of a row. */
static inline gboolean
remembered_label (const CsvLoad *load,
                  guint          column,
                  const gchar   *s,
                  gsize          len,
                  gint          *out)
{
  guint64 key[2];

  return label_key (s, len, key) && memo_find (&load->memo[column], key, len, out);
}

/* A label the memo does not have: parsed, and remembered. */
static gboolean
get_label (CsvLoad        *load,
           guint           column,
           TotuoEnumParser parse,
           const gchar    *s,
           gsize           len,
           gint           *out)
{
  guint64 key[2];

  if (!parse (s, len, out))
    {
      /* A word only an office's mapping file knows, or a mark for "not
       * known" (—, 不详, N/A ...) where the column may be unknown. */
      const gchar *id = totuo_mapping_value (load->ds->mapping, load->specs[column].id, s, len);
      if (id != NULL && parse (id, strlen (id), out))
        ;
      else if (load->unknown_label[column] >= 0 && totuo_schema_is_unknown_marker (s, len))
        *out = load->unknown_label[column];
      else
        return FALSE;
    }
  if (label_key (s, len, key))
    memo_add (&load->memo[column], key, len, *out);
  return TRUE;
}

static gboolean
get_new_enum (CsvLoad        *load,
              guint           column,
              TotuoEnumParser parse,
              const gchar    *s,
              gsize           len,
              gint           *out,
              GError        **error)
{
  if (!get_label (load, column, parse, s, len, out))
    {
      g_autofree gchar *q = totuo_quote_value (s, len);
      g_autofree gchar *words = totuo_enum_accepted_words (load->specs[column].id);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE,
                   M_("unknown %s %s (write one of: %s; or another name from docs/formats.md)"),
                   load->specs[column].id, q, words != NULL ? words : "?");
      return field_error (load, column, error);
    }
  return TRUE;
}

static inline gboolean
get_enum (CsvLoad        *load,
          guint           column,
          TotuoEnumParser parse,
          gint           *out,
          GError        **error)
{
  gsize len;
  const gchar *s = field (load, column, &len);

  if (len == 0)
    {
      /* No word is no answer: the column's unknown, never a default. */
      if (load->unknown_label[column] >= 0)
        *out = load->unknown_label[column];
      return TRUE;
    }
  return remembered_label (load, column, s, len, out) ||
         get_new_enum (load, column, parse, s, len, out, error);
}

static gboolean
get_new_flag (CsvLoad     *load,
              guint        column,
              const gchar *s,
              gsize        len,
              gint        *value,
              GError     **error)
{
  if (!get_label (load, column, totuo_flag_parse, s, len, value))
    {
      g_autofree gchar *q = totuo_quote_value (s, len);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_VALUE,
                   M_("%s is not a yes/no value (是/否, 有/无, √/×, Y/N, true/false, 1/0, "
                   "普惠/非普惠)"), q);
      return field_error (load, column, error);
    }
  return TRUE;
}

static inline gboolean
get_flag (CsvLoad  *load,
          guint     column,
          gint     *out,
          GError  **error)
{
  gsize len;
  const gchar *s = field (load, column, &len);

  if (len == 0)
    {
      *out = TOTUO_FLAG_UNKNOWN;
      return TRUE;
    }
  return remembered_label (load, column, s, len, out) ||
         get_new_flag (load, column, s, len, out, error);
}

static gboolean
get_location (CsvLoad *load,
              guint    lat_column,
              guint    lon_column,
              gdouble *lat,
              gdouble *lon,
              GError **error)
{
  gsize lat_len, lon_len;
  const gchar *lat_s = field (load, lat_column, &lat_len);
  const gchar *lon_s = field (load, lon_column, &lon_len);

  if (lat_len == 0 && lon_len == 0)
    return TRUE;
  /* The usual place, read in place; anything else is read and judged
   * below, as if this had not been tried. */
  if (totuo_parse_plain_decimal (lat_s, lat_len, lat) &&
      totuo_parse_plain_decimal (lon_s, lon_len, lon) &&
      *lat >= -90.0 && *lat <= 90.0 && *lon >= -180.0 && *lon <= 180.0)
    return TRUE;
  if (lat_len == 0)
    return missing_value (load, lat_column, error);
  if (lon_len == 0)
    return missing_value (load, lon_column, error);
  if (!totuo_parse_double (lat_s, lat_len, lat, error))
    return field_error (load, lat_column, error);
  if (!totuo_parse_double (lon_s, lon_len, lon, error))
    return field_error (load, lon_column, error);
  if (!totuo_check_location (*lat, *lon, error))
    {
      g_prefix_error (error, "%s:%u: ", load->reader.source, line_of (load));
      return FALSE;
    }
  return TRUE;
}

/* The monthly fee, left as it is (unknown) when the cell is empty. */
static gboolean
get_fee (CsvLoad *load,
         gdouble *fee,
         GError **error)
{
  gsize len;
  const gchar *s = field (load, TOTUO_I_FEE, &len);

  if (len == 0 || (totuo_parse_plain_decimal (s, len, fee) && *fee >= 0))
    return TRUE;
  if (!totuo_parse_double (s, len, fee, error))
    {
      /* "1800元/月", "1,800", "—" (unknown: -1 is the record's unknown). */
      if (!totuo_schema_parse_amount (s, len, fee))
        return field_error (load, TOTUO_I_FEE, error);
      g_clear_error (error);
    }
  else if (*fee < 0)
    {
      g_autofree gchar *q = totuo_quote_value (s, len);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NEGATIVE, M_("negative fee %s"), q);
      return field_error (load, TOTUO_I_FEE, error);
    }
  return TRUE;
}

/* Checking a file, a row that failed at one cell is read again cell by
 * cell, so that every bad cell of it is listed, not only the first: one
 * round of corrections instead of one per cell. @reported is the message
 * already listed. FALSE when the list is full (see keep_going()). */
static gboolean
check_other_cells (CsvLoad     *load,
                   const gchar *reported)
{
  gboolean institutions = load->specs == totuo_inst_columns;

  for (guint c = 0; c < load->n_specs; c++)
    {
      GError *e = NULL;
      gint label = 0;
      gint64 count;
      gdouble a, b;

      if (load->field_of[c] < 0)
        continue;
      if (!institutions)
        switch (c)
          {
          case TOTUO_R_LEVEL:
            get_enum (load, c, totuo_region_level_parse, &label, &e);
            break;
          case TOTUO_R_POPULATION: case TOTUO_R_UNDER3: case TOTUO_R_KINDERGARTENS:
            get_scaled_count (load, c, &count, &e);
            break;
          case TOTUO_R_LAT:
            get_location (load, TOTUO_R_LAT, TOTUO_R_LON, &a, &b, &e);
            break;
          default:
            break;
          }
      else
        switch (c)
          {
          case TOTUO_I_KIND:
            get_enum (load, c, totuo_kind_parse, &label, &e);
            break;
          case TOTUO_I_OWNERSHIP:
            get_enum (load, c, totuo_ownership_parse, &label, &e);
            break;
          case TOTUO_I_STATUS:
            get_enum (load, c, totuo_status_parse, &label, &e);
            break;
          case TOTUO_I_MODES:
            get_enum (load, c, totuo_modes_parse, &label, &e);
            break;
          case TOTUO_I_INCLUSIVE: case TOTUO_I_HEALTH_MANAGER:
            get_flag (load, c, &label, &e);
            break;
          case TOTUO_I_PLACES: case TOTUO_I_ENROLLED: case TOTUO_I_STAFF: case TOTUO_I_CERTIFIED:
            get_count (load, c, TOTUO_MAX_INSTITUTION_COUNT, &count, &e);
            break;
          case TOTUO_I_FEE:
            get_fee (load, &a, &e);
            break;
          case TOTUO_I_LAT:
            get_location (load, TOTUO_I_LAT, TOTUO_I_LON, &a, &b, &e);
            break;
          default:
            break;
          }
      if (e != NULL && g_strcmp0 (e->message, reported) != 0 && !keep_going (load, &e))
        {
          g_clear_error (&e);
          return FALSE;
        }
      g_clear_error (&e);
    }
  return TRUE;
}

static gboolean
check_field_count (CsvLoad *load,
                   GError **error)
{
  if (load->reader.n_fields == load->n_header_fields)
    return TRUE;
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_SYNTAX,
               M_("%s:%u: %u fields where the header has %u"),
               load->reader.source, line_of (load),
               load->reader.n_fields, load->n_header_fields);
  return FALSE;
}

/* ---- regions ------------------------------------------------------------- */

static gboolean
parse_region (CsvLoad         *load,
              TotuoRegionRec  *rec,
              GStringChunk    *parents,
              const gchar    **out_parent,
              GError         **error)
{
  gsize len;
  const gchar *s;
  gint level = TOTUO_REGION_LEVEL_PROVINCE;

  s = field (load, TOTUO_R_CODE, &len);
  if (len == 0)
    return missing_value (load, TOTUO_R_CODE, error);
  rec->code = totuo_arena_strndup (load->arena, s, len);
  s = field (load, TOTUO_R_NAME, &len);
  rec->name = totuo_arena_strndup (load->arena, s, len);
  s = field (load, TOTUO_R_LEVEL, &len);
  if (len == 0)
    return missing_value (load, TOTUO_R_LEVEL, error);
  if (!get_enum (load, TOTUO_R_LEVEL, totuo_region_level_parse, &level, error))
    return FALSE;
  rec->level = (guint8) level;
  s = field (load, TOTUO_R_PARENT, &len);
  *out_parent = len > 0 ? g_string_chunk_insert_len (parents, s, (gssize) len) : NULL;
  return get_scaled_count (load, TOTUO_R_POPULATION, &rec->population, error) &&
         get_scaled_count (load, TOTUO_R_UNDER3, &rec->under3, error) &&
         get_scaled_count (load, TOTUO_R_KINDERGARTENS, &rec->kindergartens, error) &&
         get_location (load, TOTUO_R_LAT, TOTUO_R_LON, &rec->lat, &rec->lon, error);
}

static gboolean
duplicate_error (CsvLoad      *load,
                 const gchar  *what,
                 const gchar  *id,
                 guint32       existing,
                 guint32       first_new,
                 const guint  *lines,
                 GError      **error)
{
  if (existing >= first_new && lines != NULL)
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                 M_("%s:%u: %s \"%s\" is repeated (first at line %u)"),
                 load->reader.source, line_of (load), what, id,
                 lines[existing - first_new]);
  else
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                 M_("%s:%u: %s \"%s\" is already in the dataset"),
                 load->reader.source, line_of (load), what, id);
  return FALSE;
}

static gboolean
load_regions (CsvLoad                *load,
              const TotuoDatasetMark *mark,
              GError                **error)
{
  g_autoptr(GStringChunk) parents = g_string_chunk_new (4096);
  g_autoptr(GPtrArray) parent_codes = g_ptr_array_new ();
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint32 bad_row = 0;
  gint got;

  while ((got = totuo_csv_reader_next (&load->reader, error)) > 0)
    {
      TotuoRegionRec *rec;
      const gchar *parent = NULL, *code;
      guint32 row, existing, hash;
      gsize code_len;

      if (!check_field_count (load, error))
        {
          if (keep_going (load, error))
            continue;
          return FALSE;
        }
      if (load->ds->n_regions >= G_MAXINT32)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT, M_("%s:%u: too many regions"),
                       load->reader.source, line_of (load));
          return FALSE;
        }
      /* The code's slot in the index is most likely not in the cache: ask
       * for it now, and parse the rest of the row while it comes. */
      code = field (load, TOTUO_R_CODE, &code_len);
      hash = totuo_strindex_hash (code, code_len);
      totuo_strindex_prefetch (&load->ds->region_index, hash);
      row = load->ds->n_regions;
      rec = totuo_dataset_append_region (load->ds);
      if (!parse_region (load, rec, parents, &parent, error))
        {
          g_autofree gchar *reported = load->errors != NULL ? g_strdup ((*error)->message) : NULL;
          load->ds->n_regions = row;   /* drop the row */
          if (keep_going (load, error))
            {
              if (!check_other_cells (load, reported))
                return FALSE;
              continue;
            }
          return FALSE;
        }
      if ((existing = totuo_dataset_index_region_hashed (load->ds, row, hash)) != TOTUO_NO_INDEX &&
          !duplicate_error (load, M_("region code"), rec->code, existing, mark->n_regions,
                            (const guint *) lines->data, error))
        {
          load->ds->n_regions = row;   /* drop the row */
          if (keep_going (load, error))
            continue;
          return FALSE;
        }
      g_ptr_array_add (parent_codes, (gpointer) parent);
      {
        guint line = line_of (load);
        g_array_append_val (lines, line);
      }
    }
  if (got < 0)
    return FALSE;
  while (!totuo_dataset_link_regions (load->ds, mark, (const gchar *const *) parent_codes->pdata,
                                      &bad_row, error))
    {
      g_prefix_error (error, "%s:%u: ", load->reader.source,
                      g_array_index (lines, guint, bad_row));
      if (!keep_going (load, error))
        return FALSE;
      /* Checking: detach the region at fault and look for the next error. */
      parent_codes->pdata[bad_row] = NULL;
      for (guint32 r = mark->n_regions; r < load->ds->n_regions; r++)
        load->ds->regions[r].parent = TOTUO_NO_INDEX;
    }
  return TRUE;
}

/* ---- institutions --------------------------------------------------------- */

/* The first values of an institution after its id, name and region:
 * the labels (kind, ownership, status, modes, yes/no). */
static gboolean
parse_labels (CsvLoad      *load,
              TotuoInstRec *rec,
              GError      **error)
{
  gsize len;
  gint kind = TOTUO_KIND_UNKNOWN;
  gint ownership = TOTUO_OWNERSHIP_UNKNOWN;
  gint status = TOTUO_STATUS_UNKNOWN;
  gint modes = TOTUO_MODE_NONE;
  gint inclusive = TOTUO_FLAG_UNKNOWN, health_manager = TOTUO_FLAG_UNKNOWN;

  /* A missing place count is told before any other value's error, as it
   * was when one function read every value. */
  field (load, TOTUO_I_PLACES, &len);
  if (len == 0)
    return missing_value (load, TOTUO_I_PLACES, error);
  if (!get_enum (load, TOTUO_I_KIND, totuo_kind_parse, &kind, error) ||
      !get_enum (load, TOTUO_I_OWNERSHIP, totuo_ownership_parse, &ownership, error) ||
      !get_enum (load, TOTUO_I_STATUS, totuo_status_parse, &status, error) ||
      !get_enum (load, TOTUO_I_MODES, totuo_modes_parse, &modes, error) ||
      !get_flag (load, TOTUO_I_INCLUSIVE, &inclusive, error) ||
      !get_flag (load, TOTUO_I_HEALTH_MANAGER, &health_manager, error))
    return FALSE;
  rec->kind = (guint8) kind;
  rec->ownership = (guint8) ownership;
  rec->status = (guint8) status;
  rec->modes = (guint8) modes;
  rec->inclusive = (guint8) inclusive;
  rec->health_manager = (guint8) health_manager;
  return TRUE;
}

/* The rest: counts, location and fee, then the checks across values. */
static gboolean
parse_numbers (CsvLoad      *load,
               TotuoInstRec *rec,
               GError      **error)
{
  gint64 places, enrolled, staff, certified;

  if (!get_count (load, TOTUO_I_PLACES, TOTUO_MAX_INSTITUTION_COUNT, &places, error) ||
      !get_count (load, TOTUO_I_ENROLLED, TOTUO_MAX_INSTITUTION_COUNT, &enrolled, error) ||
      !get_count (load, TOTUO_I_STAFF, TOTUO_MAX_INSTITUTION_COUNT, &staff, error) ||
      !get_count (load, TOTUO_I_CERTIFIED, TOTUO_MAX_INSTITUTION_COUNT, &certified, error) ||
      !get_location (load, TOTUO_I_LAT, TOTUO_I_LON, &rec->lat, &rec->lon, error))
    return FALSE;
  if (places < 0)
    return missing_value (load, TOTUO_I_PLACES, error);   /* "—": not known, and required */
  if (!get_fee (load, &rec->monthly_fee, error))
    return FALSE;
  rec->places = (gint32) places;
  rec->enrolled = (gint32) enrolled;
  rec->staff = (gint32) staff;
  rec->certified_staff = (gint32) certified;
  if (!totuo_inst_rec_check (rec, error))
    {
      g_prefix_error (error, "%s:%u: ", load->reader.source, line_of (load));
      return FALSE;
    }
  return TRUE;
}

/* A row's region is looked up in an index too big for the cache, and
 * the code its slot points to is elsewhere again: two trips to memory in
 * a row. So the next record's code is read ahead while this one is
 * parsed, its slot asked for at once and its code once the row is done,
 * and both have come by the time the record is parsed. Only a hint: a
 * record whose code could not be read ahead is looked up all the same. */
static void
look_ahead (CsvLoad *load)
{
  RegionAhead *next = &load->region_next;
  gint f = load->field_of[TOTUO_I_REGION];
  const TotuoCsvField *cell;

  load->region_now = *next;
  next->ptr = NULL;
  if (f < 0 || (cell = totuo_csv_reader_peek_field (&load->reader, (guint) f)) == NULL)
    return;
  next->ptr = cell_value (cell, &next->len);
  next->hash = totuo_strindex_hash (next->ptr, next->len);
  totuo_strindex_prefetch (load->regions, next->hash);
}

/* Called once the current row is done: the next one's slot has come. */
static inline void
look_ahead_at_code (CsvLoad *load)
{
  if (load->region_next.ptr != NULL)
    totuo_strindex_prefetch_key (load->regions, load->region_next.hash);
}

/* The region hash of the current record: read ahead, or made now. */
static guint32
region_hash (CsvLoad     *load,
             const gchar *region,
             gsize        len)
{
  const RegionAhead *now = &load->region_now;

  if (now->ptr == region && now->len == len)
    return now->hash;
  return totuo_strindex_hash (region, len);
}

/* The row of the region a name names, each name resolved once a load; on
 * a name several regions share, load->ambiguous says which. */
static guint32
region_by_name (CsvLoad     *load,
                const gchar *name,
                gsize        len)
{
  g_autoptr(GError) error = NULL;
  gchar *key = g_strndup (name, len);
  gboolean shared = FALSE;
  gpointer found;
  guint32 row;

  if (load->region_names == NULL)
    load->region_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Cached: row + 1, 0 for no region; an ambiguous name is looked up
   * again, to say which regions share it (an error, so rare). */
  if (g_hash_table_lookup_extended (load->region_names, key, NULL, &found) &&
      GPOINTER_TO_UINT (found) != G_MAXUINT)
    {
      g_free (key);
      row = GPOINTER_TO_UINT (found);
      return row == 0 ? TOTUO_NO_INDEX : row - 1;
    }
  row = totuo_dataset_resolve_region_row_full (load->ds, name, len, &shared, &error);
  if (row == TOTUO_NO_INDEX && error != NULL && shared)
    {
      load->ambiguous = g_strdup (error->message);
      g_hash_table_insert (load->region_names, key, GUINT_TO_POINTER (G_MAXUINT));
    }
  else
    g_hash_table_insert (load->region_names, key,
                         GUINT_TO_POINTER (row == TOTUO_NO_INDEX ? 0 : row + 1));
  return row;
}

static gboolean
parse_institution (CsvLoad      *load,
                   TotuoInstRec *rec,
                   GError      **error)
{
  gsize len, region_len;
  const gchar *s, *region;
  guint32 hash;
  GError *local = NULL;
  gboolean ok;

  s = field (load, TOTUO_I_ID, &len);
  if (len == 0)
    return missing_value (load, TOTUO_I_ID, error);
  rec->id = totuo_arena_strndup (load->arena, s, len);
  s = field (load, TOTUO_I_NAME, &len);
  rec->name = totuo_arena_strndup (load->arena, s, len);
  region = field (load, TOTUO_I_REGION, &region_len);
  if (region_len == 0)
    return missing_value (load, TOTUO_I_REGION, error);
  hash = region_hash (load, region, region_len);
  ok = parse_labels (load, rec, error != NULL ? &local : NULL) &&
       parse_numbers (load, rec, error != NULL ? &local : NULL);
  rec->region = totuo_strindex_lookup_hashed (load->regions, region, region_len,
                                              hash);
  /* Not a code: a region's name, when exactly one region has it. Not on
   * the loading threads, whose rows fall back to this path when they fail. */
  if (rec->region == TOTUO_NO_INDEX && load->arena == &load->ds->arena)
    rec->region = region_by_name (load, region, region_len);
  if (rec->region == TOTUO_NO_INDEX && load->arena == &load->ds->arena &&
      load->ambiguous != NULL)
    {
      g_clear_error (&local);
      g_set_error_literal (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_REGION, load->ambiguous);
      g_clear_pointer (&load->ambiguous, g_free);
      return field_error (load, TOTUO_I_REGION, error);
    }
  if (rec->region == TOTUO_NO_INDEX)
    {
      /* An unknown region is told first, as the column comes first. */
      g_autofree gchar *q = totuo_quote_value (region, region_len);
      g_clear_error (&local);
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_REGION,
                   M_("region %s is not in the dataset"), q);
      return field_error (load, TOTUO_I_REGION, error);
    }
  if (!ok)
    {
      if (error != NULL)   /* else there is no message to pass on */
        g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_institutions (CsvLoad                *load,
                   const TotuoDatasetMark *mark,
                   GError                **error)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  gint got;

  while ((got = totuo_csv_reader_next (&load->reader, error)) > 0)
    {
      TotuoInstRec rec;
      guint32 row, existing, hash;
      const gchar *id;
      gsize id_len;

      look_ahead (load);
      if (!check_field_count (load, error))
        {
          if (keep_going (load, error))
            continue;
          return FALSE;
        }
      if (load->ds->n_insts >= G_MAXINT32)
        {
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT, M_("%s:%u: too many institutions"),
                       load->reader.source, line_of (load));
          return FALSE;
        }
      /* The id's slot in the index is most likely not in the cache: ask for
       * it now, and parse the rest of the row while it comes. */
      id = field (load, TOTUO_I_ID, &id_len);
      hash = totuo_strindex_hash (id, id_len);
      totuo_strindex_prefetch (&load->ds->inst_index, hash);
      totuo_inst_rec_init (&rec);
      if (!parse_institution (load, &rec, error))
        {
          g_autofree gchar *reported = load->errors != NULL ? g_strdup ((*error)->message) : NULL;
          if (keep_going (load, error))
            {
              if (!check_other_cells (load, reported))
                return FALSE;
              continue;
            }
          return FALSE;
        }
      row = totuo_dataset_append_institution (load->ds, &rec);
      existing = totuo_dataset_index_institution_hashed (load->ds, row, hash);
      if (existing != TOTUO_NO_INDEX)
        {
          load->ds->n_insts = row;   /* drop the row */
          duplicate_error (load, M_("institution id"), rec.id, existing, mark->n_insts,
                           (const guint *) lines->data, error);
          if (keep_going (load, error))
            continue;
          return FALSE;
        }
      {
        guint line = line_of (load);
        g_array_append_val (lines, line);
      }
      release_read_text (load, FALSE);
      look_ahead_at_code (load);
    }
  release_read_text (load, TRUE);
  return got == 0;
}

/* ---- institutions on two threads ------------------------------------------- */

/* A national registry is parsed in two halves side by side, each by a
 * thread of its own straight into the dataset's arrays: the first half's
 * rows where the dataset ends, the second's behind room left for the
 * first. Then the two threads put the new ids in the index, each in its
 * own half of the slots. Any error or doubt sends the whole file back to
 * the one-thread path, so errors read the same whatever the size of the
 * file. */

/* Below this size one thread is as fast. TOTUO_PARALLEL_MIN_BYTES changes
 * it (the tests use it to run this path on small files). */
#define PARALLEL_MIN_BYTES (4 * 1024 * 1024)

static gsize
parallel_min_bytes (void)
{
  static gsize min = 0;

  if (g_once_init_enter (&min))
    {
      const gchar *env = g_getenv ("TOTUO_PARALLEL_MIN_BYTES");
      gsize value = env != NULL ? g_ascii_strtoull (env, NULL, 10) : PARALLEL_MIN_BYTES;
      g_once_init_leave (&min, MAX (value, 1));
    }
  return min;
}

/* A half's thread keeps a copy of what it reads of the dataset, whose
 * fields the other thread may write: reading across would pass a cache
 * line to and fro at every row (this once made a half 15% slower than a
 * one-thread load). For the same reason a Half gets cache lines of its
 * own, not a stack frame beside the other's. */
typedef struct {
  CsvLoad load;             /* its own reader and arena; the columns are shared */
  TotuoArena arena;
  TotuoStrIndex regions;    /* the dataset's region index, as it stands */
  const guint *as_is;       /* the fields taken as they stand (see values_are_utf8()) */
  guint n_as_is;
  TotuoInstHot *hot;        /* where its rows go in the dataset's arrays */
  TotuoInstCold *cold;
  guint32 *hashes;          /* each row's id, hashed for the index */
  gsize n_lines;            /* its line ends */
  gsize n_quotes;           /* its double quotes */
  gsize room;               /* how many rows it may write */
  gsize n_rows;
  gboolean ok;              /* every row parsed */
} Half;

/* The first half's share of the text, in 256ths: a little less than
 * half, as its thread also clears the id index (4 ms of 96 on 1M rows;
 * with 124/256 the second half finished 3 ms after the first). */
#define FIRST_SHARE 125

/* Where the second half starts: just past the first line end after the
 * first share, with text after it; 0 if there is none. It must stand
 * outside quotes, which the count of the first half's quotes tells (see
 * make_room()): a line end inside a quoted value sends the file to the
 * one-thread path. */
static gsize
find_split (const gchar *data,
            gsize        body,
            gsize        len)
{
  gsize mid = body + (len - body) / 256 * FIRST_SHARE;
  const gchar *nl = memchr (data + mid, '\n', len - mid);

  return nl != NULL && (gsize) (nl - data) + 1 < len ? (gsize) (nl - data) + 1 : 0;
}

/* A half reading len bytes of text from pos (past the header, or 0 for
 * the second half: a byte-order mark counts only at the very start). */
static Half *
half_new (const CsvLoad *load,
          const gchar   *data,
          gsize          len,
          gsize          pos)
{
  Half *h = totuo_big_alloc0 (1, sizeof (Half));   /* cache lines of its own: see Half */

  h->load = *load;
  totuo_arena_init (&h->arena);
  h->load.arena = &h->arena;
  h->regions = *load->regions;
  h->load.regions = &h->regions;
  totuo_csv_reader_init (&h->load.reader, data, len, load->reader.source);
  h->load.reader.pos = pos;
  h->load.released = (uintptr_t) data;
  return h;
}

static void
half_free (Half *h)
{
  totuo_csv_reader_clear (&h->load.reader);
  totuo_arena_clear (&h->arena);   /* empty once handed over */
  totuo_big_free (h);
}

static gpointer
count_lines (gpointer data)
{
  Half *h = data;

  h->n_lines = totuo_count_line_ends (h->load.reader.data, h->load.reader.len,
                                      &h->n_quotes);
  return NULL;
}

/* The halves do not check their text's encoding before they parse it, as
 * the one-thread path does (a pass over the file that took 26 ms of the
 * 220): each checks the values of a row it keeps as they stand, the id,
 * the name, and those of columns it does not know (which the one-thread
 * path checks with the rest). Any other value is a label, a number or a
 * region code, all UTF-8, or the row fails to parse: a file that is not
 * UTF-8 is sent to the one-thread path all the same, which says where. */
static gboolean
values_are_utf8 (const Half *h)
{
  const TotuoCsvField *fields = h->load.reader.fields;

  for (guint k = 0; k < h->n_as_is; k++)
    {
      const TotuoCsvField *f = &fields[h->as_is[k]];
      if (!totuo_utf8_validate_value (f->ptr, f->len))
        return FALSE;
    }
  return TRUE;
}

/* The fields of a row values_are_utf8() checks. */
static guint *
fields_taken_as_is (const CsvLoad *load,
                    guint         *n)
{
  guint *fields = g_new (guint, load->n_header_fields);

  *n = 0;
  for (guint f = 0; f < load->n_header_fields; f++)
    {
      gboolean known = FALSE;
      for (guint c = 0; c < TOTUO_N_INST_COLUMNS; c++)
        known = known || load->field_of[c] == (gint) f;
      if (!known || load->field_of[TOTUO_I_ID] == (gint) f || load->field_of[TOTUO_I_NAME] == (gint) f)
        fields[(*n)++] = f;
    }
  return fields;
}

/* Gives a half its room: from row in the dataset's arrays, and in the
 * array of hashes from the same offset as its first row's. */
static void
half_place (Half         *h,
            TotuoDataset *ds,
            gsize         row,
            guint32      *hashes,
            gsize         room)
{
  h->hot = &ds->inst_hot[row];
  h->cold = &ds->inst_cold[row];
  h->hashes = hashes;
  h->room = room;
}

static gpointer
parse_half (gpointer data)
{
  Half *h = data;
  gint got;

  while ((got = totuo_csv_reader_next (&h->load.reader, NULL)) > 0)
    {
      TotuoInstRec rec;

      look_ahead (&h->load);
      if (h->n_rows == h->room || h->load.reader.n_fields != h->load.n_header_fields ||
          !values_are_utf8 (h))
        return NULL;
      totuo_inst_rec_init (&rec);
      if (!parse_institution (&h->load, &rec, NULL))
        return NULL;
      totuo_inst_rec_store (&rec, &h->hot[h->n_rows], &h->cold[h->n_rows]);
      h->hashes[h->n_rows++] = totuo_strindex_hash (rec.id, strlen (rec.id));
      release_read_text (&h->load, FALSE);
      look_ahead_at_code (&h->load);
    }
  release_read_text (&h->load, TRUE);
  h->ok = got == 0;
  return NULL;
}

/* One thread's share of the id index: the new ids whose probe starts in
 * its slots [lo, hi). */
typedef struct {
  TotuoStrIndex *index;
  const TotuoInstCold *cold;  /* the new rows */
  const guint32 *hashes;
  gsize n_rows;
  guint32 first_row;          /* the row number of cold[0] */
  gsize lo, hi;
  GArray *no_room;            /* rows (gsize) whose probe reached hi */
  gsize n_added;
  gboolean ok;                /* no id is there twice */
} IndexPart;

/* How far ahead a part asks for slots: a slot is a trip to memory. */
#define INDEX_AHEAD 16

static inline gboolean
in_part (const IndexPart *p,
         guint32          hash)
{
  gsize home = totuo_strindex_home (p->index, hash);
  return home >= p->lo && home < p->hi;
}

/* How many rows a part picks its own from at a time (see index_part()). */
#define INDEX_BATCH 1024

/* Puts the rows of a batch, given by their numbers in the part's arrays;
 * FALSE if an id is there twice. */
static gboolean
index_batch (IndexPart   *p,
             const guint *rows,
             guint        n,
             gsize       *n_added)
{
  for (guint j = 0; j < MIN (n, INDEX_AHEAD); j++)
    totuo_strindex_prefetch (p->index, p->hashes[rows[j]]);
  for (guint j = 0; j < n; j++)
    {
      gsize k = rows[j];

      if (j + INDEX_AHEAD < n)
        totuo_strindex_prefetch (p->index, p->hashes[rows[j + INDEX_AHEAD]]);
      switch (totuo_strindex_put_in_part (p->index, p->cold[k].id, p->hashes[k],
                                          p->first_row + (guint32) k, p->hi))
        {
        case TOTUO_STRINDEX_ADDED:
          (*n_added)++;
          break;
        case TOTUO_STRINDEX_NO_ROOM:
          g_array_append_val (p->no_room, k);
          break;
        case TOTUO_STRINDEX_EXISTS:
          return FALSE;
        }
    }
  return TRUE;
}

/* A part first picks its rows out of a batch without a branch: which
 * part a row belongs to is as good as random, and a branch on it was
 * mispredicted every other row. */
static gpointer
index_part (gpointer data)
{
  IndexPart *p = data;
  gsize n_added = 0;   /* counted here: p shares a cache line with the other part */
  guint rows[INDEX_BATCH];

  for (gsize from = 0; from < p->n_rows; from += INDEX_BATCH)
    {
      gsize to = MIN (from + INDEX_BATCH, p->n_rows);
      guint n = 0;

      for (gsize k = from; k < to; k++)
        {
          rows[n] = (guint) k;
          n += in_part (p, p->hashes[k]);
        }
      if (!index_batch (p, rows, n, &n_added))
        return NULL;
    }
  p->n_added = n_added;
  p->ok = TRUE;
  return NULL;
}

/* Puts the ids of the rows from n_insts on in the index, on two threads;
 * FALSE, with the index as it was, if an id is there twice (the caller
 * rolls back and the one-thread path says where). */
static gboolean
index_new_rows (TotuoDataset  *ds,
                const guint32 *hashes,
                gsize          n_rows)
{
  TotuoStrIndex *index = &ds->inst_index;
  IndexPart parts[2];
  GThread *thread;
  gboolean ok;

  for (guint k = 0; k < 2; k++)
    {
      parts[k] = (IndexPart) {
        .index = index, .cold = &ds->inst_cold[ds->n_insts], .hashes = hashes,
        .n_rows = n_rows, .first_row = ds->n_insts,
        .lo = k * index->capacity / 2, .hi = (k + 1) * index->capacity / 2,
        .no_room = g_array_new (FALSE, FALSE, sizeof (gsize)),
      };
    }
  thread = g_thread_new ("totuo-index", index_part, &parts[1]);
  index_part (&parts[0]);
  g_thread_join (thread);
  ok = parts[0].ok && parts[1].ok;
  totuo_strindex_add_count (index, parts[0].n_added + parts[1].n_added);
  /* What met the end of its part goes in the ordinary way, which may
   * wrap around. The index has room: no resize. */
  for (guint k = 0; k < 2; k++)
    {
      for (guint i = 0; ok && i < parts[k].no_room->len; i++)
        {
          gsize row = g_array_index (parts[k].no_room, gsize, i);
          const gchar *id = parts[k].cold[row].id;
          ok = totuo_strindex_insert_hashed (index, id, strlen (id), hashes[row],
                                             ds->n_insts + (guint32) row) == TOTUO_NO_INDEX;
        }
      g_array_unref (parts[k].no_room);
    }
  if (!ok)
    totuo_strindex_remove_from (index, ds->n_insts);
  return ok;
}

/* Counts both halves' lines and makes room for their rows; FALSE if
 * there are too many, or if the split stands inside quotes (an odd number
 * of them before it: every record has an even number). */
static gboolean
make_room (TotuoDataset *ds,
           Half         *first,
           Half         *second,
           guint32     **hashes)
{
  GThread *thread = g_thread_new ("totuo-count", count_lines, second);
  gsize first_room, second_room;

  count_lines (first);
  g_thread_join (thread);
  /* The first half's rows end at a line end each, but for the header's;
   * the second's last may have none. */
  first_room = first->n_lines - 1;
  second_room = second->n_lines + 1;
  if (first->n_lines == 0 || first->n_quotes % 2 != 0 ||
      first_room + second_room >= (gsize) G_MAXINT32 - ds->n_insts)
    return FALSE;
  totuo_dataset_reserve_rows (ds, first_room + second_room);
  *hashes = g_new (guint32, first_room + second_room);
  half_place (first, ds, ds->n_insts, *hashes, first_room);
  half_place (second, ds, ds->n_insts + first_room, *hashes + first_room, second_room);
  return TRUE;
}

/* Joins the two halves' rows: moves the second's up to the first's last
 * if the first left room unused (blank lines, quoted line ends). */
static gsize
close_gap (TotuoDataset *ds,
           const Half   *first,
           const Half   *second,
           guint32      *hashes)
{
  if (first->n_rows < first->room)
    {
      totuo_dataset_move_institutions (ds, ds->n_insts + first->n_rows,
                                       ds->n_insts + first->room, second->n_rows);
      memmove (hashes + first->n_rows, hashes + first->room,
               second->n_rows * sizeof *hashes);
    }
  return first->n_rows + second->n_rows;
}

/* TRUE if the file loaded; FALSE sends it to the one-thread path, which
 * the caller starts from a rollback. */
static gboolean
load_institutions_on_two_threads (CsvLoad *load)
{
  TotuoDataset *ds = load->ds;
  const gchar *data = load->reader.data;
  gsize len = load->reader.len, split, n_rows = 0;
  Half *first, *second;
  guint32 *hashes = NULL;
  g_autofree guint *as_is = NULL;
  GThread *thread;
  gboolean ok;
  gint64 start, checked, parsed = 0, indexed = 0;   /* for g_debug() */

  if (!read_header (load, NULL) || !totuo_utf8_validate (data, load->reader.pos, NULL) ||
      (split = find_split (data, load->reader.pos, len)) == 0)
    return FALSE;
  first = half_new (load, data, split, load->reader.pos);
  second = half_new (load, data + split, len - split, 0);
  first->as_is = second->as_is = as_is = fields_taken_as_is (load, &first->n_as_is);
  second->n_as_is = first->n_as_is;
  start = g_get_monotonic_time ();
  ok = make_room (ds, first, second, &hashes);
  checked = g_get_monotonic_time ();
  if (ok)
    {
      thread = g_thread_new ("totuo-parse", parse_half, second);
      /* The index is cleared while the other thread parses: the first
       * half is shorter by as much (see find_split()). */
      totuo_strindex_reserve (&ds->inst_index, ds->n_insts + first->room + second->room);
      parse_half (first);
      g_thread_join (thread);
      parsed = g_get_monotonic_time ();
      ok = first->ok && second->ok;
    }
  if (ok)
    {
      n_rows = close_gap (ds, first, second, hashes);
      ok = index_new_rows (ds, hashes, n_rows);
      indexed = g_get_monotonic_time ();
      g_debug ("%s: two threads: counted and reserved %.1f ms, parsed %.1f ms, "
               "indexed %.1f ms", load->reader.source, (checked - start) / 1e3,
               (parsed - checked) / 1e3, (indexed - parsed) / 1e3);
    }
  if (ok)
    {
      totuo_arena_splice (&ds->arena, &first->arena);
      totuo_arena_splice (&ds->arena, &second->arena);
      ds->n_insts += (guint32) n_rows;
    }
  half_free (first);
  half_free (second);
  g_free (hashes);
  return ok;
}

/* ---- the entry points ------------------------------------------------------ */

typedef gboolean (*LoadRows) (CsvLoad *, const TotuoDatasetMark *, GError **);

static void
free_header_names (CsvLoad *load)
{
  for (guint c = 0; c < load->n_specs; c++)
    g_clear_pointer (&load->header_names[c], g_free);
  g_clear_pointer (&load->warnings, g_ptr_array_unref);
  g_clear_pointer (&load->region_names, g_hash_table_unref);
  g_clear_pointer (&load->ambiguous, g_free);
}

/* A load that commits hands its warnings to the dataset. */
static void
commit_load (CsvLoad *load)
{
  totuo_dataset_commit_load (load->ds);
  if (load->warnings != NULL)
    for (guint k = 0; k < load->warnings->len; k++)
      totuo_dataset_add_warning (load->ds, g_strdup (g_ptr_array_index (load->warnings, k)));
}

gboolean
totuo_csv_load_text (TotuoDataset          *ds,
                     TotuoTable             table,
                     const gchar           *data,
                     gsize                  len,
                     const gchar           *source,
                     const TotuoInput      *input,
                     const TotuoTextOrigin *origin,
                     GPtrArray             *errors,
                     GError               **error)
{
  const TotuoColumnSpec *specs = table == TOTUO_TABLE_REGIONS ? totuo_region_columns
                                                               : totuo_inst_columns;
  guint n_specs = table == TOTUO_TABLE_REGIONS ? TOTUO_N_REGION_COLUMNS : TOTUO_N_INST_COLUMNS;
  LoadRows load_rows = table == TOTUO_TABLE_REGIONS ? load_regions : load_institutions;
  CsvLoad load = { 0 };
  TotuoDatasetMark mark;
  gboolean ok;
  gsize line_ends;

  if (!totuo_check_size (len, source, error))
    return FALSE;
  if (origin != NULL)
    {
      load.warnings = g_ptr_array_new_with_free_func (g_free);
      if (origin->note != NULL)
        g_ptr_array_add (load.warnings, g_strdup_printf ("%s: %s", source, origin->note));
      for (guint k = 0; origin->warnings != NULL && k < origin->warnings->len; k++)
        g_ptr_array_add (load.warnings, g_strdup (g_ptr_array_index (origin->warnings, k)));
      if (origin->rows != NULL)
        {
          load.line_rows = (const guint *) (gpointer) origin->rows->data;
          load.n_line_rows = origin->rows->len;
        }
    }
  load.ds = ds;
  load.arena = &ds->arena;
  load.regions = &ds->region_index;
  load.errors = errors;
  load.specs = specs;
  load.n_specs = n_specs;
  load.release = input != NULL && totuo_input_is_mapped (input);
  load.released = (uintptr_t) data;
  totuo_dataset_mark (ds, &mark);
  if (load_rows == load_institutions && errors == NULL && len >= parallel_min_bytes () &&
      load.line_rows == NULL && g_get_num_processors () > 1)
    {
      totuo_csv_reader_init (&load.reader, data, len, source);
      ok = load_institutions_on_two_threads (&load);
      totuo_csv_reader_clear (&load.reader);
      /* A file truncated meanwhile read as zeros: nothing of it is kept. */
      if (input != NULL && !totuo_input_intact (input, error))
        {
          totuo_dataset_rollback (ds, &mark);
          free_header_names (&load);
          return FALSE;
        }
      if (ok)
        {
          commit_load (&load);
          free_header_names (&load);
          return TRUE;
        }
      totuo_dataset_rollback (ds, &mark);
      free_header_names (&load);
    }
  /* One pass checks the encoding and counts the line ends, which size the
   * arrays and indexes once. */
  if (!scan_text (data, len, load.release, &line_ends))
    {
      totuo_check_utf8 (data, len, source, error);   /* which says where */
      return FALSE;
    }
  totuo_csv_reader_init (&load.reader, data, len, source);
  if (specs == totuo_region_columns)
    totuo_dataset_reserve (ds, line_ends + 1, 0);
  else
    totuo_dataset_reserve (ds, 0, line_ends + 1);
  ok = read_header (&load, error) && load_rows (&load, &mark, error);
  if (input != NULL && !totuo_input_intact (input, NULL))
    {
      g_clear_error (error);
      if (errors != NULL)
        g_ptr_array_set_size (errors, 0);
      ok = totuo_input_intact (input, error);
    }
  if (ok)
    commit_load (&load);
  else
    totuo_dataset_rollback (ds, &mark);
  totuo_csv_reader_clear (&load.reader);
  free_header_names (&load);
  return ok;
}
