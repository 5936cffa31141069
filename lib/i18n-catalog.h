/* The Chinese catalog compiled in from po/zh_CN.po (po/po-to-c.py). */
#pragma once

#include <glib.h>

typedef struct {
  const gchar *msgid;       /* "context\004msgid" for a message with a context */
  const gchar *msgstr;
} TotuoCatalogEntry;

/* Sorted by msgid as strcmp() orders it. */
G_GNUC_INTERNAL extern const TotuoCatalogEntry totuo_catalog_zh[];
G_GNUC_INTERNAL extern const gsize totuo_catalog_zh_size;
