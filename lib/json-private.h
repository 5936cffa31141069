/* JSON inside the library: the checked parse every JSON reader shares. */
#pragma once

#include <json-glib/json-glib.h>

/* Parses @data as every JSON input of the library is: the size limit and
 * UTF-8 first, then the depth and repeated keys (json-glib leaks the value a
 * repeated key replaces), then json-glib; errors name @source, and line and
 * column for syntax. */
G_GNUC_INTERNAL JsonParser *totuo_json_parse (const gchar *data, gsize len, const gchar *source,
                                              GError **error);
