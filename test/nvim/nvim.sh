#!/usr/bin/env bash
# Neovim (Debian's 0.7.2) headless as a second real editor of the vwo language server:
# attaches `node out/server.cjs --stdio` with vim.lsp.start_client (test/nvim/vwo.lua) and checks
# diagnostics, hover, outline, definition and completion (test/nvim/lsp-test.lua).
# npm run test:nvim. Installs neovim when missing; ends with `N passed, N failed`.
set -euo pipefail
WORTEL=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$WORTEL"
source test/e2e/werktuigen.sh
vwo_werktuigen_nvim

RUN=$(mktemp -d "${TMPDIR:-/tmp}/vwo-nvim.XXXXXX")
UITSLAG=$RUN/uitslag.txt; : > "$UITSLAG"
GROEP=""
einde() {
    local status=$?
    [ -z "$GROEP" ] || kill -KILL -- "-$GROEP" 2>/dev/null || true
    [ -s "$UITSLAG" ] || echo "FAIL nvim: geen uitslag (status $status)" >> "$UITSLAG"
    local geslaagd gefaald
    geslaagd=$(grep -c '^PASS ' "$UITSLAG" || true); gefaald=$(grep -c '^FAIL ' "$UITSLAG" || true)
    rm -rf "$RUN"
    echo "$geslaagd passed, $gefaald failed"
    [ "$gefaald" = 0 ] && exit 0 || exit 1
}
trap einde EXIT

npm run --silent build > "$RUN/build.log" 2>&1 || { cat "$RUN/build.log" >&2; echo "FAIL npm run build" >> "$UITSLAG"; exit 1; }
mkdir -p "$RUN/werkruimte" "$RUN/xdg"
cp examples/*.vwo test/vscode/werkruimte/*.vwo "$RUN/werkruimte/"

# Own process group (setsid), so the language server goes with it; a time limit against hangs.
XDG_CONFIG_HOME=$RUN/xdg XDG_DATA_HOME=$RUN/xdg XDG_STATE_HOME=$RUN/xdg XDG_CACHE_HOME=$RUN/xdg \
VWO_SERVER=${VWO_SERVER:-$WORTEL/out/server.cjs} \
    setsid timeout 120 nvim --headless --clean -n -c "luafile test/nvim/lsp-test.lua" "$RUN/werkruimte" \
    < /dev/null > "$RUN/nvim.out" 2> "$RUN/nvim.err" &
GROEP=$!
wait "$GROEP" || true
kill -TERM -- "-$GROEP" 2>/dev/null || true   # whatever nvim left behind in its group
GROEP=""
grep -E '^(PASS|FAIL) ' "$RUN/nvim.out" | tee -a "$UITSLAG" || true
if ! grep -q '^PASS ' "$RUN/nvim.out"; then cat "$RUN/nvim.out" "$RUN/nvim.err"; fi
