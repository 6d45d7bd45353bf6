import { strict as assert } from 'node:assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { diagnoses, melding, opruimen, positie, voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

const verborgen = async (tekst: string) => (await diagnoses(tekst)).filter(d => d.code === 'verborgen-tekens');

describe('verborgen-tekens: onzichtbare en tekstrichting-tekens', () => {
    afterEach(opruimen);

    it('waarschuwt voor een richting-overschrijving in de naam van een subverwerker, op die tekst', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('naam "Example Mail Inc."', 'naam "Example \u202eMail Inc."');
        const [d] = await verborgen(tekst);
        assert.equal(d.severity, DiagnosticSeverity.Warning);
        assert.match(melding(d), /U\+202E \(rechts-naar-links-overschrijving\)/);
        assert.match(melding(d), /andere leverancier/);
        const lines = tekst.split('\n');
        const regel = lines.findIndex(l => l.includes('\u202eMail'));
        assert.equal(d.range.start.line, regel);
        assert.equal(d.range.start.character, lines[regel].indexOf('"'));
    });

    it('waarschuwt voor een spatie zonder breedte in een naam die naar een subverwerker verwijst', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('subverwerker Mailgateway {', 'subverwerker Mail\u200bgateway {');
        const alle = await diagnoses(tekst);
        const waarschuwingen = alle.filter(d => d.code === 'verborgen-tekens');
        assert.equal(waarschuwingen.length, 1);
        assert.match(melding(waarschuwingen[0]), /U\+200B/);
        assert.equal(waarschuwingen[0].range.start.line, tekst.split('\n').findIndex(l => l.includes('Mail\u200bgateway')));
    });

    it('meldt een byte-order mark aan het begin niet, en het schone voorbeeld evenmin', async () => {
        assert.deepEqual(await verborgen('\ufeff' + voorbeeld(ZAAKSYSTEEM)), []);
        assert.deepEqual(await verborgen(voorbeeld(ZAAKSYSTEEM)), []);
    });

    it('meldt ze ook in commentaar (Trojan Source)', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('// Bijlage 2', '// Bijlage 2 \u2066verborgen\u2069');
        const [d] = await verborgen(tekst);
        assert.ok(d);
        assert.equal(d.range.start.line, tekst.split('\n').findIndex(l => l.includes('\u2066')));
        assert.ok(positie(tekst, '\u2066') > 0);
    });

    it('meldt ook tagtekens, zacht afbreekstreepje, grafeemverbinder, Mongoolse klinkerscheider, variantkiezer, Hangul-opvulteken en lege braillecel', async () => {
        const tekens: Array<[string, RegExp]> = [['\u{E0041}\u{E0042}', /U\+E0041 \(tagteken\)/], ['\u00ad', /U\+00AD \(zacht afbreekstreepje\)/],
            ['\u034f', /U\+034F/], ['\u180e', /U\+180E/], ['\ufe0f', /U\+FE0F \(variantkiezer\)/], ['\u3164', /U\+3164 \(Hangul-opvulteken\)/], ['\u2800', /U\+2800 \(lege braillecel\)/]];
        for (const [teken, patroon] of tekens) {
            const tekst = voorbeeld(ZAAKSYSTEEM).replace('naam "Example Mail Inc."', `naam "Example${teken} Mail Inc."`);
            const [d, ...rest] = await verborgen(tekst);
            assert.ok(d, `geen melding voor ${JSON.stringify(teken)}`);
            assert.deepEqual(rest, []);
            assert.match(melding(d), patroon);
            await opruimen();
        }
    });
});
