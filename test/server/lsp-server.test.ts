import { strict as assert } from 'node:assert';
import {
    CodeLensRequest, CompletionRequest, DocumentFormattingRequest, HoverRequest, SemanticTokensRequest,
    type CompletionItem, type CompletionList, type MarkupContent
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positie, voorbeeld, WEBFORMULIEREN, ZAAKSYSTEEM } from '../hulp.js';
import { LspClient } from '../lsp-client.js';

/**
 * Hover, completion, formatting, semantic tokens and code lenses over the wire: `node
 * out/server.cjs --stdio` in its own process, as any LSP client starts `vwo-language-server`.
 */
describe('hover, completion en formatteren via het LSP-protocol (vwo-language-server --stdio)', function () {
    this.timeout(30000);
    let client: LspClient;
    const uri = 'file:///werkruimte/zaaksysteem.vwo';
    const tekst = voorbeeld(ZAAKSYSTEEM);
    const document = TextDocument.create(uri, 'vwo', 1, tekst);

    before(async () => {
        // a fixed reference date (the setting vwo.peildatum): the code lens of the beheer block depends on it
        const { client: c, init } = await LspClient.start({ instellingen: { vwo: { peildatum: '2026-12-02' } } });
        client = c;
        for (const capability of ['hoverProvider', 'completionProvider', 'documentFormattingProvider', 'semanticTokensProvider', 'codeLensProvider'] as const) {
            assert.ok(init.capabilities[capability], `${capability} ontbreekt`);
        }
        await client.open(uri, tekst);
    });

    after(async () => {
        assert.equal(await client.stop(), 0);
        assert.doesNotMatch(client.stderr.join(''), /Error|TypeError|uncaught/i);
    });

    it('hover op subverwerker: art. 4.5, de AVG en de toelichting', async () => {
        const hover = await client.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri },
            position: document.positionAt(positie(tekst, 'subverwerker Rekencentrum') + 2)
        });
        const inhoud = (hover?.contents as MarkupContent).value;
        assert.equal((hover?.contents as MarkupContent).kind, 'markdown');
        assert.match(inhoud, /\*\*art\. 4\.5\*\*/);
        assert.match(inhoud, /art\. 28 lid 2 en lid 4 AVG/);
        assert.match(inhoud, /Een subverwerker is een andere zelfstandige partij/);
    });

    it('hover op beheer en op een melding: de beheerfase, art. 4.2 en 4.5', async () => {
        const uitleg = async (zoek: string) => ((await client.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri }, position: document.positionAt(positie(tekst, zoek) + 1)
        }))?.contents as MarkupContent | undefined)?.value ?? '';
        assert.match(await uitleg('beheer {'), /Beheer na de ondertekening[\s\S]*Toelichting Artikel 4\.2[\s\S]*Toelichting Artikel 4\.5/);
        assert.match(await uitleg('melding subverwerker Scanstraat'), /bezwaar/);
    });

    it('completion na persoonsgegevens: de catalogus met juridische klasse', async () => {
        const regel = positie(tekst, 'persoonsgegevens Contactgegevens, PersoonlijkeGegevens, BSN');
        const na = regel + 'persoonsgegevens Contactgegevens, PersoonlijkeGegevens, BSN'.length;
        const gewijzigd = tekst.slice(0, na) + ', ' + tekst.slice(na);
        await client.vervang(uri, gewijzigd);
        const antwoord = await client.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri },
            position: TextDocument.create(uri, 'vwo', 2, gewijzigd).positionAt(na + 2)
        });
        const items: CompletionItem[] = Array.isArray(antwoord) ? antwoord : (antwoord as CompletionList).items;
        const bsn = items.find(i => i.label === 'BSN');
        assert.equal(bsn?.detail, 'BSN · burgerservicenummer (art. 46 UAVG)');
        assert.ok(items.some(i => i.label === 'Gezondheidsgegevens' && i.labelDetails?.description === '⚠ art. 9 AVG'));
        await client.vervang(uri, tekst);
    });

    it('formatteren, semantische tokens en code lenses', async () => {
        const tweede = 'file:///werkruimte/webformulieren.vwo';
        const origineel = voorbeeld(WEBFORMULIEREN);
        const rommelig = origineel.replace(/\n {4}/g, '\n  ').replace('naam "Eform"', 'naam    "Eform"');
        await client.open(tweede, rommelig);
        const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: tweede }, options: { tabSize: 4, insertSpaces: true } });
        assert.equal(TextDocument.applyEdits(TextDocument.create(tweede, 'vwo', 1, rommelig), edits ?? []), origineel);
        const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
        assert.ok((tokens?.data.length ?? 0) > 0);
        const lenzen = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
        assert.deepEqual(lenzen?.map(l => l.command?.title), [
            '1 verwerking: Zaakafhandeling', '1 verwerking: Klantcontact',
            // examples/zaaksysteem-zwolle.vwo: laatst 2026-03-16, elke 12 maanden; certificate until 2027-03-31, ISAE report 2026-04-30
            'volgende evaluatie 16 maart 2027 — over 104 dagen', '2 bewijsstukken geldig'
        ]);
    });
});
