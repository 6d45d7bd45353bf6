import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { alsMarkdown, overzicht } from '../../../language/referentie/overzicht.js';
import { ALLE_CODES, CODES } from '../../../language/validation/codes.js';
import { diagnoses, HANDLEIDING, metHandleiding, voorbeeld, WEBFORMULIEREN, WORTEL } from '../../hulp.js';
import { parseHelper } from 'langium/test';

const README = readFileSync(path.join(WORTEL, 'README.md'), 'utf8');
/** The README's section on the codes, between its markers. */
const DOCUMENT = README.slice(README.indexOf('<!-- codes:begin -->'), README.indexOf('<!-- codes:end -->'));
const ERNST_NL = { error: 'fout', warning: 'waarschuwing', info: 'informatie' } as const;

describe('documentatie van de codes (README, sectie Diagnostische codes)', () => {
    it('heeft per code een kop met een anker dat de code zelf is, en een rij in het overzicht met de ernst', () => {
        for (const code of ALLE_CODES) {
            assert.ok(DOCUMENT.includes(`<a id="${code}"></a>\n### \`${code}\`\n`), `kop voor ${code}`);
            assert.ok(DOCUMENT.includes(`| [\`${code}\`](#${code}) | ${ERNST_NL[CODES[code].ernst]} |`), `rij voor ${code}`);
            assert.ok(CODES[code].beschrijving, `beschrijving voor ${code}`);
        }
        const koppen = [...DOCUMENT.matchAll(/^### `([a-z0-9-]+)`$/gm)].map(m => m[1]);
        assert.deepEqual([...koppen].sort(), [...ALLE_CODES].sort(), 'niet meer koppen dan codes');
    });

    it('linkt elke diagnose naar de paragraaf van haar code in de meegeleverde README, en anders nergens heen', async () => {
        const tekst = voorbeeld(WEBFORMULIEREN).replace(/\n}\s*$/, '\n    verwerking Extra { doeleinden "x" betrokkenen Aanvragers persoonsgegevens Contactgegevens doorgifte US }\n}\n');
        const gelinkt = (await parseHelper(metHandleiding)(tekst, { validation: true })).diagnostics ?? [];
        assert.ok(gelinkt.some(d => d.code === 'doorgifte-zonder-instrument'), 'de doorgifte zonder instrument wordt gemeld');
        assert.ok(gelinkt.some(d => d.code === 'afwijking'), 'de afwijking wordt gemeld');
        for (const d of gelinkt) assert.equal(d.codeDescription?.href, `${HANDLEIDING}#${d.code}`, String(d.code));
        const zonder = await diagnoses(tekst);
        assert.equal(zonder.length, gelinkt.length);
        assert.ok(zonder.every(d => d.codeDescription === undefined), 'zonder README geen link');
    });

    it('neemt de tabellen van adequaatheidsbesluiten en gebieden letterlijk over uit de gegevens (vwo referentie … --format md)', () => {
        for (const naam of ['besluiten', 'gebieden'] as const) {
            assert.ok(DOCUMENT.includes(`${alsMarkdown(overzicht(naam))}\n`), `README bevat de uitvoer van 'vwo referentie ${naam} --format md'`);
        }
    });
});
