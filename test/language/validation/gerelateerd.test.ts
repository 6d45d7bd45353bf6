import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnoses, opruimen, voorbeeld, WEBFORMULIEREN, ZAAKSYSTEEM } from '../../hulp.js';

/** The text that each relatedInformation location covers (all point into the same file here). */
function gerelateerd(tekst: string, d: Diagnostic | undefined): string[] {
    assert.ok(d, 'diagnose gevonden');
    const regels = tekst.split('\n');
    return (d.relatedInformation ?? []).map(r => {
        const { start, end } = r.location.range;
        assert.equal(start.line, end.line);
        return `${regels[start.line].slice(start.character, end.character)} — ${r.message}`;
    });
}

describe('relatedInformation: de andere plek die erbij hoort', () => {
    afterEach(opruimen);

    it('doorgifte-via-subverwerker wijst het land van de subverwerker aan', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('doorgifte US instrument SCC\n            maatregelen "Versleuteling; sleutels worden uitsluitend in de EER beheerd"', '');
        const d = (await diagnoses(tekst)).find(x => x.code === 'doorgifte-via-subverwerker');
        assert.deepEqual(gerelateerd(tekst, d), ["US — subverwerker 'Mailgateway' is gevestigd in Verenigde Staten"]);
    });

    it('een doorgifte wijst de subverwerkers in dat land aan', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('doorgifte US instrument SCC', 'doorgifte US instrument Art49');
        const d = (await diagnoses(tekst)).find(x => x.code === 'uitzondering-art49');
        assert.deepEqual(gerelateerd(tekst, d), ["US — subverwerker 'Mailgateway' in Verenigde Staten"]);
    });

    it('dubbele-naam wijst de eerste declaratie aan', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('subverwerker Mailgateway {', 'subverwerker Rekencentrum {').replace('subverwerkers Mailgateway', 'subverwerkers Rekencentrum')
            .replace('doorgifte US instrument SCC\n            maatregelen "Versleuteling; sleutels worden uitsluitend in de EER beheerd"', '');
        const d = (await diagnoses(tekst)).find(x => x.code === 'dubbele-naam');
        assert.deepEqual(gerelateerd(tekst, d), ["Rekencentrum — eerste subverwerker 'Rekencentrum'"]);
        assert.equal(d!.range.start.line, tekst.split('\n').lastIndexOf('    subverwerker Rekencentrum {'), 'gemeld op de tweede');
    });

    it('datumvolgorde wijst de datum van de hoofdovereenkomst aan', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('ingangsdatum 2024-04-01', 'ingangsdatum 2024-01-01');
        const d = (await diagnoses(tekst)).find(x => x.code === 'datumvolgorde');
        assert.deepEqual(gerelateerd(tekst, d), ['2024-03-01 — hoofdovereenkomst gesloten']);
    });

    it('bijzondere-persoonsgegevens wijst bij een eigen categorie de declaratie als bijzonder aan', async () => {
        const tekst = voorbeeld(WEBFORMULIEREN);
        const d = (await diagnoses(tekst)).find(x => x.code === 'bijzondere-persoonsgegevens' && String(x.message).includes('Zorgindicatie'));
        assert.deepEqual(gerelateerd(tekst, d), ["bijzonder — categorie 'Zorgindicatie' is gedeclareerd als bijzonder"]);
    });

    it('subverwerker-niet-vermeld wijst tabel 3 aan', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Rekencentrum', 'subverwerkers Rekencentrum, Archief');
        const d = (await diagnoses(tekst)).find(x => x.code === 'subverwerker-niet-vermeld');
        assert.deepEqual(gerelateerd(tekst, d), ['Mailgateway — tabel 3: de vermelde subverwerkers']);
    });
});
