/* Messages and labels in the language a call asks for.
 *
 * Every user-visible string of the library and the command line is written
 * in English in the source and marked, the way GNOME libraries mark them:
 * N_() and NC_() (from <glib/gi18n-lib.h>) where a string is only named,
 * T_() where it is translated for a #TotuoLang. xgettext extracts them (meson compile
 * libtotuo-pot), translators keep po/zh_CN.po, and the build compiles that
 * catalog in (po/po-to-c.py). tests/check-translations.sh fails when a
 * marked string has no Chinese translation. */
#pragma once

#ifndef GETTEXT_PACKAGE
#define GETTEXT_PACKAGE "libtotuo"
#endif
#include <glib/gi18n-lib.h>

#include <totuo/enums.h>

/* @msgid in @lang: itself in English, its translation in Chinese (or
 * itself when po/zh_CN.po has none). */
#define T_(lang, msgid) totuo_gettext ((lang), (msgid))

G_GNUC_INTERNAL const gchar *totuo_gettext (TotuoLang lang, const gchar *msgid) G_GNUC_FORMAT (2);
/* A message of an error or warning: @msgid in the language of
 * totuo_set_message_lang(). */
#define M_(msgid) totuo_message (msgid)
G_GNUC_INTERNAL const gchar *totuo_message (const gchar *msgid) G_GNUC_FORMAT (1);
/* @msgid of @context, both known only at run time (the table they come
 * from marks them with NC_()). */
G_GNUC_INTERNAL const gchar *totuo_cgettext (TotuoLang lang, const gchar *context,
                                             const gchar *msgid);
