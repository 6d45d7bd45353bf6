#!/usr/bin/env bash
# The extension in a real VS Code (code-server, VS Code 1.139), offline, on 127.0.0.1 only.
#   bash test/e2e/vscode.sh [suite] [web] [ui] [vsix]      (no argument: all four; npm run test:vscode)
#     suite  test/vscode/*.test.ts inside the real extension host (mocha, the `vscode` API)
#     web    the same suite in the browser's worker extension host: the web extension (package.json
#            `browser`, the server in a Web Worker), as vscode.dev runs it
#     ui     the Playwright walk over the workbench (test/e2e/ui.mjs); its screenshots go to the run
#            folder, or to VWO_E2E_SCHERMAFDRUKKEN (`npm run test:ui` refreshes docs/*.png)
#     vsix   npm run package, the .vsix file list, install into a fresh profile, diagnostics appear
# Installs what it needs once (test/e2e/werktuigen.sh; cache outside the repository), uses a fresh
# profile per run, stops its processes by process group, and ends with `N passed, N failed`.
# VWO_E2E_BEWAAR=1 keeps the run folder (logs, profile) also when everything passed.
set -euo pipefail
WORTEL=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$WORTEL"
DELEN=" ${*:-suite web ui vsix} "
T0=$(date +%s)
meld() { echo "[vwo-e2e $(( $(date +%s) - T0 ))s] $*" >&2; }

source test/e2e/werktuigen.sh   # sets VWO_E2E_CACHE; the installs follow once the closing line is guaranteed

mkdir -p "$VWO_E2E_CACHE/runs"
# run folders kept after a failure are cleared half a day later
find "$VWO_E2E_CACHE/runs" -mindepth 1 -maxdepth 1 -name 'run.*' -mmin +720 -exec rm -rf {} + 2>/dev/null || true
RUN=$(mktemp -d "$VWO_E2E_CACHE/runs/run.XXXXXX")
UITSLAG=$RUN/uitslag.txt          # one line per test: "PASS naam" or "FAIL naam"
: > "$UITSLAG"
export XDG_CONFIG_HOME=$RUN/xdg XDG_DATA_HOME=$RUN/xdg XDG_CACHE_HOME=$RUN/xdg   # nothing lands in $HOME
GROEPEN=()                        # process-group ids of the code-servers this script started
VOLTOOID=0

stop_alles() {
    for groep in "${GROEPEN[@]}"; do
        kill -TERM -- "-$groep" 2>/dev/null || true
    done
    for groep in "${GROEPEN[@]}"; do
        for _ in $(seq 1 50); do kill -0 -- "-$groep" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$groep" 2>/dev/null || true
    done
    GROEPEN=()
}

einde() {
    local status=$?
    stop_alles
    [ "$VOLTOOID" = 1 ] || echo "FAIL harness afgebroken (status $status), zie $RUN" >> "$UITSLAG"
    local geslaagd gefaald
    geslaagd=$(grep -c '^PASS ' "$UITSLAG" || true)
    gefaald=$(grep -c '^FAIL ' "$UITSLAG" || true)
    local overgeslagen; overgeslagen=$(grep -c '^SKIP ' "$UITSLAG" || true)
    grep '^FAIL ' "$UITSLAG" >&2 || true
    if [ "$gefaald" = 0 ] && [ "${VWO_E2E_BEWAAR:-0}" != 1 ]; then rm -rf "$RUN"; else meld "logs en profiel: $RUN"; fi
    meld "klaar"
    echo "$geslaagd passed, $gefaald failed, $overgeslagen skipped"
    [ "$gefaald" = 0 ] && exit 0 || exit 1
}
trap einde EXIT
trap 'exit 130' INT TERM

vwo_werktuigen_vscode

vrije_poort() {
    node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# start_code_server <naam> [extra code-server options...]: a fresh profile in $RUN/<naam>; sets POORT.
start_code_server() {
    local naam=$1; shift
    local dir=$RUN/$naam
    mkdir -p "$dir/user/User" "$dir/exts"
    # VWO_INSTELLINGEN: settings of this instance only (the web part's remote.extensionKind)
    cat > "$dir/user/User/settings.json" <<JSON
{ ${VWO_INSTELLINGEN:-} "workbench.startupEditor": "none", "workbench.tips.enabled": false, "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off", "security.workspace.trust.enabled": false, "update.mode": "none",
  "extensions.autoCheckUpdates": false, "extensions.autoUpdate": "off", "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true, "workbench.secondarySideBar.defaultVisibility": "hidden", "git.enabled": false,
  "workbench.colorTheme": "Light Modern", "window.commandCenter": false,
  "editor.minimap.enabled": false, "editor.fontSize": 14, "files.autoSave": "off" }
JSON
    POORT=$(vrije_poort)
    EXTENSIONS_GALLERY='{}' PATH="$N24/bin:$PATH" VWO_TEST_RESULTAAT="$RUN/suite.json" \
        setsid "$CODE_SERVER" --config "$dir/config.yaml" --bind-addr "127.0.0.1:$POORT" --auth none \
        --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
        --ignore-last-opened --user-data-dir "$dir/user" --extensions-dir "$dir/exts" \
        --vscode-option enable-smoke-test-driver --vscode-option reconnection-grace-time=1 "$@" \
        > "$dir/code-server.log" 2>&1 < /dev/null &
    GROEPEN+=("$!")   # setsid: its own process group, so extension hosts and language servers stop with it
    for _ in $(seq 1 300); do
        curl -sf -o /dev/null "http://127.0.0.1:$POORT/healthz" && { meld "code-server '$naam' op 127.0.0.1:$POORT"; return 0; }
        sleep 0.2
    done
    meld "code-server '$naam' start niet; zie $dir/code-server.log"; tail -20 "$dir/code-server.log" >&2
    return 1
}

# The workspace: the examples and the test files, copied so that no test edits the repository.
# One copy per part: the suite writes exports into its workspace, the UI walk shows its Explorer.
WERKRUIMTE=$RUN/werkruimte
for map in "$WERKRUIMTE" "$RUN/werkruimte-suite" "$RUN/werkruimte-web"; do
    mkdir -p "$map"
    cp examples/*.vwo test/vscode/werkruimte/*.vwo "$map/"
    # a supplier profile with the two agreements that use it, in a folder of their own
    cp -r examples/leverancier-zaakwijzer "$map/"
done
# two links to the web suite's workspace itself: the server in the browser must not walk them (client/bestanden.ts)
ln -s . "$RUN/werkruimte-web/lus"
ln -s . "$RUN/werkruimte-web/ook"

meld "bouwen"
npm run --silent build > "$RUN/build.log" 2>&1 || { cat "$RUN/build.log" >&2; echo "FAIL npm run build" >> "$UITSLAG"; exit 1; }
npx tsc -p test/vscode/tsconfig.json || { echo "FAIL tsc test/vscode" >> "$UITSLAG"; exit 1; }
echo '{ "type": "commonjs" }' > out/vscode-test/package.json

# a suite's tally (suite.json, web.json) as PASS/FAIL lines
tel_suite() {
    node -e '
        const [json, uitslag, naam] = process.argv.slice(1);
        const r = JSON.parse(require("fs").readFileSync(json, "utf8"));
        const regels = [];
        for (let i = 0; i < r.passed; i++) regels.push(`PASS ${naam}`);
        for (let i = 0; i < (r.pending ?? 0); i++) regels.push(`SKIP ${naam}`);
        for (const f of r.fouten ?? []) regels.push(`FAIL ${naam}: ${f.titel}: ${f.melding.split("\n")[0]}`);
        for (let i = (r.fouten ?? []).length; i < r.failed; i++) regels.push(`FAIL ${naam}`);
        require("fs").appendFileSync(uitslag, regels.join("\n") + (regels.length ? "\n" : ""));
    ' "$1" "$UITSLAG" "$2"
}

if [[ $DELEN == *" suite "* || $DELEN == *" ui "* ]]; then
    start_code_server ontwikkeling
    BASIS=http://127.0.0.1:$POORT
    if [[ $DELEN == *" suite "* ]]; then
        meld "test/vscode in de extensiehost"
        node test/e2e/in-host.mjs "$BASIS" "$RUN/werkruimte-suite" "$WORTEL" "$WORTEL/out/vscode-test/test/vscode/index.js" "$RUN/suite.json" || true
        tel_suite "$RUN/suite.json" extensiehost
    fi
    if [[ $DELEN == *" ui "* ]]; then
        meld "UI-wandeling"
        # screenshots go to the run folder, or where VWO_E2E_SCHERMAFDRUKKEN says (npm run test:ui: docs/)
        schermafdrukken=${VWO_E2E_SCHERMAFDRUKKEN:-$RUN/schermafdrukken}
        [[ $schermafdrukken == /* ]] || schermafdrukken=$WORTEL/$schermafdrukken
        node test/e2e/ui.mjs "$BASIS" "$WERKRUIMTE" "$WORTEL" "$schermafdrukken" "$UITSLAG" "$RUN" || true
    fi
    stop_alles
fi

if [[ $DELEN == *" web "* ]]; then
    # The web extension as vscode.dev runs it: remote.extensionKind "web" puts the extension under
    # development in the browser's worker extension host (its `browser` entry; the payload's
    # extensionDevelopmentKind is not read by VS Code's web workbench), the server in a Web Worker.
    VWO_INSTELLINGEN='"remote.extensionKind": { "vwo-gemeenten.vwo": ["web"] },' start_code_server web
    meld "test/vscode in de webextensiehost van de browser"
    if node test/e2e/bouw-webtests.mjs > "$RUN/bouw-webtests.log" 2>&1; then
        node test/e2e/in-host.mjs "http://127.0.0.1:$POORT" "$RUN/werkruimte-web" "$WORTEL" "$WORTEL/out/vscode-web-test/index.cjs" "$RUN/web.json" web || true
        tel_suite "$RUN/web.json" webextensiehost
    else
        cat "$RUN/bouw-webtests.log" >&2; echo "FAIL bouw van de webtests" >> "$UITSLAG"
    fi
    stop_alles
fi

if [[ $DELEN == *" vsix "* ]]; then
    meld "npm run package"
    # `npm run package` writes ./vwo.vsix: one run of this script at a time may make and take it
    if ( flock 9; rm -f vwo.vsix; npm run --silent package > "$RUN/package.log" 2>&1 && mv vwo.vsix "$RUN/vwo.vsix" ) \
            9> "$VWO_E2E_CACHE/package.lock"; then
        echo "PASS npm run package maakt vwo.vsix" >> "$UITSLAG"
        unzip -Z1 "$RUN/vwo.vsix" > "$RUN/vsix-inhoud.txt"
        unzip -p "$RUN/vwo.vsix" 'extension/[Rr][Ee][Aa][Dd][Mm][Ee].md' > "$RUN/vsix-readme.md"
        node test/e2e/vsix-inhoud.mjs "$RUN/vsix-inhoud.txt" package.json "$RUN/vsix-readme.md" >> "$UITSLAG" || true
        meld "installeren in een vers profiel"
        mkdir -p "$RUN/vsix/user" "$RUN/vsix/exts"
        if PATH="$N24/bin:$PATH" EXTENSIONS_GALLERY='{}' "$CODE_SERVER" --user-data-dir "$RUN/vsix/user" \
                --extensions-dir "$RUN/vsix/exts" --install-extension "$RUN/vwo.vsix" > "$RUN/vsix-install.log" 2>&1 &&
           PATH="$N24/bin:$PATH" "$CODE_SERVER" --user-data-dir "$RUN/vsix/user" --extensions-dir "$RUN/vsix/exts" \
                --list-extensions --show-versions 2>/dev/null | grep -q '^vwo-gemeenten\.vwo@'; then
            echo "PASS code-server --install-extension vwo.vsix" >> "$UITSLAG"
            start_code_server vsix
            node test/e2e/vsix.mjs "http://127.0.0.1:$POORT" "$WERKRUIMTE" "$UITSLAG" "$RUN" || true
            stop_alles
        else
            cat "$RUN/vsix-install.log" >&2
            echo "FAIL code-server --install-extension vwo.vsix" >> "$UITSLAG"
        fi
    else
        tail -30 "$RUN/package.log" >&2
        echo "FAIL npm run package maakt vwo.vsix" >> "$UITSLAG"
    fi
fi
VOLTOOID=1
