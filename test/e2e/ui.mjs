// The Playwright walk over code-server's workbench, with the extension loaded from the repository:
// what a user sees. Each step is a test (PASS/FAIL line in the results file) and may leave a
// screenshot in docs/ for the README. To extend: add a `stap(...)` below; steps run in order and
// share one page. Issue 5 adds hover and completion shots, issue 6 the preview.
// Usage: node ui.mjs <baseUrl> <workspace> <extensionDevelopmentPath> <screenshotDir> <results.txt> <runDir>
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bewaakVerkeer, startBrowser, toonProblemen, workbenchUrl } from './browser.mjs';

const [base, folder, devPath, schermafdrukken, uitslag, run] = process.argv.slice(2);
const t0 = Date.now();
const log = (...a) => console.error(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
mkdirSync(schermafdrukken, { recursive: true });

const stappen = [];
/** A step of the walk: a name a user would recognise, and what to do and check. */
function stap(naam, doe) { stappen.push({ naam, doe }); }

const browser = await startBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
page.on('pageerror', e => log('pageerror', e.message));
bewaakVerkeer(page, log);

// ---- helpers -------------------------------------------------------------------------------------
const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();
/** The rendered token (span) with exactly this text in the active editor. */
const token = tekst => editor().locator('.view-line span > span')
    .filter({ hasText: new RegExp(`^${tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\u00a0]')}$`) }).first();
/** The centre of the first occurrence of `tekst` in the active editor's rendered lines (within one line). */
async function plekVan(tekst) {
    const plek = await editor().locator('.view-lines').evaluate((lines, gezocht) => {
        const lopen = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
        for (let knoop = lopen.nextNode(); knoop; knoop = lopen.nextNode()) {
            const i = knoop.textContent.replace(/\u00a0/g, ' ').indexOf(gezocht);
            if (i < 0) continue;
            const bereik = document.createRange();
            bereik.setStart(knoop, i);
            bereik.setEnd(knoop, i + gezocht.length);
            const r = bereik.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        return null;
    }, tekst);
    if (!plek) throw new Error(`'${tekst}' staat niet in de editor`);
    return plek;
}
/**
 * Rests the mouse on `tekst` until a hover containing `bevat` shows. Tries again (away and back)
 * when the first request came too early, e.g. while the server was still building the file.
 */
async function zweefBoven(tekst, bevat) {
    const hover = page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: bevat }).first();
    for (let poging = 1; ; poging++) {
        const { x, y } = await plekVan(tekst);
        await page.mouse.move(x, y);
        try {
            await hover.waitFor({ timeout: 5_000 });
            return hover;
        } catch (fout) {
            if (poging === 4) throw fout;
            await page.mouse.move(5, 400);
            await page.keyboard.press('Escape');
        }
    }
}
async function openUitVerkenner(bestand) {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: bestand }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: bestand }).waitFor({ timeout: 20_000 });
    await editor().locator('.view-lines').waitFor();
}
async function schermafdruk(naam) {
    const pad = join(schermafdrukken, naam);
    await page.screenshot({ path: pad });
    log('schermafdruk', pad);
}
async function palet(opdracht) {
    await page.keyboard.press('F1');
    const invoer = page.locator('.quick-input-widget input');
    await invoer.waitFor({ state: 'visible' });
    await invoer.fill(`>${opdracht}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: opdracht }).first().waitFor();
    await page.keyboard.press('Enter');
}

// ---- the walk ------------------------------------------------------------------------------------
stap('de werkbank opent met de voorbeelden in de verkenner', async () => {
    await page.goto(workbenchUrl(base, folder, [['extensionDevelopmentPath', devPath]]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'zaaksysteem-zwolle.vwo' }).waitFor({ timeout: 60_000 });
});

stap('een voorbeeld opent vanuit de verkenner met kleuren uit de TextMate-grammatica', async () => {
    await openUitVerkenner('zaaksysteem-zwolle.vwo');
    // mtk1 is the default foreground: a coloured token has another class
    for (const [tekst, wat] of [['overeenkomst', 'sleutelwoord'], ['// Bijlage 1, tabel 1', 'commentaar'], ['"2.3-3"', 'tekst']]) {
        const span = token(tekst);
        await span.waitFor({ timeout: 20_000 });
        await page.waitForFunction(el => !el.classList.contains('mtk1'), await span.elementHandle(), { timeout: 20_000 })
            .catch(() => { throw new Error(`${wat} ${tekst} is niet gekleurd`); });
    }
    // the status bar names the language
    await page.locator('.statusbar-item', { hasText: /VWO/ }).first().waitFor({ timeout: 10_000 });
    await schermafdruk('vscode-verkenner.png');
});

const MET_FOUTEN = 'zaaksysteem-met-fouten.vwo';   // the reference example with two errors (test/vscode/werkruimte)

stap('een fout krijgt een rode kronkel met de Nederlandse melding bij de muis', async () => {
    await openUitVerkenner(MET_FOUTEN);
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
    await zweefBoven('Schoenmaat', "'Schoenmaat' is geen categorie persoonsgegevens uit Bijlage 1");
    await page.waitForTimeout(500);   // the widget fades in
    await schermafdruk('vscode-kronkel.png');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
});

stap('het Problemen-paneel toont de diagnoses met code en Nederlandse tekst', async () => {
    await editor().click({ position: { x: 300, y: 10 } });
    const { paneel, filter } = await toonProblemen(page, MET_FOUTEN);
    for (const tekst of ["'Schoenmaat' is geen categorie persoonsgegevens uit Bijlage 1",
        "Verwerking 'Zaakafhandeling' gebruikt subverwerker 'Printstraat', maar tabel 3 van Bijlage 1 vermeldt die niet"]) {
        await paneel.getByText(tekst).first().waitFor({ timeout: 20_000 });
    }
    await paneel.getByText('onbekende-categorie').first().waitFor({ timeout: 5_000 });
    await paneel.getByText('subverwerker-niet-vermeld').first().waitFor({ timeout: 5_000 });
    // choosing a problem reveals it in the editor
    await paneel.getByText("'Schoenmaat' is geen categorie").first().click();
    await editor().locator('.view-line', { hasText: 'Schoenmaat' }).first().waitFor({ timeout: 10_000 });
    await schermafdruk('vscode-problemen.png');
    await filter.fill('');
    await palet('View: Hide Panel');
});

stap('completion biedt na persoonsgegevens de categorieën van Bijlage 1 aan', async () => {
    await openUitVerkenner('aanvullen.vwo');
    const regel = editor().locator('.view-line', { hasText: /^\s*persoonsgegevens\s*$/ }).first();
    await regel.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Space');
    const lijst = page.locator('.suggest-widget.visible');
    for (const categorie of ['BSN', 'Contactgegevens', 'Gezondheidsgegevens']) {
        await page.keyboard.type(categorie.slice(0, 0));
        await lijst.locator('.monaco-list-row', { hasText: categorie }).first().waitFor({ timeout: 20_000 }).catch(async e => {
            if (categorie !== 'Gezondheidsgegevens') throw e;   // may be scrolled out of view
        });
    }
    await schermafdruk('vscode-aanvullen.png');
    await page.keyboard.press('Escape');
});

stap('de muis op een sleutelwoord toont de uitleg met het artikel van de standaard', async () => {
    await openUitVerkenner('zaaksysteem-zwolle.vwo');
    await editor().click({ position: { x: 300, y: 10 } });
    await page.keyboard.press('Escape');
    const hover = await zweefBoven('subverwerkers', 'art. 4.5');
    await hover.getByText('Bijlage 1, tabel 3').first().waitFor({ timeout: 5_000 });
    await page.waitForTimeout(500);   // the widget fades in
    await schermafdruk('vscode-hover.png');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
});

stap('"Voorbeeld openen aan de zijkant" toont de ingevulde standaardtekst naast de editor', async () => {
    await openUitVerkenner('zaaksysteem-zwolle.vwo');
    await palet('VWO: Open Preview to the Side');
    const voorbeeld = page.locator('iframe.webview.ready').last().contentFrame().locator('#active-frame').contentFrame();
    await voorbeeld.locator('h1', { hasText: 'Verwerkersovereenkomst uitvoering Overeenkomst Zaaksysteem 2024' }).waitFor({ timeout: 30_000 });
    await voorbeeld.locator('#artikel-4\\.5').waitFor();
    await page.keyboard.press('Control+B');   // hide the side bar: more room for the preview
    await page.waitForTimeout(300);
    // the cursor in a processing scrolls the preview to tabel 1 of Bijlage 1
    const plek = await plekVan('Klantcontact per e-mail');
    await page.mouse.click(plek.x, plek.y);
    const tabel = voorbeeld.locator('#bijlage-1-tabel-1');
    for (let i = 0; ; i++) {
        const top = await tabel.evaluate(e => e.getBoundingClientRect().top);
        if (top >= -5 && top < 200) break;
        if (i > 50) throw new Error(`het voorbeeld scrolde niet naar tabel 1 (top ${top})`);
        await page.waitForTimeout(100);
    }
    await page.waitForTimeout(1600);          // the highlight fades
    await schermafdruk('vscode-render.png');
    await page.keyboard.press('Control+B');
});

// ---- run -----------------------------------------------------------------------------------------
let gefaald = false;
for (const { naam, doe } of stappen) {
    if (gefaald) {
        appendFileSync(uitslag, `SKIP ui: ${naam} (na een eerdere fout)\n`);
        continue;
    }
    try {
        await doe();
        appendFileSync(uitslag, `PASS ui: ${naam}\n`);
        log('PASS', naam);
    } catch (fout) {
        gefaald = true;
        const pad = join(run, `ui-fout-${stappen.findIndex(s => s.naam === naam) + 1}.png`);
        await page.screenshot({ path: pad }).catch(() => {});
        appendFileSync(uitslag, `FAIL ui: ${naam}: ${String(fout?.message ?? fout).split('\n')[0]} (schermafdruk ${pad})\n`);
        log('FAIL', naam, fout?.message ?? fout);
    }
}
await browser.close();
process.exit(gefaald ? 1 : 0);
