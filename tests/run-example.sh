#!/bin/sh
# Runs an example program and compares its output with the expected file.
# usage: run-example.sh PROGRAM EXPECTED [ARGS...]
program=$1
expected=$2
shift 2
out=$("$program" "$@") || { echo "$program failed"; exit 1; }
printf '%s\n' "$out" | diff -u "$expected" - || exit 1
