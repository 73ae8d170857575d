#!/usr/bin/env bash
# API conformance: runs Prism (a mock server generated from a provider's OpenAPI description)
# and drives every operation of Ajuste's client for that provider against it. A request that
# does not match the spec is rejected by Prism (422) and fails the test.
#   run_conformance.sh TEST_BINARY CACHE_DIR PACKAGE_JSON SPECS_DIR
# Prism is installed once into CACHE_DIR (inside the build directory) and reused after.
set -euo pipefail

test_binary=$1
cache_dir=$2
package_json=$3
specs_dir=$4

for spec in openai-openapi.yaml together-openapi.yaml; do
  if [[ ! -f "$specs_dir/$spec" ]]; then
    echo "conformance: $specs_dir/$spec not found (the shared/ folder must sit beside the clone)" >&2
    exit 1
  fi
done
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "conformance: Node.js and npm are needed to run Prism; skipping" >&2
  exit 77
fi

prism="$cache_dir/node_modules/.bin/prism"
if [[ ! -x "$prism" ]]; then
  mkdir -p "$cache_dir"
  cp "$package_json" "$cache_dir/package.json"
  (cd "$cache_dir" && npm install --no-audit --no-fund --loglevel=error)
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# Starts Prism on a spec in the background; PRISM_PORT and PRISM_LOG name where it listens.
start_prism() {
  local spec=$1
  PRISM_PORT=$(free_port)
  PRISM_LOG=$(mktemp)
  "$prism" mock "$specs_dir/$spec" -h 127.0.0.1 -p "$PRISM_PORT" >"$PRISM_LOG" 2>&1 &
  pids+=($!)
}

# Waits until the Prism writing LOG (process PID) listens; loading takes 15-30 s.
wait_for_prism() {
  local pid=$1 log=$2
  for _ in $(seq 1 360); do
    if grep -q "Prism is listening" "$log"; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "conformance: Prism stopped while loading:" >&2
      tail -n 20 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "conformance: Prism did not start within 180 s" >&2
  tail -n 20 "$log" >&2
  return 1
}

# Both specs load at the same time to halve the wait.
start_prism openai-openapi.yaml
openai_port=$PRISM_PORT openai_log=$PRISM_LOG openai_pid=${pids[-1]}
start_prism together-openapi.yaml
together_port=$PRISM_PORT together_log=$PRISM_LOG together_pid=${pids[-1]}
wait_for_prism "$openai_pid" "$openai_log"
wait_for_prism "$together_pid" "$together_log"

status=0
echo "== OpenAI operations against Prism (openai-openapi.yaml) =="
CONFORMANCE_PROVIDER=openai CONFORMANCE_BASE_URL="http://127.0.0.1:$openai_port" "$test_binary" || status=1
echo "== Together operations against Prism (together-openapi.yaml) =="
CONFORMANCE_PROVIDER=together CONFORMANCE_BASE_URL="http://127.0.0.1:$together_port" "$test_binary" || status=1
if [[ $status -ne 0 ]]; then
  echo "-- Prism's view of rejected requests (OpenAI) --"
  grep -iE "violation|invalid|422" "$openai_log" | tail -n 40 || true
  echo "-- Prism's view of rejected requests (Together) --"
  grep -iE "violation|invalid|422" "$together_log" | tail -n 40 || true
fi
rm -f "$openai_log" "$together_log"
exit $status
