/**
 * `npm run bench:web`: the standalone page (out/web/, `npm run build:web`) in Debian's headless
 * Chromium — its transfer size, load → first diagnostics, and keystroke → diagnostics in the
 * worker. Puts its section and its targets into BENCHMARKS.md; `npm run bench` keeps them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { WORTEL } from '../test/hulp.js';
import { alsVwo, maakOvereenkomst } from './genereer.js';
import type { Doel } from './overzicht.js';
import { reeks, toon, type Reeks } from './statistiek.js';

export const KOP_WEB = '## In de browser: de pagina `out/web/` in headless Chromium';
const UIT = path.join(WORTEL, 'out/web');
const PAGINA = pathToFileURL(path.join(UIT, 'index.html')).href;
const HERHALINGEN = 3;
const TOETSEN = 20;

/**
 * Bench-only instrumentation, injected before the page's own script (as text: this file is
 * compiled without the DOM types): the time from each `didChange` the page posts to the worker
 * to the `publishDiagnostics` of that version, collected in `window.vwoMeting`.
 */
const MEET_WERKER = `
window.vwoMeting = [];
const verzonden = new Map(), gezien = new WeakSet(), post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (bericht, ...rest) {
    if (!gezien.has(this)) {
        gezien.add(this);
        this.addEventListener('message', e => {
            const t = e.data?.method === 'textDocument/publishDiagnostics' ? verzonden.get(e.data.params?.version) : undefined;
            if (t !== undefined) window.vwoMeting.push(performance.now() - t);
        });
    }
    if (bericht?.method === 'textDocument/didChange') verzonden.set(bericht.params.textDocument.version, performance.now());
    return post.call(this, bericht, ...rest);
};`;

/** The page's global as the instrumentation leaves it (the CSP allows no string evaluation: functions only). */
type Gemeten = { vwoMeting: number[] };

async function laden(browser: Browser): Promise<number> {
    const page = await browser.newPage();
    const begin = Date.now();
    await page.goto(PAGINA);
    await page.locator('#telling').filter({ hasText: /\S/ }).waitFor({ timeout: 30_000 });
    const duur = Date.now() - begin;
    await page.close();
    return duur;
}

async function toetsaanslagen(browser: Browser, regels: number): Promise<Reeks> {
    const page = await browser.newPage();
    const tekst = `// meting\n${alsVwo(maakOvereenkomst(regels, regels))}`;
    await page.addInitScript({ content: `localStorage.setItem('vwo.concept', ${JSON.stringify(JSON.stringify({ naam: 'meting.vwo', tekst }))});` });
    await page.addInitScript({ content: MEET_WERKER });
    await page.goto(PAGINA);
    await page.locator('#telling').filter({ hasText: /\S/ }).waitFor({ timeout: 60_000 });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    for (let i = 0; i < TOETSEN; i++) {
        await page.keyboard.type('x');
        await page.waitForFunction(n => (globalThis as unknown as Gemeten).vwoMeting.length > n, i, { timeout: 30_000 });
    }
    const metingen = await page.evaluate(() => (globalThis as unknown as Gemeten).vwoMeting);
    await page.close();
    return reeks(metingen);
}

export async function meetWeb(): Promise<{ regels: string[]; doelen: Doel[] }> {
    const bestanden = readdirSync(UIT).map(n => readFileSync(path.join(UIT, n)));
    const kaal = bestanden.reduce((s, b) => s + b.length, 0);
    const gzip = bestanden.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;
    const browser = await chromium.launch({ executablePath: process.env.VWO_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
        const load: number[] = [];
        for (let i = 0; i < HERHALINGEN; i++) load.push(await laden(browser));
        const eerste = reeks(load);
        const toets = new Map<number, Reeks>();
        for (const n of [500, 5000]) toets.set(n, await toetsaanslagen(browser, n));
        const regels = [KOP_WEB, '',
            `Alle bestanden van \`out/web/\` samen: ${mb(kaal)}, gzip ${mb(gzip)}. Laden → eerste diagnoses: van \`page.goto\` (file://) tot de Problemen hun telling tonen, ${HERHALINGEN} keer in een nieuw tabblad. Toetsaanslag → diagnoses: ${TOETSEN} toetsaanslagen, tijd van het \`didChange\`-bericht aan de worker tot de \`publishDiagnostics\` van die versie (de LSP-client wacht zelf 500 ms na de laatste toets voor hij synchroniseert; die wachttijd telt niet mee). Opnieuw meten: \`npm run bench:web\` (ongeveer een minuut).`, '',
            '| meting | waarde |', '|---|---:|',
            `| omvang, gzip | ${mb(gzip)} |`,
            `| laden → eerste diagnoses | ${toon(eerste)} |`,
            ...[...toets].map(([n, r]) => `| toetsaanslag → diagnoses in de worker, ${n.toLocaleString('nl-NL')} regels | ${toon(r)} |`), ''];
        const doelen: Doel[] = [
            { doel: 'pagina out/web/ ≤ 3 MB gzip', gemeten: mb(gzip), gehaald: gzip <= 3 * 2 ** 20 },
            { doel: 'pagina: laden → eerste diagnoses ≤ 1,5 s', gemeten: toon(eerste), gehaald: eerste.mediaan <= 1500 }
        ];
        return { regels, doelen };
    } finally {
        await browser.close();
    }
}

/** Its rows of the targets table: each target's text starts so (see meetWeb). */
const DOEL_BEGIN = '| pagina';
const doelRij = (d: Doel): string => `| ${d.doel} | ${d.gemeten} | ${d.gehaald ? 'ja' : '**nee**'} |`;

/** `md` with the browser section (before "## Doelen") and its target rows put in, or replaced. */
export function vervangWeb(md: string, regels: readonly string[], doelRijen: readonly string[]): string {
    const delen = md.split('\n').filter(r => !r.startsWith(DOEL_BEGIN));
    const begin = delen.indexOf(KOP_WEB);
    if (begin >= 0) delen.splice(begin, delen.findIndex((r, i) => i > begin && r.startsWith('## ')) - begin);
    delen.splice(delen.indexOf('## Doelen'), 0, ...regels);
    const tabel = delen.indexOf('## Doelen') + 4;
    delen.splice(tabel + delen.slice(tabel).findIndex(r => !r.startsWith('|')), 0, ...doelRijen);
    return delen.join('\n');
}

/** The browser section and its targets of an earlier `bench:web`, for a full `npm run bench` to keep. */
export function webUit(md: string): { regels: string[]; doelRijen: string[] } {
    const delen = md.split('\n');
    const begin = delen.indexOf(KOP_WEB);
    const regels = begin < 0 ? [] : delen.slice(begin, delen.findIndex((r, i) => i > begin && r.startsWith('## ')));
    return { regels, doelRijen: delen.filter(r => r.startsWith(DOEL_BEGIN)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const { regels, doelen } = await meetWeb();
    regels.forEach(r => console.log(r));
    const pad = path.join(WORTEL, 'BENCHMARKS.md');
    writeFileSync(pad, vervangWeb(readFileSync(pad, 'utf8'), regels, doelen.map(doelRij)));
}
