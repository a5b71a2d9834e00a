#!/usr/bin/env bash
# Runs the acceptance conversations against a fresh server with the clock pinned, as the issues describe.
# usage: scripts/acceptance.sh [CASES.mjs ...]   (default: ../shared/eval/sample.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5005}
data=$(mktemp -d)
token=acceptance-$RANDOM
cases=("$@"); [ ${#cases[@]} -gt 0 ] || cases=(../shared/eval/sample.mjs)
PORT=$port PORTIER_NOW=2026-11-24T12:00:00+03:00 PORTIER_DATA_DIR=$data PORTIER_API_TOKEN=$token OPENAI_API_KEY= \
  node bin/portier.mjs run --port "$port" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
node ../shared/eval/dialogues.mjs --url "http://127.0.0.1:$port" --token "$token" "${cases[@]}"
