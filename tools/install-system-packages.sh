#!/usr/bin/env bash
# The system packages the tests and CI need, from Debian: redis-server (subscriptions across instances), curl
# (the README's examples are run by a test), docker-compose (to validate docker-compose.yml), chromium (the browser
# tests drive /usr/bin/chromium through Playwright; no browser is downloaded), nodejs/npm (the build bundles the
# IDE from npm, and the Node test suites under tests/ run with it) and fonts-dejavu-core (the font of the access
# report's PDF). Idempotent.
# Locally, tests that need one of these are skipped with a reason when it is missing and CI is not set.
set -euo pipefail
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # Tests start their own redis-server on a free port; the packaged service is not needed.
  (command -v systemctl >/dev/null 2>&1 && $sudo_cmd systemctl disable --now redis-server >/dev/null 2>&1) || true
fi
