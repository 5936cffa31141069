#!/bin/sh
# Runs every libFuzzer harness for a bounded time on the committed corpus.
# usage: run-fuzzers.sh BUILD_DIR [SECONDS_EACH] [OUT_DIR]
#   BUILD_DIR    a build configured with -Dfuzzing=true (see docs/security.md)
#   SECONDS_EACH how long each harness runs (default 60)
#   OUT_DIR      where new corpus entries, crash inputs and logs go
#                (default: a fresh temporary folder; the source tree is not touched)
# Prints one line per harness (executions, new corpus entries, crashes) and
# exits non-zero if any harness crashed, hung or broke an invariant.
set -u
build=$1
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
out=${3:-$(mktemp -d "${TMPDIR:-/tmp}/totuo-fuzz.XXXXXX")}
harnesses="regions-csv institutions-csv json plan observations names xlsx xls mapping demand travel-times"
failed=0

# Leaks are real bugs too; a slow input (over 10 s) counts as a hang.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

for name in $harnesses; do
  program=$build/tests/fuzz/fuzz-$name
  if [ ! -x "$program" ]; then
    echo "run-fuzzers: $program is missing: configure with -Dfuzzing=true" >&2
    exit 2
  fi
  mkdir -p "$out/$name/corpus" "$out/$name/artifacts"
  log=$out/$name/log.txt
  "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -dict="$here/dict/$name.dict" \
    -artifact_prefix="$out/$name/artifacts/" \
    "$out/$name/corpus" "$here/corpus/$name" >"$log" 2>&1
  status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  crashes=$(ls "$out/$name/artifacts" | wc -l)
  entries=$(ls "$out/$name/corpus" | wc -l)
  echo "fuzz $name: seconds=$seconds executions=${execs:-?} new_corpus=$entries crashes=$crashes status=$status"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    tail -n 40 "$log" >&2
  fi
done
echo "fuzz output: $out"
exit $failed
