/* CSV: what loads, what round-trips, and a corpus of malformed inputs that
 * must each fail with their own error code, a location, and nothing loaded. */
#include <string.h>

#include <glib/gstdio.h>

#include "test-util.h"

#define BASE_REGIONS REGIONS_HEADER \
  "C,City,city,,1000,,,,\n" \
  "D,District,district,C,,,,,\n" \
  "S,Street,street,D,,,,,\n" \
  "T,Town,township,D,,,,,\n"
#define BASE_INSTITUTIONS INSTITUTIONS_HEADER \
  "i1,,S,nursery,public,true,10,5,filed,,,,,,,\n"

START_TEST (test_quoting_and_line_ends)
{
  const gchar *regions =
    "\xEF\xBB\xBF" "code,name,level,parent\r\n"
    "C,\"City, \"\"big\"\"\",city,\r\n"
    "\r\n"
    "D,\"two\nlines\",district,C\r\n"
    "S,\" padded \",street,D";     /* no line end at the very end */
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoRegion) c = NULL, d = NULL, s = NULL;
  GError *error = NULL;

  ck_assert_msg (totuo_dataset_load_regions_csv_data (ds, regions, -1, "r.csv", &error),
                 "%s", error ? error->message : "");
  c = totuo_dataset_lookup_region (ds, "C");
  d = totuo_dataset_lookup_region (ds, "D");
  s = totuo_dataset_lookup_region (ds, "S");
  ck_assert_str_eq (totuo_region_get_name (c), "City, \"big\"");
  ck_assert_str_eq (totuo_region_get_name (d), "two\nlines");
  ck_assert_str_eq (totuo_region_get_name (s), " padded ");
  ck_assert_int_eq (totuo_region_get_population (c), TOTUO_UNKNOWN);
}
END_TEST

START_TEST (test_chinese_headers_any_order)
{
  const gchar *regions =
    "常住人口,名称,层级,区划代码,上级代码,3岁以下婴幼儿数,幼儿园数,纬度,经度,备注\n"
    "1284182,开州区,区县,500154,,26876,,31.16,108.39,ignored\n"
    " 12000 ,汉丰街道,街道,500154001,500154,4512,8,,,\n";
  const gchar *institutions =
    "托位数,机构编号,所属区划代码,机构类型,举办性质,是否普惠,登记备案状态,服务模式,在托人数\n"
    "30,KZ1,500154001,托育机构,公建民营,是,已备案,全日托、计时托,12\n";
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoRegion) kz = NULL, hf = NULL;
  g_autoptr(TotuoInstitution) i = NULL;
  GError *error = NULL;
  gdouble lat = 0;

  ck_assert_msg (totuo_dataset_load_regions_csv_data (ds, regions, -1, NULL, &error),
                 "%s", error ? error->message : "");
  ck_assert_msg (totuo_dataset_load_institutions_csv_data (ds, institutions, -1, NULL, &error),
                 "%s", error ? error->message : "");
  kz = totuo_dataset_lookup_region (ds, "500154");
  hf = totuo_dataset_lookup_region (ds, "500154001");
  ck_assert_int_eq (totuo_region_get_population (kz), 1284182);
  ck_assert_int_eq (totuo_region_get_under3 (kz), 26876);
  ck_assert (totuo_region_get_location (kz, &lat, NULL));
  ck_assert_double_eq (lat, 31.16);
  ck_assert_int_eq (totuo_region_get_level (hf), TOTUO_REGION_LEVEL_STREET);
  ck_assert_int_eq (totuo_region_get_population (hf), 12000);
  ck_assert_int_eq (totuo_region_get_kindergartens (hf), 8);
  i = totuo_dataset_lookup_institution (ds, "KZ1");
  ck_assert_int_eq (totuo_institution_get_kind (i), TOTUO_KIND_NURSERY);
  ck_assert_int_eq (totuo_institution_get_ownership (i), TOTUO_OWNERSHIP_MIXED);
  ck_assert (totuo_institution_get_inclusive (i));
  ck_assert_int_eq (totuo_institution_get_status (i), TOTUO_STATUS_FILED);
  ck_assert_int_eq (totuo_institution_get_modes (i), TOTUO_MODE_FULL_DAY | TOTUO_MODE_HOURLY);
  ck_assert_int_eq (totuo_institution_get_enrolled (i), 12);
  ck_assert_int_eq (totuo_institution_get_places (i), 30);
}
END_TEST

static void
assert_csv_round_trip (TotuoDataset *ds)
{
  g_autofree gchar *regions = totuo_dataset_regions_to_csv (ds, NULL);
  g_autofree gchar *institutions = totuo_dataset_institutions_to_csv (ds, NULL);
  g_autoptr(TotuoDataset) again = dataset_from_csv (regions, institutions);
  g_autofree gchar *regions2 = totuo_dataset_regions_to_csv (again, NULL);

  ck_assert (totuo_dataset_equal (ds, again));
  ck_assert_str_eq (regions, regions2);
}

START_TEST (test_round_trip_examples)
{
  const gchar *names[] = { "kaizhou", "taizhou", "chengdu", "wuhan", "dazu", "sample" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autoptr(TotuoDataset) ds = example_dataset (names[k]);
      assert_csv_round_trip (ds);
    }
}
END_TEST

START_TEST (test_round_trip_awkward_values)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoRegion) r = totuo_region_new ("a,\"b\"", " 名 \n字, ", TOTUO_REGION_LEVEL_DISTRICT);
  g_autoptr(TotuoInstitution) i = totuo_institution_new (" id ", "\"quoted\"", "a,\"b\"");
  GError *error = NULL;

  totuo_region_set_location (r, -0.1, 179.99999999999997);
  totuo_region_set_population (r, 0);
  ck_assert (totuo_dataset_add_region (ds, r, &error));
  totuo_institution_set_monthly_fee (i, 0.1);
  totuo_institution_set_places (i, 0);
  totuo_institution_set_enrolled (i, 0);
  totuo_institution_set_modes (i, TOTUO_MODE_ALL);
  totuo_institution_set_location (i, 90, -180);
  totuo_institution_set_health_manager (i, TRUE);
  ck_assert (totuo_dataset_add_institution (ds, i, &error));
  assert_csv_round_trip (ds);
}
END_TEST

/* What the writer must write for a decimal: the shorter of 15 and 17
 * significant digits that reads back exactly. */
static gchar *
shortest_printf (gdouble value)
{
  gchar buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* The fewest of 15, 16 or 17 significant digits that read back. */
  for (gint digits = 15; digits <= 17; digits++)
    {
      g_autofree gchar *format = g_strdup_printf ("%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

/* Decimals to write: short and long ones at every scale, the bounds of
 * plain notation, and doubles from random bits. */
static GArray *
decimals_to_write (GRand *rand)
{
  static const gdouble edges[] = {
    0, 0.1, 0.5, 1, 1e-4, 1e-5, 9.99999999999999e14, 1e15, 123456789012345.6,
    0.30000000000000004, 9007199254740992.0, 1e-300, 5e-324, G_MAXDOUBLE, 2200, 116.39713,
  };
  GArray *values = g_array_new (FALSE, FALSE, sizeof (gdouble));

  g_array_append_vals (values, edges, G_N_ELEMENTS (edges));
  g_array_append_val (values, (gdouble) { nextafter (1e-4, 0) });
  g_array_append_val (values, (gdouble) { nextafter (1e15, 0) });
  for (gint e = -7; e <= 17; e++)
    for (guint digits = 1; digits <= 17; digits++)
      {
        gdouble v = floor (g_rand_double (rand) * pow (10, digits)) * pow (10, e - (gint) digits);
        g_array_append_val (values, v);
      }
  for (guint k = 0; k < 2000; k++)
    {
      guint64 bits = ((guint64) g_rand_int (rand) << 32 | g_rand_int (rand)) & ~(1ull << 63);
      gdouble v;
      memcpy (&v, &bits, sizeof v);
      if (isfinite (v))
        g_array_append_val (values, v);
    }
  return values;
}

/* Fees and coordinates are written as printf would write them with the
 * shorter of "%.15g" and "%.17g" that reads back, and read back exactly;
 * the writer finds most of them without printf. */
START_TEST (test_decimals_written_shortest)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (61);
  g_autoptr(GArray) values = decimals_to_write (rand);
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  g_autoptr(TotuoRegion) r = totuo_region_new ("S", NULL, TOTUO_REGION_LEVEL_STREET);
  g_auto(GStrv) lines = NULL;
  g_autofree gchar *csv = NULL;
  GError *error = NULL;

  ck_assert (totuo_dataset_add_region (ds, r, &error));
  for (guint k = 0; k < values->len; k++)
    {
      g_autofree gchar *id = g_strdup_printf ("i%u", k);
      g_autoptr(TotuoInstitution) inst = totuo_institution_new (id, NULL, "S");
      gdouble v = g_array_index (values, gdouble, k);

      totuo_institution_set_monthly_fee (inst, v);
      /* Negative coordinates, within their ranges. */
      totuo_institution_set_location (inst, -fmod (v, 90), -fmod (v, 180));
      ck_assert (totuo_dataset_add_institution (ds, inst, &error));
    }
  csv = totuo_dataset_institutions_to_csv (ds, NULL);
  lines = g_strsplit (csv, "\n", -1);
  for (guint k = 0; k < values->len; k++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[k + 1], ",", -1);
      gdouble v = g_array_index (values, gdouble, k);
      gdouble written[3] = { v, -fmod (v, 90), -fmod (v, 180) };
      const gchar *text[3] = { fields[10], fields[14], fields[15] };

      for (guint f = 0; f < 3; f++)
        {
          g_autofree gchar *want = shortest_printf (written[f]);
          ck_assert_msg (strcmp (text[f], want) == 0, "%.17g: wrote %s, printf %s",
                         written[f], text[f], want);
          ck_assert (g_ascii_strtod (text[f], NULL) == written[f]);
        }
    }
}
END_TEST

/* A reader drops spaces and tabs around an unquoted value, so the writer
 * must quote a value with either at either end (found by fuzz-json). */
START_TEST (test_round_trip_edge_whitespace)
{
  const gchar *names[] = { "一\t", "\t一", "a ", " a", "\t", " ", "a\tb" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
      g_autoptr(TotuoRegion) r = totuo_region_new ("1", names[k], TOTUO_REGION_LEVEL_PROVINCE);
      g_autoptr(TotuoInstitution) i = totuo_institution_new ("x", names[k], "1");
      GError *error = NULL;

      ck_assert (totuo_dataset_add_region (ds, r, &error));
      ck_assert (totuo_dataset_add_institution (ds, i, &error));
      assert_csv_round_trip (ds);
    }
}
END_TEST

/* The encoding check agrees with GLib's validator on every short string of
 * the bytes where UTF-8's rules change (boundaries of lead and continuation
 * bytes, surrogates, the end of Unicode, NUL). A padding of ASCII before
 * them puts them at every place of the checker's 16-byte blocks. */
START_TEST (test_utf8_agrees_with_glib)
{
  static const guchar alphabet[] = { 0x00, 'a', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                     0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                     0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);

  for (guint k = 0; k < 20000; k++)
    {
      g_autoptr(GString) text = g_string_new ("code,name,level\nX,");
      g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
      gsize n = (gsize) g_rand_int_range (rand, 1, 7), name_start = text->len;
      gint pad = g_rand_int_range (rand, 0, 40);
      gboolean valid;

      for (gint b = 0; b < pad; b++)
        g_string_append_c (text, 'a');
      n += (gsize) pad;
      for (gsize b = (gsize) pad; b < n; b++)
        g_string_append_c (text, (gchar) alphabet[g_rand_int_range (rand, 0, sizeof alphabet)]);
      valid = g_utf8_validate_len (text->str + name_start, n, NULL);
      g_string_append (text, ",city\n");
      if (totuo_dataset_load_regions_csv_data (ds, text->str, (gssize) text->len, "r.csv", NULL))
        {
          /* Invalid UTF-8 loads only when it is read as GB18030, and says so. */
          g_auto(GStrv) warnings = totuo_dataset_get_warnings (ds, NULL);
          if (valid)
            ck_assert_ptr_null (warnings[0]);
          else
            ck_assert_msg (warnings[0] != NULL &&
                           strstr (warnings[0], "read as GB18030") != NULL,
                           "invalid UTF-8 loaded silently");
        }
      else
        ck_assert (!valid);
    }
}
END_TEST

/* A registry of n institutions, over the 4 MiB from which a file is
 * parsed on two threads; every fifth line of the first tenth is blank. */
static GString *
big_registry (guint n)
{
  GString *text = g_string_new (INSTITUTIONS_HEADER);
  for (guint k = 0; k < n; k++)
    {
      g_string_append_printf (text, "inst-%06u,托育机构%u,%s,nursery,public,true,%u,,filed,"
                              "full_day,1200,3,2,true,30.5,104.25\n",
                              k, k, k % 2 ? "S" : "T", k % 50);
      if (k < n / 10 && k % 5 == 0)
        g_string_append_c (text, '\n');
    }
  return text;
}

/* Text passed with its length is read up to it and no further: its last
 * record may end there, with no line end and no NUL behind it. */
START_TEST (test_data_without_line_end_or_nul)
{
  const gchar *text = INSTITUTIONS_HEADER "i1,,S,nursery,public,true,10,5,filed,,,,,,,\n"
                      "i2,,S,nursery,public,true,20,5,filed,,,,,,,";
  gsize len = strlen (text);
  g_autofree gchar *exact = g_memdup2 (text, len);   /* sanitizers see a byte past it */
  g_autoptr(TotuoDataset) ds = dataset_from_csv (BASE_REGIONS, NULL);
  g_autoptr(TotuoInstitution) last = NULL;
  GError *error = NULL;

  ck_assert (totuo_dataset_load_institutions_csv_data (ds, exact, (gssize) len, "i.csv",
                                                       &error));
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 2);
  last = totuo_dataset_get_institution (ds, 1);
  ck_assert_str_eq (totuo_institution_get_id (last), "i2");
  ck_assert_int_eq (totuo_institution_get_places (last), 20);
}
END_TEST

/* Counts the messages of loads done on two threads (lib/csv.c), which
 * the tests of that path check it took: a file it gives up on still
 * loads, on one thread. */
static void
count_two_thread_loads (const gchar   *domain,
                        GLogLevelFlags level,
                        const gchar   *message,
                        gpointer       data)
{
  if (strstr (message, "two threads") != NULL)
    (*(guint *) data)++;
}

static guint *
watch_two_thread_loads (void)
{
  static guint count;

  count = 0;
  g_log_set_handler ("totuo", G_LOG_LEVEL_DEBUG, count_two_thread_loads, &count);
  return &count;
}

/* Whether this run parses small files on two threads (tests/meson.build). */
static gboolean
small_files_on_two_threads (void)
{
  return g_getenv ("TOTUO_PARALLEL_MIN_BYTES") != NULL;
}

/* The two-thread load: both halves' ids join the index, each thread
 * filling half of it; a repeated id anywhere is told at its line by the
 * one-thread path, with nothing loaded; blank lines in the first half
 * leave a gap the second half's rows close. */
START_TEST (test_two_threads_big_file)
{
  const guint n = 60000;
  g_autoptr(TotuoDataset) ds = dataset_from_csv (BASE_REGIONS, NULL);
  GString *text = big_registry (n);
  g_autoptr(TotuoInstitution) last = NULL;
  GError *error = NULL;
  gchar *at;

  guint *two_thread_loads = watch_two_thread_loads ();

  ck_assert_uint_gt (text->len, 4 * 1024 * 1024);
  ck_assert (totuo_dataset_load_institutions_csv_data (ds, text->str, (gssize) text->len,
                                                       "i.csv", &error));
  ck_assert_uint_eq (*two_thread_loads, 1);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), n);
  last = totuo_dataset_get_institution (ds, n - 1);
  ck_assert_str_eq (totuo_institution_get_id (last), "inst-059999");
  ck_assert_int_eq (totuo_institution_get_places (last), 59999 % 50);
  /* Every id is in the index, also those whose place in it is where
   * the two threads' parts of it meet. */
  for (guint k = 0; k < n; k++)
    {
      g_autofree gchar *id = g_strdup_printf ("inst-%06u", k);
      g_autoptr(TotuoInstitution) inst = totuo_dataset_lookup_institution (ds, id);
      ck_assert_msg (inst != NULL, "%s is not found", id);
      ck_assert_int_eq (totuo_institution_get_places (inst), k % 50);
    }

  /* The last row repeats the first: far apart, in the two halves. */
  g_autoptr(TotuoDataset) again = dataset_from_csv (BASE_REGIONS, NULL);
  at = strstr (text->str, "inst-059999");
  memcpy (at, "inst-000000", 11);
  ck_assert (!totuo_dataset_load_institutions_csv_data (again, text->str, (gssize) text->len,
                                                        "i.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_DUPLICATE_ID);
  ck_assert (strstr (error->message, "(first at line 2)") != NULL);
  g_clear_error (&error);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (again), 0);

  /* Two rows late in the second half repeat each other. */
  memcpy (at, "inst-059998", 11);
  ck_assert (!totuo_dataset_load_institutions_csv_data (again, text->str, (gssize) text->len,
                                                        "i.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (again), 0);
  g_string_free (text, TRUE);
}
END_TEST

#define ROW(text) { text, sizeof text - 1 }

/* A file that is not UTF-8 fails with the same error wherever the bad
 * bytes stand, in the first half of the file or the second. The
 * two-thread load checks only the values it keeps as they stand (the id,
 * the name, a column it does not know); any other must fail to parse. */
START_TEST (test_encoding_in_every_column)
{
  static const struct { const gchar *text; gsize len; } bad[] = {
    ROW ("\xFFi,名,S,nursery,1,备注\n"),                 /* id */
    ROW ("bad,名\xC3\x28,S,nursery,1,备注\n"),           /* name: a bad second byte */
    ROW ("bad,\xED\xA0\x80,S,nursery,1,备注\n"),         /* a surrogate */
    ROW ("bad,名\xE4\xB8,S,nursery,1,备注\n"),           /* a character cut short */
    ROW ("bad,名\xE4\xB8x,S,nursery,1,备注\n"),          /* a third byte that is not one */
    ROW ("bad,a\0b,S,nursery,1,备注\n"),                 /* a NUL */
    ROW ("bad-id\0-long,名,S,nursery,1,备注\n"),         /* a NUL among ASCII */
    ROW ("bad,名,S,nursery,1,备注\xE0\x80\x80\n"),       /* unknown column: overlong */
    ROW ("bad,名,S\xFF,nursery,1,备注\n"),               /* region */
    ROW ("bad,名,S,nurs\xE9ry,1,备注\n"),                /* kind */
    ROW ("bad,名,S,nursery,1\xFF,备注\n"),               /* places */
  };
  const gchar *header = "id,name,region,kind,places,note\n";
  const guint n_rows = 12;
  guint *two_thread_loads = watch_two_thread_loads ();

  for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
    for (guint at = 1; at < n_rows; at += n_rows - 3)   /* a row in each half */
      {
        g_autoptr(TotuoDataset) ds = dataset_from_csv (BASE_REGIONS, NULL);
        g_autoptr(GString) text = g_string_new (header);
        g_autofree gchar *where = g_strdup_printf ("i.csv:%u:", at + 2);
        GError *error = NULL;

        for (guint r = 0; r < n_rows; r++)
          {
            if (r == at)
              g_string_append_len (text, bad[k].text, (gssize) bad[k].len);
            g_string_append_printf (text, "i%u,名%u,S,nursery,%u,备注\n", r, r, r);
          }
        ck_assert (!totuo_dataset_load_institutions_csv_data (ds, text->str,
                                                              (gssize) text->len,
                                                              "i.csv", &error));
        assert_totuo_error (error, TOTUO_ERROR_ENCODING);
        ck_assert_msg (strstr (error->message, where) != NULL, "row %u: %s not in %s",
                       k, where, error->message);
        g_clear_error (&error);
        ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 0);
      }

  /* Characters of two, three and four bytes load, also on two threads. */
  {
    g_autoptr(TotuoDataset) ds = dataset_from_csv (BASE_REGIONS, NULL);
    g_autoptr(GString) text = g_string_new (header);
    g_autoptr(TotuoInstitution) inst = NULL;
    GError *error = NULL;

    for (guint r = 0; r < n_rows; r++)
      g_string_append_printf (text, "i%u,é\xF0\xA0\x80\x80名\xEF\xBC\x88%u\xEF\xBC\x89,"
                              "S,nursery,%u,备注é\n", r, r, r);
    *two_thread_loads = 0;
    ck_assert (totuo_dataset_load_institutions_csv_data (ds, text->str, (gssize) text->len,
                                                         "i.csv", &error));
    ck_assert_uint_eq (*two_thread_loads, small_files_on_two_threads () ? 1 : 0);
    inst = totuo_dataset_lookup_institution (ds, "i7");
    ck_assert_str_eq (totuo_institution_get_name (inst), "é\xF0\xA0\x80\x80名（7）");
  }
}
END_TEST

/* A column's labels are remembered as they are met (lib/csv.c): more
 * spellings than it remembers, spellings alike but for one byte, and the
 * same spellings again later must each keep their own value. */
START_TEST (test_many_spellings_of_labels)
{
  static const struct { const gchar *kind; TotuoKind value; } kinds[] = {
    { "nursery", TOTUO_KIND_NURSERY }, { "NURSERY", TOTUO_KIND_NURSERY },
    { "托育机构", TOTUO_KIND_NURSERY }, { "kindergarten", TOTUO_KIND_KINDERGARTEN },
    { "幼儿园", TOTUO_KIND_KINDERGARTEN }, { "幼儿园托班", TOTUO_KIND_KINDERGARTEN },
    { "family", TOTUO_KIND_FAMILY }, { "Family", TOTUO_KIND_FAMILY },
    { "community", TOTUO_KIND_COMMUNITY }, { "employer", TOTUO_KIND_EMPLOYER },
    { "other", TOTUO_KIND_OTHER }, { "其他", TOTUO_KIND_OTHER },
    { "托育园", TOTUO_KIND_NURSERY }, { "家庭托育点", TOTUO_KIND_FAMILY },
  };
  static const struct { const gchar *word; gboolean value; } bools[] = {
    { "true", TRUE }, { "false", FALSE }, { "TRUE", TRUE }, { "1", TRUE }, { "0", FALSE },
    { "是", TRUE }, { "否", FALSE }, { "y", TRUE }, { "n", FALSE }, { "Yes", TRUE },
    { "no", FALSE }, { "有", TRUE }, { "无", FALSE },
  };
  static const struct { const gchar *modes; guint value; } modes[] = {
    { "hourly|full_day", TOTUO_MODE_HOURLY | TOTUO_MODE_FULL_DAY },
    { "hourly|half_day", TOTUO_MODE_HOURLY | TOTUO_MODE_HALF_DAY },
    { "half_day|hourly", TOTUO_MODE_HOURLY | TOTUO_MODE_HALF_DAY },
    { "full_day", TOTUO_MODE_FULL_DAY }, { "half_day", TOTUO_MODE_HALF_DAY },
  };
  GString *text = g_string_new (INSTITUTIONS_HEADER);
  g_autoptr(TotuoDataset) ds = NULL;
  const guint n = 3 * 14 * 13 * 5;

  for (guint k = 0; k < n; k++)
    g_string_append_printf (text, "i%u,,S,%s,,%s,1,,,%s,,,,,,\n", k, kinds[k % 14].kind,
                            bools[k % 13].word, modes[k % 5].modes);
  ds = dataset_from_csv (BASE_REGIONS, text->str);
  for (guint k = 0; k < n; k++)
    {
      g_autofree gchar *id = g_strdup_printf ("i%u", k);
      g_autoptr(TotuoInstitution) inst = totuo_dataset_lookup_institution (ds, id);
      ck_assert_int_eq (totuo_institution_get_kind (inst), kinds[k % 14].value);
      ck_assert_int_eq (totuo_institution_get_inclusive (inst), bools[k % 13].value);
      ck_assert_uint_eq (totuo_institution_get_modes (inst), modes[k % 5].value);
    }
  g_string_free (text, TRUE);

  /* A label that differs from a remembered one in a single byte (last,
   * middle or one of three) is still looked up, and refused. */
  {
    static const gchar *const rows[][2] = {
      { "i1,,S,,,false,1,,,full_day|hourly,,,,,,\n", "i2,,S,,,false,1,,,full_day|hourlx,,,,,,\n" },
      { "i1,,S,,,false,1,,,,,,,,,\n", "i2,,S,,,falsx,1,,,,,,,,,\n" },
      { "i1,,S,,,是,1,,,,,,,,,\n", "i2,,S,,,景,1,,,,,,,,,\n" },
    };
    for (guint k = 0; k < G_N_ELEMENTS (rows); k++)
      {
        g_autofree gchar *csv = g_strconcat (INSTITUTIONS_HEADER, rows[k][0], rows[k][1], NULL);
        g_autoptr(TotuoDataset) bad = dataset_from_csv (BASE_REGIONS, NULL);
        GError *error = NULL;

        ck_assert (!totuo_dataset_load_institutions_csv_data (bad, csv, -1, "i.csv", &error));
        assert_totuo_error (error, TOTUO_ERROR_UNKNOWN_VALUE);
        ck_assert (strstr (error->message, "i.csv:3:") != NULL);
        g_clear_error (&error);
      }
  }
}
END_TEST

/* Spaces and tabs around values are dropped in long records too, which
 * the reader splits 64 bytes at a time: padding in the block where the
 * record starts, in a later one, and a value that starts padded in one
 * block and ends in the next, with no space after it in the record. */
START_TEST (test_padding_in_long_records)
{
  GString *text = g_string_new (INSTITUTIONS_HEADER);
  g_autoptr(TotuoDataset) ds = NULL;
  const guint n = 800;

  for (guint k = 0; k < n; k++)
    {
      g_autofree gchar *filler = g_strnfill (k % 4 == 2 ? k % 7 : 10 + k % 61, 'x');
      switch (k % 4)
        {
        case 0:   /* only the name's start is padded */
          g_string_append_printf (text, "p%u,  %s,S,nursery,public,true,%u,0,filed,,,,,,,\n",
                                  k, filler, k);
          break;
        case 1:   /* tabs late in the record */
          g_string_append_printf (text, "p%u,%s,S,nursery,public,true,\t%u\t,0,filed,,,,,,\t1.5,2.5\t\n",
                                  k, filler, k);
          break;
        case 2:   /* a short record, a tab at its end */
          g_string_append_printf (text, "p%u,%s,S,nursery,public,true,%u,0,filed,,,,,,,\t\n",
                                  k, filler, k);
          break;
        default:  /* everywhere */
          g_string_append_printf (text, " p%u , %s\t, S ,nursery , public,true, %u,0,filed,,,,,,,\n",
                                  k, filler, k);
          break;
        }
    }
  ds = dataset_from_csv (BASE_REGIONS, text->str);
  ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), n);
  for (guint k = 0; k < n; k++)
    {
      g_autofree gchar *id = g_strdup_printf ("p%u", k);
      g_autofree gchar *name = g_strnfill (k % 4 == 2 ? k % 7 : 10 + k % 61, 'x');
      g_autoptr(TotuoInstitution) inst = totuo_dataset_lookup_institution (ds, id);

      ck_assert_msg (inst != NULL, "%s not found", id);
      ck_assert_str_eq (totuo_institution_get_name (inst), name);
      ck_assert_int_eq (totuo_institution_get_places (inst), k);
      ck_assert_int_eq (totuo_institution_get_kind (inst), TOTUO_KIND_NURSERY);
      ck_assert_int_eq (totuo_institution_get_ownership (inst), TOTUO_OWNERSHIP_PUBLIC);
      if (k % 4 == 1)
        {
          gdouble lat = 0, lon = 0;
          ck_assert (totuo_institution_get_location (inst, &lat, &lon));
          ck_assert (lat == 1.5 && lon == 2.5);
        }
    }
  g_string_free (text, TRUE);
}
END_TEST

/* Loads each value as both coordinates of a region: each must read as
 * g_ascii_strtod() reads it. */
static void
assert_coordinates_read_as_strtod (const gchar *const *values,
                                   guint               n)
{
  GString *csv = g_string_new ("code,level,lat,lon\n");
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  GError *error = NULL;

  for (guint k = 0; k < n; k++)
    g_string_append_printf (csv, "R%u,city,%s,%s\n", k, values[k], values[k]);
  ck_assert_msg (totuo_dataset_load_regions_csv_data (ds, csv->str, -1, "d.csv", &error),
                 "%s", error != NULL ? error->message : "");
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(TotuoRegion) r = totuo_dataset_get_region (ds, k);
      gdouble lat = 0, lon = 0, want = g_ascii_strtod (values[k], NULL);
      ck_assert (totuo_region_get_location (r, &lat, &lon));
      ck_assert_msg (lat == want && lon == want, "%s: read %.17g, strtod %.17g",
                     values[k], lat, want);
    }
  g_string_free (csv, TRUE);
}

/* Decimals of 8 to 16 characters, the usual coordinates among them: with
 * the point at every place, a sign or not, they read as strtod reads
 * them; with a second point, a sign or a stray character inside, they are
 * refused. */
START_TEST (test_long_decimals_read_as_strtod)
{
  static const gchar digits[] = "9876543210123456";
  static const gchar *const odd[] = {   /* refused, or read as strtod reads them */
    "1234.5.67", "12.345678.", "1.2345a67", "+1234.56-7", "12345678", "-1234.567",
    "12a4.5678", "1234567.8.9", "..345678", "1 234.5678", "1234.5:67", "12?4.5678",
  };
  GString *csv = g_string_new (INSTITUTIONS_HEADER);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TotuoDataset) ds = NULL;

  for (guint n = 7; n <= 15; n++)          /* digits */
    for (guint q = 0; q <= n; q++)         /* digits before the point */
      for (guint sign = 0; sign < 2; sign++)
        {
          gchar *v = g_strdup_printf ("%s%.*s.%.*s", sign ? "+" : "", (gint) q,
                                      digits + (n + q) % 2, (gint) (n - q), digits + n - q);
          g_string_append_printf (csv, "f%u,,S,,,,1,,,,%s,,,,,\n", values->len, v);
          g_ptr_array_add (values, v);
        }
  ds = dataset_from_csv (BASE_REGIONS, csv->str);
  for (guint k = 0; k < values->len; k++)
    {
      const gchar *v = g_ptr_array_index (values, k);
      g_autofree gchar *id = g_strdup_printf ("f%u", k);
      g_autoptr(TotuoInstitution) inst = totuo_dataset_lookup_institution (ds, id);
      gdouble fee = -1, want = g_ascii_strtod (v, NULL);

      ck_assert (totuo_institution_get_monthly_fee (inst, &fee));
      ck_assert_msg (fee == want, "%s: read %.17g, strtod %.17g", v, fee, want);
    }
  /* Negative ones, as coordinates (a fee may not be negative). */
  {
    static const gchar *const coordinates[] = { "-12.34567", "-1.234567", "-.1234567",
                                                "-89.123456", "+1.2345678", "-0.0000001" };
    assert_coordinates_read_as_strtod (coordinates, G_N_ELEMENTS (coordinates));
  }
  for (guint k = 0; k < G_N_ELEMENTS (odd); k++)
    {
      g_autofree gchar *row = g_strdup_printf ("%s%s\n", INSTITUTIONS_HEADER,
                                               "b1,,S,,,,1,,,,FEE,,,,,");
      g_autoptr(TotuoDataset) d2 = dataset_from_csv (BASE_REGIONS, NULL);
      g_autoptr(GString) text = g_string_new (row);
      GError *error = NULL;
      gdouble fee = 0;
      gboolean loaded;

      g_string_replace (text, "FEE", odd[k], 1);
      loaded = totuo_dataset_load_institutions_csv_data (d2, text->str, -1, "b.csv", &error);
      if (loaded)   /* only what strtod reads whole may load, and as strtod reads it */
        {
          g_autoptr(TotuoInstitution) inst = totuo_dataset_lookup_institution (d2, "b1");
          gchar *end = NULL;
          gdouble want = g_ascii_strtod (odd[k], &end);
          ck_assert_msg (*end == '\0', "%s loaded", odd[k]);
          ck_assert (totuo_institution_get_monthly_fee (inst, &fee));
          ck_assert_msg (fee == want, "%s: read %.17g", odd[k], fee);
        }
      else
        g_clear_error (&error);
    }
  g_ptr_array_unref (values);
  g_string_free (csv, TRUE);
}
END_TEST

/* "R1" and "R1AAhEhO" have the same 32-bit hash in the indexes
 * (lib/strindex.c), and one is the start of the other: a look-up must
 * compare the whole code, and stop where the stored one ends. */
/* Every way of writing a decimal reads as the C library reads it: the
 * short ones through the loader's own fast reader, long mantissas (which
 * it leaves to the general reader), signs, points at either end. */
START_TEST (test_decimals_read_as_strtod)
{
  static const gchar *const values[] = {
    "39.76519", "-0.5", "+12.25", ".5", "5.", "0007.250", "89.99999999999999",
    "12.3456789012345678", "45.000000000000000000000000000001", "1e1", "-89.5", "0",
  };
  assert_coordinates_read_as_strtod (values, G_N_ELEMENTS (values));
}
END_TEST

START_TEST (test_codes_with_equal_hashes)
{
  static const gchar *const orders[] = {
    REGIONS_HEADER "R1,,city,,,,,,\nR1AAhEhO,,city,,,,,,\n",
    REGIONS_HEADER "R1AAhEhO,,city,,,,,,\nR1,,city,,,,,,\n",
  };
  const gchar *institutions = INSTITUTIONS_HEADER
    "a,,R1AAhEhO,,,,1,,,,,,,,,\n" "b,,R1,,,,2,,,,,,,,,\n" "c,,\"R1\",,,,3,,,,,,,,,\n";
  g_autoptr(TotuoDataset) longer_only =
    dataset_from_csv (REGIONS_HEADER "R1AAhEhO,,city,,,,,,\n", NULL);
  g_autoptr(TotuoRegion) none = totuo_dataset_lookup_region (longer_only, "R1");
  GError *error = NULL;

  ck_assert_ptr_null (none);
  ck_assert (!totuo_dataset_load_institutions_csv_data (longer_only, institutions, -1,
                                                        "i.csv", &error));
  assert_totuo_error (error, TOTUO_ERROR_UNKNOWN_REGION);
  ck_assert (strstr (error->message, "i.csv:3:") != NULL);
  g_clear_error (&error);

  for (guint k = 0; k < G_N_ELEMENTS (orders); k++)
    {
      g_autoptr(TotuoDataset) ds = dataset_from_csv (orders[k], institutions);
      g_autoptr(TotuoInstitution) a = totuo_dataset_lookup_institution (ds, "a");
      g_autoptr(TotuoInstitution) b = totuo_dataset_lookup_institution (ds, "b");
      g_autoptr(TotuoInstitution) c = totuo_dataset_lookup_institution (ds, "c");
      g_autoptr(TotuoRegion) r1 = totuo_dataset_lookup_region (ds, "R1");

      ck_assert_str_eq (totuo_region_get_code (r1), "R1");
      ck_assert_str_eq (totuo_institution_get_region_code (a), "R1AAhEhO");
      ck_assert_str_eq (totuo_institution_get_region_code (b), "R1");
      ck_assert_str_eq (totuo_institution_get_region_code (c), "R1");
    }
}
END_TEST

START_TEST (test_save_and_load_files)
{
  g_autoptr(TotuoDataset) ds = example_dataset ("sample");
  g_autoptr(TotuoDataset) again = totuo_dataset_new ();
  gchar *dir = g_dir_make_tmp ("totuo-XXXXXX", NULL);
  gchar *regions = g_build_filename (dir, "r.csv", NULL);
  gchar *institutions = g_build_filename (dir, "i.csv", NULL);
  gchar *missing = g_build_filename (dir, "no", "such.csv", NULL);
  GError *error = NULL;

  ck_assert (totuo_dataset_save_regions_csv (ds, regions, &error));
  ck_assert (totuo_dataset_save_institutions_csv (ds, institutions, &error));
  ck_assert (totuo_dataset_load_regions_csv (again, regions, &error));
  ck_assert (totuo_dataset_load_institutions_csv (again, institutions, &error));
  ck_assert (totuo_dataset_equal (ds, again));

  ck_assert (!totuo_dataset_load_regions_csv (again, missing, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_save_regions_csv (ds, missing, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_save_institutions_csv (ds, missing, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);
  ck_assert (!totuo_dataset_load_institutions_csv (again, missing, &error));
  assert_totuo_error (error, TOTUO_ERROR_IO);
  g_clear_error (&error);

  g_unlink (regions);
  g_unlink (institutions);
  g_rmdir (dir);
  g_free (regions);
  g_free (institutions);
  g_free (missing);
  g_free (dir);
}
END_TEST

/* ---- the malformed corpus ------------------------------------------------- */

typedef struct {
  gboolean institutions;   /* loaded into the base dataset as institutions */
  const gchar *text;
  TotuoError code;
  const gchar *where;      /* must appear in the message */
  gsize length;            /* of text, when it holds a NUL; else 0 */
} Malformed;

#define R(text, code, where) { FALSE, REGIONS_HEADER text, code, where, 0 }
#define I(text, code, where) { TRUE, INSTITUTIONS_HEADER text, code, where, 0 }
#define NUL_TEXT REGIONS_HEADER "X,nul\0byte,city,,,,,,\n"

static const Malformed corpus[] = {
  /* 0 */  { FALSE, "", TOTUO_ERROR_MISSING_COLUMN, "empty" , 0 },
  { FALSE, "name,level\nx,city\n", TOTUO_ERROR_MISSING_COLUMN, "'code'" , 0 },
  { FALSE, "code,name\nx,y\n", TOTUO_ERROR_MISSING_COLUMN, "'level'" , 0 },
  { FALSE, "code,level,code\n", TOTUO_ERROR_DUPLICATE_COLUMN, "'code'" , 0 },
  { FALSE, "code,level,区划代码\n", TOTUO_ERROR_DUPLICATE_COLUMN, "fields 1 and 3" , 0 },
  /* 5 */  R (",x,city,,,,,,\n", TOTUO_ERROR_MISSING_VALUE, "regions.csv:2: column 'code'"),
  R ("X,x,,,,,,,\n", TOTUO_ERROR_MISSING_VALUE, "column 'level'"),
  R ("X,x,galaxy,,,,,,\n", TOTUO_ERROR_UNKNOWN_VALUE, "galaxy"),
  R ("X,x,city,,abc,,,,\n", TOTUO_ERROR_BAD_NUMBER, "column 'population'"),
  R ("X,x,city,,-3,,,,\n", TOTUO_ERROR_NEGATIVE, "regions.csv:2"),
  /* 10 */ R ("X,x,city,,99999999999999999999999,,,,\n", TOTUO_ERROR_OUT_OF_RANGE, "population"),
  R ("X,x,city,,1.5,,,,\n", TOTUO_ERROR_BAD_NUMBER, "1.5"),
  R ("X,x,city,,NaN,,,,\n", TOTUO_ERROR_BAD_NUMBER, "NaN"),
  R ("X,x,city,,,,,nan,1\n", TOTUO_ERROR_BAD_NUMBER, "column 'lat'"),
  R ("X,x,city,,,,,1,inf\n", TOTUO_ERROR_BAD_NUMBER, "column 'lon'"),
  /* 15 */ R ("X,x,city,,,,,95,1\n", TOTUO_ERROR_OUT_OF_RANGE, "latitude"),
  R ("X,x,city,,,,,30,\n", TOTUO_ERROR_MISSING_VALUE, "column 'lon'"),
  R ("X,x,city,,,,,,\nY,y,city,,,,,,\nX,z,city,,,,,,\n", TOTUO_ERROR_DUPLICATE_ID,
     "regions.csv:4: region code \"X\" is repeated (first at line 2)"),
  R ("X,x,district,NOPE,,,,,\n", TOTUO_ERROR_UNKNOWN_PARENT, "regions.csv:2"),
  R ("A,a,street,B,,,,,\nB,b,street,A,,,,,\n", TOTUO_ERROR_CYCLE, "cycle"),
  /* 20 */ R ("A,a,street,A,,,,,\n", TOTUO_ERROR_CYCLE, "regions.csv:2"),
  R ("X,x,district,S,,,,,\n", TOTUO_ERROR_LEVEL, "below its parent"),
  R ("X,x,street,T,,,,,\n", TOTUO_ERROR_LEVEL, "regions.csv:2"),
  R ("C,again,city,,,,,,\n", TOTUO_ERROR_DUPLICATE_ID, "already in the dataset"),
  R ("X,bad \xC3\x28 utf8,city,,,,,,\n", TOTUO_ERROR_ENCODING, "regions.csv:2:"),
  /* 25 */ { FALSE, NUL_TEXT, TOTUO_ERROR_ENCODING, "regions.csv:2:6", sizeof NUL_TEXT - 1 },
  R ("X,\"never closed,city,,,,,,\n", TOTUO_ERROR_SYNTAX, "never ends"),
  R ("X,in\"side,city,,,,,,\n", TOTUO_ERROR_SYNTAX, "quote inside"),
  R ("X,\"closed\"then,city,,,,,,\n", TOTUO_ERROR_SYNTAX, "after the closing quote"),
  R ("X,x,city\n", TOTUO_ERROR_SYNTAX, "3 fields where the header has 9"),
  /* 30 */ R ("X,x,city,,,,,,\rY,y,city,,,,,,\n", TOTUO_ERROR_SYNTAX, "carriage return"),
  R ("X,x,city,,,,,,\n\xE5\xBC", TOTUO_ERROR_ENCODING, "regions.csv:3:1"),
  I ("i9,,NOPE,nursery,public,true,10,,none,,,,,,,\n", TOTUO_ERROR_UNKNOWN_REGION,
     "institutions.csv:2: column 'region'"),
  { TRUE, "id,region\ni9,S\n", TOTUO_ERROR_MISSING_COLUMN, "'places'" , 0 },
  I ("i9,,S,nursery,public,true,,,none,,,,,,,\n", TOTUO_ERROR_MISSING_VALUE, "'places'"),
  /* 35 */ I ("i9,,S,nursery,public,true,-1,,none,,,,,,,\n", TOTUO_ERROR_NEGATIVE, "'places'"),
  I ("i9,,S,nursery,public,true,10,11,none,,,,,,,\n", TOTUO_ERROR_INCONSISTENT, "'enrolled'"),
  I ("i9,,S,nursery,public,true,10,,none,,,3,4,,,\n", TOTUO_ERROR_INCONSISTENT,
     "'certified_staff'"),
  I ("i9,,S,zoo,public,true,10,,none,,,,,,,\n", TOTUO_ERROR_UNKNOWN_VALUE, "column 'kind'"),
  I ("i9,,S,nursery,state,true,10,,none,,,,,,,\n", TOTUO_ERROR_UNKNOWN_VALUE, "'ownership'"),
  /* 40 */ I ("i9,,S,nursery,public,true,10,,licensed,,,,,,,\n", TOTUO_ERROR_UNKNOWN_VALUE,
              "'status'"),
  I ("i9,,S,nursery,public,true,10,,none,full_day|,,,,,,\n", TOTUO_ERROR_UNKNOWN_VALUE,
     "'modes'"),
  I ("i9,,S,nursery,public,maybe,10,,none,,,,,,,\n", TOTUO_ERROR_UNKNOWN_VALUE, "'inclusive'"),
  I ("i9,,S,nursery,public,true,2147483648,,none,,,,,,,\n", TOTUO_ERROR_OUT_OF_RANGE,
     "'places'"),
  I ("i9,,S,nursery,public,true,1,,none,,,,,,,\ni9,,S,nursery,public,true,1,,none,,,,,,,\n",
     TOTUO_ERROR_DUPLICATE_ID, "institutions.csv:3"),
  /* 45 */ I ("i1,,S,nursery,public,true,1,,none,,,,,,,\n", TOTUO_ERROR_DUPLICATE_ID,
              "already in the dataset"),
  I ("i9,,S,nursery,public,true,1,,none,,-5,,,,,\n", TOTUO_ERROR_NEGATIVE, "'monthly_fee'"),
  I ("i9,,S,nursery,public,true,1,,none,,cheap,,,,,\n", TOTUO_ERROR_BAD_NUMBER, "'monthly_fee'"),
  I ("i9,,S,nursery,public,true,1,,none,,,,,perhaps,,\n", TOTUO_ERROR_UNKNOWN_VALUE,
     "'health_manager'"),
  I ("i9,,S,nursery,public,true,1,,none,,,,,,,,\n", TOTUO_ERROR_SYNTAX, "17 fields"),
  /* 50 */ I ("i9,,S,nursery,public,true,1,,none,,,,,,-91,0\n", TOTUO_ERROR_OUT_OF_RANGE,
              "institutions.csv:2"),
  I (",,S,nursery,public,true,1,,none,,,,,,,\n", TOTUO_ERROR_MISSING_VALUE, "'id'"),
  /* Decimals the fast reader of plain decimals must not take for numbers. */
  R ("X,x,city,,,,,1.2.3,1\n", TOTUO_ERROR_BAD_NUMBER, "column 'lat'"),
  R ("X,x,city,,,,,1:5,1\n", TOTUO_ERROR_BAD_NUMBER, "column 'lat'"),
  I ("i9,,S,nursery,public,true,1,,none,,12:0,,,,,\n", TOTUO_ERROR_BAD_NUMBER,
     "'monthly_fee'"),
  /* A long value is cut in a message, never inside a character. */
  I ("i9,,S,一二三四五六七八九十一二三四五六七八九十,public,true,1,,none,,,,,,,\n",
     TOTUO_ERROR_UNKNOWN_VALUE, "\"一二三四五六七八九十一二三...\""),
};

START_TEST (test_malformed)
{
  const Malformed *m = &corpus[_i];
  g_autoptr(TotuoDataset) ds = dataset_from_csv (BASE_REGIONS, BASE_INSTITUTIONS);
  g_autoptr(TotuoDataset) before = dataset_from_csv (BASE_REGIONS, BASE_INSTITUTIONS);
  gsize len = m->length > 0 ? m->length : strlen (m->text);
  GError *error = NULL;
  gboolean ok;

  if (m->institutions)
    ok = totuo_dataset_load_institutions_csv_data (ds, m->text, (gssize) len,
                                                   "institutions.csv", &error);
  else
    ok = totuo_dataset_load_regions_csv_data (ds, m->text, (gssize) len, "regions.csv", &error);
  ck_assert_msg (!ok, "corpus entry %d loaded", _i);
  assert_totuo_error (error, m->code);
  ck_assert_msg (strstr (error->message, m->where) != NULL,
                 "entry %d: \"%s\" not in \"%s\"", _i, m->where, error->message);
  ck_assert (g_utf8_validate (error->message, -1, NULL));
  /* Nothing half-loaded: the dataset is exactly as it was. */
  ck_assert_msg (totuo_dataset_equal (ds, before), "entry %d changed the dataset", _i);
  g_error_free (error);
}
END_TEST

START_TEST (test_limits)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  GString *text = g_string_new ("code,level,name\nX,city,");
  GError *error = NULL;

  for (guint k = 0; k < 1024 * 1024 + 1; k++)
    g_string_append_c (text, 'a');
  g_string_append_c (text, '\n');
  ck_assert (!totuo_dataset_load_regions_csv_data (ds, text->str, -1, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);

  g_string_assign (text, "code,level");
  for (guint k = 0; k < 1100; k++)
    g_string_append_printf (text, ",extra%u", k);
  g_string_append_c (text, '\n');
  ck_assert (!totuo_dataset_load_regions_csv_data (ds, text->str, -1, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_LIMIT);
  g_clear_error (&error);
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 0);
  g_string_free (text, TRUE);
}
END_TEST

START_TEST (test_second_load_fails_first_kept)
{
  /* A failed load keeps what earlier loads brought. */
  g_autoptr(TotuoDataset) ds = dataset_from_csv (BASE_REGIONS, NULL);
  GError *error = NULL;

  ck_assert (!totuo_dataset_load_regions_csv_data (ds, REGIONS_HEADER
                                                   "N1,,street,D,,,,,\nN1,,street,D,,,,,\n",
                                                   -1, NULL, &error));
  assert_totuo_error (error, TOTUO_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 4);
  ck_assert (totuo_dataset_load_regions_csv_data (ds, REGIONS_HEADER "N1,,street,D,,,,,\n",
                                                  -1, NULL, &error));
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 5);
}
END_TEST

START_TEST (test_check_lists_every_error)
{
  g_autoptr(TotuoDataset) ds = totuo_dataset_new ();
  gchar *dir = g_dir_make_tmp ("totuo-XXXXXX", NULL);
  gchar *regions = g_build_filename (dir, "r.csv", NULL);
  gchar *institutions = g_build_filename (dir, "i.csv", NULL);
  gchar *missing = g_build_filename (dir, "none.csv", NULL);
  gchar **errors;
  gsize n = 0;

  ck_assert (g_file_set_contents (regions, REGIONS_HEADER
                                  "D,,district,,,,,,\n"
                                  "S1,,street,D,-4,,,,\n"          /* 3: negative */
                                  "S2,,street,NOPE,,,,,\n"         /* 4: unknown parent */
                                  "S3,,street,D,,,,,\n"
                                  "S3,,street,D,,,,,\n"            /* 6: duplicate */
                                  "X,,city,D,,,,,\n", -1, NULL));  /* 7: level */
  errors = totuo_dataset_check_regions_csv (ds, regions, &n);
  ck_assert_int_eq (n, 4);
  ck_assert (strstr (errors[0], "r.csv:3") != NULL);
  ck_assert (strstr (errors[1], "r.csv:6") != NULL);
  ck_assert (strstr (errors[2], "r.csv:4") != NULL);
  ck_assert (strstr (errors[3], "r.csv:7") != NULL);
  g_strfreev (errors);
  /* The valid regions are loaded: D, S2 (detached), S3 and X (detached). */
  ck_assert_int_eq (totuo_dataset_get_n_regions (ds), 4);

  ck_assert (g_file_set_contents (institutions, INSTITUTIONS_HEADER
                                  "a,,S3,nursery,public,true,10,5,filed,,,,,,,\n"
                                  "b,,S1,nursery,public,true,10,5,filed,,,,,,,\n"
                                  "c,,S3,zoo,public,true,10,5,filed,,,,,,,\n"
                                  "d,,S3,nursery,public,true,10,50,filed,,,,,,,\n", -1, NULL));
  errors = totuo_dataset_check_institutions_csv (ds, institutions, &n);
  ck_assert_int_eq (n, 3);
  ck_assert (strstr (errors[0], "i.csv:3") != NULL);
  ck_assert (strstr (errors[2], "i.csv:5") != NULL);
  g_strfreev (errors);
  ck_assert_int_eq (totuo_dataset_get_n_institutions (ds), 1);

  /* Every bad cell of a row, not only the first, in the order of the columns. */
  ck_assert (g_file_set_contents (institutions, INSTITUTIONS_HEADER
                                  "e,,S3,zoo,public,maybe,ten,5,licensed,,-3,,,,,\n"
                                  "f,,S3,nursery,public,true,10,5,filed,,,,,,95,\n", -1, NULL));
  errors = totuo_dataset_check_institutions_csv (ds, institutions, &n);
  ck_assert_int_eq (n, 6);
  ck_assert_ptr_nonnull (strstr (errors[0], "i.csv:2: column 'kind'"));
  ck_assert_ptr_nonnull (strstr (errors[1], "i.csv:2: column 'inclusive'"));
  ck_assert_ptr_nonnull (strstr (errors[2], "i.csv:2: column 'places'"));
  ck_assert_ptr_nonnull (strstr (errors[3], "i.csv:2: column 'status'"));
  ck_assert_ptr_nonnull (strstr (errors[4], "i.csv:2: column 'monthly_fee'"));
  ck_assert_ptr_nonnull (strstr (errors[5], "i.csv:3"));
  g_strfreev (errors);
  ck_assert (g_file_set_contents (regions, REGIONS_HEADER
                                  "Y,,planet,D,x,-1,,,\n", -1, NULL));
  errors = totuo_dataset_check_regions_csv (ds, regions, &n);
  ck_assert_int_eq (n, 3);
  ck_assert_ptr_nonnull (strstr (errors[0], "column 'level'"));
  ck_assert_ptr_nonnull (strstr (errors[1], "column 'population'"));
  ck_assert_ptr_nonnull (strstr (errors[2], "column 'under3'"));
  g_strfreev (errors);

  errors = totuo_dataset_check_regions_csv (ds, missing, &n);
  ck_assert_int_eq (n, 1);
  g_strfreev (errors);
  g_unlink (regions);
  g_unlink (institutions);
  g_rmdir (dir);
  g_free (regions);
  g_free (institutions);
  g_free (missing);
  g_free (dir);
}
END_TEST

/* Text as Excel saves it on Chinese Windows: GB18030 CSV, UTF-16 "Unicode
 * text" with tabs, and semicolons, each loaded as its UTF-8 twin is, with
 * a warning that says how it was read. */
static TotuoDataset *
load_both (const gchar *regions, gssize rlen, const gchar *insts, gssize ilen,
           const gchar *encoding, GError **error)
{
  TotuoDataset *ds = totuo_dataset_new ();
  totuo_dataset_set_input_encoding (ds, encoding);
  if (!totuo_dataset_load_regions_csv_data (ds, regions, rlen, "区划.csv", error) ||
      !totuo_dataset_load_institutions_csv_data (ds, insts, ilen, "机构.csv", error))
    g_clear_pointer (&ds, totuo_dataset_unref);
  return ds;
}

START_TEST (test_other_encodings_and_separators)
{
  const gchar *regions = "区划代码,名称,层级,常住人口\n500154,开州区,区县,1000\n"
                         "500154001,汉丰街道,街道,500\n";
  const gchar *insts = "机构编号,机构名称,所属区划代码,托位数,登记备案状态\n"
                       "A1,甲,500154001,10,备案\nA2,丙,500154001,5,登记\n";
  g_autoptr(TotuoDataset) plain = load_both (regions, -1, insts, -1, NULL, NULL);
  GError *error = NULL;
  gsize rlen = 0, ilen = 0;

  ck_assert_ptr_nonnull (plain);
  for (guint form = 0; form < 4; form++)
    {
      g_autofree gchar *r = NULL, *i = NULL;
      g_autoptr(TotuoDataset) ds = NULL;
      g_auto(GStrv) warnings = NULL;
      const gchar *expect = NULL;

      if (form == 0)
        {
          r = g_convert (regions, -1, "GB18030", "UTF-8", NULL, &rlen, NULL);
          i = g_convert (insts, -1, "GB18030", "UTF-8", NULL, &ilen, NULL);
          expect = "read as GB18030";
        }
      else if (form == 1 || form == 2)
        {
          /* Tabs, and a quoted cell that holds a comma. */
          gchar **rl = g_strsplit (regions, ",", -1), **il = g_strsplit (insts, ",", -1);
          g_autofree gchar *rt = g_strjoinv ("\t", rl), *it = NULL;
          g_strfreev (rl);
          it = g_strjoinv (form == 1 ? "\t" : ";", il);
          g_strfreev (il);
          if (form == 1)
            {
              /* UTF-16LE with its BOM, as Excel writes "Unicode text". */
              g_autofree gchar *r16 = g_convert (rt, -1, "UTF-16LE", "UTF-8", NULL, &rlen, NULL);
              g_autofree gchar *i16 = g_convert (it, -1, "UTF-16LE", "UTF-8", NULL, &ilen, NULL);
              r = g_malloc (rlen + 2);
              memcpy (r, "\xff\xfe", 2);
              memcpy (r + 2, r16, rlen);
              rlen += 2;
              i = g_malloc (ilen + 2);
              memcpy (i, "\xff\xfe", 2);
              memcpy (i + 2, i16, ilen);
              ilen += 2;
              expect = "read as UTF-16LE, tab-separated";
            }
          else
            {
              r = g_strdup (regions);
              rlen = strlen (r);
              i = g_steal_pointer (&it);
              ilen = strlen (i);
              expect = "semicolon-separated";
            }
        }
      else
        {
          /* Named, not detected. */
          r = g_convert (regions, -1, "GBK", "UTF-8", NULL, &rlen, NULL);
          i = g_convert (insts, -1, "GBK", "UTF-8", NULL, &ilen, NULL);
          expect = "read as GBK";
        }
      ds = load_both (r, (gssize) rlen, i, (gssize) ilen, form == 3 ? "GBK" : NULL, &error);
      ck_assert_msg (ds != NULL, "form %u: %s", form, error != NULL ? error->message : "");
      ck_assert_uint_eq (totuo_dataset_get_n_institutions (ds), 2);
      ck_assert_msg (totuo_dataset_equal (ds, plain), "form %u differs", form);
      warnings = totuo_dataset_get_warnings (ds, NULL);
      ck_assert_msg (warnings[0] != NULL && strstr (warnings[0], expect) != NULL,
                     "form %u: \"%s\" not in the warnings", form, expect);
    }
  /* A tab-separated cell may hold commas and quotes: they are quoted again. */
  {
    g_autoptr(TotuoDataset) ds = load_both (regions, -1,
        "id\tname\tregion\tplaces\nA1\t\"甲,\"\"乙\"\"\"\t500154001\t10\n", -1, NULL, &error);
    g_autoptr(TotuoInstitution) a1 = NULL;
    ck_assert_msg (ds != NULL, "%s", error != NULL ? error->message : "");
    a1 = totuo_dataset_lookup_institution (ds, "A1");
    ck_assert_str_eq (totuo_institution_get_name (a1), "甲,\"乙\"");
  }
  /* An encoding nobody knows, and bytes that are not in the one named. */
  ck_assert_ptr_null (load_both (regions, -1, insts, -1, "KLINGON", &error));
  assert_totuo_error (error, TOTUO_ERROR_ENCODING);
  ck_assert_ptr_nonnull (strstr (error->message, "unknown encoding \"KLINGON\""));
  g_clear_error (&error);
  ck_assert_ptr_null (load_both ("code,level\nA\xff\xff,city\n", -1, insts, -1, "UTF-8",
                                 &error));
  assert_totuo_error (error, TOTUO_ERROR_ENCODING);
  ck_assert_ptr_nonnull (strstr (error->message, "区划.csv:2:2: not valid UTF-8"));
  g_clear_error (&error);
}
END_TEST

/* A check that gives up says where: rows after that line were not checked. */
START_TEST (test_check_says_where_it_stopped)
{
  g_autoptr(TotuoDataset) ds = dataset_from_csv (REGIONS_HEADER "D,d,district,,,,,,\n", NULL);
  g_autofree gchar *dir = g_dir_make_tmp ("totuo-check-XXXXXX", NULL);
  g_autofree gchar *path = g_build_filename (dir, "i.csv", NULL);
  GString *csv = g_string_new ("id,region,places\n");
  g_auto(GStrv) errors = NULL;
  gsize n = 0;

  for (guint k = 0; k < 1500; k++)
    g_string_append_printf (csv, "x%u,NOPE,1\n", k);
  ck_assert (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));
  errors = totuo_dataset_check_institutions_csv (ds, path, &n);
  ck_assert_uint_eq (n, 1001);
  ck_assert_ptr_nonnull (strstr (errors[1000], "stopped after 1000 errors; rows after line 1001 "
                                               "were not checked"));
  /* Rows of several bad cells fill the list as fast, and stop it alike. */
  g_string_assign (csv, "id,region,places,kind\n");
  for (guint k = 0; k < 700; k++)
    g_string_append_printf (csv, "y%u,D,x,zoo\n", k);
  ck_assert (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));
  g_strfreev (g_steal_pointer (&errors));
  errors = totuo_dataset_check_institutions_csv (ds, path, &n);
  ck_assert_uint_eq (n, 1001);
  ck_assert_ptr_nonnull (strstr (errors[1000], "stopped after 1000 errors; rows after line 501 "));
  g_unlink (path);
  g_rmdir (dir);
  g_string_free (csv, TRUE);
}
END_TEST

static Suite *
csv_suite (void)
{
  Suite *s = suite_create ("csv");
  TCase *good = tcase_create ("good");
  TCase *bad = tcase_create ("malformed");

  tcase_add_test (good, test_quoting_and_line_ends);
  tcase_add_test (good, test_chinese_headers_any_order);
  tcase_add_test (good, test_round_trip_examples);
  tcase_add_test (good, test_round_trip_awkward_values);
  tcase_add_test (good, test_decimals_written_shortest);
  tcase_add_test (good, test_round_trip_edge_whitespace);
  tcase_add_test (good, test_utf8_agrees_with_glib);
  tcase_add_test (good, test_other_encodings_and_separators);
  tcase_add_test (good, test_check_says_where_it_stopped);
  tcase_add_test (good, test_two_threads_big_file);
  tcase_add_test (good, test_data_without_line_end_or_nul);
  tcase_add_test (good, test_many_spellings_of_labels);
  tcase_add_test (good, test_padding_in_long_records);
  tcase_add_test (bad, test_encoding_in_every_column);
  tcase_add_test (good, test_codes_with_equal_hashes);
  tcase_add_test (good, test_decimals_read_as_strtod);
  tcase_add_test (good, test_long_decimals_read_as_strtod);
  tcase_add_test (good, test_save_and_load_files);
  tcase_add_loop_test (bad, test_malformed, 0, G_N_ELEMENTS (corpus));
  tcase_add_test (bad, test_limits);
  tcase_add_test (bad, test_second_load_fails_first_kept);
  tcase_add_test (bad, test_check_lists_every_error);
  suite_add_tcase (s, good);
  suite_add_tcase (s, bad);
  return s;
}

TEST_MAIN (csv_suite)
