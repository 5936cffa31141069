/* libtotuo - the schema of tabular inputs (internal): which columns a
 * regions or institutions table has, the names offices give them, the
 * units written in their headers, and the warnings about columns that are
 * not used. Shared by every table source (CSV today), so that a header
 * means the same wherever it is read. See docs/formats.md, "Headers". */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TOTUO_MAX_ALIASES 24

typedef struct {
  const gchar *id;                          /* the English column name */
  gboolean required;
  gboolean scalable;                        /* a count a unit such as 万人 may scale */
  const gchar *aliases[TOTUO_MAX_ALIASES];  /* other names, NULL-terminated */
} TotuoColumnSpec;

enum { TOTUO_R_CODE, TOTUO_R_NAME, TOTUO_R_LEVEL, TOTUO_R_PARENT, TOTUO_R_POPULATION,
       TOTUO_R_UNDER3, TOTUO_R_KINDERGARTENS, TOTUO_R_LAT, TOTUO_R_LON, TOTUO_N_REGION_COLUMNS };

enum { TOTUO_I_ID, TOTUO_I_NAME, TOTUO_I_REGION, TOTUO_I_KIND, TOTUO_I_OWNERSHIP,
       TOTUO_I_INCLUSIVE, TOTUO_I_PLACES, TOTUO_I_ENROLLED, TOTUO_I_STATUS, TOTUO_I_MODES,
       TOTUO_I_FEE, TOTUO_I_STAFF, TOTUO_I_CERTIFIED, TOTUO_I_HEALTH_MANAGER, TOTUO_I_LAT,
       TOTUO_I_LON, TOTUO_N_INST_COLUMNS };

G_GNUC_INTERNAL extern const TotuoColumnSpec totuo_region_columns[TOTUO_N_REGION_COLUMNS];
G_GNUC_INTERNAL extern const TotuoColumnSpec totuo_inst_columns[TOTUO_N_INST_COLUMNS];

/* A mapping file: what an office's export calls its columns and values,
 * when no alias covers them (docs/formats.md, "Mapping files"). */
typedef struct _TotuoMapping TotuoMapping;
struct _TotuoMapping {
  gchar *source;
  GHashTable *columns;      /* header key -> column id */
  GHashTable *values;       /* "column\x1fvalue key" -> id */
  GHashTable *units;        /* column id -> gdouble * scale */
  gchar *sheet;             /* or NULL */
  guint header_row;         /* from 1, or 0 to find it */
};

/* Reads a mapping file (a GKeyFile); errors name the file and key. */
G_GNUC_INTERNAL TotuoMapping *totuo_mapping_load (const gchar *path,
                                                  GError     **error);
G_GNUC_INTERNAL void totuo_mapping_free (TotuoMapping *mapping);
/* The id a mapping gives a column's value, or NULL. */
G_GNUC_INTERNAL const gchar *totuo_mapping_value (const TotuoMapping *mapping,
                                                  const gchar        *column,
                                                  const gchar        *value,
                                                  gsize               len);

/* A header cell as it is compared: NFKC (full-width forms become ASCII),
 * without any white space (ideographic spaces and line breaks in the cell
 * too), case-folded, and without a unit in brackets at its end, which is
 * returned in @unit (or NULL; pass @unit NULL to keep the unit in the
 * key, as for names like "街道(乡镇)"). Free both with g_free(). */
G_GNUC_INTERNAL gchar *totuo_header_key (const gchar *name,
                                         gsize        len,
                                         gchar      **unit);

/* The column a header names: its index in @specs, or -1. A unit is
 * checked: one that scales (万人: 10,000) sets @scale, on a column that may
 * be scaled; an unknown unit, or a scale on another column, is an error
 * (@source and @line locate it). */
G_GNUC_INTERNAL gint totuo_schema_find (const TotuoColumnSpec *specs,
                                        guint                  n_specs,
                                        const TotuoMapping    *mapping,
                                        const gchar           *name,
                                        gsize                  len,
                                        const gchar           *source,
                                        guint                  line,
                                        gdouble               *scale,
                                        GError               **error);

/* The warning for a header that names no column: located, with the
 * closest known name when one is close. */
G_GNUC_INTERNAL gchar *totuo_schema_unused_warning (const TotuoColumnSpec *specs,
                                                    guint                  n_specs,
                                                    const gchar           *name,
                                                    gsize                  len,
                                                    const gchar           *source,
                                                    guint                  line);

/* Whether a cell says "not known" the way registries write it: —, -, －,
 * /, 无, 不详, N/A, #N/A and the like (an empty cell is unknown too). */
G_GNUC_INTERNAL gboolean totuo_schema_is_unknown_marker (const gchar *s,
                                                         gsize        len);

/* A number as offices write it, for the cells the strict parsers refuse:
 * full-width digits, spaces, thousands separators ("1,514"), a unit glued
 * on ("120个", "1800元", "1800元/月"). TRUE with the value; FALSE when the
 * text is still not a plain number (the strict parser then says why).
 * Counts must come out whole. */
G_GNUC_INTERNAL gboolean totuo_schema_parse_count  (const gchar *s,
                                                    gsize        len,
                                                    gint64       max,
                                                    gint64      *out);
G_GNUC_INTERNAL gboolean totuo_schema_parse_amount (const gchar *s,
                                                    gsize        len,
                                                    gdouble     *out);

G_END_DECLS
