#!/usr/bin/env bash
# Every in-editor suite in one go, for CI: code-server (extension host, UI walk, .vsix), Neovim,
# and rendered hostile text in headless Chromium.
# Each prints its own `N passed, N failed`; this ends with the sum, as one line.
set -uo pipefail
WORTEL=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
geslaagd=0; gefaald=0; overgeslagen=0; status=0
for suite in test/e2e/vscode.sh test/nvim/nvim.sh test/e2e/csp.sh; do
    uit=$(mktemp)
    bash "$WORTEL/$suite" 2>&1 | tee "$uit"
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
