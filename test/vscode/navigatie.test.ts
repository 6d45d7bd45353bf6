/** Outline, go to definition, references and rename of a sub-processor, on the reference example. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeVan, diagnosesVan, herstelAlles, open, positie, ZAAKSYSTEEM } from './hulp';

describe('navigatie', () => {
    afterEach(herstelAlles);

    it('toont de overeenkomst als outline met verwerkingen en subverwerkers', async () => {
        const document = await open(ZAAKSYSTEEM);
        const symbolen = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        assert.ok(symbolen?.length, 'geen symbolen');
        assert.deepEqual(symbolen.map(s => s.name), ['Overeenkomst Zaaksysteem']);
        const kinderen = symbolen[0].children.map(s => s.name);
        for (const naam of ['Hoofdovereenkomst', 'Verwerkingsverantwoordelijke', 'Verwerker', 'Verwerking Zaakafhandeling',
            'Verwerking Klantcontact', 'Contactpersoon verwerkingsverantwoordelijke', 'Contactpersoon verwerker',
            'Subverwerker Rekencentrum', 'Subverwerker Mailgateway', 'Beveiliging', 'Ondertekening']) {
            assert.ok(kinderen.includes(naam), `outline mist '${naam}': ${JSON.stringify(kinderen)}`);
        }
        const mail = symbolen[0].children.find(s => s.name === 'Subverwerker Mailgateway')!;
        assert.equal(mail.detail, 'Example Mail Inc.');
        assert.equal(mail.kind, vscode.SymbolKind.Module);
        assert.deepEqual(mail.selectionRange.start, positie(document, 'subverwerker Mailgateway', 1, 'subverwerker '.length));
        const klant = symbolen[0].children.find(s => s.name === 'Verwerking Klantcontact')!;
        assert.deepEqual(klant.children.map(s => s.name), ['Doorgifte US']);
    });

    it('springt van een verwijzing naar de subverwerker in tabel 3', async () => {
        const document = await open(ZAAKSYSTEEM);
        const verwijzing = positie(document, 'subverwerkers Mailgateway', 1, 'subverwerkers Mail'.length);
        const doelen = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', document.uri, verwijzing);
        assert.equal(doelen?.length, 1);
        const doel = doelen[0];
        const uri = 'targetUri' in doel ? doel.targetUri : doel.uri;
        const bereik = 'targetUri' in doel ? doel.targetSelectionRange ?? doel.targetRange : doel.range;
        assert.equal(uri.toString(), document.uri.toString());
        assert.deepEqual(bereik.start, positie(document, 'subverwerker Mailgateway', 1, 'subverwerker '.length));
    });

    it('vindt alle verwijzingen naar een subverwerker', async () => {
        const document = await open(ZAAKSYSTEEM);
        const declaratie = positie(document, 'subverwerker Mailgateway', 1, 'subverwerker '.length);
        const plaatsen = await vscode.commands.executeCommand<vscode.Location[]>(
            'vscode.executeReferenceProvider', document.uri, declaratie.translate(0, 2));
        const regels = plaatsen.map(p => p.range.start.line).sort((a, b) => a - b);
        assert.deepEqual(regels, [
            positie(document, 'subverwerkers Mailgateway').line,
            declaratie.line
        ]);
    });

    it('hernoemt een subverwerker in de declaratie en in elke verwerking', async () => {
        const document = await open(ZAAKSYSTEEM);
        const verwijzing = positie(document, 'subverwerkers Mailgateway', 1, 'subverwerkers M'.length);
        const bewerking = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
            'vscode.executeDocumentRenameProvider', document.uri, verwijzing, 'Mailbezorger');
        const wijzigingen = bewerking.get(document.uri);
        assert.equal(wijzigingen.length, 2);
        assert.ok(wijzigingen.every(w => w.newText === 'Mailbezorger' && document.getText(w.range) === 'Mailgateway'));

        assert.ok(await vscode.workspace.applyEdit(bewerking));
        assert.match(document.getText(), /subverwerkers Mailbezorger/);
        assert.match(document.getText(), /subverwerker Mailbezorger \{/);
        assert.doesNotMatch(document.getText(), /Mailgateway/);
        // still resolved after the rename: no "niet vermeld" for the new name
        await new Promise(r => setTimeout(r, 500));
        await diagnosesVan(document.uri, d => !d.some(x => codeVan(x) === 'subverwerker-niet-vermeld'), 'geen subverwerker-niet-vermeld');
    });

    it('weigert een catalogusnaam te hernoemen', async () => {
        const document = await open(ZAAKSYSTEEM);
        const categorie = positie(document, 'persoonsgegevens Contactgegevens', 1, 'persoonsgegevens C'.length);
        await assert.rejects(Promise.resolve(vscode.commands.executeCommand<vscode.WorkspaceEdit>(
            'vscode.executeDocumentRenameProvider', document.uri, categorie, 'Adresgegevens')));
    });
});
