/* The indicator table inside the library. */
#pragma once

#include <totuo/indicator-table.h>
#include <totuo/enums.h>

/* As totuo_indicator_table_get(), with the reason for an undefined value
 * in @lang (the reports print it). */
G_GNUC_INTERNAL gboolean totuo_indicator_table_get_in (TotuoIndicatorTable *table,
                                                       const gchar         *code,
                                                       TotuoIndicator       indicator,
                                                       TotuoLang            lang,
                                                       gdouble             *out_value,
                                                       GError             **error);
