#!/usr/bin/env bash
# Runs every fuzz harness built in BUILD (default build-fuzz) for FUZZ_SECONDS seconds each
# (default 60), FUZZ_JOBS at a time (default: the number of processors), from the seeds
# seeds.sh makes, the corpus kept in BUILD/fuzz/corpus from earlier runs and the committed
# regressions. Any crash, sanitizer report, leak, timeout or out-of-memory fails it; the input
# that did it is saved in BUILD/fuzz/artifacts/<harness>/. Run from the repository root
# (`make fuzz` does).
set -uo pipefail
build=${1:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-$(nproc)}
work=$build/fuzz
tests/fuzz/seeds.sh "$work/seeds" || exit 2

# harness max_len timeout(s): inputs hold a register (the largest example is 47 KB) or, for
# the diff, two; a build makes every format of every protocol, so it is given longer.
harnesses=(
  "build_fuzz 65536 30"
  "diff_fuzz  131072 10"
  "load_fuzz  65536 10"
  "sign_fuzz  16384 10"
)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# run_one NAME MAX_LEN TIMEOUT: runs one harness; prints its figures (and its finding) at once.
run_one() {
  local name=$1 max_len=$2 timeout=$3 short=${1%_fuzz}
  local corpus=$work/corpus/$short artifacts=$work/artifacts/$short log=$work/$short.log
  mkdir -p "$corpus" "$artifacts"
  local regressions=()
  [ -d "tests/fuzz/regressions/$short" ] && regressions=("tests/fuzz/regressions/$short")
  "$build/tests/fuzz/$name" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" "$work/seeds/$short" "${regressions[@]}" >"$log" 2>&1
  local status=$?
  echo "$status" >"$work/$short.status"
  {
    echo "fuzz: $name ran ${seconds}s (log: $log)"
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log"
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log"
    if [ "$status" -ne 0 ]; then
      echo "fuzz: $name FAILED (exit $status):"
      grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$log"
    fi
  } | sed '2,$s/^/  /'
}

for entry in "${harnesses[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  # shellcheck disable=SC2086
  run_one $entry &
done
wait
failed=()
for entry in "${harnesses[@]}"; do
  read -r name _ <<<"$entry"
  [ "$(cat "$work/${name%_fuzz}.status" 2>/dev/null)" = 0 ] || failed+=("$name")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}"
  exit 1
fi
echo "fuzz: all ${#harnesses[@]} harnesses ran ${seconds}s each with no finding"
