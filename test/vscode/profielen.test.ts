/**
 * Supplier profiles in VS Code: an edit in a profile, not yet saved, changes the diagnostics of
 * an agreement that uses it, while that agreement is not touched; go to definition leads into the
 * profile's file.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { bereik, codeVan, diagnosesVan, herstelAlles, open, positie } from './hulp';

const PROFIEL = 'leverancier-zaakwijzer/profiel-zaakwijzer.vwo';
const ENKHUIZEN = 'leverancier-zaakwijzer/klantcontact-enkhuizen.vwo';

describe('leveranciersprofielen', () => {
    afterEach(herstelAlles);

    it('een wijziging in het profiel verandert de diagnoses van een overeenkomst die het gebruikt', async () => {
        const overeenkomst = await open(ENKHUIZEN);
        await diagnosesVan(overeenkomst.uri, d => !d.some(x => x.severity === vscode.DiagnosticSeverity.Error), 'geen fouten met het profiel');
        const profiel = await open(PROFIEL);
        const sms = profiel.getText().match(/ {4}subverwerker Sms \{[^}]*\}\n/)!;
        const weg = new vscode.WorkspaceEdit();
        const begin = profiel.positionAt(sms.index!);
        weg.delete(profiel.uri, new vscode.Range(begin, profiel.positionAt(sms.index! + sms[0].length)));
        assert.ok(await vscode.workspace.applyEdit(weg));
        const na = await diagnosesVan(overeenkomst.uri, d => d.some(x => codeVan(x) === 'subverwerker-niet-vermeld'), 'subverwerker-niet-vermeld na het weghalen van Sms uit het profiel');
        const [fout] = na.filter(x => codeVan(x) === 'subverwerker-niet-vermeld');
        assert.deepEqual(fout.range, bereik(overeenkomst, 'Sms'));
        assert.match(fout.message, /leveranciersprofiel 'Zaakwijzer'/);
        await herstelAlles();
        await diagnosesVan(overeenkomst.uri, d => !d.some(x => x.severity === vscode.DiagnosticSeverity.Error), 'weer geen fouten met het herstelde profiel');
    });

    it('ga naar definitie van een subverwerker uit het profiel opent het profiel', async () => {
        const overeenkomst = await open(ENKHUIZEN);
        const doelen = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', overeenkomst.uri, positie(overeenkomst, 'Mailgateway', 1, 1));
        const doel = doelen[0];
        const uri = 'targetUri' in doel ? doel.targetUri : doel.uri;
        assert.ok(uri.path.endsWith(PROFIEL), uri.path);
    });
});
