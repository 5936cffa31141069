#!/bin/sh
# Fails if the shared library exports a symbol whose name does not start
# with totuo_: only the public API may leave the library.
lib=$1
nm -D --defined-only "$lib" > /dev/null || exit 1
bad=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | grep -v '^totuo_')
n=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/' | grep -c '^.* totuo_')
if [ -n "$bad" ]; then
  echo "exported symbols without the totuo_ prefix:"
  echo "$bad"
  exit 1
fi
if [ "$n" -lt 50 ]; then
  echo "only $n totuo_ symbols exported: is visibility right?"
  exit 1
fi
echo "$n symbols exported, all totuo_"
