#!/bin/sh
# Runs the totuo command line and compares its exit status and its output
# (standard output, then standard error) with the expected ones.
# usage: run-cli.sh TOTUO EXPECTED_STATUS EXPECTED_FILE [ARGS...]
# Run from the source root, so that file names in messages are relative.
totuo=$1
status=$2
expected=$3
shift 3
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$totuo" "$@" > "$out" 2> "$err"
got=$?
if [ "$got" -ne "$status" ]; then
  echo "exit status $got, expected $status"
  cat "$err"
  exit 1
fi
cat "$err" >> "$out"
diff -u "$expected" "$out"
