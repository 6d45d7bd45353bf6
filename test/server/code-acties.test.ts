import { strict as assert } from 'node:assert';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import type { VwoCodeActionProvider } from '../../language/lsp/code-acties/index.js';
import { LspClient } from '../lsp-client.js';
import { EmptyFileSystem } from 'langium';
import { createVwoServices } from '../../language/vwo-module.js';
import { voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

describe('snelle oplossingen over een echte LSP-verbinding', function () {
    this.timeout(30000);

    it('de server biedt code actions aan en geeft de stub-subverwerker als snelle oplossing', async () => {
        const { client, init } = await LspClient.start();
        try {
            assert.ok(init.capabilities.codeActionProvider, 'codeActionProvider');
            const uri = 'file:///werkruimte/acties.vwo';
            const tekst = voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Rekencentrum', 'subverwerkers Rekencentrum, Archief');
            const diagnoses = await client.open(uri, tekst);
            const diagnose = diagnoses.find(d => d.code === 'subverwerker-niet-vermeld');
            assert.ok(diagnose, 'subverwerker-niet-vermeld gepubliceerd');
            assert.ok(diagnose.codeDescription?.href.endsWith('#subverwerker-niet-vermeld'));
            const acties = await client.connection.sendRequest(CodeActionRequest.type, {
                textDocument: { uri }, range: diagnose.range, context: { diagnostics: [diagnose] }
            }) as CodeAction[];
            const stub = acties.find(a => a.title === "Voeg subverwerker 'Archief' toe aan tabel 3");
            assert.ok(stub, acties.map(a => a.title).join(' | '));
            assert.equal(stub.isPreferred, true);
            // This client announces no snippet edits: plain text edits.
            assert.match(stub.edit!.changes![uri][0].newText, /subverwerker Archief \{\n {8}naam ""/);
        } finally {
            await client.stop();
        }
    });

    it('schakelt snippet-bewerkingen in als de client ze bij initialize aankondigt', async () => {
        // Fresh services: Langium fires onInitialize once per server.
        for (const snippetEditSupport of [true, false]) {
            const { shared, Vwo } = createVwoServices(EmptyFileSystem);
            await shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: { workspace: { workspaceEdit: { snippetEditSupport } } } });
            assert.equal((Vwo.lsp.CodeActionProvider as VwoCodeActionProvider).snippets, snippetEditSupport);
        }
    });
});
