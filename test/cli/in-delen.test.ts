import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { versie } from '../../cli/commando.js';
import { alsSarif } from '../../cli/sarif.js';
import { alsJson, alsTekst, opPositie } from '../../cli/uitvoer.js';
import { controleerPaden, diagnosticeerPaden } from '../../cli/werkruimte.js';
import { Handleiding } from '../../language/documentatie/handleiding.js';
import { meegeleverdeReadme } from '../../server/documentatie.js';
import { ENKHUIZEN, PROFIEL } from '../language/profielen/hulp-profielen.js';
import { WORTEL } from '../hulp.js';
import { vwo } from './hulp-cli.js';

const FORMATEN = ['text', 'json', 'sarif'] as const;
const PEILDATUM = '2026-12-01';

type Uitvoer = Record<(typeof FORMATEN)[number] | 'code', string>;

/** What `vwo check` writes in each format (cli/check.ts), and its exit code. */
function uitvoer(gecontroleerd: ReadonlyArray<{ pad: string; bestand: string; diagnostics: readonly Diagnostic[] }>, metVersie = versie): Uitvoer {
    const perBestand = gecontroleerd.map(g => ({ pad: g.pad, bestand: g.bestand, diagnostics: opPositie(g.diagnostics) }));
    const handleiding = new Handleiding(meegeleverdeReadme(path.join(WORTEL, 'out', 'cli.cjs')));
    const code = perBestand.some(b => b.diagnostics.some(d => (d.severity ?? 1) === 1)) ? '1' : '0';
    return { code, text: alsTekst(perBestand), json: alsJson(perBestand), sarif: alsSarif(perBestand, metVersie, handleiding) };
}

/** As `vwo check` was before it built in parts: every file in one build (cli/werkruimte.ts `controleerPaden`). */
async function inEenKeer(paden: string[], metVersie = versie): Promise<Uitvoer> {
    return uitvoer(await controleerPaden(paden, PEILDATUM, 'check'), metVersie);
}

function gelijk(uit: Uitvoer, referentie: Uitvoer, hoe: string): void {
    for (const soort of ['code', ...FORMATEN] as const) assert.equal(uit[soort], referentie[soort], `${soort}, ${hoe}`);
}

/**
 * A municipality's folder of a few hundred files: suppliers with a profile and agreements that
 * name it, some that write the supplier's name differently (leverancier-ongelijk against every
 * other file of that supplier) or a profile's sub-processor in another country
 * (subverwerker-land-ongelijk), a second profile of the same name in a subfolder, a misspelt
 * profile, and files that are no agreement (empty, text before the keyword).
 */
function maakGemeente(map: string, perLeverancier: number): void {
    for (let l = 0; l < 4; l++) {
        const leverancier = path.join(map, `leverancier-${l}`);
        mkdirSync(path.join(leverancier, 'oud'), { recursive: true });
        const profiel = (kvk: string) => PROFIEL.replace('profiel Zaakwijzer {', `profiel Leverancier${l} {`).replace('"44556677"', `"${kvk}"`);
        writeFileSync(path.join(leverancier, 'profiel.vwo'), profiel(`4455667${l}`));
        if (l === 2) writeFileSync(path.join(leverancier, 'oud', 'profiel.vwo'), profiel('99887766').replace('land NL', 'land BE'));
        for (let i = 0; i < perLeverancier; i++) {
            let tekst = ENKHUIZEN.replace('overeenkomst KlantcontactEnkhuizen', `overeenkomst Klantcontact${l}x${i}`)
                .replace('profiel Zaakwijzer', i === 30 ? `profiel Leverancer${l}` : `profiel Leverancier${l}`);
            if (i % 17 === 5) tekst = tekst.replace('vertegenwoordiger "mevrouw L. Kok"', `naam "Leverancier ${l} Holding B.V." vestigingsplaats "Plaats ${i}" vertegenwoordiger "mevrouw L. Kok"`);
            if (i % 23 === 7) tekst = tekst.replace('    verwerking Klantvragen {', `    subverwerker Reserve { naam "Rekencentrum Noord B.V." contact "x" kvk "5544332${i % 2}" uitbesteed "y" land ${i % 2 ? 'BE' : 'IE'} }\n    verwerking Klantvragen {`);
            writeFileSync(path.join(leverancier, i % 9 === 0 ? 'oud' : '.', `overeenkomst-${i}.vwo`), tekst);
        }
    }
    writeFileSync(path.join(map, 'leeg.vwo'), '');
    writeFileSync(path.join(map, 'rommel.vwo'), '"concept" overeenkomst Rommel { }\n');
}

describe('vwo check in delen: dezelfde uitvoer als alles in één keer', function () {
    this.timeout(180000);
    let map: string, klein: string;
    before(() => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-in-delen-'));
        klein = path.join(map, 'klein');
        maakGemeente(klein, 60);
    });
    after(() => rmSync(map, { recursive: true, force: true }));

    async function vergelijk(paden: string[], verwacht: (referentie: Uitvoer) => void) {
        const referentie = await inEenKeer(paden);
        verwacht(referentie);
        for (const deelGrootte of [1, 7, 250]) gelijk(uitvoer(await diagnosticeerPaden(paden, PEILDATUM, 'check', { deelGrootte })), referentie, `delen van ${deelGrootte}`);
    }

    it('een gemeentemap met profielen en tegenstrijdige leveranciers en landen', async () => {
        await vergelijk([klein], ({ text }) => {
            for (const code of ['leverancier-ongelijk', 'subverwerker-land-ongelijk', 'onbekend-profiel']) assert.match(text, new RegExp(`\\[${code}\\]`), code);
            assert.match(text, /^24[0-9] bestanden gecontroleerd/m);
        });
    });

    it('losse bestanden, met de andere bestanden van hun mappen als achtergrond', async () => {
        const paden = [path.join(klein, 'leverancier-2', 'oud', 'overeenkomst-9.vwo'), path.join(klein, 'leverancier-2', 'overeenkomst-5.vwo'), path.join(klein, 'rommel.vwo')];
        await vergelijk(paden, ({ text }) => assert.match(text, /\[leverancier-ongelijk\]/));
    });

    it('de voorbeelden', async () => {
        await vergelijk([path.join(WORTEL, 'examples')], ({ text }) => assert.match(text, / 0 fouten, /));
    });

    it('de opdrachtregel zelf, met de helft van 520 overeenkomsten in een tweede draad', async () => {
        const groot = path.join(map, 'groot');
        maakGemeente(groot, 130);
        // the bundle says the version of package.json, the sources a development version
        const referentie = await inEenKeer([groot], JSON.parse(readFileSync(path.join(WORTEL, 'package.json'), 'utf8')).version);
        assert.match(referentie.text, /\[subverwerker-land-ongelijk\]/);
        for (const formaat of FORMATEN) {
            const r = vwo(['check', '--peildatum', PEILDATUM, '--format', formaat, groot]);
            assert.equal(r.stderr, '');
            assert.equal(String(r.code), referentie.code, formaat);
            assert.equal(r.stdout, referentie[formaat], formaat);
        }
    });
});
