#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang with ASan and UBSan, in build-fuzz) and runs
# each for a while; exits non-zero when any target crashed, leaked, ran out of memory or met an
# input slower than one second. CI (.ci/run) calls it with the default 20 s per target.
#     scripts/fuzz.sh [--seconds N] [--runs N] [--max-len N] [TARGET...]   (default: every target)
# --runs N stops each target after N inputs instead (whichever comes first with --seconds);
# --max-len N bounds an input (default 16384 bytes; long runs use less to go faster);
# AJUSTE_FUZZ_SEED=N fixes libFuzzer's seed, so a --runs run is repeatable.
# Seeds come from the shared corpora, the specs' examples and the golden files
# (tests/fuzz/makeseeds.py), plus tests/fuzz/seeds and tests/fuzz/regressions; what a target
# learns stays in build-fuzz/corpus/<target>, and a failing input is saved in
# build-fuzz/artifacts/<target>/ (commit it under tests/fuzz/regressions/<target>/).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

seconds=20
runs=
max_len=16384
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --max-len) max_len=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=$(sed -n 's/^fuzz_\(.*\)\.cpp$/\1/p' <(ls tests/fuzz))
[ ${#targets[@]} -gt 0 ] || mapfile -t targets <<<"$all"
for t in "${targets[@]}"; do
  grep -qx "$t" <<<"$all" || { echo "fuzz.sh: no target $t (have: $(echo $all))" >&2; exit 2; }
done

build_dir=$root/${AJUSTE_FUZZ_BUILD_DIR:-build-fuzz}
cxx=$(command -v clang++-14 || command -v clang++ || true)
[ -n "$cxx" ] || { echo "fuzz.sh: clang++ is missing (scripts/install-deps.sh --test)" >&2; exit 2; }
if [ ! -f "$build_dir/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Debug keeps Q_ASSERT on; -O1 keeps the fuzzing fast and the build short.
  cmake -S . -B "$build_dir" -G Ninja -DAJUSTE_FUZZ=ON -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" "${launcher[@]}" >/dev/null
fi
cmake --build "$build_dir" -j"${AJUSTE_FUZZ_BUILD_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

seeds=$build_dir/seeds
stamp=$seeds/.made
if [ ! -f "$stamp" ] || [ tests/fuzz/makeseeds.py -nt "$stamp" ]; then
  rm -rf "$seeds"
  # The shared corpora and specs sit beside the checkout (../shared), or beside the folder
  # holding several worktrees (../../shared); AJUSTE_SHARED_DIR names another place.
  shared=${AJUSTE_SHARED_DIR:-}
  for candidate in "$root/../shared" "$root/../../shared"; do
    [ -z "$shared" ] && [ -d "$candidate/corpora" ] && shared=$(cd "$candidate" && pwd)
  done
  python3 tests/fuzz/makeseeds.py "$seeds" --corpora "${shared:-$root/../shared}/corpora" \
    --specs "${shared:-$root/../shared}/specs" && touch "$stamp"
fi

dictionary() {
  case "$1" in
    ssestream|chatstream) echo "$root/tests/fuzz/sse.dict" ;;
    csvreader|multipart|sandboxrequest) echo "$root/tests/fuzz/csv.dict" ;;
    markdown) echo "$root/tests/fuzz/markdown.dict" ;;
    *) echo "$root/tests/fuzz/json.dict" ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen AJUSTE_TESTING=1
command -v llvm-symbolizer-14 >/dev/null && export ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer-14)

failed=()
printf '%-18s %12s %9s  %s\n' target executions exec/s result
for t in "${targets[@]}"; do
  corpus=$build_dir/corpus/$t
  artifacts=$build_dir/artifacts/$t
  log=$build_dir/logs/$t.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  inputs=()
  for d in "$seeds/$t" "$root/tests/fuzz/seeds/$t" "$root/tests/fuzz/regressions/$t"; do
    [ -d "$d" ] && inputs+=("$d")
  done
  limits=(-max_total_time="$seconds")
  [ -n "$runs" ] && limits+=(-runs="$runs")
  # A fixed seed with --runs makes a run repeatable (CI's), where time-bounded runs are not.
  [ -n "${AJUSTE_FUZZ_SEED:-}" ] && limits+=(-seed="$AJUSTE_FUZZ_SEED")
  status=0
  "$build_dir/tests/fuzz/fuzz_$t" "${limits[@]}" -timeout=1 -rss_limit_mb=2560 -max_len="$max_len" \
    -dict="$(dictionary "$t")" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$corpus" "${inputs[@]}" >"$log" 2>&1 || status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  result=ok
  if [ $status -ne 0 ]; then
    kind=$(grep -oE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer): [a-z-]+|runtime error|fuzz check failed: .*' "$log" | head -1 || true)
    result="FAILED (${kind:-exit $status}); see $log and $artifacts"
    failed+=("$t")
  fi
  printf '%-18s %12s %9s  %s\n' "$t" "${executions:-?}" "${speed:-?}" "$result"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failures in ${failed[*]}" >&2
  exit 1
fi
