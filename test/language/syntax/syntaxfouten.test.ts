import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { Vwo, diagnoses, lees, melding, opruimen, voorbeeld, ZAAKSYSTEEM } from '../../hulp.js';

const syntaxfouten = (d: Diagnostic[]) => d.filter(x => x.code === 'syntaxfout');

/** The example with the closing brace of `verwerking Zaakafhandeling` removed. */
function zonderSluitteken(): string {
    const tekst = voorbeeld(ZAAKSYSTEEM);
    const sluit = tekst.indexOf('}', tekst.indexOf('subverwerkers Rekencentrum'));
    return tekst.slice(0, sluit) + tekst.slice(sluit + 1);
}

describe('syntaxfouten in het Nederlands', () => {
    afterEach(opruimen);

    it('meldt een vergeten \'}\' één keer, op de laatste regel van het open blok, met naam en regel van het blok', async () => {
        const tekst = zonderSluitteken();
        const fouten = syntaxfouten(await diagnoses(tekst));
        assert.equal(fouten.length, 1, JSON.stringify(fouten, null, 1));
        const [fout] = fouten;
        assert.equal(fout.severity, DiagnosticSeverity.Error);
        assert.equal(fout.source, 'vwo');
        const regelVerwerking = tekst.split('\n').findIndex(r => r.includes('verwerking Zaakafhandeling {'));
        const regelSubverwerkers = tekst.split('\n').findIndex(r => r.includes('subverwerkers Rekencentrum'));
        assert.equal(fout.message, `Verwacht '}' om het blok 'verwerking Zaakafhandeling' (regel ${regelVerwerking + 1}) af te sluiten, maar vond 'verwerking'.`);
        assert.equal(fout.range.start.line, regelSubverwerkers, 'de fout staat waar de } hoort');
    });

    it('houdt na een vergeten \'}\' de rest van het bestand leesbaar: de outline toont alle andere blokken', async () => {
        const document = await lees(zonderSluitteken());
        const symbolen = await Vwo.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const namen = symbolen[0].children!.map(s => s.name);
        for (const verwacht of ['Verwerkingsverantwoordelijke', 'Verwerker', 'Verwerking Zaakafhandeling', 'Verwerking Klantcontact',
            'Contactpersoon verwerkingsverantwoordelijke', 'Contactpersoon verwerker', 'Subverwerker Rekencentrum', 'Subverwerker Mailgateway',
            'Beveiliging', 'Ondertekening']) {
            assert.ok(namen.includes(verwacht), `${verwacht} ontbreekt in ${namen.join(', ')}`);
        }
        const gevolgfouten = (document.diagnostics ?? []).filter(d => d.code !== 'syntaxfout' && d.severity === DiagnosticSeverity.Error);
        assert.deepEqual(gevolgfouten.map(d => d.code), [], 'geen vervolgfouten van de syntaxfout');
    });

    it('meldt een tekst zonder afsluitend aanhalingsteken op die regel, zonder vervolgfouten', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('naam "Klantcontact per e-mail"', 'naam "Klantcontact per e-mail');
        const alle = (await diagnoses(tekst)).filter(d => d.severity === DiagnosticSeverity.Error);
        assert.deepEqual(alle.map(d => d.message), ['Deze tekst heeft geen afsluitend aanhalingsteken (") op dezelfde regel.']);
        const regel = tekst.split('\n').findIndex(r => r.includes('"Klantcontact per e-mail'));
        assert.equal(alle[0].range.start.line, regel);
        assert.equal(alle[0].range.start.character, tekst.split('\n')[regel].indexOf('"'));
    });

    it('noemt een onbekend woord in een blok geen vergeten \'}\' maar een onbekend veld, en zegt welke velden er zijn', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('        subverwerkers Rekencentrum\n', '        subverwerkers Rekencentrum\n        bewaartermijn "7 jaar"\n');
        const fouten = syntaxfouten(await diagnoses(tekst));
        assert.equal(fouten.length, 1, JSON.stringify(fouten));
        const regelVerwerking = tekst.split('\n').findIndex(r => r.includes('verwerking Zaakafhandeling {'));
        assert.equal(melding(fouten[0]), `'bewaartermijn' is geen veld van het blok 'verwerking Zaakafhandeling' (regel ${regelVerwerking + 1}). ` +
            "Hier kan staan: 'naam', 'doeleinden', 'betrokkenen', 'persoonsgegevens', 'subverwerkers', 'doorgifte' of '}' (einde van het blok).");
        const regel = tekst.split('\n').findIndex(r => r.includes('bewaartermijn'));
        assert.deepEqual(fouten[0].range, { start: { line: regel, character: 8 }, end: { line: regel, character: 8 + 'bewaartermijn'.length } });
    });

    it('noemt op het hoogste niveau alle blokken en velden van een overeenkomst', async () => {
        const [fout] = syntaxfouten(await diagnoses('overeenkomst A {\n    bewaartermijn "7 jaar"\n}\n'));
        for (const veld of ['standaard', 'hoofdovereenkomst', 'diensten', 'verwerkingsverantwoordelijke', 'verwerker', 'categorie', 'betrokkene',
            'verwerking', 'contactpersoon', 'subverwerker', 'beveiliging', 'gibit', 'ondertekening', 'afwijking']) {
            assert.ok(melding(fout).includes(`'${veld}'`), `${veld} ontbreekt in: ${melding(fout)}`);
        }
    });

    it('zegt welke waarden een keuzeveld kent', async () => {
        const [fout] = syntaxfouten(await diagnoses(voorbeeld(ZAAKSYSTEEM).replace('bestuursorgaan college', 'bestuursorgaan wethouder')));
        assert.equal(fout.message, "Verwacht 'college', 'burgemeester' of 'raad', maar vond 'wethouder'.");
    });

    it('benoemt een ontbrekende waarde in gewone woorden en noemt het blok', async () => {
        const [fout] = syntaxfouten(await diagnoses('overeenkomst A {\n    verwerker {\n        naam\n    }\n}\n'));
        assert.equal(fout.message, "Verwacht een tekst tussen aanhalingstekens bij het blok 'verwerker' (regel 2), maar vond '}'.");
        assert.deepEqual(fout.range.start, { line: 3, character: 4 });
    });

    it('meldt een datum in de verkeerde vorm niet als syntaxfout maar een onbekend teken wel, met de plaats', async () => {
        const fouten = syntaxfouten(await diagnoses('overeenkomst A {\n  diensten "x" § \n}'));
        assert.equal(fouten.length, 1);
        assert.match(melding(fouten[0]), /^Onverwacht teken '§'/);
        assert.deepEqual(fouten[0].range.start, { line: 1, character: 15 });
    });

    it('toont onzichtbare tekens in een melding als codepunt', async () => {
        const [fout] = syntaxfouten(await diagnoses('overeenkomst A {\u0007}'));
        assert.match(melding(fout), /U\+0007/);
    });

    it('legt uit wat er mis is met een leeg bestand en met tekst na de overeenkomst', async () => {
        assert.deepEqual(syntaxfouten(await diagnoses('')).map(d => d.message),
            ["Een .vwo-bestand begint met 'overeenkomst Naam {' (of, voor een leveranciersprofiel, 'profiel Naam {'), maar hier staat het einde van het bestand."]);
        const teVeel = syntaxfouten(await diagnoses('overeenkomst A { }\n}'));
        assert.equal(teVeel.length, 1);
        assert.match(melding(teVeel[0]), /^Onverwacht '}' na het einde van de overeenkomst/);
        assert.deepEqual(teVeel[0].range.start, { line: 1, character: 0 });
    });

    it('geeft nooit een Engelse melding van de parser', async () => {
        const stukken = ['overeenkomst', '{', '}', 'verwerking X {', 'doorgifte', 'instrument', '"', ',', '2024-01-01', 'land', 'normenstelsel', 'toereikendheid', 'ondertekening {', 'verwerker'];
        let tekst = 'overeenkomst A {\n';
        for (let i = 0; i < 200; i++) {
            tekst += stukken[(i * 7 + 3) % stukken.length] + (i % 5 === 0 ? '\n' : ' ');
        }
        for (const d of await diagnoses(tekst)) {
            assert.doesNotMatch(melding(d), /Expecting|but found|token|Redundant|EOF|resolve reference/i, melding(d));
        }
    });
});
