#!/usr/bin/env bash
# Installs the Debian 12 packages Ajuste needs to build, run and test,
# asking apt only for what dpkg says is missing, so a second run costs nothing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libqt6sql6-sqlite
  qt6-translations-l10n qt6-qpa-plugins libgl-dev libsimdjson-dev
)
if [ "${1:-}" = "--test" ]; then
  # Headless GUI tests, the keychain inside a private D-Bus session, screenshots,
  # packaging checks and the Node.js tooling for API conformance and tokenizer oracles.
  packages+=(xvfb xauth imagemagick gnome-keyring dbus libsecret-tools
             desktop-file-utils appstream)
  # Fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes, the symbolizer
  # for readable reports, PyYAML for seeds from the API specs' examples.
  packages+=(clang-14 libclang-rt-14-dev llvm-14 python3 python3-yaml)
  # Node.js may come from another repository that bundles npm; ask Debian only when absent.
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
