// The standalone page opened from file:// as a user with only a browser would: the example loads
// without errors, the language server in its worker answers (diagnostics in Dutch, hover,
// completion, quick fix), the DOCX download is a real DOCX, the text survives a reload, hostile
// text stays text, and the page asks nothing of anything outside itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startBrowser } from './browser.mjs';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGINA = pathToFileURL(path.join(WORTEL, 'out/web/index.html')).href;
const SCHERMAFDRUKKEN = process.env.VWO_E2E_SCHERMAFDRUKKEN;

let geslaagd = 0, gefaald = 0;
function controle(naam, ok, uitleg = '') {
    if (ok) { geslaagd++; console.log(`PASS web: ${naam}`); }
    else { gefaald++; console.log(`FAIL web: ${naam}${uitleg ? `: ${uitleg}` : ''}`); }
}
/** The middle of `woord` in the line: the line is one text node (the page has no syntax colouring). */
async function midden(regel, woord) {
    return regel.evaluate((el, w) => {
        const tekst = el.firstChild, begin = tekst.textContent.indexOf(w), bereik = document.createRange();
        bereik.setStart(tekst, begin);
        bereik.setEnd(tekst, begin + w.length);
        const r = bereik.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, woord);
}
const poging = async (naam, stap) => {
    try { await stap(); } catch (fout) { controle(naam, false, String(fout).split('\n')[0]); }
};

const map = mkdtempSync(path.join(tmpdir(), 'vwo-web-'));
const browser = await startBrowser();
try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    const verzoeken = [], fouten = [];
    context.on('request', r => verzoeken.push(r.url()));
    const page = await context.newPage();
    page.on('pageerror', e => fouten.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') fouten.push(m.text()); });
    page.on('dialog', d => { fouten.push(`dialoog: ${d.message()}`); void d.dismiss(); });

    const begin = Date.now();
    await page.goto(PAGINA);
    const editor = page.locator('.cm-content');
    const telling = page.locator('#telling');
    await poging('het voorbeeld laadt, wordt gecontroleerd en getoond', async () => {
        await telling.filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 });
        await page.locator('#voorbeeld h1, #voorbeeld h2').first().waitFor({ timeout: 20_000 });
        controle('het voorbeeld laadt, wordt gecontroleerd en getoond', (await editor.textContent()).includes('overeenkomst Kantoorsuite'));
        console.log(`(laden → eerste diagnoses: ${Date.now() - begin} ms)`);
    });
    if (SCHERMAFDRUKKEN) await page.screenshot({ path: path.join(WORTEL, SCHERMAFDRUKKEN, 'web-pagina.png') });

    const regel = page.locator('.cm-line', { hasText: 'persoonsgegevens PersoonlijkeGegevens, Contactgegevens' }).first();
    await poging('een onbekende categorie geeft haar Nederlandse melding', async () => {
        const plek = await midden(regel, 'Contactgegevens');
        await page.mouse.dblclick(plek.x, plek.y);   // selects the word
        await page.keyboard.type('Contactgegevenz');
        const melding = page.locator('#problemen button', { hasText: 'Contactgegevenz' }).first();
        await melding.waitFor({ timeout: 15_000 });
        const tekst = await melding.textContent();
        controle('een onbekende categorie geeft haar Nederlandse melding', /onbekende-categorie/.test(tekst) && /categorie/i.test(tekst), tekst);
        await page.locator('.cm-lintRange-error').first().waitFor({ timeout: 5_000 });
        controle('de melding is ook een kronkel in de editor', true);
    });
    if (SCHERMAFDRUKKEN) await page.screenshot({ path: path.join(WORTEL, SCHERMAFDRUKKEN, 'web-problemen.png') });

    await poging('een snelle oplossing herstelt de categorie', async () => {
        await page.locator('#problemen button', { hasText: 'Contactgegevenz' }).first().click();
        await page.keyboard.press('Control+Shift+KeyM');   // the lint panel, with the fixes as buttons
        const actie = page.locator('.cm-diagnosticAction', { hasText: /Contactgegevens/ }).first();
        await actie.waitFor({ timeout: 5_000 });
        await actie.click();
        await page.locator('#problemen button', { hasText: 'Contactgegevenz' }).first().waitFor({ state: 'detached', timeout: 15_000 });
        controle('een snelle oplossing herstelt de categorie', (await regel.textContent()).includes(', Contactgegevens,'));
        await page.keyboard.press('Control+Shift+KeyM');
        await page.locator('.cm-panel-lint').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => page.keyboard.press('Escape'));
    });

    await poging('aanwijzen toont de toelichting', async () => {
        const plek = await midden(regel, 'PersoonlijkeGegevens');
        await page.mouse.move(plek.x, plek.y);
        const uitleg = page.locator('.cm-tooltip-hover');
        await uitleg.waitFor({ timeout: 10_000 });
        const tekst = await uitleg.textContent();
        controle('aanwijzen toont de toelichting', tekst.length > 40 && /gegevens/i.test(tekst), tekst.slice(0, 80));
        await page.mouse.move(0, 0);
    });

    await poging('aanvullen biedt categorieën aan', async () => {
        await regel.click();
        await page.keyboard.press('End');
        await page.keyboard.type(', ');
        await page.keyboard.press('Control+Space');
        const lijst = page.locator('.cm-tooltip-autocomplete');
        await lijst.waitFor({ timeout: 10_000 });
        const tekst = await lijst.textContent();
        controle('aanvullen biedt categorieën aan', tekst.includes('Financielegegevens') || tekst.includes('Identificatiegegevens') || tekst.includes('Contactgegevens'), tekst.slice(0, 120));
        await page.keyboard.press('Escape');
        for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace');
    });

    await poging('de DOCX-download is een geldige DOCX', async () => {
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.click('#docx')]);
        const doel = path.join(map, download.suggestedFilename());
        await download.saveAs(doel);
        const xml = spawnSync('unzip', ['-p', doel, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
        controle('de DOCX-download is een geldige DOCX', xml.status === 0 && xml.stdout.includes('<w:document') && xml.stdout.includes('Werkplek Integrator'),
            `${download.suggestedFilename()} ${xml.stderr}`);
    });

    await poging('na herladen staat de bewerkte tekst er nog', async () => {
        await regel.click();
        await page.keyboard.press('End');
        await page.keyboard.type(' // bewaard');
        await page.reload();
        await page.locator('.cm-content').waitFor();
        controle('na herladen staat de bewerkte tekst er nog', (await page.locator('.cm-content').textContent()).includes('// bewaard'));
    });

    await poging('vijandige tekst blijft tekst', async () => {
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+a');
        await page.keyboard.press('Delete');
        const vijandig = 'overeenkomst X { verwerker { naam "<img src=x onerror=\\"window.__xss=1\\"><script>window.__xss=2</script>" } }';
        await page.evaluate(t => navigator.clipboard ? undefined : t, vijandig);
        await page.locator('.cm-content').pressSequentially(vijandig, { delay: 0 });
        await page.locator('#voorbeeld', { hasText: '<img src=x' }).waitFor({ timeout: 15_000 });
        controle('vijandige tekst blijft tekst', await page.evaluate(() => window.__xss) === undefined
            && await page.locator('#voorbeeld img, #voorbeeld script, #problemen img').count() === 0);
    });

    const buiten = verzoeken.filter(u => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'));
    controle('geen verzoek buiten de pagina', buiten.length === 0, buiten.join(', '));
    controle('geen fouten in de console', fouten.length === 0, fouten.join(' | '));
} finally {
    await browser.close();
    rmSync(map, { recursive: true, force: true });
}
console.log(`${geslaagd} passed, ${gefaald} failed`);
process.exit(gefaald === 0 ? 0 : 1);
