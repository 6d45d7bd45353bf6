import { strict as assert } from 'node:assert';
import { GEBIEDEN } from '../../../language/referentie/gebieden.js';
import { isEer, landcodesUitPakket, zoekBestemming } from '../../../language/referentie/landen.js';

describe('de EER als grondgebied: gebieden van EU- en EER-staten met een eigen landcode', () => {
    it('Åland en de ultraperifere gebieden met een eigen code zijn EU-grondgebied, met hun bron', () => {
        for (const code of ['AX', 'RE', 'GF', 'GP', 'MQ', 'YT', 'MF']) {
            const b = zoekBestemming(code)!;
            assert.ok(isEer(code) && b.eer, code);
            assert.equal(b.gebied?.status, 'eu', code);
            assert.match(b.gebied!.bron, /art\. 3\d\d/, code);
        }
    });

    it('elk gebied van een EU- of EER-staat dat geen EU-grondgebied is, staat erin als derde land, met wat er geldt en de bron', () => {
        const overzee = ['BL', 'PM', 'NC', 'PF', 'WF', 'TF', 'AW', 'CW', 'SX', 'BQ', 'GL', 'FO', 'SJ', 'BV'];
        for (const code of overzee) {
            const b = zoekBestemming(code)!;
            assert.equal(b.gebied?.status, 'derde-land', code);
            assert.ok(!b.eer, code);
            assert.ok(b.gebied!.bron && b.gebied!.toelichting, code);
        }
        assert.deepEqual(GEBIEDEN.map(g => g.code).sort(), [...overzee, 'AX', 'RE', 'GF', 'GP', 'MQ', 'YT', 'MF'].sort(), 'niet meer en niet minder');
        for (const g of GEBIEDEN) assert.ok(landcodesUitPakket().includes(g.code), `${g.code} is een ISO 3166-1-code`);
    });

    it('de Faeröer: geen EU-grondgebied, wel een adequaatheidsbesluit; Groenland heeft er geen', () => {
        assert.equal(zoekBestemming('FO')?.adequaatheidsbesluit?.nummer, '2010/146/EU');
        assert.equal(zoekBestemming('GL')?.adequaatheidsbesluit, undefined);
    });
});
