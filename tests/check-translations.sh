#!/bin/sh
# Fails when a user-visible string has no Chinese translation: extracts the
# marked strings (T_, N_, NC_, _, totuo_translate) of every source file with xgettext,
# checks that po/POTFILES names every file that marks one, and that
# po/zh_CN.po translates each (msgcmp counts an untranslated or fuzzy entry
# as missing); msgfmt --check then checks the format directives match.
# usage: check-translations.sh SOURCE_ROOT
set -eu
root=$1
cd "$root"
for tool in xgettext msgcmp msgfmt; do
  command -v $tool > /dev/null || { echo "no $tool (Debian's gettext): skipped"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -lE '\b(T_|M_|N_|NC_|_|totuo_translate) ?\(' lib/*.c cli/*.c | sort > "$tmp/marked"
sort po/POTFILES > "$tmp/listed"
if ! cmp -s "$tmp/marked" "$tmp/listed"; then
  echo "po/POTFILES does not list the files that mark strings:"
  diff "$tmp/listed" "$tmp/marked" || true
  exit 1
fi
# shellcheck disable=SC2046
xgettext --keyword=T_:2 --keyword=M_ --keyword=totuo_translate:2 --keyword=N_ --keyword=NC_:1c,2 --keyword=_ \
  --from-code=UTF-8 --no-location -o "$tmp/libtotuo.pot" $(cat po/POTFILES)
n=$(grep -c '^msgid ' "$tmp/libtotuo.pot")
msgcmp po/zh_CN.po "$tmp/libtotuo.pot"
msgfmt --check --statistics -o /dev/null po/zh_CN.po
echo "$((n - 1)) strings marked, every one translated"
