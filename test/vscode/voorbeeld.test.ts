/** Preview and export (issue 6): the commands of the "VWO" category in a real VS Code. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { actief, bestand, herstelAlles, leesTekst, open, wachtTot, WEBFORMULIEREN, ZAAKSYSTEEM } from './hulp';

interface VwoApi {
    voorbeeldInhoud(uri: vscode.Uri): string | undefined;
}

async function api(): Promise<VwoApi> {
    return (await actief()).exports as VwoApi;
}

function voorbeeldTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(g => g.tabs)
        .filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('vwo.voorbeeld'));
}

describe('voorbeeld en export', () => {
    afterEach(herstelAlles);

    it('de opdrachten staan in de categorie VWO, met Ctrl+K V en een knop in de titelbalk', async () => {
        const pakket = (await actief()).packageJSON.contributes;
        const opdrachten = (pakket.commands as Array<{ command: string; category: string }>).filter(c => c.command.startsWith('vwo.'));
        for (const id of ['vwo.voorbeeldOpenen', 'vwo.voorbeeldOpenenZijkant', 'vwo.exporterenDocx', 'vwo.exporterenMarkdown', 'vwo.exporterenHtml']) {
            assert.equal(opdrachten.find(c => c.command === id)?.category, 'VWO', id);
        }
        const alle = await vscode.commands.getCommands(true);
        assert.ok(alle.includes('vwo.voorbeeldOpenenZijkant'));
        assert.ok((pakket.keybindings as Array<{ command: string; key: string }>).some(k => k.command === 'vwo.voorbeeldOpenenZijkant' && k.key === 'ctrl+k v'));
        assert.ok((pakket.menus['editor/title'] as Array<{ command: string }>).some(m => m.command === 'vwo.voorbeeldOpenenZijkant'));
    });

    it('"Voorbeeld openen aan de zijkant" opent een webview met de artikeltekst, die na een bewerking bijwerkt', async () => {
        const document = await open(ZAAKSYSTEEM);
        const vwo = await api();
        await vscode.commands.executeCommand('vwo.voorbeeldOpenenZijkant');
        await wachtTot(() => voorbeeldTabs().length === 1, 20_000, 'een voorbeeldtabblad');
        assert.equal(voorbeeldTabs()[0].group.viewColumn, vscode.ViewColumn.Two, 'aan de zijkant');
        const eerst = await wachtTot(() => vwo.voorbeeldInhoud(document.uri), 20_000, 'de gerenderde tekst');
        assert.match(eerst, /Verwerker verwerkt de door of via Verwerkingsverantwoordelijke ter beschikking gestelde Persoonsgegevens/);
        assert.match(eerst, /Gemeente <span class="waarde">Zwolle<\/span>/);

        const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
        const start = document.getText().indexOf('"Zwolle"');
        await editor.edit(e => e.replace(new vscode.Range(document.positionAt(start), document.positionAt(start + 8)), '"Kampen"'));
        const daarna = await wachtTot(() => {
            const html = vwo.voorbeeldInhoud(document.uri);
            return html?.includes('Kampen') ? html : undefined;
        }, 20_000, 'bijgewerkt voorbeeld');
        assert.match(daarna, /Gemeente <span class="waarde">Kampen<\/span>/);

        // a second call reveals the same preview instead of opening another
        await vscode.commands.executeCommand('vwo.voorbeeldOpenenZijkant');
        assert.equal(voorbeeldTabs().length, 1);
    });

    it('"Exporteren als DOCX…" schrijft een Word-document; een .vwo wordt nooit overschreven', async () => {
        const document = await open(WEBFORMULIEREN);
        // The commands take no target (only the user's save dialog chooses); the API answers the dialog.
        const vwo = await api() as VwoApi & { exporteerNaar(formaat: string, uri: vscode.Uri, doel: vscode.Uri): Promise<vscode.Uri | undefined> };
        const doel = bestand('webformulieren-export.docx');
        const geschreven = await vwo.exporteerNaar('docx', document.uri, doel);
        assert.equal(geschreven?.toString(), doel.toString());
        const inhoud = await vscode.workspace.fs.readFile(doel);
        assert.deepEqual([...inhoud.subarray(0, 2)], [0x50, 0x4b], 'een zip-archief (PK)');
        assert.ok(inhoud.length > 5000);

        const md = bestand('webformulieren-export.md');
        await vwo.exporteerNaar('md', document.uri, md);
        assert.match(await leesTekst(md), /Afwijkingen van de Standaard VWO/);

        const bron = await leesTekst(document.uri);
        const geweigerd = await vwo.exporteerNaar('html', document.uri, document.uri);
        assert.equal(geweigerd, undefined);
        assert.equal(await leesTekst(document.uri), bron, 'de .vwo is onaangeroerd');
        const ander = bestand('ander.vwo');
        assert.equal(await vwo.exporteerNaar('html', document.uri, ander), undefined);
        await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(ander)));
    });
});

describe('voorbeeld na herladen', () => {
    afterEach(herstelAlles);

    it('komt terug: VS Code geeft het paneel en zijn toestand, en het toont weer de tekst van hetzelfde bestand', async () => {
        const document = await open(WEBFORMULIEREN);
        const vwo = await api() as VwoApi & { herstelVoorbeeld(panel: vscode.WebviewPanel, staat: unknown): Promise<void> };
        const pakket = (await actief()).packageJSON as { activationEvents?: string[] };
        assert.ok(pakket.activationEvents?.includes('onWebviewPanel:vwo.voorbeeld'), 'de extensie start ook voor een hersteld voorbeeld');
        const panel = vscode.window.createWebviewPanel('vwo.voorbeeld', 'hersteld', vscode.ViewColumn.Two, {});
        await vwo.herstelVoorbeeld(panel, { uri: document.uri.toString(), scrollY: 120 });
        const html = await wachtTot(() => vwo.voorbeeldInhoud(document.uri), 20_000, 'de tekst in het herstelde voorbeeld');
        assert.match(html, /Gemeente <span class="waarde">De Veste<\/span>/);
        const weg = vscode.window.createWebviewPanel('vwo.voorbeeld', 'weg', vscode.ViewColumn.Two, {});
        let gesloten = false;
        weg.onDidDispose(() => { gesloten = true; });
        await vwo.herstelVoorbeeld(weg, { uri: bestand('bestaat-niet.vwo').toString() });
        assert.ok(gesloten, 'een voorbeeld van een verdwenen bestand sluit');
    });
});
