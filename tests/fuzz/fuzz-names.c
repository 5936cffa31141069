/* Fuzzes the readers of names: enumerations, indicator ids, formats,
 * languages, comparators and attributes, as a plan file or a command line
 * passes them.
 *
 * Invariant: a name that parses names a value whose own name parses back
 * to the same value. */
#include "fuzz-util.h"

#define CHECK_ROUND_TRIP(type, from_string, to_string, text)                   \
  do {                                                                        \
    type value_, again_;                                                      \
    if (from_string (text, &value_))                                          \
      {                                                                       \
        FUZZ_CHECK (from_string (to_string (value_), &again_));                \
        FUZZ_CHECK (again_ == value_);                                        \
      }                                                                       \
  } while (0)

static void
check_modes (const gchar *text)
{
  TotuoModes modes, again;

  if (!totuo_modes_from_string (text, &modes))
    return;
  {
    g_autofree gchar *name = totuo_modes_to_string (modes);
    FUZZ_CHECK (totuo_modes_from_string (name, &again));
    FUZZ_CHECK (again == modes);
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The readers take NUL-terminated text: stop at the first NUL. */
  g_autofree gchar *text = g_strndup ((const gchar *) data, size);
  TotuoFormat format;
  TotuoLang lang;

  CHECK_ROUND_TRIP (TotuoRegionLevel, totuo_region_level_from_string,
                    totuo_region_level_to_string, text);
  CHECK_ROUND_TRIP (TotuoKind, totuo_kind_from_string, totuo_kind_to_string, text);
  CHECK_ROUND_TRIP (TotuoOwnership, totuo_ownership_from_string, totuo_ownership_to_string,
                    text);
  CHECK_ROUND_TRIP (TotuoStatus, totuo_status_from_string, totuo_status_to_string, text);
  CHECK_ROUND_TRIP (TotuoIndicator, totuo_indicator_from_id, totuo_indicator_get_id, text);
  CHECK_ROUND_TRIP (TotuoComparator, totuo_comparator_from_string, totuo_comparator_to_string,
                    text);
  CHECK_ROUND_TRIP (TotuoAttribute, totuo_attribute_from_string, totuo_attribute_to_string,
                    text);
  check_modes (text);
  if (totuo_format_from_string (text, &format))
    FUZZ_CHECK (format >= TOTUO_FORMAT_TEXT && format <= TOTUO_FORMAT_JSON);
  if (totuo_lang_from_string (text, &lang))
    FUZZ_CHECK (lang == TOTUO_LANG_ZH || lang == TOTUO_LANG_EN);
  FUZZ_CHECK (totuo_text_width (g_utf8_validate (text, -1, NULL) ? text : "") <= size * 2);
  return 0;
}

FUZZ_INITIALIZE
