/* libtotuo - text as offices save it, made into UTF-8 comma-separated
 * text (internal). Excel on Chinese Windows saves CSV in GB18030 (GBK),
 * its "Unicode text" in UTF-16 with tabs, and some locales separate with
 * semicolons. The CSV loaders read UTF-8 with commas at full speed; this
 * module is their way in for the rest, taken only when the text is not
 * already that, so a UTF-8 file pays nothing. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @data needs converting: a UTF-16 byte order mark, or a header row
 * separated by tabs or semicolons rather than commas. (Text that is not
 * UTF-8 is found by the loaders' own UTF-8 check.) */
G_GNUC_INTERNAL gboolean totuo_transcode_needed (const gchar *data,
                                                 gsize        len);

/* Converts @data to UTF-8 (from @encoding when not NULL, else as detected:
 * a UTF-16 BOM, then UTF-8, then GB18030) and to comma separators (from the
 * separator the header row uses). Returns the new text (free with g_free),
 * with @note saying what was done ("read as GB18030, tab-separated") or NULL
 * when nothing was; NULL with an error naming @source when the text is in
 * no encoding tried. */
G_GNUC_INTERNAL gchar *totuo_transcode (const gchar *data,
                                        gsize        len,
                                        const gchar *encoding,
                                        const gchar *source,
                                        gsize       *out_len,
                                        gchar      **note,
                                        GError     **error);

G_END_DECLS
