#!/bin/sh
# Compiles each public header alone with -std=c11 -pedantic -Werror, as a
# user of that one header would, and checks that a header included
# directly (not through totuo.h) is refused.
# usage: check-headers.sh CC SOURCE_INCLUDE BUILD_INCLUDE CFLAGS...
cc=$1
src_inc=$2
build_inc=$3
shift 3
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for header in "$src_inc"/totuo/*.h "$build_inc"/totuo/version.h; do
  name=$(basename "$header")
  if [ "$name" = totuo.h ]; then
    printf '#include <totuo/totuo.h>\n' > "$tmp/t.c"
  else
    printf '#define __TOTUO_INSIDE__\n#include <totuo/%s>\n' "$name" > "$tmp/t.c"
    # A file of macros alone is an empty translation unit to -pedantic.
    printf 'typedef int header_test_unit;\n' >> "$tmp/t.c"
  fi
  if ! "$cc" -std=c11 -pedantic -Werror -Wall -Wextra -c -o "$tmp/t.o" \
       -I"$src_inc" -I"$build_inc" "$@" "$tmp/t.c"; then
    echo "FAIL: $name does not compile alone"
    status=1
  fi
done
printf '#include <totuo/dataset.h>\n' > "$tmp/direct.c"
if "$cc" -c -o "$tmp/direct.o" -I"$src_inc" -I"$build_inc" "$@" "$tmp/direct.c" 2>/dev/null; then
  echo "FAIL: including <totuo/dataset.h> directly was accepted"
  status=1
fi
[ $status -eq 0 ] && echo "every header compiles alone"
exit $status
