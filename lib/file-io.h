/* libtotuo - reading inputs and writing outputs (internal).
 *
 * Every reader gets its bytes through totuo_input_open(): a regular file is
 * mapped (the national load depends on it), anything else (standard input
 * as "-", pipes, FIFOs, devices) is read into memory, and every route stops
 * at TOTUO_MAX_INPUT_BYTES while it reads, not after.
 *
 * A mapping has one hazard: a file truncated while it is mapped raises
 * SIGBUS on the next access to a page past its new end, which kills the
 * process. The mappings made here are guarded: the library's SIGBUS handler
 * puts a page of zeros where the missing page was and marks the input as
 * changed, so that the load returns an error instead (totuo_input_intact()).
 * Faults at any other address go to the handler that was installed before.
 *
 * Every writer saves through totuo_save_file(): atomically for a regular
 * file, keeping its mode; straight through for a device, FIFO or terminal;
 * through a symbolic link to its target; in place for a file with several
 * hard links, after the new contents were written in full beside it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const gchar *data;        /* the bytes; never NULL ("" when empty) */
  gsize length;
  const gchar *path;        /* as given, for messages */
  /* private */
  gchar *owned;             /* read into memory, or NULL */
  gpointer map;             /* mapped, or NULL */
  gsize map_length;
  gint guard;               /* slot of the SIGBUS guard, or -1 */
  gint fd;                  /* kept open while mapped, to see changes */
  gint64 mtime, size;
} TotuoInput;

/* Opens @path ("-" is standard input) and gets its bytes. */
G_GNUC_INTERNAL gboolean totuo_input_open (TotuoInput  *input,
                                           const gchar *path,
                                           GError     **error);
/* Whether a mapped file stayed as it was while it was read: FALSE, with an
 * error naming the file, when it was truncated or rewritten meanwhile. */
G_GNUC_INTERNAL gboolean totuo_input_intact (const TotuoInput *input,
                                             GError          **error);
/* Whether the bytes are a mapping of ours (whose pages may be given back). */
G_GNUC_INTERNAL gboolean totuo_input_is_mapped (const TotuoInput *input);
G_GNUC_INTERNAL void totuo_input_clear (TotuoInput *input);

/* Saves @length bytes to @path as described above; errors name @path. */
G_GNUC_INTERNAL gboolean totuo_save_file (const gchar *path,
                                          const gchar *contents,
                                          gsize        length,
                                          GError     **error);

G_END_DECLS
