/* libtotuo - reading inputs and writing outputs: see file-io.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <totuo/error.h>
#include <totuo/limits.h>

#include "file-io.h"
#include "text.h"
#include "i18n.h"

/* ---- the SIGBUS guard ----------------------------------------------------------- */

/* As many mappings as loads running at once; a load that finds every slot
 * taken reads its file into memory instead. */
#define N_GUARDS 64

typedef struct {
  gpointer start;               /* NULL when the slot is free */
  gpointer end;
  volatile gint faulted;   /* a page of it went missing */
} Guard;

static Guard guards[N_GUARDS];
static struct sigaction previous_sigbus;

static void
on_sigbus (int        signal_number,
           siginfo_t *info,
           void      *context)
{
  uintptr_t address = (uintptr_t) info->si_addr;

  for (guint k = 0; k < N_GUARDS; k++)
    {
      uintptr_t start = (uintptr_t) g_atomic_pointer_get (&guards[k].start);
      uintptr_t end = (uintptr_t) g_atomic_pointer_get (&guards[k].end);
      if (start != 0 && address >= start && address < end)
        {
          /* A page of the file is gone (truncated under us): map zeros in
           * its place, so that the access that faulted can finish, and say
           * so. mmap() is a plain system call here, safe in a handler. */
          uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);
          gpointer at = (gpointer) (address / page * page);
          if (mmap (at, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) !=
              MAP_FAILED)
            {
              guards[k].faulted = 1;
              return;
            }
        }
    }
  /* Not ours: what would have happened without us. */
  if (previous_sigbus.sa_flags & SA_SIGINFO)
    previous_sigbus.sa_sigaction (signal_number, info, context);
  else if (previous_sigbus.sa_handler != SIG_DFL && previous_sigbus.sa_handler != SIG_IGN)
    previous_sigbus.sa_handler (signal_number);
  else
    {
      /* Returning re-runs the access, which faults again, now fatally. */
      struct sigaction dfl = { 0 };
      dfl.sa_handler = SIG_DFL;
      sigaction (SIGBUS, &dfl, NULL);
    }
}

static gpointer
install_handler (gpointer data)
{
  struct sigaction act = { 0 };

  (void) data;
  act.sa_sigaction = on_sigbus;
  act.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset (&act.sa_mask);
  sigaction (SIGBUS, &act, &previous_sigbus);
  return NULL;
}

static gint
guard_take (gconstpointer start,
            gsize         length)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, install_handler, NULL);
  for (gint k = 0; k < N_GUARDS; k++)
    {
      if (g_atomic_pointer_get (&guards[k].start) != NULL)
        continue;
      /* The end is written first: the handler trusts a slot once its start is set. */
      if (g_atomic_pointer_compare_and_exchange (&guards[k].end, NULL,
                                                 (gpointer) ((uintptr_t) start + length)))
        {
          guards[k].faulted = 0;
          g_atomic_pointer_set (&guards[k].start, (gpointer) start);
          return k;
        }
    }
  return -1;
}

static void
guard_release (gint slot)
{
  if (slot < 0)
    return;
  g_atomic_pointer_set (&guards[slot].start, NULL);
  g_atomic_pointer_set (&guards[slot].end, NULL);
}

/* ---- reading -------------------------------------------------------------------- */

static gboolean
io_error (GError     **error,
          const gchar *path,
          const gchar *doing,
          gint         saved_errno)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("%s: cannot %s: %s"), path, doing,
               g_strerror (saved_errno));
  return FALSE;
}

static gboolean
too_large (GError     **error,
           const gchar *path)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
               M_("%s: more than the %llu bytes (2 GiB) a reader accepts"), path,
               (unsigned long long) TOTUO_MAX_INPUT_BYTES);
  return FALSE;
}

/* Reads to the end, in growing steps, and stops at the limit as it reads:
 * /dev/zero or an endless pipe ends in an error, not in exhausted memory. */
static gboolean
read_all (TotuoInput *input,
          gint        fd,
          GError    **error)
{
  gsize size = 0, room = 64 * 1024;
  gchar *buffer = g_malloc (room + 1);

  for (;;)
    {
      gssize n;
      if (size == room)
        {
          if (room > TOTUO_MAX_INPUT_BYTES)
            {
              g_free (buffer);
              return too_large (error, input->path);
            }
          room = MIN (room * 2, TOTUO_MAX_INPUT_BYTES + 1);
          buffer = g_realloc (buffer, room + 1);
        }
      n = read (fd, buffer + size, room - size);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          gint saved = errno;
          g_free (buffer);
          return io_error (error, input->path, "read it", saved);
        }
      if (n == 0)
        break;
      size += (gsize) n;
    }
  if (size > TOTUO_MAX_INPUT_BYTES)
    {
      g_free (buffer);
      return too_large (error, input->path);
    }
  buffer[size] = '\0';
  input->owned = buffer;
  input->data = buffer;
  input->length = size;
  return TRUE;
}

static gint64
mtime_of (const struct stat *st)
{
  return (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_mtim.tv_nsec;
}

gboolean
totuo_input_open (TotuoInput  *input,
                  const gchar *path,
                  GError     **error)
{
  struct stat st;
  gint fd;

  memset (input, 0, sizeof *input);
  input->data = "";
  input->path = path;
  input->guard = -1;
  input->fd = -1;
  if (strcmp (path, "-") == 0)
    return read_all (input, STDIN_FILENO, error);
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return io_error (error, path, "open it", errno);
  if (fstat (fd, &st) != 0)
    {
      gint saved = errno;
      close (fd);
      return io_error (error, path, "read it", saved);
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      return io_error (error, path, "read it", EISDIR);
    }
  /* Only a regular file with a size is mapped; /proc files say 0 and are read. */
  if (S_ISREG (st.st_mode) && st.st_size > 0)
    {
      gpointer map;
      if ((guint64) st.st_size > TOTUO_MAX_INPUT_BYTES)
        {
          close (fd);
          return too_large (error, path);
        }
      map = mmap (NULL, (gsize) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (map != MAP_FAILED)
        {
          input->guard = guard_take (map, (gsize) st.st_size);
          if (input->guard >= 0)
            {
              input->map = map;
              input->map_length = (gsize) st.st_size;
              input->data = map;
              input->length = (gsize) st.st_size;
              input->fd = fd;
              input->size = st.st_size;
              input->mtime = mtime_of (&st);
              return TRUE;
            }
          munmap (map, (gsize) st.st_size);
        }
    }
  {
    gboolean ok = read_all (input, fd, error);
    close (fd);
    return ok;
  }
}

gboolean
totuo_input_intact (const TotuoInput *input,
                    GError          **error)
{
  struct stat st;

  if (input->map == NULL)
    return TRUE;
  if (!guards[input->guard].faulted && fstat (input->fd, &st) == 0 &&
      st.st_size == input->size && mtime_of (&st) == input->mtime)
    return TRUE;
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO,
               M_("%s: the file changed while it was read (truncated or rewritten); nothing "
               "was loaded from it: load it again once it is complete"), input->path);
  return FALSE;
}

gboolean
totuo_input_is_mapped (const TotuoInput *input)
{
  return input->map != NULL;
}

void
totuo_input_clear (TotuoInput *input)
{
  if (input->map != NULL)
    {
      munmap (input->map, input->map_length);
      guard_release (input->guard);
      close (input->fd);
    }
  g_free (input->owned);
  memset (input, 0, sizeof *input);
  input->data = "";
  input->guard = -1;
  input->fd = -1;
}

/* ---- writing -------------------------------------------------------------------- */

static gboolean
write_all (gint         fd,
           const gchar *contents,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, contents, length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      contents += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static gboolean
save_error (GError     **error,
            const gchar *path,
            gint         saved_errno)
{
  g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IO, M_("cannot save %s: %s"), path,
               g_strerror (saved_errno));
  return FALSE;
}

/* Writes to an open descriptor that is not ours to replace (a device, a
 * FIFO, standard output, a file that is linked elsewhere too). */
static gboolean
write_through (gint         fd,
               const gchar *path,
               const gchar *contents,
               gsize        length,
               GError     **error)
{
  if (!write_all (fd, contents, length))
    {
      gint saved = errno;
      close (fd);
      return save_error (error, path, saved);
    }
  if (close (fd) != 0 && errno != EINTR)
    return save_error (error, path, errno);
  return TRUE;
}

/* The new contents in a temporary file beside @target, flushed to disk;
 * returns its name, or NULL with errno set. */
static gchar *
write_beside (const gchar       *target,
              const struct stat *old,
              const gchar       *contents,
              gsize              length)
{
  g_autofree gchar *dir = g_path_get_dirname (target);
  g_autofree gchar *base = g_path_get_basename (target);
  gchar *temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  /* 0666 less the umask, as a new file gets; an old file's mode is kept. */
  gint fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666), saved;

  if (fd < 0)
    {
      saved = errno;
      g_free (temp);
      errno = saved;
      return NULL;
    }
  if (old != NULL)
    {
      if (fchown (fd, old->st_uid, old->st_gid) != 0)
        { /* Only root may give a file away; keeping our own owner is fine. */ }
      if (fchmod (fd, old->st_mode & 07777) != 0)
        goto failed;
    }
  if (!write_all (fd, contents, length) || fsync (fd) != 0)
    goto failed;
  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  return temp;

failed:
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (temp);
  g_free (temp);
  errno = saved;
  return NULL;
}

gboolean
totuo_save_file (const gchar *path,
                 const gchar *contents,
                 gsize        length,
                 GError     **error)
{
  struct stat st;
  g_autofree gchar *target = NULL, *temp = NULL;

  if (strcmp (path, "-") == 0)
    {
      if (!write_all (STDOUT_FILENO, contents, length))
        return save_error (error, "standard output", errno);
      return TRUE;
    }
  if (stat (path, &st) != 0)
    {
      struct stat link;
      gint fd;
      if (errno != ENOENT)
        return save_error (error, path, errno);
      if (lstat (path, &link) != 0 || !S_ISLNK (link.st_mode))
        {
          /* A new file: written beside its name, then renamed into place. */
          if ((temp = write_beside (path, NULL, contents, length)) == NULL)
            return save_error (error, path, errno);
          if (g_rename (temp, path) != 0)
            {
              gint saved = errno;
              g_unlink (temp);
              return save_error (error, path, saved);
            }
          return TRUE;
        }
      /* A symbolic link to a file that does not exist yet: create that file. */
      fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
      if (fd < 0)
        return save_error (error, path, errno);
      return write_through (fd, path, contents, length, error);
    }
  if (S_ISDIR (st.st_mode))
    return save_error (error, path, EISDIR);
  if (!S_ISREG (st.st_mode))
    {
      /* /dev/null, /dev/stdout, a FIFO, a terminal: not ours to replace. */
      gint fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
      if (fd < 0)
        return save_error (error, path, errno);
      return write_through (fd, path, contents, length, error);
    }
  /* Through symbolic links to the file they name. */
  target = realpath (path, NULL);
  if (target == NULL)
    return save_error (error, path, errno);
  if ((temp = write_beside (target, &st, contents, length)) == NULL)
    return save_error (error, path, errno);
  if (st.st_nlink > 1)
    {
      /* Renaming would cut the other links: the file is rewritten in place,
       * now that the whole text was written once (a full disk shows there). */
      gint fd = g_open (target, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);
      g_unlink (temp);
      if (fd < 0)
        return save_error (error, path, errno);
      if (!write_all (fd, contents, length) || fsync (fd) != 0)
        {
          gint saved = errno;
          close (fd);
          return save_error (error, path, saved);
        }
      close (fd);
      return TRUE;
    }
  if (g_rename (temp, target) != 0)
    {
      gint saved = errno;
      g_unlink (temp);
      return save_error (error, path, saved);
    }
  return TRUE;
}
