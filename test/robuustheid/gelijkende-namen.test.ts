import { strict as assert } from 'node:assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { diagnoses, melding, opruimen, voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

const gelijkend = async (tekst: string) => (await diagnoses(tekst)).filter(d => d.code === 'gelijkende-naam');
const CYRILLISCHE_O = '\u043e';

/** The example with a second sub-processor after the first. */
function metTweede(naam: string, id = 'Routeplanner2'): string {
    return voorbeeld(ZAAKSYSTEEM)
        .replace('subverwerker Mailgateway {', `subverwerker ${id} { naam "${naam}" contact "x" kvk "1" uitbesteed "u" toepassing "t" land NL }\n    subverwerker Mailgateway {`)
        .replace('subverwerkers Mailgateway', `subverwerkers Mailgateway, ${id}`);
}

describe('gelijkende namen (gemengde schriften, Unicode-verwarbare tekens)', () => {
    afterEach(opruimen);

    it('twee subverwerkers die allebei "Routeplanner" tonen, één met een Cyrillische "о": een waarschuwing die zegt welke letter verschilt', async () => {
        const tekst = metTweede('Routeplanner', 'RouteA')
            .replace('subverwerker Mailgateway {', `subverwerker RouteB { naam "R${CYRILLISCHE_O}uteplanner" contact "x" kvk "2" uitbesteed "u" toepassing "t" land NL }\n    subverwerker Mailgateway {`)
            .replace('subverwerkers Mailgateway, RouteA', 'subverwerkers Mailgateway, RouteA, RouteB');
        const meldingen = await gelijkend(tekst);
        const lijkt = meldingen.find(d => /ziet eruit als subverwerker 'Routeplanner'/.test(melding(d)));
        assert.ok(lijkt, JSON.stringify(meldingen.map(melding)));
        assert.equal(lijkt.severity, DiagnosticSeverity.Warning);
        assert.match(melding(lijkt), /letter 2 is de Cyrillische 'о' \(U\+043E\) waar 'Routeplanner' de Latijnse 'o' \(U\+006F\) heeft/);
        assert.match(melding(lijkt), /art\. 28 lid 2 AVG/);
        assert.ok(lijkt.relatedInformation?.length === 1);
        assert.ok(meldingen.some(d => /'Rоuteplanner' mengt letters van verschillende schriften: de Cyrillische 'о' \(U\+043E\)/.test(melding(d))));
    });

    it('een naam (ID) met een Cyrillische letter: gemengd schrift; en "Bedoelde u …?" zegt welke letter verschilt', async () => {
        const id = `R${CYRILLISCHE_O}uteplanner`;
        const tekst = metTweede('Routeplanner', 'Routeplanner').replace('subverwerkers Mailgateway, Routeplanner', `subverwerkers Mailgateway, ${id}`);
        const alle = await diagnoses(tekst);
        const verwijzing = alle.find(d => d.code === 'subverwerker-niet-vermeld');
        assert.ok(verwijzing);
        assert.match(melding(verwijzing), /Bedoelde u Routeplanner\? 'Rоuteplanner' en 'Routeplanner' zien er hetzelfde uit, maar letter 2 is de Cyrillische 'о' \(U\+043E\) waar 'Routeplanner' de Latijnse 'o' \(U\+006F\) heeft\./);
    });

    it('een eigen categorie die eruitziet als een uit de catalogus (BSN met een Cyrillische Ѕ)', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('verwerking Zaakafhandeling {', 'categorie B\u0405N "Nummer"\n    verwerking Zaakafhandeling {');
        const meldingen = (await gelijkend(tekst)).map(melding);
        assert.ok(meldingen.some(m => /^'BЅN' ziet eruit als de categorie 'BSN' uit de catalogus van Bijlage 1, maar is een andere naam: letter 2 is de Cyrillische 'Ѕ' \(U\+0405\)/.test(m)), meldingen.join('\n'));
    });

    it('geen melding voor het schone voorbeeld, een Griekse naam in één schrift, of een naam met cijfers', async () => {
        assert.deepEqual(await gelijkend(voorbeeld(ZAAKSYSTEEM)), []);
        assert.deepEqual(await gelijkend(metTweede('Ελληνική Εταιρεία Α.Ε.', 'Leverancier2')), []);
    });
});
