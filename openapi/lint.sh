#!/usr/bin/env bash
# Lints openapi/openapi.json with the pinned Redocly CLI (`recommended` ruleset, redocly.yaml) and the pinned Spectral
# CLI (`spectral:oas`, .spectral.yaml): both must report 0 errors and 0 warnings. Then compiles the generated
# TypeScript client (check-ts.sh) unless --lint-only.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
bash ./install.sh
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_NOTIFICATIONS=true REDOCLY_SUPPRESS_UPDATE_NOTICE=true
echo "[openapi] redocly lint openapi.json (recommended, warnings fail too)"
./node_modules/.bin/redocly lint openapi.json --config redocly.yaml --format=stylish --max-problems=200 | tee "${TMPDIR:-/tmp}/redocly-lint.txt"
if grep -Eq 'You have [0-9]+ warning' "${TMPDIR:-/tmp}/redocly-lint.txt"; then
  echo "[openapi] redocly reported warnings" >&2
  exit 1
fi
echo "[openapi] spectral lint openapi.json (spectral:oas, warnings fail too)"
./node_modules/.bin/spectral lint openapi.json --ruleset .spectral.yaml --fail-severity=warn
[ "${1:-}" = --lint-only ] && exit 0
bash ./check-ts.sh
