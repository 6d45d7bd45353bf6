#!/usr/bin/env bash
# The standalone page (out/web/, npm run build:web) from file:// in Debian's headless Chromium
# (test/e2e/web.mjs); installs Chromium if missing.
set -uo pipefail
WORTEL=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$WORTEL/test/e2e/werktuigen.sh"
vwo_apt /usr/bin/chromium=chromium
cd "$WORTEL" || exit 1
npm run --silent build:web >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
node test/e2e/web.mjs
