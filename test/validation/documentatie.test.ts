import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ADEQUAATHEIDSBESLUITEN, STAND_VAN, alsNederlandseDatum, zoekBestemming } from '../../language/referentie/landen.js';
import { CODE_BESCHRIJVING, CODE_ERNST, Code, codeDocumentatie, codeInfo, stelDocumentatieIn } from '../../language/validation/codes.js';
import { WORTEL } from '../hulp.js';

const README = readFileSync(path.join(WORTEL, 'README.md'), 'utf8');
/** The README's section on the codes, between its markers. */
const DOCUMENT = README.slice(README.indexOf('<!-- codes:begin -->'), README.indexOf('<!-- codes:end -->'));
const ERNST_NL = { error: 'fout', warning: 'waarschuwing', info: 'informatie' } as const;

describe('documentatie van de codes (README, sectie Diagnostische codes)', () => {
    it('heeft per code een kop met een anker dat de code zelf is, en een rij in het overzicht met de ernst', () => {
        for (const code of Object.values(Code)) {
            assert.ok(DOCUMENT.includes(`<a id="${code}"></a>\n### \`${code}\`\n`), `kop voor ${code}`);
            assert.ok(DOCUMENT.includes(`| [\`${code}\`](#${code}) | ${ERNST_NL[CODE_ERNST[code]]} |`), `rij voor ${code}`);
            assert.ok(CODE_BESCHRIJVING[code], `beschrijving voor ${code}`);
        }
        const koppen = [...DOCUMENT.matchAll(/^### `([a-z0-9-]+)`$/gm)].map(m => m[1]);
        assert.deepEqual([...koppen].sort(), Object.values(Code).sort(), 'niet meer koppen dan codes');
    });

    it('linkt elke diagnose naar de paragraaf van haar code in de meegeleverde README, en anders nergens heen', () => {
        const readme = 'file:///extensies/vwo/README.md';
        stelDocumentatieIn(readme);
        try {
            assert.equal(codeDocumentatie(Code.doorgifteZonderInstrument), `${readme}#doorgifte-zonder-instrument`);
            assert.deepEqual(codeInfo(Code.afwijking), { code: 'afwijking', codeDescription: { href: `${readme}#afwijking` } });
        } finally {
            stelDocumentatieIn(undefined);
        }
        assert.deepEqual(codeInfo(Code.afwijking), { code: 'afwijking' });
    });

    it('noemt de stand van de referentiegegevens en elk adequaatheidsbesluit zoals de gegevens het hebben', () => {
        assert.ok(DOCUMENT.includes(`**Stand van ${alsNederlandseDatum(STAND_VAN)}**`));
        for (const besluit of ADEQUAATHEIDSBESLUITEN) {
            const rij = `| ${zoekBestemming(besluit.code)!.naam} (\`${besluit.code}\`) | ${besluit.besluit} | ${alsNederlandseDatum(besluit.datum)} |`;
            assert.ok(DOCUMENT.includes(rij), `rij ${rij}`);
        }
    });
});
