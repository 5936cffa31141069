/* libtotuo - the error domain. */
#include "config.h"

#include <totuo/error.h>

/* Not G_DEFINE_QUARK: loader threads may ask for the domain at the same
 * moment, and its unguarded first use is a data race. */
GQuark
totuo_error_quark (void)
{
  static gsize quark = 0;

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("totuo-error-quark"));
  return (GQuark) quark;
}

const gchar *
totuo_error_code_to_string (TotuoError code)
{
  static const gchar *const names[] = {
    "TOTUO_ERROR_FAILED", "TOTUO_ERROR_IO", "TOTUO_ERROR_ENCODING",
    "TOTUO_ERROR_SYNTAX", "TOTUO_ERROR_MISSING_COLUMN",
    "TOTUO_ERROR_DUPLICATE_COLUMN", "TOTUO_ERROR_MISSING_VALUE",
    "TOTUO_ERROR_BAD_NUMBER", "TOTUO_ERROR_NEGATIVE",
    "TOTUO_ERROR_OUT_OF_RANGE", "TOTUO_ERROR_UNKNOWN_VALUE",
    "TOTUO_ERROR_DUPLICATE_ID", "TOTUO_ERROR_UNKNOWN_PARENT",
    "TOTUO_ERROR_UNKNOWN_REGION", "TOTUO_ERROR_CYCLE", "TOTUO_ERROR_LEVEL",
    "TOTUO_ERROR_INCONSISTENT", "TOTUO_ERROR_IN_USE",
    "TOTUO_ERROR_NOT_FOUND", "TOTUO_ERROR_UNDEFINED", "TOTUO_ERROR_STALE",
    "TOTUO_ERROR_LIMIT",
  };
  if ((guint) code >= G_N_ELEMENTS (names))
    return NULL;
  return names[code];
}
