/** The extension activates on a .vwo file; the language and its TextMate grammar are there. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { actief, EXTENSIE_ID, herstelAlles, open, ZAAKSYSTEEM } from './hulp';

describe('activering', () => {
    afterEach(herstelAlles);

    it('kent de taal vwo en geeft .vwo-bestanden die taal', async () => {
        assert.ok((await vscode.languages.getLanguages()).includes('vwo'));
        const document = await open(ZAAKSYSTEEM);
        assert.equal(document.languageId, 'vwo');
    });

    it('activeert de extensie zodra een .vwo-bestand open is', async () => {
        await open(ZAAKSYSTEEM);
        const extensie = await actief();
        assert.equal(extensie.id, EXTENSIE_ID);
        assert.equal(extensie.isActive, true);
        const talen = extensie.packageJSON.contributes.languages as Array<{ id: string }>;
        assert.deepEqual(talen.map(t => t.id), ['vwo']);
    });

    it('draagt de TextMate-grammatica source.vwo bij', async () => {
        // The colours themselves are checked in the UI walk (test/e2e/ui.mjs): the extension host
        // of code-server has no API to read tokens (`_workbench.captureSyntaxTokens` is desktop-only).
        const extensie = await actief();
        const grammatica = (extensie.packageJSON.contributes.grammars as Array<{ language: string; scopeName: string; path: string }>)
            .find(g => g.language === 'vwo');
        assert.equal(grammatica?.scopeName, 'source.vwo');
        const inhoud = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(
            vscode.Uri.joinPath(extensie.extensionUri, grammatica!.path))).toString('utf8'));
        assert.equal(inhoud.scopeName, 'source.vwo');
    });
});
