// Shared by the Playwright drivers: Debian's Chromium, headless, no traffic beyond 127.0.0.1.
import { chromium } from 'playwright-core';
import { format } from 'node:util';

export async function startBrowser() {
    return chromium.launch({
        executablePath: process.env.VWO_CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-features=Translate']
    });
}

/** A workbench URL: a folder and, for the extension under development, a `payload` of [key, value] pairs. */
export function workbenchUrl(base, folder, payload) {
    const authority = new URL(base).host;
    const remote = p => `vscode-remote://${authority}${p}`;
    // paths become vscode-remote: URIs; a value such as extensionDevelopmentKind's `web` stays as it is
    const deel = payload ? `&payload=${encodeURIComponent(JSON.stringify(payload.map(([k, v]) => [k, v.startsWith('/') ? remote(v) : v])))}` : '';
    return `${base}/?folder=${encodeURIComponent(folder)}${deel}`;
}

/** Logs requests that leave the machine (there must be none: the suite runs offline). */
export function bewaakVerkeer(page, log = console.log) {
    page.on('request', r => {
        const u = new URL(r.url());
        // webview resources are addressed as *.vscode-resource.vscode-cdn.net and served by the
        // workbench's service worker from the server, never fetched from that host
        if (u.hostname.endsWith('.vscode-resource.vscode-cdn.net')) return;
        if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:', 'vscode-file:'].includes(u.protocol)) {
            log(`verkeer buiten 127.0.0.1: ${r.url()}`);
        }
    });
}

/** Extension-host console lines arrive as ('%c INFO', 'color: …', fmt, ...args): print them as Node would. */
export function toonExtensieHostLog(page, schrijf = console.log) {
    page.on('console', async m => {
        const a = await Promise.all(m.args().map(h => h.jsonValue().catch(() => '?')));
        if (typeof a[0] === 'string' && /^%c (INFO|WARN|ERROR|DEBUG|TRACE)$/.test(a[0])) schrijf(format(...a.slice(2)));
    });
}

/** Opens the Problems panel filtered to one file (the other examples have problems too) and returns it. */
export async function toonProblemen(page, bestand) {
    const paneel = page.locator('.markers-panel');
    if (!await paneel.isVisible()) await page.keyboard.press('Control+Shift+M');
    await paneel.waitFor();
    const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').filter({ visible: true }).first();
    await filter.fill(`**/${bestand}`);
    return { paneel, filter };
}
