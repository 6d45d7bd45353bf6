/**
 * Diagnostics from the language server in VS Code's Problems model: codes, Dutch messages,
 * and gone again once an edit fixes the cause. Issue 4's rules add their cases here
 * (or in a file of their own beside this one).
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { bereik, codeVan, diagnosesVan, herstelAlles, open, PROBLEMEN, SYNTAXFOUT, WEBFORMULIEREN, ZAAKSYSTEEM } from './hulp';

function metCode(diagnoses: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
    return diagnoses.filter(d => codeVan(d) === code);
}

describe('diagnoses', () => {
    afterEach(herstelAlles);

    it('meldt onbekende categorieën, betrokkenen en subverwerkers en dubbele namen in het Nederlands', async () => {
        const document = await open(PROBLEMEN);
        const verwacht = ['onbekende-categorie', 'onbekende-betrokkene', 'subverwerker-niet-vermeld', 'dubbele-naam'];
        const diagnoses = await diagnosesVan(document.uri, d => verwacht.every(c => metCode(d, c).length > 0), verwacht.join(', '));

        const [categorie] = metCode(diagnoses, 'onbekende-categorie');
        assert.equal(categorie.severity, vscode.DiagnosticSeverity.Error);
        assert.deepEqual(categorie.range, bereik(document, 'Schoenmaat'));
        assert.match(categorie.message, /^'Schoenmaat' is geen categorie persoonsgegevens uit Bijlage 1 en is niet gedeclareerd\./);

        const [betrokkene] = metCode(diagnoses, 'onbekende-betrokkene');
        assert.deepEqual(betrokkene.range, bereik(document, 'Marsbewoners'));
        assert.match(betrokkene.message, /'Marsbewoners' is geen categorie betrokkenen uit Bijlage 1/);

        const [subverwerker] = metCode(diagnoses, 'subverwerker-niet-vermeld');
        assert.deepEqual(subverwerker.range, bereik(document, 'Onbekend'));
        assert.match(subverwerker.message, /tabel 3 van Bijlage 1 vermeldt die niet/);

        const [dubbel] = metCode(diagnoses, 'dubbele-naam');
        assert.deepEqual(dubbel.range, bereik(document, 'Mailgateway', 3));
        assert.match(dubbel.message, /Er is al een subverwerker met de naam 'Mailgateway'/);

        for (const d of diagnoses) assert.equal(d.source, 'vwo', `bron van ${codeVan(d)}`);
    });

    // Pending: language/validation/naamgeving.ts reads `eerder.$document`, which Langium sets on the
    // root node only, so the related information never reaches a client. Switch on with the fix
    // (AstUtils.getDocument(eerder)).
    it('wijst bij een dubbele naam naar de eerste declaratie (relatedInformation)', async () => {
        const document = await open(PROBLEMEN);
        const diagnoses = await diagnosesVan(document.uri, d => metCode(d, 'dubbele-naam').length > 0, 'dubbele-naam');
        const [dubbel] = metCode(diagnoses, 'dubbele-naam');
        assert.equal(dubbel.relatedInformation?.[0]?.location.range.start.line, bereik(document, 'Mailgateway', 2).start.line);
        assert.match(dubbel.relatedInformation?.[0]?.message ?? '', /eerste subverwerker 'Mailgateway'/);
    });

    it('laat een diagnose verdwijnen zodra een bewerking de oorzaak wegneemt', async () => {
        const document = await open(PROBLEMEN);
        await diagnosesVan(document.uri, d => metCode(d, 'onbekende-categorie').length === 1, 'onbekende-categorie');

        const bewerking = new vscode.WorkspaceEdit();
        bewerking.replace(document.uri, bereik(document, 'Schoenmaat'), 'Locatiegegevens');
        bewerking.replace(document.uri, bereik(document, 'Marsbewoners'), 'Belanghebbenden');
        assert.ok(await vscode.workspace.applyEdit(bewerking));

        const na = await diagnosesVan(document.uri,
            d => metCode(d, 'onbekende-categorie').length === 0 && metCode(d, 'onbekende-betrokkene').length === 0,
            'geen onbekende-categorie/-betrokkene meer');
        // the other problems stay: the server re-validated the whole file, not just cleared it
        assert.equal(metCode(na, 'subverwerker-niet-vermeld').length, 1);
        assert.equal(metCode(na, 'dubbele-naam').length, 1);
    });

    it('meldt een syntaxfout in het Nederlands en niet meer na de verbetering', async () => {
        const document = await open(SYNTAXFOUT);
        const diagnoses = await diagnosesVan(document.uri, d => metCode(d, 'syntaxfout').length > 0, 'syntaxfout');
        const [fout] = metCode(diagnoses, 'syntaxfout');
        assert.equal(fout.severity, vscode.DiagnosticSeverity.Error);
        assert.match(fout.message, /^'bewaartermijn' is geen veld van het blok 'verwerking Registratie' \(regel 3\)\. Hier kan staan: 'naam', /);
        assert.equal(document.getText(fout.range), 'bewaartermijn', 'de fout staat op het onbekende woord');

        const regel = document.lineAt(6);
        const bewerking = new vscode.WorkspaceEdit();
        bewerking.delete(document.uri, regel.rangeIncludingLineBreak);
        assert.ok(await vscode.workspace.applyEdit(bewerking));
        await diagnosesVan(document.uri, d => metCode(d, 'syntaxfout').length === 0, 'geen syntaxfout meer');
    });

    it('geeft de referentievoorbeelden (zaaksysteem-zwolle.vwo, webformulieren-de-veste.vwo) geen fouten', async () => {
        const documenten = [await open(ZAAKSYSTEEM), await open(WEBFORMULIEREN)];
        // The server validates open documents in one build: once a later-opened file has its
        // diagnostics, the examples (for which an empty list is published) have been done too.
        await diagnosesVan((await open(PROBLEMEN)).uri, d => d.length > 0, 'diagnoses van een later geopend bestand');
        for (const document of documenten) {
            const naam = document.uri.path.split('/').pop();
            const fouten = vscode.languages.getDiagnostics(document.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
            assert.deepEqual(fouten.map(d => `${codeVan(d)}: ${d.message}`), [], naam);
        }
    });
});
