#!/usr/bin/env bash
# Puts `prism proxy` in front of the Sandbox and drives every operation through it, so each
# Sandbox response is validated against OpenAI's specification (--errors turns a violation into
# an error answer). Known gaps of the specification are named and checked precisely below.
#   sandbox_prism_proxy.sh SANDBOX_BINARY SPEC CACHE_DIR PACKAGE_JSON
set -u
sandbox_bin="$1"; spec="$2"; tools="$3"; package_json="$4"
if [ ! -f "$spec" ]; then
  echo "FAIL: $spec not found (the shared/ folder must sit beside the clone)"; exit 1
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null || ! command -v jq >/dev/null \
   || ! command -v curl >/dev/null; then
  echo "Node.js, npm, jq and curl are needed to run Prism and read its answers; skipping" >&2
  exit 77
fi
work="$(mktemp -d)"
sandbox_pid=""; prism_pid=""
cleanup() {
  [ -n "$prism_pid" ] && kill "$prism_pid" 2>/dev/null
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

prism="$tools/node_modules/.bin/prism"
if [ ! -x "$prism" ]; then
  echo "Installing Prism into $tools"
  mkdir -p "$tools"
  if [ -f "$package_json" ]; then
    cp "$package_json" "$tools/package.json"
    (cd "$tools" && npm install --no-audit --no-fund --loglevel=error) >"$work/npm.log" 2>&1
  else
    npm install --prefix "$tools" --no-audit --no-fund @stoplight/prism-cli >"$work/npm.log" 2>&1
  fi || { cat "$work/npm.log"; echo "FAIL: could not install Prism"; exit 1; }
fi

"$sandbox_bin" --port 0 --speed 1000 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 100); do grep -q "listening" "$work/sandbox.out" 2>/dev/null && break; sleep 0.1; done
upstream="$(sed -n 's/^Sandbox listening on //p' "$work/sandbox.out" | head -1)"
[ -n "$upstream" ] || { echo "FAIL: the Sandbox did not start"; cat "$work/sandbox.err"; exit 1; }

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});')"
"$prism" proxy "$spec" "$upstream" --errors --host 127.0.0.1 --port "$port" >"$work/prism.log" 2>&1 &
prism_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 360); do  # loading the specification takes 15-40 s
  grep -q "Prism is listening" "$work/prism.log" && break
  kill -0 "$prism_pid" 2>/dev/null || { cat "$work/prism.log"; echo "FAIL: Prism stopped"; exit 1; }
  sleep 0.5
done
grep -q "Prism is listening" "$work/prism.log" || { echo "FAIL: Prism did not start"; exit 1; }

failures=0
auth="Authorization: Bearer sk-sandbox-conformance"
json="Content-Type: application/json"
# call NAME EXPECTED_STATUS [ALLOWED_VIOLATION_REGEX] -- curl arguments...
call() {
  local name="$1" expected="$2" allowed="$3"; shift 4
  curl -s -D "$work/headers" -o "$work/body" -w "%{http_code}" -H "$auth" "$@" >"$work/status"
  local status violations
  status="$(cat "$work/status")"
  violations="$(grep -i '^sl-violations:' "$work/headers" | sed 's/^[^:]*: //' | tr -d '\r')"
  local errors
  errors="$(printf '%s' "$violations" | jq -c '[.[] | select(.severity == "Error")]' 2>/dev/null || echo '[]')"
  if [ -n "$allowed" ] && [ "$errors" != "[]" ] && printf '%s' "$errors" | jq -e --arg re "$allowed" 'all(.[]; .message | test($re))' >/dev/null; then
    echo "ok   $name (known specification gap: $(printf '%s' "$errors" | jq -r '.[0].message'))"
    return 0
  fi
  if [ "$status" != "$expected" ] || { [ -n "$errors" ] && [ "$errors" != "[]" ]; }; then
    echo "FAIL $name: status $status (expected $expected) violations $violations"
    head -c 600 "$work/body"; echo
    failures=$((failures + 1))
    return 1
  fi
  echo "ok   $name"
}
field() { jq -r "$1" "$work/body"; }

for i in $(seq 1 12); do
  printf '{"messages":[{"role":"user","content":"question %s about the shop"},{"role":"assistant","content":"answer %s"}]}\n' "$i" "$i"
done >"$work/train.jsonl"
size=$(wc -c <"$work/train.jsonl")

call "list models" 200 "" -- "$base/models"
call "get model" 200 "" -- "$base/models/gpt-4o-mini-2024-07-18"
call "upload file" 200 "" -- "$base/files" -F purpose=fine-tune -F "file=@$work/train.jsonl"
file_id="$(field .id)"
call "list files" 200 "" -- "$base/files?limit=1"
call "get file" 200 "" -- "$base/files/$file_id"
call "create upload" 200 "" -- "$base/uploads" -H "$json" \
  -d "{\"filename\":\"big.jsonl\",\"purpose\":\"fine-tune\",\"bytes\":$size,\"mime_type\":\"text/jsonl\"}"
upload_id="$(field .id)"
call "add upload part" 200 "" -- "$base/uploads/$upload_id/parts" -F "data=@$work/train.jsonl"
part_id="$(field .id)"
call "complete upload" 200 "" -- "$base/uploads/$upload_id/complete" -H "$json" -d "{\"part_ids\":[\"$part_id\"]}"
call "create upload to cancel" 200 "" -- "$base/uploads" -H "$json" \
  -d '{"filename":"x.jsonl","purpose":"fine-tune","bytes":10,"mime_type":"text/jsonl"}'
call "cancel upload" 200 "" -- -X POST "$base/uploads/$(field .id)/cancel"

call "create job" 200 "" -- "$base/fine_tuning/jobs" -H "$json" \
  -d "{\"model\":\"gpt-4o-mini-2024-07-18\",\"training_file\":\"$file_id\",\"suffix\":\"conf\",\"seed\":7,\"method\":{\"type\":\"supervised\",\"supervised\":{\"hyperparameters\":{\"n_epochs\":3}}}}"
job_id="$(field .id)"
for _ in $(seq 1 100); do
  curl -s -H "$auth" "$upstream/fine_tuning/jobs/$job_id" | jq -e '.status == "succeeded"' >/dev/null && break
  sleep 0.1
done
call "get job" 200 "" -- "$base/fine_tuning/jobs/$job_id"
model="$(field .fine_tuned_model)"
result_id="$(field '.result_files[0]')"
call "list jobs" 200 "" -- "$base/fine_tuning/jobs?limit=2"
call "list events" 200 "" -- "$base/fine_tuning/jobs/$job_id/events?limit=50"
call "list checkpoints" 200 "" -- "$base/fine_tuning/jobs/$job_id/checkpoints"
# The specification declares file content as application/json holding a string, which raw
# bytes cannot be; the Sandbox sends them as they are, like OpenAI.
call "download result file" 200 "media type" -- "$base/files/$result_id/content"
call "chat with base model" 200 "" -- "$base/chat/completions" -H "$json" \
  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"question 3 about the shop"}]}'
call "chat with tuned model" 200 "" -- "$base/chat/completions" -H "$json" \
  -d "{\"model\":\"$model\",\"messages\":[{\"role\":\"user\",\"content\":\"question 3 about the shop\"}]}"
call "unknown job is an error" 404 "" -- "$base/fine_tuning/jobs/ftjob-none"

# Pause and resume: OpenAI's real status "paused" is missing from the specification's enum.
curl -s -H "$auth" "$upstream/fine_tuning/jobs" -H "$json" \
  -d "{\"model\":\"gpt-4o-mini\",\"training_file\":\"$file_id\",\"method\":{\"type\":\"supervised\",\"supervised\":{\"hyperparameters\":{\"n_epochs\":50}}}}" >"$work/body"
slow_job="$(field .id)"
for _ in $(seq 1 100); do
  curl -s -H "$auth" "$upstream/fine_tuning/jobs/$slow_job" | jq -e '.status == "running"' >/dev/null && break
  sleep 0.02
done
call "pause job" 200 "status must be equal to one of the allowed values" -- -X POST "$base/fine_tuning/jobs/$slow_job/pause"
call "resume job" 200 "" -- -X POST "$base/fine_tuning/jobs/$slow_job/resume"
call "cancel job" 200 "" -- -X POST "$base/fine_tuning/jobs/$slow_job/cancel"
call "delete file" 200 "" -- -X DELETE "$base/files/$file_id"

# Prism cannot validate an event stream (it reads the body as one string), so each chunk is
# checked here for the required fields of CreateChatCompletionStreamResponse.
curl -s -N -H "$auth" -H "$json" "$upstream/chat/completions" \
  -d "{\"model\":\"$model\",\"stream\":true,\"stream_options\":{\"include_usage\":true},\"messages\":[{\"role\":\"user\",\"content\":\"question 3\"}]}" \
  | sed -n 's/^data: //p' >"$work/stream"
if [ "$(tail -1 "$work/stream")" = "[DONE]" ] && head -n -1 "$work/stream" | jq -e -s \
  'all(.[]; .object == "chat.completion.chunk" and (.id|type) == "string" and (.created|type) == "number"
       and (.model|type) == "string" and (.choices|type) == "array"
       and all(.choices[]; has("delta") and has("index") and has("finish_reason")))
   and (.[-1].choices == []) and (.[-1].usage.total_tokens > 0)' >/dev/null; then
  echo "ok   streamed chat chunks"
else
  echo "FAIL streamed chat chunks"; cat "$work/stream"; failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures operation(s) did not conform"
  exit 1
fi
echo "All Sandbox responses conform to the specification"
