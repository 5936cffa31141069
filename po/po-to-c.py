#!/usr/bin/env python3
"""Turns po/zh_CN.po into the C catalog compiled into libtotuo (lib/i18n.c
looks messages up in it by binary search).

The library speaks the language a call asks for (TotuoLang), not the
process's locale, so the translations are built in rather than read from
an installed .mo: a report in Chinese is Chinese under LANG=C, from the
build tree and from Python. Entries that are fuzzy or untranslated are
left out, so that they read in English; tests/check-translations.sh fails
on any such entry.

    po-to-c.py INPUT.po OUTPUT.c
"""

import sys


def unquote(text):
    """The value of a C string literal of a .po file, escapes resolved."""
    assert text.startswith('"') and text.endswith('"'), text
    body, out, k = text[1:-1], [], 0
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    while k < len(body):
        if body[k] == "\\" and k + 1 < len(body):
            out.append(escapes.get(body[k + 1], body[k + 1]))
            k += 2
        else:
            out.append(body[k])
            k += 1
    return "".join(out)


def entries(path):
    """(msgctxt, msgid, msgstr, fuzzy) of every entry of a .po file."""
    entry, key, fuzzy = {}, None, False
    with open(path, encoding="utf-8") as po:
        for line in po:
            line = line.strip()
            if not line or line.startswith("#~"):
                if entry:
                    yield entry.get("msgctxt"), entry.get("msgid", ""), entry.get("msgstr", ""), fuzzy
                entry, key, fuzzy = {}, None, False
                continue
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                entry[key] += unquote(line)
            else:
                key, _, value = line.partition(" ")
                entry[key] = unquote(value)
    if entry:
        yield entry.get("msgctxt"), entry.get("msgid", ""), entry.get("msgstr", ""), fuzzy


def c_string(text):
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def main():
    source, target = sys.argv[1], sys.argv[2]
    pairs = {}
    for context, msgid, msgstr, fuzzy in entries(source):
        if not msgid or not msgstr or fuzzy:
            continue        # the header, an untranslated or a fuzzy entry
        key = msgid if context is None else context + "\x04" + msgid
        pairs[key] = msgstr
    # Sorted by UTF-8 bytes, the order strcmp() compares in.
    keys = sorted(pairs, key=lambda k: k.encode("utf-8"))
    with open(target, "w", encoding="utf-8") as out:
        out.write("/* Generated from %s by po/po-to-c.py: do not edit. */\n" % source.split("/")[-1])
        out.write('#include "i18n-catalog.h"\n\n')
        out.write("const TotuoCatalogEntry totuo_catalog_zh[] = {\n")
        for key in keys:
            out.write("  { %s,\n    %s },\n" % (c_string(key), c_string(pairs[key])))
        out.write("};\n\nconst gsize totuo_catalog_zh_size = %d;\n" % len(keys))


if __name__ == "__main__":
    main()
