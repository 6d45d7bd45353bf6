import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CODES, type Code } from '../../../language/validation/codes.js';
import { diagnoses, opruimen, WORTEL } from '../../hulp.js';
import { ERNST_NUMMER, leesTestgeval, overlapt, testbestanden, toon, zelfdeBereik, type Verwachting } from './datagedreven.js';

const MAP = path.join(WORTEL, 'test', 'resources', 'validatie');
const LSP_ERNST: Readonly<Record<string, number>> = { error: 1, warning: 2, info: 3 };

function beschrijf(d: Diagnostic): string {
    return `${toon(d.range)} ${d.severity} [${d.code}] ${bericht(d).slice(0, 120)}`;
}

function bericht(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : d.message.value;
}

function past(v: Verwachting, d: Diagnostic): boolean {
    return d.code === v.code && zelfdeBereik(d.range, v.bereik) && (!v.tekst || bericht(d).includes(v.tekst));
}

describe('validatie (test/resources/validatie)', () => {
    afterEach(opruimen);

    for (const bestand of testbestanden(MAP)) {
        const naam = path.relative(MAP, bestand);
        it(naam, async () => {
            const geval = leesTestgeval(bestand);
            const gevonden = await diagnoses(geval.tekst);
            const lijst = () => gevonden.map(beschrijf).join('\n    ');
            for (const v of geval.verwachtingen) {
                if (v.ernst === 'geen') {
                    const fout = gevonden.find(d => d.code === v.code && overlapt(d.range, v.bereik));
                    assert.equal(fout, undefined, `${naam}:${v.regel}: geen ${v.code} verwacht op ${toon(v.bereik)}, maar: ${fout && beschrijf(fout)}`);
                    continue;
                }
                const treffer = gevonden.find(d => past(v, d));
                assert.ok(treffer, `${naam}:${v.regel}: ${v.ernst} ${v.code} verwacht op ${toon(v.bereik)}; gevonden:\n    ${lijst()}`);
                assert.equal(treffer.severity, ERNST_NUMMER[v.ernst], `${naam}:${v.regel}: ernst van ${v.code}`);
                assert.equal(treffer.severity, LSP_ERNST[CODES[v.code as Code].ernst], `${naam}:${v.regel}: ${v.code} heeft de ernst van de codetabel (README, Diagnostische codes)`);
            }
            if (geval.volledig) {
                const onverwacht = gevonden.filter(d => !geval.verwachtingen.some(v => v.ernst !== 'geen' && past(v, d)));
                assert.deepEqual(onverwacht.map(beschrijf), [], `${naam}: onverwachte diagnoses`);
            }
            for (const d of gevonden) {
                assert.ok(d.code, `${naam}: elke diagnose heeft een code: ${beschrijf(d)}`);
                assert.equal(d.source, 'vwo');
            }
        });
    }
});
