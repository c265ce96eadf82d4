#!/usr/bin/env bash
# Creates the local, git-ignored secret files of an overlay: database credentials with random passwords (from the
# *.example files) and an RSA key pair for the JWTs. Existing files are kept. Usage: deploy/make-secrets.sh dev|prod
set -euo pipefail
overlay="${1:?usage: $0 <overlay>}"
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/overlays/$overlay/secrets"
[ -d "$dir" ] || { echo "no such overlay secrets dir: $dir" >&2; exit 1; }
for example in "$dir"/*.env.example; do
  target="${example%.example}"
  [ -e "$target" ] && { echo "keep $target"; continue; }
  sed "s/^password=.*/password=$(openssl rand -hex 24)/" "$example" | grep -v '^#' > "$target"
  chmod 600 "$target"
  echo "wrote $target"
done
if [ ! -e "$dir/privateKey.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/privateKey.pem" 2>/dev/null
  chmod 600 "$dir/privateKey.pem"
  openssl pkey -in "$dir/privateKey.pem" -pubout -out "$dir/publicKey.pem"
  echo "wrote $dir/privateKey.pem and publicKey.pem"
fi
