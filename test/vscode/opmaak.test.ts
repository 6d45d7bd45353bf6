/** Formatting (`vscode.executeFormatDocumentProvider`): the house layout of the examples in examples/. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { herstelAlles, open, wachtTot, ZAAKSYSTEEM } from './hulp';

const OPTIES: vscode.FormattingOptions = { tabSize: 4, insertSpaces: true };

async function formatteer(document: vscode.TextDocument): Promise<vscode.TextEdit[]> {
    return (await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, OPTIES)) ?? [];
}

describe('opmaak', () => {
    afterEach(herstelAlles);

    it('laat het referentievoorbeeld ongewijzigd', async () => {
        const document = await open(ZAAKSYSTEEM);
        // no edits at all, or only edits that change nothing
        const wijzigend = (await formatteer(document)).filter(e => document.getText(e.range) !== e.newText);
        assert.deepEqual(wijzigend.map(e => `${e.range.start.line + 1}: ${JSON.stringify(e.newText)}`), []);
    });

    it('zet een verschoven kopie terug in de vorm van het origineel', async () => {
        const document = await open(ZAAKSYSTEEM);
        const origineel = document.getText();
        // every line's indentation changed: none, a tab, or too many spaces
        const rommel = new vscode.WorkspaceEdit();
        for (let regel = 0; regel < document.lineCount; regel++) {
            const lijn = document.lineAt(regel);
            const inspring = lijn.firstNonWhitespaceCharacterIndex;
            if (lijn.isEmptyOrWhitespace) continue;
            rommel.replace(document.uri, new vscode.Range(regel, 0, regel, inspring), ['', '\t', '   ', '          '][regel % 4]);
        }
        assert.ok(await vscode.workspace.applyEdit(rommel));
        assert.notEqual(document.getText(), origineel);

        const bewerkt = new vscode.WorkspaceEdit();
        bewerkt.set(document.uri, await formatteer(document));
        assert.ok(await vscode.workspace.applyEdit(bewerkt));
        assert.equal(document.getText(), origineel);
    });

    it('"Document opmaken" in de editor gaat met Ongedaan maken in één stap terug, en de extensie wijzigt verder niets', async () => {
        const document = await open(ZAAKSYSTEEM);
        const editor = await vscode.window.showTextDocument(document);
        const origineel = document.getText();
        const regel = document.lineAt(5);
        await editor.edit(e => e.replace(new vscode.Range(5, 0, 5, regel.firstNonWhitespaceCharacterIndex), '\t\t'));
        const verschoven = document.getText();
        await vscode.commands.executeCommand('editor.action.formatDocument');
        await wachtTot(() => document.getText() === origineel ? true : undefined, 10_000, 'opgemaakt');
        await vscode.commands.executeCommand('undo');
        assert.equal(document.getText(), verschoven, 'één keer Ongedaan maken brengt de tekst van vóór de opmaak terug');
        await vscode.commands.executeCommand('undo');
        assert.equal(document.getText(), origineel);
        // Nothing edits the file behind the user's back: a while later it is still exactly this.
        await new Promise(resolve => setTimeout(resolve, 1500));
        assert.equal(document.getText(), origineel);
        assert.equal(document.isDirty, false, 'terug bij de opgeslagen tekst');
    });
});
