import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
    DefinitionRequest, DocumentSymbolRequest, ReferencesRequest, RenameRequest, type DocumentSymbol, type LocationLink
} from 'vscode-languageserver-protocol/node';
import { LspClient } from '../lsp-client.js';
import { positie, voorbeeld, ZAAKSYSTEEM } from '../hulp.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

describe('vwo-language-server --stdio (een echte LSP-verbinding)', function () {
    this.timeout(30000);
    let client: LspClient;
    const uri = 'file:///werkruimte/zaaksysteem.vwo';
    const tekst = voorbeeld(ZAAKSYSTEEM);
    const document = TextDocument.create(uri, 'vwo', 1, tekst);

    before(async () => {
        const { client: c, init } = await LspClient.start();
        client = c;
        assert.equal(init.serverInfo?.name ?? 'vwo', 'vwo');
        for (const capability of ['documentSymbolProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'foldingRangeProvider'] as const) {
            assert.ok(init.capabilities[capability], `${capability} ontbreekt`);
        }
    });

    after(async () => {
        const code = await client.stop();
        assert.equal(code, 0, 'de server stopt netjes na shutdown/exit');
        assert.doesNotMatch(client.stderr.join(''), /Error|TypeError|uncaught/i);
    });

    it('publiceert diagnoses bij openen, en werkt ze bij na een wijziging', async () => {
        const fout = tekst.replace('subverwerkers Mailgateway', 'subverwerkers Mailgatway');
        const bijOpenen = await client.open(uri, fout);
        assert.deepEqual(bijOpenen.filter(d => d.severity === 1).map(d => d.code), ['subverwerker-niet-vermeld']);
        assert.match(String(bijOpenen.find(d => d.code === 'subverwerker-niet-vermeld')!.message), /gebruikt subverwerker 'Mailgatway'/);
        assert.equal(client.laatstePublicatie(uri)?.version, 1, 'de diagnoses noemen de versie van de tekst');
        const hersteld = await client.vervang(uri, tekst);
        assert.deepEqual(hersteld.filter(d => d.severity === 1), []);
        assert.equal(client.laatstePublicatie(uri)?.version, 2);
    });

    it('levert de outline, ga naar definitie, verwijzingen en hernoemen', async () => {
        const symbolen = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
        assert.ok(symbolen[0].children!.some(s => s.name === 'Subverwerker Mailgateway'));
        const plek = document.positionAt(positie(tekst, 'Mailgateway') + 1);
        const definitie = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: plek }) as LocationLink[];
        assert.equal(document.offsetAt(definitie[0].targetSelectionRange.start), positie(tekst, 'Mailgateway {'));
        const verwijzingen = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: plek, context: { includeDeclaration: true } });
        assert.equal(verwijzingen?.length, 2);
        const hernoemd = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: plek, newName: 'Mailbezorger' });
        assert.equal(hernoemd?.changes?.[uri].length, 2);
    });
});

describe('links naar de documentatie', function () {
    this.timeout(30000);

    it('linkt een diagnose over de taalserver naar de paragraaf van haar code in de meegeleverde README', async () => {
        const { client } = await LspClient.start();
        try {
            const diagnoses = await client.open('file:///werkruimte/link.vwo', voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mailgatway'));
            const fout = diagnoses.find(d => d.code === 'subverwerker-niet-vermeld')!;
            const href = fout.codeDescription?.href ?? '';
            assert.match(href, /^file:\/\/.*\/README\.md#subverwerker-niet-vermeld$/i);
            const readme = readFileSync(fileURLToPath(href.replace(/#.*$/, '')), 'utf8');
            assert.ok(readme.includes('<a id="subverwerker-niet-vermeld"></a>'), 'het anker bestaat in de README');
        } finally {
            await client.stop();
        }
    });
});
