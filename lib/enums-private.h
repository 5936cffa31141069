/* Parsing enumerations from fields that are not NUL-terminated. All take
 * a gint so that readers can hold them in one function-pointer type. */

typedef gboolean (*TotuoEnumParser) (const gchar *str, gsize len, gint *out);
#pragma once

#include <glib.h>
#include <totuo/enums.h>

G_GNUC_INTERNAL gboolean totuo_region_level_parse (const gchar *str, gsize len,
                                                   gint *out);
G_GNUC_INTERNAL gboolean totuo_kind_parse         (const gchar *str, gsize len,
                                                   gint *out);
G_GNUC_INTERNAL gboolean totuo_ownership_parse    (const gchar *str, gsize len,
                                                   gint *out);
G_GNUC_INTERNAL gboolean totuo_status_parse       (const gchar *str, gsize len,
                                                   gint *out);
G_GNUC_INTERNAL gboolean totuo_flag_parse         (const gchar *str, gsize len,
                                                   gint *out);
G_GNUC_INTERNAL gboolean totuo_modes_parse        (const gchar *str, gsize len,
                                                   gint *out);
G_GNUC_INTERNAL void     totuo_modes_append       (GString *out, TotuoModes modes);

/* The bits of TotuoModes, and the English name of bit number bit. */
#define TOTUO_N_MODES 4
G_GNUC_INTERNAL const gchar *totuo_mode_name      (guint bit);

/* "nursery/托育机构, kindergarten/托幼一体, ..." for a label column
 * ("level", "kind", "ownership", "status", "modes"), or NULL for another. */
G_GNUC_INTERNAL gchar *totuo_enum_accepted_words (const gchar *column);
