#!/usr/bin/env bash
# Installs the pinned tools of openapi/package-lock.json (Redocly CLI, Spectral, TypeScript, openapi-typescript,
# openapi-fetch, @hey-api/openapi-ts) into openapi/node_modules
# (git-ignored) with `npm ci`, unless that exact lock file is already installed. Needs Node.js >= 20.19 and npm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v npm >/dev/null || { echo "[openapi] npm not found: install Node.js 20.19+ (Debian: apt-get install nodejs npm)" >&2; exit 1; }
stamp=node_modules/.installed-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
echo "[openapi] npm ci (the pinned tools of package-lock.json)"
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
