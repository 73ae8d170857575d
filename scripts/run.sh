#!/usr/bin/env bash
# Installs what is missing, builds Ajuste and starts it. Safe to run again: a second run only
# rebuilds what changed. Arguments are passed to Ajuste (e.g. a workspace file).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/ajuste "$@"
