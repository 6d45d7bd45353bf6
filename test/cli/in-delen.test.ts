import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkCommando } from '../../cli/check.js';
import { bouwInWerker } from '../../werkthread/deelwerker.js';
import { controleerInDelen, type Bouwwijze } from '../../cli/in-delen.js';
import { createVwoServices } from '../../language/vwo-module.js';
import { versie } from '../../cli/commando.js';
import { alsSarif } from '../../cli/sarif.js';
import { alsJson, alsTekst, opPositie } from '../../cli/uitvoer.js';
import { controleerPaden } from '../../cli/werkruimte.js';
import { Handleiding } from '../../language/documentatie/handleiding.js';
import { meegeleverdeReadme } from '../../server/documentatie.js';
import { maakGemeente } from '../gemeente.js';
import { WORTEL } from '../hulp.js';

const FORMATEN = ['text', 'json', 'sarif'] as const;

/** `vwo check` as it was before it built in parts: every file in one build (cli/werkruimte.ts `controleerPaden`). */
async function inEenKeer(paden: string[]): Promise<{ code: number; uit: Record<string, string> }> {
    const perBestand = (await controleerPaden(paden, '2026-12-01', 'check')).map(g => ({ pad: g.pad, bestand: g.bestand, diagnostics: opPositie(g.diagnostics) }));
    const handleiding = new Handleiding(meegeleverdeReadme(process.argv[1]));
    const code = perBestand.some(b => b.diagnostics.some(d => (d.severity ?? 1) === 1)) ? 1 : 0;
    return { code, uit: { text: alsTekst(perBestand), json: alsJson(perBestand), sarif: alsSarif(perBestand, versie, handleiding) } };
}

/** The worker thread as the tests start it: the module itself (the CLI bundle starts its own file). */
const WERKER = new URL('../../werkthread/deelwerker.js', import.meta.url);

async function inDelen(paden: string[], bouwwijze: Bouwwijze): Promise<{ code: number; uit: Record<string, string> }> {
    const uit: Record<string, string> = {};
    let code = -1;
    for (const formaat of FORMATEN) {
        let tekst = '';
        code = await checkCommando(['--peildatum', '2026-12-01', '--format', formaat, ...paden], { stdout: t => { tekst += t; }, stderr: t => { tekst += t; } }, bouwwijze);
        uit[formaat] = tekst;
    }
    return { code, uit };
}

describe('vwo check in delen: dezelfde uitvoer als alles in één keer', function () {
    this.timeout(120000);
    let map: string;
    before(() => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-in-delen-'));
        maakGemeente(map);
    });
    after(() => rmSync(map, { recursive: true, force: true }));

    async function vergelijk(paden: string[], verwacht: (tekst: string) => void) {
        const referentie = await inEenKeer(paden);
        verwacht(referentie.uit.text);
        const wijzen: Array<[string, Bouwwijze]> = [
            ...[1, 7, 250].map((deelGrootte): [string, Bouwwijze] => [`delen van ${deelGrootte}`, { deelGrootte }]),
            // half of the agreements in a worker thread (a failing worker fails the check, so this compares its output)
            ['met een werkthread, delen van 7', { deelGrootte: 7, werker: WERKER, werkerVanaf: 1 }],
            ['met een werkthread, delen van 250', { werker: WERKER, werkerVanaf: 1 }]
        ];
        for (const [naam, bouwwijze] of wijzen) {
            const { code, uit } = await inDelen(paden, bouwwijze);
            assert.equal(code, referentie.code, `afsluitcode, ${naam}`);
            for (const formaat of FORMATEN) assert.equal(uit[formaat], referentie.uit[formaat], `${formaat}, ${naam}`);
        }
    }

    it('een gemeentemap met profielen en tegenstrijdige leveranciers en landen', async () => {
        await vergelijk([map], tekst => {
            for (const code of ['leverancier-ongelijk', 'subverwerker-land-ongelijk', 'onbekend-profiel']) assert.match(tekst, new RegExp(`\\[${code}\\]`), code);
            assert.match(tekst, /^24[0-9] bestanden gecontroleerd/m);
        });
    });

    it('losse bestanden, met de andere bestanden van hun mappen als achtergrond', async () => {
        const paden = [path.join(map, 'leverancier-2', 'oud', 'overeenkomst-9.vwo'), path.join(map, 'leverancier-2', 'overeenkomst-5.vwo'), path.join(map, 'rommel.vwo')];
        await vergelijk(paden, tekst => assert.match(tekst, /\[leverancier-ongelijk\]/));
    });

    it('een werkthread die faalt laat de controle falen, nooit met de helft van de bestanden ongecontroleerd', async () => {
        const kapot = path.join(map, 'kapotte-werker.mjs');
        writeFileSync(kapot, "throw new Error('kapot');\n");
        await assert.rejects(inDelen([map], { werker: kapot, werkerVanaf: 1 }), /kapot/);
    });

    it('de CLI-bundel (out/cli.cjs) werkt als werkthread: dezelfde meldingen als in dit proces', async () => {
        const bestanden = readdirSync(path.join(WORTEL, 'examples')).filter(n => n.endsWith('.vwo')).map(n => path.join(WORTEL, 'examples', n));
        const bronnen = bestanden.map(b => ({ uri: URI.file(b), tekst: readFileSync(b, 'utf8') }));
        const uitslag = await bouwInWerker(path.join(WORTEL, 'out', 'cli.cjs'), '2026-12-01', [], bronnen, { deelGrootte: 250 });
        const hier = await controleerInDelen(createVwoServices(EmptyFileSystem, { peildatum: '2026-12-01' }).Vwo, bronnen, []);
        assert.equal(uitslag.diagnostics.length, bestanden.length);
        assert.ok(uitslag.diagnostics.some(d => d.length > 0));
        assert.deepEqual(uitslag.diagnostics, hier);
    });

    it('de voorbeelden', async () => {
        await vergelijk([path.join(WORTEL, 'examples')], tekst => assert.match(tekst, / 0 fouten, /));
    });
});
