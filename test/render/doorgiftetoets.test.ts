import { strict as assert } from 'node:assert';
import { platteTekst } from '../../language/render/model.js';
import { opruimen } from '../hulp.js';
import { model } from './hulp-render.js';

/** The measures column (7th) of tabel 1, one row per transfer, for an agreement with these transfer lines. */
async function maatregelenKolom(...doorgiften: string[]): Promise<string[]> {
    const doc = await model(`overeenkomst R {
    standaard "2.3-3"
    verwerking V {
        naam "Hosting" doeleinden "Hosting" betrokkenen Aanvragers persoonsgegevens Contactgegevens
        ${doorgiften.join('\n        ')}
    }
}`);
    const tabel = doc.blokken.find(b => b.soort === 'tabel' && b.kolommen.length === 7);
    assert.ok(tabel && tabel.soort === 'tabel');
    return tabel.rijen.map(rij => (rij[6] ?? []).map(platteTekst).join(' '));
}

describe('tabel 1: de doorgiftetoets en het adequaatheidsbesluit in de kolom "Aanvullende maatregelen"', () => {
    afterEach(opruimen);

    it('een doorgiftetoets zonder belemmering staat er met datum en vindplaats; maatregelen met de toets erbij', async () => {
        assert.deepEqual(await maatregelenKolom(
            'doorgifte US instrument SCC doorgiftetoets { datum 2025-03-01 uitkomst geenBelemmering vastgelegd "Zaak 2025-0042" }',
            'doorgifte IN instrument SCC maatregelen "Versleuteling" doorgiftetoets { datum 2025-03-02 uitkomst maatregelenNodig vastgelegd "Zaak 2025-0043" }'
        ), [
            'Doorgiftetoets van 1 maart 2025: geen aanvullende maatregelen nodig (vastgelegd: Zaak 2025-0042)',
            'Versleuteling; doorgiftetoets van 2 maart 2025: aanvullende maatregelen nodig (vastgelegd: Zaak 2025-0043)'
        ]);
    });

    it('SCC naar een land met een volledig adequaatheidsbesluit: n.v.t.; naar een land zonder: een open invulveld', async () => {
        assert.deepEqual(await maatregelenKolom('doorgifte GB instrument SCC', 'doorgifte AU instrument SCC'), ['n.v.t.', '<aanvullende maatregelen>']);
    });
});
