/* Reading inputs and saving outputs (lib/file-io.c, compiled into this
 * suite so that the guard can be tested directly): a file truncated while
 * mapped, pipes and standard input, the size limit, and saves to every kind
 * of target. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "test-util.h"
#include "file-io.h"

static gchar *
temp_dir (void)
{
  GError *error = NULL;
  gchar *dir = g_dir_make_tmp ("totuo-io-XXXXXX", &error);
  ck_assert_msg (dir != NULL, "%s", error != NULL ? error->message : "");
  return dir;
}

static void
remove_dir (const gchar *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const gchar *name;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree gchar *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static gchar *
write_text (const gchar *dir,
            const gchar *name,
            const gchar *text,
            gsize        length)
{
  gchar *path = g_build_filename (dir, name, NULL);
  ck_assert (g_file_set_contents (path, text, (gssize) length, NULL));
  return path;
}

/* memcheck emulates signals and does not hand SIGBUS on a truncated mapping
 * to the program's handler with its address (it reports a fault at a wrong
 * address and stops): the guard is tested in the plain and sanitizer runs. */
static gboolean
under_valgrind (void)
{
  const gchar *preload = g_getenv ("LD_PRELOAD");
  return preload != NULL && strstr (preload, "vgpreload") != NULL;
}

START_TEST (test_truncated_mapping_is_an_error)
{
  g_autofree gchar *dir = temp_dir ();
  gsize length = 64 * 1024;
  g_autofree gchar *text = g_malloc (length);
  g_autofree gchar *path = NULL;
  g_autoptr(GError) error = NULL;
  TotuoInput input;
  volatile gchar last;

  if (under_valgrind ())
    {
      remove_dir (dir);
      return;
    }
  memset (text, 'x', length);
  path = write_text (dir, "big.csv", text, length);
  ck_assert (totuo_input_open (&input, path, &error));
  ck_assert (totuo_input_is_mapped (&input));
  ck_assert (totuo_input_intact (&input, NULL));
  ck_assert (truncate (path, 0) == 0);
  /* Without the guard this read kills the process with SIGBUS. */
  last = input.data[length - 1];
  ck_assert_int_eq (last, 0);
  ck_assert (!totuo_input_intact (&input, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  ck_assert_ptr_nonnull (strstr (error->message, path));
  ck_assert_ptr_nonnull (strstr (error->message, "changed while it was read"));
  totuo_input_clear (&input);
  remove_dir (dir);
}
END_TEST

START_TEST (test_rewritten_file_is_an_error)
{
  g_autofree gchar *dir = temp_dir ();
  g_autofree gchar *path = write_text (dir, "a.csv", "code\n1\n", 7);
  g_autoptr(GError) error = NULL;
  TotuoInput input;
  gint fd;

  ck_assert (totuo_input_open (&input, path, &error));
  /* Grown in place (the same inode): the mapping no longer is the file. */
  fd = g_open (path, O_WRONLY | O_APPEND, 0);
  ck_assert (fd >= 0 && write (fd, "2\n", 2) == 2);
  close (fd);
  ck_assert (!totuo_input_intact (&input, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  totuo_input_clear (&input);
  remove_dir (dir);
}
END_TEST

/* A load that races a truncation ends in a full load or an error. */
typedef struct {
  const gchar *path;
  gulong delay;
} Truncation;

static gpointer
truncate_later (gpointer data)
{
  Truncation *t = data;
  g_usleep (t->delay);
  g_assert (truncate (t->path, 100) == 0);
  return NULL;
}

START_TEST (test_load_racing_truncation)
{
  g_autofree gchar *dir = temp_dir ();
  GString *csv = g_string_new (INSTITUTIONS_HEADER);
  g_autofree gchar *regions = write_text (dir, "r.csv", REGIONS_HEADER "R,r,district,,,,,,\n", -1);
  g_autofree gchar *path = g_build_filename (dir, "i.csv", NULL);
  guint n_rows = 20000;

  if (under_valgrind ())
    n_rows = 0;     /* see under_valgrind(): a truncation must not race the load */

  for (guint k = 0; k < n_rows; k++)
    g_string_append_printf (csv, "I%u,n,R,nursery,public,true,10,,filed,full_day,,,,false,,\n",
                            k);
  for (gulong delay = 0; n_rows > 0 && delay <= 4000; delay += 500)
    {
      g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
      g_autoptr(GError) error = NULL;
      Truncation t = { path, delay };
      GThread *thread;
      gboolean ok;

      ck_assert (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));
      ck_assert (totuo_dataset_load_regions_csv (ds, regions, NULL));
      thread = g_thread_new ("truncate", truncate_later, &t);
      ok = totuo_dataset_load_institutions_csv (ds, path, &error);
      g_thread_join (thread);
      if (ok)
        ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), n_rows);
      else
        {
          ck_assert_ptr_nonnull (error);
          ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 0);
        }
    }
  g_string_free (csv, TRUE);
  remove_dir (dir);
}
END_TEST

static gpointer
feed_pipe (gpointer data)
{
  gint fd = GPOINTER_TO_INT (data);
  gchar block[4096];

  memset (block, 'a', sizeof block);
  for (guint k = 0; k < 256; k++)
    g_assert (write (fd, block, sizeof block) == (gssize) sizeof block);
  close (fd);
  return NULL;
}

START_TEST (test_pipe_is_read_whole)
{
  gint fds[2];
  g_autofree gchar *path = NULL;
  g_autoptr(GError) error = NULL;
  TotuoInput input;
  GThread *thread;

  ck_assert (pipe (fds) == 0);
  path = g_strdup_printf ("/dev/fd/%d", fds[0]);
  thread = g_thread_new ("feed", feed_pipe, GINT_TO_POINTER (fds[1]));
  ck_assert_msg (totuo_input_open (&input, path, &error), "%s", error ? error->message : "");
  g_thread_join (thread);
  ck_assert (!totuo_input_is_mapped (&input));
  ck_assert_uint_eq (input.length, 256 * 4096);
  ck_assert (totuo_input_intact (&input, NULL));
  totuo_input_clear (&input);
  close (fds[0]);
}
END_TEST

START_TEST (test_dash_is_standard_input)
{
  gint fds[2], saved = dup (STDIN_FILENO);
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(GError) error = NULL;
  const gchar *csv = REGIONS_HEADER "R,r,district,,100,,,,\n";

  ck_assert (pipe (fds) == 0);
  ck_assert (write (fds[1], csv, strlen (csv)) == (gssize) strlen (csv));
  close (fds[1]);
  ck_assert (dup2 (fds[0], STDIN_FILENO) == STDIN_FILENO);
  close (fds[0]);
  ck_assert_msg (totuo_dataset_load_regions_csv (ds, "-", &error), "%s",
                 error ? error->message : "");
  dup2 (saved, STDIN_FILENO);
  close (saved);
  ck_assert_uint_eq (totuo_dataset_get_n_regions (ds), 1);
}
END_TEST

START_TEST (test_endless_input_stops_at_limit)
{
  g_autoptr(GError) error = NULL;
  TotuoInput input;
  /* 2 GiB read under memcheck would take minutes: the sanitizer and plain
   * runs cover this. */
  if (under_valgrind ())
    return;
  ck_assert (!totuo_input_open (&input, "/dev/zero", &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  ck_assert_ptr_nonnull (strstr (error->message, "/dev/zero"));
}
END_TEST

START_TEST (test_missing_and_directory_named)
{
  g_autofree gchar *dir = temp_dir ();
  g_autoptr(GError) error = NULL;
  TotuoInput input;

  ck_assert (!totuo_input_open (&input, dir, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  ck_assert_ptr_nonnull (strstr (error->message, dir));
  g_clear_error (&error);
  ck_assert (!totuo_input_open (&input, "/no/such/file.csv", &error));
  ck_assert_str_eq (error->message, "/no/such/file.csv: cannot open it: No such file or directory");
  remove_dir (dir);
}
END_TEST

START_TEST (test_save_keeps_mode_and_links)
{
  g_autofree gchar *dir = temp_dir ();
  g_autofree gchar *path = write_text (dir, "out.csv", "old", 3);
  g_autofree gchar *symbolic = g_build_filename (dir, "link.csv", NULL);
  g_autofree gchar *hard = g_build_filename (dir, "hard.csv", NULL);
  g_autofree gchar *text = NULL;
  GStatBuf st;

  /* The mode of a file replaced is kept. */
  ck_assert (g_chmod (path, 0600) == 0);
  ck_assert (totuo_save_file (path, "new", 3, NULL));
  ck_assert (g_stat (path, &st) == 0);
  ck_assert_uint_eq (st.st_mode & 07777, 0600);
  /* Through a symbolic link, to the file it names: the link stays a link. */
  ck_assert (symlink (path, symbolic) == 0);
  ck_assert (totuo_save_file (symbolic, "via link", 8, NULL));
  ck_assert (g_lstat (symbolic, &st) == 0 && S_ISLNK (st.st_mode));
  ck_assert (g_file_get_contents (path, &text, NULL, NULL));
  ck_assert_str_eq (text, "via link");
  g_clear_pointer (&text, g_free);
  /* A hard link still shares the file. */
  ck_assert (link (path, hard) == 0);
  ck_assert (totuo_save_file (hard, "both", 4, NULL));
  ck_assert (g_file_get_contents (path, &text, NULL, NULL));
  ck_assert_str_eq (text, "both");
  ck_assert (g_stat (path, &st) == 0 && st.st_nlink == 2);
  remove_dir (dir);
}
END_TEST

START_TEST (test_save_writes_through_devices)
{
  g_autofree gchar *dir = temp_dir ();
  g_autofree gchar *fifo = g_build_filename (dir, "fifo", NULL);
  gint fd;
  gchar got[16] = { 0 };
  GStatBuf st;

  ck_assert (totuo_save_file ("/dev/null", "discarded", 9, NULL));
  ck_assert (g_stat ("/dev/null", &st) == 0 && S_ISCHR (st.st_mode));
  ck_assert (mkfifo (fifo, 0600) == 0);
  fd = g_open (fifo, O_RDONLY | O_NONBLOCK, 0);
  ck_assert (fd >= 0);
  ck_assert (totuo_save_file (fifo, "through", 7, NULL));
  ck_assert_int_eq (read (fd, got, sizeof got - 1), 7);
  ck_assert_str_eq (got, "through");
  close (fd);
  ck_assert (g_lstat (fifo, &st) == 0 && S_ISFIFO (st.st_mode));
  remove_dir (dir);
}
END_TEST

START_TEST (test_save_errors_name_the_target)
{
  g_autofree gchar *dir = temp_dir ();
  g_autofree gchar *inside = g_build_filename (dir, "no-dir", "out.csv", NULL);
  g_autoptr(GError) error = NULL;

  ck_assert (!totuo_save_file (inside, "x", 1, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  ck_assert_ptr_nonnull (strstr (error->message, inside));
  ck_assert_ptr_null (strstr (error->message, "XXXXXX"));
  g_clear_error (&error);
  ck_assert (!totuo_save_file (dir, "x", 1, &error));
  ck_assert_ptr_nonnull (strstr (error->message, dir));
  remove_dir (dir);
}
END_TEST

static Suite *
io_suite (void)
{
  Suite *s = suite_create ("file-io");
  TCase *t = tcase_create ("file-io");

  tcase_set_timeout (t, 120);
  tcase_add_test (t, test_truncated_mapping_is_an_error);
  tcase_add_test (t, test_rewritten_file_is_an_error);
  tcase_add_test (t, test_load_racing_truncation);
  tcase_add_test (t, test_pipe_is_read_whole);
  tcase_add_test (t, test_dash_is_standard_input);
  tcase_add_test (t, test_endless_input_stops_at_limit);
  tcase_add_test (t, test_missing_and_directory_named);
  tcase_add_test (t, test_save_keeps_mode_and_links);
  tcase_add_test (t, test_save_writes_through_devices);
  tcase_add_test (t, test_save_errors_name_the_target);
  suite_add_tcase (s, t);
  return s;
}

TEST_MAIN (io_suite)
