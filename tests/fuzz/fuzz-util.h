/* Shared by the libFuzzer harnesses of tests/fuzz/.
 *
 * A harness is built two ways: with -fsanitize=fuzzer (meson -Dfuzzing=true),
 * where libFuzzer calls LLVMFuzzerTestOneInput with generated inputs, and in
 * every other build with replay-main.c, which feeds it the committed corpus
 * and regression inputs as a plain test. */
#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <totuo/totuo.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* An invariant that does not hold is a bug as real as a crash: stop so the
 * fuzzer saves the input. */
#define FUZZ_CHECK(cond)                                                      \
  do {                                                                        \
    if (!(cond))                                                              \
      {                                                                       \
        fprintf (stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, \
                 #cond);                                                      \
        abort ();                                                             \
      }                                                                       \
  } while (0)

/* A failure is reported as a totuo error whose message is UTF-8 (it quotes
 * bad input, which may not be). */
#define FUZZ_CHECK_ERROR(error)                                               \
  FUZZ_CHECK ((error) != NULL && (error)->domain == TOTUO_ERROR &&            \
              g_utf8_validate ((error)->message, -1, NULL))

/* A GLib critical or warning means the library broke its own contract
 * (it is given only valid arguments here): make it fatal. */
#define FUZZ_INITIALIZE                                                       \
  int LLVMFuzzerInitialize (int *argc, char ***argv)                          \
  {                                                                           \
    (void) argc;                                                              \
    (void) argv;                                                              \
    g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);      \
    return 0;                                                                 \
  }

/* Loading into a dataset that then fails must leave it as it was: the
 * fuzzers load into a dataset holding one known region and check it. */
static inline TotuoDataset *
fuzz_dataset_with_regions (const gchar *regions_csv)
{
  TotuoDataset *ds = totuo_dataset_new ();
  GError *error = NULL;

  if (!totuo_dataset_load_regions_csv_data (ds, regions_csv, -1, "<fixed>", &error))
    {
      fprintf (stderr, "fuzz: the fixed regions do not load: %s\n", error->message);
      abort ();
    }
  return ds;
}

/* A dataset that loaded saves to CSV (regions, then institutions) and to
 * JSON, and each loads into a fresh dataset equal to it. */
static inline void
fuzz_check_round_trip (TotuoDataset *ds)
{
  TotuoDataset *from_csv = totuo_dataset_new ();
  TotuoDataset *from_json = totuo_dataset_new ();
  gsize regions_len = 0, insts_len = 0, json_len = 0;
  gchar *regions = totuo_dataset_regions_to_csv (ds, &regions_len);
  gchar *insts = totuo_dataset_institutions_to_csv (ds, &insts_len);
  gchar *json = totuo_dataset_to_json (ds, &json_len);

  FUZZ_CHECK (totuo_dataset_load_regions_csv_data (from_csv, regions, (gssize) regions_len,
                                                   "<regions>", NULL));
  FUZZ_CHECK (totuo_dataset_load_institutions_csv_data (from_csv, insts, (gssize) insts_len,
                                                        "<institutions>", NULL));
  FUZZ_CHECK (totuo_dataset_equal (ds, from_csv));
  FUZZ_CHECK (totuo_dataset_load_json_data (from_json, json, (gssize) json_len, "<json>", NULL));
  FUZZ_CHECK (totuo_dataset_equal (ds, from_json));
  g_free (regions);
  g_free (insts);
  g_free (json);
  totuo_dataset_unref (from_csv);
  totuo_dataset_unref (from_json);
}
