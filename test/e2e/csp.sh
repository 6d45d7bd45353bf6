#!/usr/bin/env bash
# Rendered hostile text in Debian's headless Chromium (test/e2e/csp.mjs); installs Chromium if missing.
set -uo pipefail
WORTEL=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$WORTEL/test/e2e/werktuigen.sh"
vwo_apt /usr/bin/chromium=chromium
cd "$WORTEL" || exit 1
[ -f out/cli.cjs ] || npm run --silent build >/dev/null
[ -f out/tsc/client/voorbeeld-html.js ] || npx tsc -p tsconfig.json >/dev/null
node test/e2e/csp.mjs
