#!/usr/bin/env bash
# Runs every fuzz harness built in BUILD (default build-fuzz) for FUZZ_SECONDS seconds each
# (default 60), one after the other, from the seeds seeds.sh makes, the corpus kept in
# BUILD/fuzz/corpus from earlier runs and the committed regressions. Any crash, sanitizer
# report, leak, timeout or out-of-memory fails it; the input that did it is saved in
# BUILD/fuzz/artifacts/<harness>/. Run from the repository root (`make fuzz` does).
set -uo pipefail
build=${1:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
work=$build/fuzz
tests/fuzz/seeds.sh "$work/seeds" || exit 2

# harness max_len timeout(s): inputs hold a register (the largest example is 47 KB) or, for
# the diff, two; a build makes every format of every protocol, so it is given longer.
harnesses=(
  "load_fuzz  65536 10"
  "build_fuzz 65536 30"
  "sign_fuzz  16384 10"
  "diff_fuzz  131072 10"
)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for entry in "${harnesses[@]}"; do
  read -r name max_len timeout <<<"$entry"
  short=${name%_fuzz}
  corpus=$work/corpus/$short artifacts=$work/artifacts/$short log=$work/$short.log
  mkdir -p "$corpus" "$artifacts"
  regressions=()
  [ -d "tests/fuzz/regressions/$short" ] && regressions=("tests/fuzz/regressions/$short")
  echo "fuzz: $name for ${seconds}s (log: $log)"
  "$build/tests/fuzz/$name" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" "$work/seeds/$short" "${regressions[@]}" >"$log" 2>&1
  status=$?
  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | sed "s/^/  /"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | sed "s/^/  /"
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $name FAILED (exit $status):"
    grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | sed "s/^/  /"
    failed+=("$name")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}"
  exit 1
fi
echo "fuzz: all ${#harnesses[@]} harnesses ran ${seconds}s each with no finding"
