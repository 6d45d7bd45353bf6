import { strict as assert } from 'node:assert';
import { diagnoses, opruimen, voorbeeld, ZAAKSYSTEEM } from '../../hulp.js';

describe('waarden met een vaste vorm (KvK-nummer, e-mailadres)', () => {
    after(opruimen);

    it('een e-mailadres met een losse surrogaathelft (zoals een fuzzer of kapotte plakactie het maakt) is een waarschuwing, geen interne fout', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace(/email "[^"]*"/, 'email "privacy\ud800@zwolle.example"');
        assert.notEqual(tekst, voorbeeld(ZAAKSYSTEEM));
        const gevonden = await diagnoses(tekst);
        assert.deepEqual(gevonden.filter(d => d.code === 'ongeldig-emailadres').length, 1);
        assert.ok(!gevonden.some(d => /Interne fout|An error occurred/.test(String(d.message))), JSON.stringify(gevonden.map(d => d.message)));
    });
});
