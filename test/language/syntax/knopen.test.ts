import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils } from 'langium';
import { alleKnopen, verwijzingenVan } from '../../../language/syntax/knopen.js';
import { lees, voorbeeld, WORTEL } from '../../hulp.js';
import { maakOvereenkomst, alsVwo } from '../../../bench/genereer.js';

/** Linking and validation depend on the walk's order (the first declaration wins, findings in order). */
describe('de wandeling door de boom (syntax/knopen.ts)', () => {
    const teksten = [
        ...readdirSync(path.join(WORTEL, 'examples')).filter(f => f.endsWith('.vwo')).map(voorbeeld),
        alsVwo(maakOvereenkomst(2000, 2000))
    ];

    it('bezoekt dezelfde knopen in dezelfde volgorde als Langiums streamAst, met dezelfde verwijzingen', async () => {
        let geteld = 0;
        for (const tekst of teksten) {
            const wortel = (await lees(tekst)).parseResult.value;
            const knopen = alleKnopen(wortel);
            assert.deepEqual(knopen, AstUtils.streamAst(wortel).toArray());
            geteld += knopen.length;
            for (const knoop of knopen) {
                assert.deepEqual(verwijzingenVan(knoop), AstUtils.streamReferences(knoop).toArray());
            }
            assert.ok(knopen.some(k => verwijzingenVan(k).length > 0), 'de tekst heeft verwijzingen');
        }
        assert.ok(geteld > 300, `${geteld} knopen`);
    });
});
