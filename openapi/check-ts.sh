#!/usr/bin/env bash
# Compiles the TypeScript client that api-client generates from openapi/openapi.json (typescript-fetch, in
# api-client/target/generated-sources/typescript) with the pinned tsc: strict, lib dom + es2020, no output.
# Generates it first (Maven, api-client's generate-sources) when it is not there.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
TS="$ROOT/api-client/target/generated-sources/typescript"
bash "$HERE/install.sh"
if [ ! -f "$TS/index.ts" ] || [ "$HERE/openapi.json" -nt "$TS/index.ts" ]; then
  echo "[openapi] generating the TypeScript client"
  (cd "$ROOT" && ./mvnw -q -B -pl api-client generate-sources)
fi
count=$(find "$TS" -name '*.ts' | wc -l)
echo "[openapi] tsc --noEmit over $count generated files"
"$HERE/node_modules/.bin/tsc" --noEmit -p "$HERE/tsconfig.json"
echo "[openapi] TypeScript client compiles"
