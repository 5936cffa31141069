/* Runs a fuzz harness over files and directories of inputs: the committed
 * corpus and the regression inputs, in builds without libFuzzer. */
#include <glib.h>

#include "fuzz-util.h"

static gboolean
replay_file (const gchar *path)
{
  g_autofree gchar *data = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &data, &len, &error))
    {
      fprintf (stderr, "replay: %s\n", error->message);
      return FALSE;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  return TRUE;
}

static gboolean
replay (const gchar *path,
        guint       *n_inputs)
{
  g_autoptr(GDir) dir = NULL;
  const gchar *name;
  gboolean ok = TRUE;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      (*n_inputs)++;
      return replay_file (path);
    }
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree gchar *child = g_build_filename (path, name, NULL);
      ok = replay (child, n_inputs) && ok;
    }
  return ok;
}

int
main (int argc, char **argv)
{
  guint n_inputs = 0;
  gboolean ok = TRUE;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    ok = replay (argv[i], &n_inputs) && ok;
  printf ("%u inputs replayed\n", n_inputs);
  /* An empty corpus would make this test pass without testing anything. */
  return ok && n_inputs > 0 ? 0 : 1;
}
