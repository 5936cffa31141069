/* libtotuo - large zeroed arrays backed by huge pages where possible. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "bigmem.h"

#define HUGE_PAGE (2 * 1024 * 1024)

gpointer
totuo_big_alloc0 (gsize n_elements,
                  gsize element_size)
{
  gsize size;
  gpointer mem = NULL;

  if (!g_size_checked_mul (&size, MAX (n_elements, 1), element_size))
    g_error ("totuo: an array of %" G_GSIZE_FORMAT " elements is too large", n_elements);
  if (size < 4 * HUGE_PAGE)
    return g_malloc0 (size);
  size = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
  if (posix_memalign (&mem, HUGE_PAGE, size) != 0)
    g_error ("totuo: out of memory (%" G_GSIZE_FORMAT " bytes)", size);
#ifdef MADV_HUGEPAGE
  madvise (mem, size, MADV_HUGEPAGE);   /* advice only: failure changes nothing */
#endif
  memset (mem, 0, size);
  return mem;
}

void
totuo_big_free (gpointer mem)
{
  free (mem);   /* both g_malloc0 and posix_memalign memory go back through free() */
}
