#!/usr/bin/env bash
# The production path on one machine, from a fresh clone: makes the certificates (tools/make-certificates.sh),
# then builds and starts docker-compose.yml (SQL Server, Redis, migrate, api). Needs Docker (or Podman) with
# Compose, and MSSQL_SA_PASSWORD in the environment. Then create the Office and its first client:
#   docker compose run --rm --entrypoint dotnet migrate Partners.Tools.dll bootstrap --client-id forem-admin
set -euo pipefail
cd "$(dirname "$0")/.."
: "${MSSQL_SA_PASSWORD:?set MSSQL_SA_PASSWORD (SQL Server's password rules: 8+ characters, 3 of upper, lower, digit, symbol)}"
bash tools/make-certificates.sh
if docker compose version >/dev/null 2>&1; then
  docker compose up --build --detach --wait
else
  docker-compose up --build --detach
fi
echo "The API answers at https://localhost:8443/graphql (self-signed certificate: curl -k)."
