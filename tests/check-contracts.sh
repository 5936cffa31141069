#!/bin/sh
# Fails if an exported function is missing from tests/test-contracts.c,
# that is, if the API grew and tests/gen-contracts.py was not run again.
# usage: check-contracts.sh LIBRARY TEST_SOURCE
lib=$1
source=$2
missing=0
for symbol in $(nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}'); do
  if ! grep -q "[ (]$symbol[ :(]" "$source"; then
    echo "$symbol: no contract test (run tests/gen-contracts.py include/totuo > $source)"
    missing=$((missing + 1))
  fi
done
[ "$missing" -eq 0 ] && echo "every exported function is in $source"
[ "$missing" -eq 0 ]
