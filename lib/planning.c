/* libtotuo - planning helpers. */
#include "config.h"
#include "i18n.h"

#include <math.h>

#include <totuo/error.h>
#include <totuo/planning.h>

gboolean
totuo_places_needed (gint64    population,
                     gdouble   target_per_1000,
                     gint64    current_places,
                     gint64   *out_required,
                     gint64   *out_additional,
                     GError  **error)
{
  gdouble required;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (population < 0 || current_places < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NEGATIVE,
                   M_("population and current places must not be negative"));
      return FALSE;
    }
  if (!isfinite (target_per_1000) || target_per_1000 < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_BAD_NUMBER,
                   M_("the target must be a finite number >= 0, not %g"), target_per_1000);
      return FALSE;
    }
  /* population / 1000 first keeps the product small; the tiny tolerance
   * keeps 4.5 × 2000 / 1000 = 9 from rounding up to 10 through binary noise. */
  required = ceil ((gdouble) population / 1000.0 * target_per_1000 - 1e-9);
  if (required >= 9.2e18)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_OUT_OF_RANGE,
                   M_("the places needed do not fit in 64 bits"));
      return FALSE;
    }
  if (required < 0)
    required = 0;
  if (out_required != NULL)
    *out_required = (gint64) required;
  if (out_additional != NULL)
    *out_additional = MAX ((gint64) required - current_places, 0);
  return TRUE;
}

gint
totuo_nursery_classes_for_kindergarten (gint     classes,
                                        gboolean urban,
                                        gboolean is_new)
{
  g_return_val_if_fail (classes >= 0, 0);

  if (!is_new || classes < 6)
    return 1;
  if (classes >= 12)
    return urban ? 4 : 3;
  if (classes >= 9)
    return urban ? 3 : 2;
  return urban ? 2 : 1;
}

gboolean
totuo_completion_rate (gdouble   achieved,
                       gdouble   planned,
                       gdouble  *out_percent,
                       GError  **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (achieved) || !isfinite (planned))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_BAD_NUMBER,
                   M_("achieved and planned must be finite numbers"));
      return FALSE;
    }
  if (achieved < 0 || planned < 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NEGATIVE,
                   M_("achieved and planned must not be negative"));
      return FALSE;
    }
  if (planned == 0)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNDEFINED,
                   M_("a completion rate needs a planned quantity above zero"));
      return FALSE;
    }
  if (out_percent != NULL)
    *out_percent = achieved / planned * 100.0;
  return TRUE;
}
