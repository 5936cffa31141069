/* libtotuo - messages and labels in the language a call asks for. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <totuo/enums.h>

#include "i18n-catalog.h"
#include "i18n.h"

static int
compare (const void *key,
         const void *entry)
{
  return strcmp (key, ((const TotuoCatalogEntry *) entry)->msgid);
}

static const gchar *
lookup (const gchar *key)
{
  const TotuoCatalogEntry *found = bsearch (key, totuo_catalog_zh, totuo_catalog_zh_size,
                                            sizeof *totuo_catalog_zh, compare);
  return found != NULL ? found->msgstr : NULL;
}

const gchar *
totuo_gettext (TotuoLang    lang,
               const gchar *msgid)
{
  const gchar *found;

  if (lang != TOTUO_LANG_ZH || msgid == NULL || *msgid == '\0')
    return msgid;
  found = lookup (msgid);
  return found != NULL ? found : msgid;
}

const gchar *
totuo_cgettext (TotuoLang    lang,
                const gchar *context,
                const gchar *msgid)
{
  g_autofree gchar *key = NULL;
  const gchar *found;

  if (lang != TOTUO_LANG_ZH || msgid == NULL)
    return msgid;
  key = g_strconcat (context, "\004", msgid, NULL);
  found = lookup (key);
  return found != NULL ? found : msgid;
}

const gchar *
totuo_translate (TotuoLang    lang,
                 const gchar *msgid)
{
  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail ((guint) lang <= TOTUO_LANG_EN, msgid);
  return totuo_gettext (lang, msgid);
}

TotuoLang
totuo_lang_from_locale (void)
{
  const gchar *const *names = g_get_language_names ();

  /* LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in GLib's order of precedence.
   * The C locale says nothing of a language: Chinese, as without one. */
  for (guint k = 0; names[k] != NULL; k++)
    {
      if (g_str_equal (names[k], "C") || g_str_equal (names[k], "POSIX") ||
          g_str_has_prefix (names[k], "C."))
        continue;
      return g_str_has_prefix (names[k], "zh") ? TOTUO_LANG_ZH : TOTUO_LANG_EN;
    }
  return TOTUO_LANG_ZH;
}

/* Atomic: read by every thread that builds a message. */
static gint message_lang = TOTUO_LANG_EN;

void
totuo_set_message_lang (TotuoLang lang)
{
  g_return_if_fail ((guint) lang <= TOTUO_LANG_EN);
  g_atomic_int_set (&message_lang, (gint) lang);
}

TotuoLang
totuo_get_message_lang (void)
{
  return (TotuoLang) g_atomic_int_get (&message_lang);
}

const gchar *
totuo_message (const gchar *msgid)
{
  return totuo_gettext ((TotuoLang) g_atomic_int_get (&message_lang), msgid);
}
