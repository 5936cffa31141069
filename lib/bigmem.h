/* Large arrays that are cheap to touch for the first time, zeroed or not.
 *
 * A fresh 14 MB array costs thousands of page faults as it is first
 * written; asking the kernel for huge pages (where transparent huge pages
 * are on "madvise", as on Debian) makes that a handful. */
#pragma once

#include <glib.h>

/* Not zeroed: for a caller that writes every byte first, or zeroes the
 * array itself (on several threads, say). */
G_GNUC_INTERNAL gpointer totuo_big_alloc  (gsize n_elements, gsize element_size);
G_GNUC_INTERNAL gpointer totuo_big_alloc0 (gsize n_elements, gsize element_size);
/* Asks for huge pages under a buffer allocated elsewhere (a GString's):
 * its whole 2 MiB pages within, if it is that large. Advice only. */
G_GNUC_INTERNAL void     totuo_big_advise (gpointer mem, gsize size);
G_GNUC_INTERNAL void     totuo_big_free   (gpointer mem);
