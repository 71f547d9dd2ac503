#!/usr/bin/env bash
# Makes the certificates docker-compose.yml mounts, in ./secrets (git-ignored), with openssl; keeps any that exist.
#   signing.pfx, encryption.pfx  OpenIddict's token keys (Identity:SigningCertificatePath, EncryptionCertificatePath)
#   tls.pfx                      the API's HTTPS certificate (Kestrel), self-signed for localhost
# PKCS#12 without a password. Self-signed: for a trial or a test deployment; in production put the organisation's
# certificates at the same paths (and their passwords in Identity:*CertificatePassword / Kestrel settings).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p secrets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make() { # make FILE SUBJECT EXTENSIONS...
  local file="secrets/$1" subject="$2"
  shift 2
  if [ -f "$file" ]; then
    echo "keeps $file"
    return
  fi
  local args=()
  for extension in "$@"; do args+=(-addext "$extension"); done
  openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 730 -subj "$subject" \
    -keyout "$work/key.pem" -out "$work/cert.pem" "${args[@]}" 2>/dev/null
  openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out "$file" -passout pass:
  # The container runs as the unprivileged user `app`: it must be able to read the mounted file.
  chmod 0644 "$file"
  echo "wrote $file"
}

make signing.pfx "/CN=Partners token signing" "keyUsage=critical,digitalSignature"
make encryption.pfx "/CN=Partners token encryption" "keyUsage=critical,keyEncipherment"
make tls.pfx "/CN=localhost" "subjectAltName=DNS:localhost,IP:127.0.0.1" "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth"
