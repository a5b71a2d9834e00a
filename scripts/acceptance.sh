#!/usr/bin/env bash
# Runs the acceptance conversations against a fresh server with the clock pinned, as the issues describe.
# Same as `npm run eval`; kept for the commands written in older notes.
# usage: scripts/acceptance.sh [--only ID] [--verbose] [CASES.mjs ...]   (default: every eval/*.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
exec node --import tsx scripts/eval.ts "$@"
