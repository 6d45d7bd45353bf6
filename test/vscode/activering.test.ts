/** The extension activates in a workspace with .vwo files and on a .vwo file; the language and its TextMate grammar are there. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { actief, bestand, EXTENSIE_ID, herstelAlles, leesTekst, open, wachtTot, ZAAKSYSTEEM } from './hulp';

describe('activering', () => {
    afterEach(herstelAlles);

    it('activeert de extensie in een werkruimte met .vwo-bestanden en zodra een .vwo-bestand open is, nooit bij elke start', async () => {
        // the tree view "Verwerkersovereenkomsten" lists the workspace's agreements from the start;
        // elsewhere VS Code activates on the language (onLanguage:vwo)
        const extensie = vscode.extensions.getExtension(EXTENSIE_ID);
        assert.ok(extensie, `extensie ${EXTENSIE_ID} is niet geladen`);
        const gebeurtenissen = extensie.packageJSON.activationEvents as string[];
        assert.ok(gebeurtenissen.includes('workspaceContains:**/*.vwo'), gebeurtenissen.join(', '));
        assert.ok(!gebeurtenissen.includes('*') && !gebeurtenissen.includes('onStartupFinished'), 'geen activering in elke werkruimte');
        const document = await vscode.workspace.openTextDocument(bestand(ZAAKSYSTEEM));
        await vscode.window.showTextDocument(document);
        await wachtTot(() => extensie.isActive, 20_000, 'de extensie is actief');
        assert.equal(extensie.id, EXTENSIE_ID);
        assert.equal(extensie.isActive, true);
        const talen = extensie.packageJSON.contributes.languages as Array<{ id: string }>;
        assert.deepEqual(talen.map(t => t.id), ['vwo']);
    });

    it('kent de taal vwo en geeft .vwo-bestanden die taal', async () => {
        assert.ok((await vscode.languages.getLanguages()).includes('vwo'));
        const document = await open(ZAAKSYSTEEM);
        assert.equal(document.languageId, 'vwo');
    });

    it('draagt de TextMate-grammatica source.vwo bij', async () => {
        // The colours themselves are checked in the UI walk (test/e2e/ui.mjs): the extension host
        // of code-server has no API to read tokens (`_workbench.captureSyntaxTokens` is desktop-only).
        const extensie = await actief();
        const grammatica = (extensie.packageJSON.contributes.grammars as Array<{ language: string; scopeName: string; path: string }>)
            .find(g => g.language === 'vwo');
        assert.equal(grammatica?.scopeName, 'source.vwo');
        const inhoud = JSON.parse(await leesTekst(vscode.Uri.joinPath(extensie.extensionUri, grammatica!.path)));
        assert.equal(inhoud.scopeName, 'source.vwo');
    });
});
