// Hostile text in rendered output, loaded in Debian's headless Chromium: no script may run.
// 1. The exported HTML (`vwo render --format html`) of an agreement whose names and texts carry
//    <script>, event handlers, javascript: links and Markdown injection.
// 2. The preview webview's page (its CSP with a nonce and media/voorbeeld.js), fed the rendered
//    fragment as the extension does, and also a deliberately unescaped handler: the CSP must stop
//    that one even if escaping ever failed.
// 3. The portfolio overview: the page of `vwo overzicht`, and the overview webview's page
//    (media/overzicht.js) fed the server's fragment; a click on a place only asks to open it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { startBrowser } from './browser.mjs';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { createVwoServices } = await import(pathToFileURL(path.join(WORTEL, 'out/tsc/language/vwo-module.js')).href);
const { controleer } = await import(pathToFileURL(path.join(WORTEL, 'out/tsc/language/werkruimte/controleer.js')).href);
const { bouwDocument, schrijfHtmlFragment } = await import(pathToFileURL(path.join(WORTEL, 'out/tsc/language/render/index.js')).href);
const { voorbeeldPagina } = await import(pathToFileURL(path.join(WORTEL, 'out/tsc/client/voorbeeld-html.js')).href);
const { bouwOverzicht, overzichtFragment, tabellen, OVERZICHT_CSS } = await import(pathToFileURL(path.join(WORTEL, 'out/tsc/language/portefeuille/index.js')).href);
const { DOCUMENT_CSS } = await import(pathToFileURL(path.join(WORTEL, 'out/tsc/language/render/stijl.js')).href);

let geslaagd = 0, gefaald = 0;
function controle(naam, ok, uitleg = '') {
    if (ok) { geslaagd++; console.log(`PASS csp: ${naam}`); }
    else { gefaald++; console.log(`FAIL csp: ${naam}${uitleg ? `: ${uitleg}` : ''}`); }
}

const vijandig = readFileSync(path.join(WORTEL, 'examples/zaaksysteem-zwolle.vwo'), 'utf8')
    .replace('naam "Voorbeeld Software B.V."', 'naam "<script>window.__xss = 1</script>Voorbeeld & Zn. \\"B.V.\\""')
    .replace('diensten "Levering', 'diensten "<img src=x onerror=\\"window.__xss = 2\\"> Levering')
    .replace('contact "Seattle, privacy@examplemail.example"', 'contact "[klik hier](javascript:window.__xss=3) <a href=\\"javascript:window.__xss=4\\">mail</a>"')
    .replace('doeleinden "Beantwoorden', 'doeleinden "<svg onload=\\"window.__xss=5\\"></svg> <iframe src=\\"javascript:window.__xss=6\\"></iframe> Beantwoorden');

const map = mkdtempSync(path.join(tmpdir(), 'vwo-csp-'));
const browser = await startBrowser();
try {
    const bron = path.join(map, 'vijandig.vwo');
    writeFileSync(bron, vijandig);
    const render = spawnSync(process.execPath, [path.join(WORTEL, 'out/cli.cjs'), 'render', bron, '--format', 'html', '--force', '-o', path.join(map, 'vijandig.html')], { encoding: 'utf8' });
    controle('vwo render schrijft de HTML', render.status === 0, render.stderr);

    const bekijk = async (url, voorbereiden) => {
        const page = await browser.newPage();
        const dialogen = [];
        page.on('dialog', d => { dialogen.push(d.message()); void d.dismiss(); });
        if (voorbereiden) await page.addInitScript(voorbereiden);
        await page.goto(url);
        return { page, dialogen };
    };

    // 1. the exported page
    {
        const { page, dialogen } = await bekijk(pathToFileURL(path.join(map, 'vijandig.html')).href);
        await page.waitForTimeout(300);
        controle('export: geen script uitgevoerd', await page.evaluate(() => window.__xss) === undefined);
        controle('export: geen dialoogvenster', dialogen.length === 0, dialogen.join(', '));
        controle('export: geen <script>, <iframe>, <svg onload> of <img onerror> in de pagina',
            await page.evaluate(() => document.querySelectorAll('script, iframe, img[onerror], svg[onload]').length) === 0);
        controle('export: geen element met een on…-attribuut',
            await page.evaluate(() => [...document.querySelectorAll('*')].every(e => ![...e.attributes].some(a => a.name.startsWith('on')))));
        controle('export: geen javascript:-links',
            await page.evaluate(() => [...document.querySelectorAll('a')].every(a => !a.href.startsWith('javascript:'))));
        const tekst = await page.evaluate(() => document.body.innerText);
        controle('export: de vijandige tekst staat er als tekst', tekst.includes('<script>window.__xss = 1</script>Voorbeeld & Zn. "B.V."') && tekst.includes('[klik hier](javascript:window.__xss=3)'));
        await page.close();
    }

    // 2. the preview page, fed as the extension feeds it
    {
        const { Vwo } = createVwoServices(EmptyFileSystem);
        const uri = URI.file(bron);
        await controleer(Vwo, [{ uri, tekst: vijandig }]);
        const ast = Vwo.shared.workspace.LangiumDocuments.getDocument(uri).parseResult.value;
        const fragment = schrijfHtmlFragment(bouwDocument(ast));
        const media = naam => pathToFileURL(path.join(WORTEL, 'media', naam)).href;
        writeFileSync(path.join(map, 'voorbeeld.html'), voorbeeldPagina({ cspSource: 'file:', nonce: 'test0123456789abcdefABCDEF012345', css: media('voorbeeld.css'), script: media('voorbeeld.js'), laden: '…' }));
        const stub = () => { window.acquireVsCodeApi = () => ({ postMessage() { }, getState() { return undefined; }, setState() { } }); };
        const { page, dialogen } = await bekijk(pathToFileURL(path.join(map, 'voorbeeld.html')).href, stub);
        const geweigerd = [];
        page.on('console', m => { if (/Content Security Policy/i.test(m.text())) geweigerd.push(m.text()); });
        await page.evaluate(html => window.postMessage({ type: 'inhoud', html, melding: '<b>melding</b>' }, '*'), fragment);
        await page.waitForFunction(() => document.getElementById('inhoud').innerText.includes('Verwerkersovereenkomst'), null, { timeout: 10_000 });
        controle('voorbeeld: het script van het voorbeeld draait (onder de CSP met nonce) en toont de tekst', true);
        controle('voorbeeld: geen script uitgevoerd', await page.evaluate(() => window.__xss) === undefined);
        controle('voorbeeld: de melding is tekst, geen HTML', await page.evaluate(() => document.getElementById('melding').textContent === '<b>melding</b>'));
        await page.evaluate(() => window.postMessage({ type: 'inhoud', html: '<img src="x" onerror="window.__xss = 9"><p>ontsnapt</p>', melding: '' }, '*'));
        await page.waitForFunction(() => document.getElementById('inhoud').innerText.includes('ontsnapt'), null, { timeout: 10_000 });
        await page.waitForTimeout(300);
        controle('voorbeeld: de CSP houdt ook een ongeëscapete event handler tegen', await page.evaluate(() => window.__xss) === undefined, geweigerd.join(' | '));
        controle('voorbeeld: geen dialoogvenster', dialogen.length === 0, dialogen.join(', '));
        await page.close();
    }

    // 3. the overview: the page of the CLI, and the webview page as the extension feeds it
    {
        const overzicht = spawnSync(process.execPath, [path.join(WORTEL, 'out/cli.cjs'), 'overzicht', bron, '-o', path.join(map, 'overzicht.html')], { encoding: 'utf8' });
        controle('vwo overzicht schrijft de HTML', overzicht.status === 0, overzicht.stderr);
        const { page, dialogen } = await bekijk(pathToFileURL(path.join(map, 'overzicht.html')).href);
        await page.waitForTimeout(300);
        controle('overzicht: geen script uitgevoerd', await page.evaluate(() => window.__xss) === undefined);
        controle('overzicht: geen dialoogvenster', dialogen.length === 0, dialogen.join(', '));
        controle('overzicht: geen <script> of <img onerror> in de pagina', await page.evaluate(() => document.querySelectorAll('script, img, iframe, svg').length) === 0);
        controle('overzicht: de vijandige leverancier staat er als tekst',
            (await page.evaluate(() => document.body.innerText)).includes('<script>window.__xss = 1</script>Voorbeeld & Zn. "B.V."'));
        await page.close();

        const { Vwo } = createVwoServices(EmptyFileSystem);
        const uri = URI.file(bron);
        const [uitslag] = await controleer(Vwo, [{ uri, tekst: vijandig }]);
        const model = bouwOverzicht([{ wortel: Vwo.shared.workspace.LangiumDocuments.getDocument(uri).parseResult.value, bestand: 'vijandig.vwo', diagnostics: uitslag.diagnostics }], '2026-12-02');
        const fragment = overzichtFragment(model.portefeuille, tabellen(model), '2026-12-02', () => uri.toString());
        const media = naam => pathToFileURL(path.join(WORTEL, 'media', naam)).href;
        writeFileSync(path.join(map, 'overzicht-webview.html'), voorbeeldPagina({ cspSource: 'file:', nonce: 'test0123456789abcdefABCDEF012345', css: media('voorbeeld.css'), script: media('overzicht.js'), laden: '…', stijl: DOCUMENT_CSS + OVERZICHT_CSS }));
        const stub = () => { window.__berichten = []; window.acquireVsCodeApi = () => ({ postMessage(b) { window.__berichten.push(b); }, getState() { return undefined; }, setState() { } }); };
        const webview = await bekijk(pathToFileURL(path.join(map, 'overzicht-webview.html')).href, stub);
        await webview.page.evaluate(html => window.postMessage({ type: 'inhoud', html, melding: '' }, '*'), fragment);
        await webview.page.waitForFunction(() => document.getElementById('inhoud').innerText.includes('Overzicht verwerkersovereenkomsten'), null, { timeout: 10_000 });
        await webview.page.click('a.bron');
        const berichten = await webview.page.evaluate(() => window.__berichten);
        controle('overzicht-webview: een klik op een plek vraagt de extensie het bestand te openen bij de regel',
            berichten.some(b => b.type === 'openen' && b.uri === uri.toString() && Number.isInteger(b.regel) && b.regel > 0), JSON.stringify(berichten));
        controle('overzicht-webview: de pagina navigeert niet zelf', webview.page.url().endsWith('overzicht-webview.html'));
        controle('overzicht-webview: geen script uitgevoerd', await webview.page.evaluate(() => window.__xss) === undefined);
        controle('overzicht-webview: geen dialoogvenster', webview.dialogen.length === 0, webview.dialogen.join(', '));
        await webview.page.close();
    }
} catch (fout) {
    controle('zonder onverwachte fout', false, fout?.stack ?? String(fout));
} finally {
    await browser.close();
    rmSync(map, { recursive: true, force: true });
}
console.log(`${geslaagd} passed, ${gefaald} failed`);
process.exitCode = gefaald === 0 ? 0 : 1;
