/**
 * Quick fixes (`vscode.executeCodeActionProvider`) as VS Code applies them: the fix is offered on
 * the diagnostic, applied with `workspace.applyEdit`, and the server re-validates the file so that
 * the diagnostic is gone. Which fixes exist per code: test/language/lsp/code-acties.test.ts.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeVan, diagnosesVan, herstelAlles, open, wachtTot } from './hulp';

const MET_FOUTEN = 'zaaksysteem-met-fouten.vwo';

/**
 * The quick fixes on a diagnostic. Asked again until some come: a request that arrives while the
 * server rebuilds the just-opened file is cancelled and VS Code then reports none (the lightbulb
 * simply asks again).
 */
async function snelleOplossingen(uri: vscode.Uri, diagnose: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
    return wachtTot(async () => {
        const acties = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
            'vscode.executeCodeActionProvider', uri, diagnose.range, vscode.CodeActionKind.QuickFix.value);
        const lijst = (acties ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a);
        return lijst.length > 0 ? lijst : undefined;
    }, 10_000, `snelle oplossingen voor ${codeVan(diagnose)}`);
}

async function pasToe(actie: vscode.CodeAction | undefined, wat: string): Promise<void> {
    assert.ok(actie, `geen snelle oplossing '${wat}'`);
    assert.ok(actie.edit, `'${actie.title}' heeft geen bewerking`);
    assert.ok(await vscode.workspace.applyEdit(actie.edit), `'${actie.title}' niet toegepast`);
}

describe('snelle oplossingen', () => {
    afterEach(herstelAlles);

    it('subverwerker-niet-vermeld: voegt de subverwerker toe aan tabel 3, waarna de fout verdwijnt', async () => {
        const document = await open(MET_FOUTEN);
        const [diagnose] = (await diagnosesVan(document.uri, d => d.some(x => codeVan(x) === 'subverwerker-niet-vermeld'), 'subverwerker-niet-vermeld'))
            .filter(d => codeVan(d) === 'subverwerker-niet-vermeld');
        const acties = await snelleOplossingen(document.uri, diagnose);
        const toevoegen = acties.find(a => a.title === "Voeg subverwerker 'Printstraat' toe aan tabel 3");
        assert.equal(toevoegen?.isPreferred, true, `titels: ${acties.map(a => a.title).join(' | ')}`);
        await pasToe(toevoegen, 'voeg subverwerker toe');
        assert.match(document.getText(), /subverwerker Printstraat \{/);
        await diagnosesVan(document.uri, d => !d.some(x => codeVan(x) === 'subverwerker-niet-vermeld'), 'geen subverwerker-niet-vermeld meer');
    });

    it('subverwerker-niet-vermeld: de toegevoegde subverwerker springt in als de rest van tabel 3', async () => {
        const document = await open(MET_FOUTEN);
        const [diagnose] = (await diagnosesVan(document.uri, d => d.some(x => codeVan(x) === 'subverwerker-niet-vermeld'), 'subverwerker-niet-vermeld'))
            .filter(d => codeVan(d) === 'subverwerker-niet-vermeld');
        const acties = await snelleOplossingen(document.uri, diagnose);
        await pasToe(acties.find(a => a.title === "Voeg subverwerker 'Printstraat' toe aan tabel 3"), 'voeg subverwerker toe');
        assert.match(document.getText(), /\n {4}\}\n\n? {4}subverwerker Printstraat \{\n {8}naam "[^"]*"\n/);
        assert.doesNotMatch(document.getText(), /\n[ \t]+\n/, 'regels met alleen spaties');
    });

    it('subverwerker-niet-vermeld: kan de verwijzing ook uit de verwerking halen', async () => {
        const document = await open(MET_FOUTEN);
        const [diagnose] = (await diagnosesVan(document.uri, d => d.some(x => codeVan(x) === 'subverwerker-niet-vermeld'), 'subverwerker-niet-vermeld'))
            .filter(d => codeVan(d) === 'subverwerker-niet-vermeld');
        const acties = await snelleOplossingen(document.uri, diagnose);
        await pasToe(acties.find(a => a.title === "Verwijder 'Printstraat' uit verwerking 'Zaakafhandeling'"), 'verwijder uit verwerking');
        assert.match(document.getText(), /subverwerkers Rekencentrum\n/);
        await diagnosesVan(document.uri, d => !d.some(x => codeVan(x) === 'subverwerker-niet-vermeld'), 'geen subverwerker-niet-vermeld meer');
    });

    it('onbekende-categorie: declareert een eigen categorie, waarna de fout verdwijnt', async () => {
        const document = await open(MET_FOUTEN);
        const [diagnose] = (await diagnosesVan(document.uri, d => d.some(x => codeVan(x) === 'onbekende-categorie'), 'onbekende-categorie'))
            .filter(d => codeVan(d) === 'onbekende-categorie');
        const acties = await snelleOplossingen(document.uri, diagnose);
        await pasToe(acties.find(a => a.title === "Declareer 'categorie Schoenmaat'"), 'declareer categorie');
        assert.match(document.getText(), /\n {4}categorie Schoenmaat "/);
        await diagnosesVan(document.uri, d => !d.some(x => codeVan(x) === 'onbekende-categorie'), 'geen onbekende-categorie meer');
    });
});
