// The .vsix as users get it: code-server with the extension installed from vwo.vsix (no
// extensionDevelopmentPath) opens a .vwo file and the language server's diagnostics appear.
// That proves the bundle is complete: the server is in it and needs nothing from node_modules.
// Usage: node vsix.mjs <baseUrl> <workspace> <results.txt> <runDir>
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { bewaakVerkeer, startBrowser, toonProblemen, workbenchUrl } from './browser.mjs';

const [base, folder, uitslag, run] = process.argv.slice(2);
const browser = await startBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
bewaakVerkeer(page, (...a) => console.error(...a));
const naam = 'vsix: de geïnstalleerde extensie geeft diagnoses in een geopend .vwo-bestand';
try {
    await page.goto(workbenchUrl(base, folder));
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'zaaksysteem-met-fouten.vwo' }).first().click({ timeout: 60_000 });
    const editor = page.locator('.editor-group-container.active .monaco-editor').first();
    await editor.locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
    // focus in the editor first (as a user would): Ctrl+Shift+M from the Explorer list has, on a busy
    // CI machine, left the Problems panel without this file's rows; a failure says what the panel held
    await editor.click({ position: { x: 300, y: 10 } });
    const { paneel } = await toonProblemen(page, 'zaaksysteem-met-fouten.vwo');
    const melding = "'Schoenmaat' is geen categorie persoonsgegevens uit Bijlage 1";
    await paneel.getByText(melding).first().waitFor({ timeout: 45_000 }).catch(async fout => {
        const inhoud = (await paneel.innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 400);
        throw new Error(`${fout.message.split('\n')[0]} — het Problemen-paneel toonde: «${inhoud}»`);
    });
    // the extension really is the installed one: the workbench title has no "[Extension Development Host]"
    const titel = await page.title();
    if (titel.includes('Extension Development Host')) throw new Error(`geladen als ontwikkelversie: ${titel}`);
    appendFileSync(uitslag, `PASS ${naam}\n`);
    console.error(`PASS ${naam}`);
} catch (fout) {
    const pad = join(run, 'vsix-fout.png');
    await page.screenshot({ path: pad }).catch(() => {});
    appendFileSync(uitslag, `FAIL ${naam}: ${String(fout?.message ?? fout).split('\n')[0]} (schermafdruk ${pad})\n`);
    console.error(`FAIL ${naam}`, fout);
} finally {
    await browser.close();
}
