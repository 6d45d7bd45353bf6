import { strict as assert } from 'node:assert';
import { diagnoses, melding, opruimen } from '../../hulp.js';
import { overeenkomstMet } from '../hulp.js';

/** Nine processings of one ordinary agreement that all name the BSN. */
function negenKeerBsn(): string {
    const verwerkingen = Array.from({ length: 9 }, (_, i) =>
        `    verwerking V${i + 1} { doeleinden "Doel ${i + 1}" betrokkenen Aanvragers persoonsgegevens Contactgegevens, BSN }`).join('\n');
    return overeenkomstMet('Negen', verwerkingen);
}

describe('bijzondere-persoonsgegevens: één melding per categorie per overeenkomst', () => {
    afterEach(opruimen);

    it('negen verwerkingen met het BSN: één melding, op de eerste, de andere acht als verwijzing', async () => {
        const tekst = negenKeerBsn();
        const bsn = (await diagnoses(tekst)).filter(d => d.code === 'bijzondere-persoonsgegevens');
        assert.equal(bsn.length, 1);
        assert.equal(bsn[0].range.start.line, tekst.split('\n').findIndex(r => r.includes('verwerking V1 ')));
        assert.match(melding(bsn[0]), /^Verwerkingen 'V1', 'V2', 'V3', 'V4', 'V5' en nog 4 andere: Het burgerservicenummer/);
        assert.equal(melding(bsn[0]).match(/DPIA/g)?.length, 1, 'de DPIA-zin één keer');
        const ook = (bsn[0].relatedInformation ?? []).map(r => r.message);
        assert.deepEqual(ook, Array.from({ length: 8 }, (_, i) => `ook gebruikt in verwerking 'V${i + 2}'`));
        const regels = tekst.split('\n');
        for (const r of bsn[0].relatedInformation ?? []) {
            assert.equal(regels[r.location.range.start.line].slice(r.location.range.start.character, r.location.range.end.character), 'BSN');
        }
    });
});
