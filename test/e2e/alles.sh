#!/usr/bin/env bash
# Every in-editor suite in one go (npm run test:editors; CI runs it): code-server (extension host,
# UI walk, .vsix), Neovim, rendered hostile text and the standalone page in headless Chromium — each through the npm
# command the README documents, so CI proves those commands and not only these scripts.
# Each prints its own `N passed, N failed`; this ends with the sum, as one line.
set -uo pipefail
WORTEL=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
geslaagd=0; gefaald=0; overgeslagen=0; status=0
cd "$WORTEL" || exit 1
for suite in test:vscode test:nvim test:csp test:web; do
    uit=$(mktemp)
    npm run --silent "$suite" 2>&1 | tee "$uit"
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    regel=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$uit" | tail -1)
    rm -f "$uit"
    if [ -z "$regel" ]; then gefaald=$((gefaald + 1)); status=1; continue; fi
    geslaagd=$((geslaagd + $(sed -E 's/^([0-9]+) passed.*/\1/' <<< "$regel")))
    gefaald=$((gefaald + $(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<< "$regel")))
    if [[ $regel =~ ([0-9]+)\ skipped ]]; then overgeslagen=$((overgeslagen + BASH_REMATCH[1])); fi
done
echo "$geslaagd passed, $gefaald failed, $overgeslagen skipped"
exit $status
