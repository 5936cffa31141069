/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>

/**
 * @file macros.h
 * @brief Symbol visibility and API availability macros.
 *
 * libtotuo is built with hidden visibility: only functions marked with a
 * TOTUO_AVAILABLE_IN_x_y macro are exported from the shared library.
 */

/** @cond PRIVATE */
#if defined(TOTUO_COMPILATION) && defined(__GNUC__)
#define _TOTUO_EXTERN __attribute__((visibility ("default"))) extern
#else
#define _TOTUO_EXTERN extern
#endif
/** @endcond */

/** Marks a symbol available since libtotuo 0.1. */
#define TOTUO_AVAILABLE_IN_0_1 _TOTUO_EXTERN

/** Marks a count or a value that is not known (the documents' "—"). */
#define TOTUO_UNKNOWN (-1)
