#!/usr/bin/env bash
# Validates deploy/ without a cluster:
#   1. yamllint (deploy/.yamllint) on the hand-written manifests;
#   2. renders every overlay with `kubectl kustomize` (placeholder secrets, in a scratch copy: never your real ones);
#   3. checks every rendered object with the npm package kubernetes-models (required fields, types, formats).
# Exits non-zero on any error. The JUnit tests of this module (mvn -pl deploy verify) do the strict fabric8
# parsing and the checks against the services' configuration.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="${DEPLOY_TOOLS_DIR:-$here/.tools}"
kubectl="${KUBECTL:-kubectl}"

# --- tools -------------------------------------------------------------------------------------------------
if ! command -v yamllint >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing yamllint (apt-get)"
    apt-get install -y -qq yamllint >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq yamllint >/dev/null; }
  else
    echo "yamllint is missing: apt-get install yamllint (or pip install yamllint)" >&2
    exit 1
  fi
fi
command -v node >/dev/null || { echo "node is missing" >&2; exit 1; }
command -v "$kubectl" >/dev/null || { echo "kubectl is missing" >&2; exit 1; }

# npm ci from the committed lock file, only when it changed since the last install
mkdir -p "$tools"
if ! cmp -s "$here/validate/package-lock.json" "$tools/package-lock.json" || [ ! -d "$tools/node_modules/kubernetes-models" ]; then
  echo "installing kubernetes-models into $tools"
  cp "$here/validate/package.json" "$here/validate/package-lock.json" "$tools/"
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error >/dev/null
fi

# --- 1. yamllint --------------------------------------------------------------------------------------------
echo "yamllint: deploy/{base,components,overlays}"
(cd "$here" && yamllint --strict -c .yamllint base components overlays)

# --- 2. render ----------------------------------------------------------------------------------------------
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# copy the sources without any secret file (real secrets never leave deploy/)
tar -C "$here" --exclude='overlays/*/secrets/*' -cf - base components overlays | tar -C "$work" -xf -
rendered=()
for overlay in "$work"/overlays/*/; do
  name="$(basename "$overlay")"
  secrets="$overlay/secrets"
  if [ -d "$secrets" ]; then
    # placeholders: copies of the committed *.example files and dummy keys
    for example in "$here/overlays/$name/secrets"/*.example; do
      [ -e "$example" ] && cp "$example" "$secrets/$(basename "${example%.example}")"
    done
    printf -- '-----BEGIN PUBLIC KEY-----\nplaceholder\n-----END PUBLIC KEY-----\n' > "$secrets/publicKey.pem"
    printf -- '-----BEGIN PRIVATE KEY-----\nplaceholder\n-----END PRIVATE KEY-----\n' > "$secrets/privateKey.pem"
  fi
  out="$work/$name.yaml"
  echo "render: overlays/$name"
  "$kubectl" kustomize "$overlay" > "$out"
  rendered+=("$out")
done
[ "${#rendered[@]}" -gt 0 ] || { echo "no overlay found" >&2; exit 1; }

# --- 3. kubernetes-models -----------------------------------------------------------------------------------
NODE_TOOLS="$tools" node "$here/validate/validate.mjs" "${rendered[@]}"
echo "deploy/validate.sh: OK"
