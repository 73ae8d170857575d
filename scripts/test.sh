#!/usr/bin/env bash
# Installs what is missing, builds Ajuste and runs every test (CTest; benchmarks excluded).
# Tests run with a private HOME and inside a private D-Bus session with its own unlocked
# gnome-keyring, so the keychain path is really exercised and the user's keyring is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
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

dbus-run-session -- bash -c '
  set -euo pipefail
  echo ajuste-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$1" --output-on-failure -j2 -LE bench "${@:2}"
' ajuste-tests "$build_dir" "$@"
