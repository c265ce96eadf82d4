#!/usr/bin/env bash
# Rewrites openapi/openapi.json with the merged OpenAPI document the gateway serves (e2e-tests' OpenApiDocumentIT
# fails when the two differ). Uses the gateway on $GATEWAY_URL (default http://localhost:8080) when one is ready
# there; otherwise starts the stack with ./run.sh --detach (no sample ingest: the document does not depend on the
# data) and stops it again afterwards. Environment for that case is run.sh's: SKIP_BUILD=1 to use the jars already
# built, PG_PORT when 55432 is taken, ...
#
#   openapi/refresh.sh            then review `git diff openapi/openapi.json` and commit it
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
GATEWAY_URL="${GATEWAY_URL:-http://localhost:8080}"
# the committed document is the one a gateway with the default public URL serves (as e2e-tests runs it)
EXPECTED_SERVER="http://localhost:8080"

command -v node >/dev/null || { echo "[openapi] node not found: install Node.js 20.19+" >&2; exit 1; }

started=0
if curl -sf -o /dev/null --max-time 5 "$GATEWAY_URL/q/health/ready"; then
  echo "[openapi] using the gateway running on $GATEWAY_URL"
else
  [ "$GATEWAY_URL" = "http://localhost:8080" ] \
    || { echo "[openapi] no ready gateway on $GATEWAY_URL" >&2; exit 1; }
  echo "[openapi] no gateway on $GATEWAY_URL: starting the stack with ./run.sh --detach"
  started=1
  trap '(cd "$ROOT" && ./run.sh stop) || true' EXIT
  (cd "$ROOT" && NO_SAMPLE=1 ./run.sh --detach)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"; if [ "$started" = 1 ]; then (cd "$ROOT" && ./run.sh stop) || true; fi' EXIT

# right after a start the gateway may not have every service's document yet: it says so in a header
for attempt in $(seq 1 60); do
  curl -sf --max-time 10 -H 'Accept: application/json' -D "$tmp/headers" -o "$tmp/served.json" \
    "$GATEWAY_URL/q/openapi?format=json"
  if ! grep -qi '^x-openapi-missing-sources:' "$tmp/headers"; then
    break
  fi
  [ "$attempt" = 60 ] && { echo "[openapi] the gateway still lacks: $(grep -i '^x-openapi-missing-sources:' "$tmp/headers")" >&2; exit 1; }
  sleep 1
done

node -e '
  const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const url = d.servers?.[0]?.url;
  if (url !== process.argv[2]) {
    console.error(`[openapi] the gateway serves servers[0].url=${url}, not ${process.argv[2]}: run it with the default PUBLIC_URL`);
    process.exit(1);
  }' "$tmp/served.json" "$EXPECTED_SERVER"

node "$HERE/format.mjs" "$tmp/served.json" "$HERE/openapi.json"
if command -v git >/dev/null && git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  git -C "$ROOT" --no-pager diff --stat -- openapi/openapi.json
fi
echo "[openapi] openapi/openapi.json refreshed ($(wc -l <"$HERE/openapi.json") lines); lint it with openapi/lint.sh"
