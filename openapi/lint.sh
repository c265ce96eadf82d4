#!/usr/bin/env bash
# Lints openapi/openapi.json with the pinned Redocly CLI (`recommended` ruleset, redocly.yaml): fails on any
# error, prints warnings. Then compiles the generated TypeScript client (check-ts.sh) unless --lint-only.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
bash ./install.sh
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_NOTIFICATIONS=true REDOCLY_SUPPRESS_UPDATE_NOTICE=true
echo "[openapi] redocly lint openapi.json (recommended)"
# redocly exits non-zero when there is an error; warnings are listed but pass
./node_modules/.bin/redocly lint openapi.json --config redocly.yaml --format=stylish
[ "${1:-}" = --lint-only ] && exit 0
bash ./check-ts.sh
