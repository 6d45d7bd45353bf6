import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { WORTEL } from '../hulp.js';
import { LspClient } from '../lsp-client.js';

/**
 * A file opened while the server still reads the workspace: VS Code opens the first file before
 * the extension is active, and asks its outline at once. The answer must be the file's outline,
 * not "no document found" — VS Code keeps an empty outline it was given until the text changes
 * (the web extension's first file had no outline for minutes in CI).
 */
describe('een verzoek over een bestand dat geopend wordt terwijl de werkruimte nog laadt (LSP)', function () {
    this.timeout(60000);
    let map: string;
    after(() => rmSync(map, { recursive: true, force: true }));

    it('outline, plooien en hover direct na het openen, met een trage schijf', async () => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-vroeg-'));
        const voorbeelden = path.join(WORTEL, 'examples');
        for (const naam of readdirSync(voorbeelden)) if (naam.endsWith('.vwo')) copyFileSync(path.join(voorbeelden, naam), path.join(map, naam));
        const uri = pathToFileURL(path.join(map, 'zaaksysteem-zwolle.vwo')).href;
        const tekst = readFileSync(new URL(uri), 'utf8');
        const { client } = await LspClient.start({
            werkruimte: pathToFileURL(map).href,
            opdracht: [process.execPath, path.join(WORTEL, 'out/tsc/test/server/schijf-server.js'), '--stdio']
        });
        try {
            await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'vwo', version: 1, text: tekst } });
            const textDocument = { uri };
            const regel = tekst.split('\n').findIndex(r => r.includes('subverwerkers'));
            const [symbolen, plooien, hover] = await Promise.all([
                client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
                client.connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
                client.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: regel, character: tekst.split('\n')[regel].indexOf('subverwerkers') + 2 } })
            ]);
            assert.equal((symbolen as Array<{ name: string }> | null)?.[0]?.name, 'Overeenkomst Zaaksysteem');
            assert.ok((plooien?.length ?? 0) > 5, `plooien: ${JSON.stringify(plooien)}`);
            assert.match(JSON.stringify(hover?.contents ?? null), /art\. 4\.5/);
        } finally {
            assert.equal(await client.stop(), 0);
        }
    });
});
