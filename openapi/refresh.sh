#!/usr/bin/env bash
# Rewrites openapi/openapi.json with the public OpenAPI document the gateway's build made: the documents the services
# stored when they were built (quarkus.smallrye-openapi.store-schema-directory), merged by openapi-merge, with the
# gateway's own operations added. No stack has to run. The gateway's MergedOpenApiTest and e2e-tests' OpenApiDocumentIT
# fail while the committed copy differs from what is built and served.
#
#   openapi/refresh.sh            then review `git diff openapi/openapi.json` and commit it
# SKIP_BUILD=1 uses gateway/target/openapi/openapi.json as it is.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUILT="$ROOT/gateway/target/openapi/openapi.json"

command -v node >/dev/null || { echo "[openapi] node not found: install Node.js 20.19+" >&2; exit 1; }
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "[openapi] building the services and the gateway (package, no tests)"
  (cd "$ROOT" && ./mvnw -q -B -pl gateway -am package -DskipTests -Dspotless.check.skip=true)
fi
[ -f "$BUILT" ] || { echo "[openapi] $BUILT is missing: build the gateway first" >&2; exit 1; }
node "$HERE/format.mjs" "$BUILT" "$HERE/openapi.json"
if command -v git >/dev/null && git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  git -C "$ROOT" --no-pager diff --stat -- openapi/openapi.json
fi
echo "[openapi] openapi/openapi.json refreshed ($(wc -l <"$HERE/openapi.json") lines); lint it with openapi/lint.sh"
