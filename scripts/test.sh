#!/usr/bin/env bash
# Installs what is missing, builds Ajuste and runs every test (CTest; benchmarks excluded).
# Tests run with a private HOME and inside a private D-Bus session with its own unlocked
# gnome-keyring, so the keychain path is really exercised and the user's keyring is never touched.
#
# scripts/test.sh --sanitize builds the same suite into build-sanitize/ with AddressSanitizer
# and UndefinedBehaviorSanitizer (AJUSTE_SANITIZE, cmake/AjusteSanitize.cmake) and runs it
# there: any report (memory error, leak, undefined behaviour) fails the test that caused it.
# Other arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=0
if [ "${1:-}" = "--sanitize" ]; then
  sanitize=1
  shift
fi

scripts/install-deps.sh --test
if [ $sanitize -eq 1 ]; then
  export AJUSTE_BUILD_DIR=${AJUSTE_BUILD_DIR:-build-sanitize}
  if [ ! -f "$AJUSTE_BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$AJUSTE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAJUSTE_SANITIZE=ON
  fi
fi
scripts/build.sh

build_dir=$(pwd)/${AJUSTE_BUILD_DIR:-build}
sandbox_home=$(mktemp -d)
runtime_dir=$(mktemp -d)
chmod 700 "$runtime_dir"
trap 'rm -rf "$sandbox_home" "$runtime_dir"' EXIT

export HOME=$sandbox_home XDG_RUNTIME_DIR=$runtime_dir XDG_DATA_HOME=$sandbox_home/.local/share
export XDG_CONFIG_HOME=$sandbox_home/.config XDG_CACHE_HOME=$sandbox_home/.cache
export npm_config_cache=${npm_config_cache:-$build_dir/npm-cache}
export AJUSTE_EXPECT_KEYCHAIN=1 QT_QPA_PLATFORM=offscreen

if [ $sanitize -eq 1 ]; then
  # Every test and every program a test starts (the CLI, the Sandbox) inherits these.
  # halt_on_error / exitcode: the first report ends the process with a failure.
  # Leaks are checked at exit, minus the suppressions (each one explained in its file).
  # Reports go to files too (log_path), because a program a test starts may die of one
  # without the test noticing: the app restarts a Sandbox that stopped. Any file there after
  # the run fails it, and is printed.
  supp=$(pwd)/cmake/sanitize
  reports=$build_dir/sanitizer-reports
  rm -rf "$reports"
  mkdir -p "$reports"
  export ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=0:check_initialization_order=1:exitcode=86:log_path=$reports/asan
  export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0:exitcode=87:log_path=$reports/lsan
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp:exitcode=88:log_path=$reports/ubsan
fi

status=0
dbus-run-session -- bash -c '
  set -euo pipefail
  echo ajuste-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$1" --output-on-failure -j2 -LE bench "${@:2}"
' ajuste-tests "$build_dir" "$@" || status=$?

if [ $sanitize -eq 1 ]; then
  # A report names its error (ASan, LSan: "ERROR:"; UBSan: "runtime error:"). LeakSanitizer
  # also leaves a note when a thread of a process being killed vanishes during its check
  # ("Unable to get registers"), which reports nothing.
  found=$(grep -lE 'ERROR: |runtime error:' -r "$reports" | sort || true)
  if [ -n "$found" ]; then
    for report in $found; do
      echo "=== sanitizer report: $report"
      cat "$report"
    done
    echo "Sanitizer reports: $(echo "$found" | wc -l) (see above)" >&2
    [ $status -ne 0 ] || status=1
  else
    echo "Sanitizer reports: 0"
  fi
fi
exit $status
