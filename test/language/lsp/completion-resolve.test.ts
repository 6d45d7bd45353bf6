import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import type { CompletionItem, CompletionList, InitializeParams, MarkupContent } from 'vscode-languageserver';
import { InsertTextFormat } from 'vscode-languageserver';
import { losOp } from '../../../language/lsp/vwo-completion-resolve.js';
import { createVwoServices, type VwoServices } from '../../../language/vwo-module.js';
import { lees, opruimen, positie, Vwo } from '../../hulp.js';

/** The completion list at `|` in `tekst`, for `taal` (by default the test services, a client without capabilities). */
async function lijstOp(tekstMetCursor: string, taal: VwoServices = Vwo, uri?: string): Promise<CompletionList> {
    const offset = tekstMetCursor.indexOf('|');
    const tekst = tekstMetCursor.slice(0, offset) + tekstMetCursor.slice(offset + 1);
    const document = taal === Vwo && !uri ? await lees(tekst) : await parseHelper(taal)(tekst, { documentUri: uri });
    return await taal.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    }) as CompletionList;
}

const opgelost = (item: CompletionItem, taal: VwoServices = Vwo) => losOp(item, taal.shared.workspace.LangiumDocuments);
const documentatie = (item: CompletionItem | undefined, taal: VwoServices = Vwo) =>
    (item && (opgelost(item, taal).documentation as MarkupContent | undefined))?.value ?? '';

const PLEKKEN = {
    persoonsgegevens: 'overeenkomst X { verwerking V { persoonsgegevens | } }',
    betrokkenen: 'overeenkomst X { verwerking V { betrokkenen | } }',
    doorgifte: 'overeenkomst X { verwerking V { doorgifte | } }',
    instrument: 'overeenkomst X { verwerking V { doorgifte US instrument | } }',
    standaard: 'overeenkomst X { standaard | }',
    afwijking: 'overeenkomst X { afwijking | }',
    keywords: 'overeenkomst X { | }',
    subverwerkers: 'overeenkomst X { subverwerker Mail { naam "Example Mail Inc." land US } verwerking V { subverwerkers | } }'
};

describe('completion: documentatie pas bij completionItem/resolve', () => {
    afterEach(opruimen);

    it('de lijst draagt geen documentatie; resolve geeft die voor elk item dat er een heeft', async () => {
        for (const [plek, tekst] of Object.entries(PLEKKEN)) {
            const { items } = await lijstOp(tekst);
            assert.ok(items.length > 0, plek);
            for (const item of items) {
                assert.equal(item.documentation, undefined, `${plek}: ${item.label} draagt documentatie`);
                assert.ok(Array.isArray(item.data), `${plek}: ${item.label} zonder sleutel`);
                const markdown = opgelost(item).documentation as MarkupContent | undefined;
                // keywords without an element of the standard (punctuation, `{`) have none, as before
                if (plek !== 'keywords') assert.equal(markdown?.kind, 'markdown', `${plek}: ${item.label} zonder documentatie na resolve`);
            }
        }
    });

    it('resolve geeft dezelfde tekst als de hover-bronnen: catalogus, land, versie, artikel, keyword, snippet', async () => {
        const item = async (tekst: string, label: string) => (await lijstOp(tekst)).items.find(i => i.label === label);
        assert.match(documentatie(await item(PLEKKEN.persoonsgegevens, 'BSN')), /art\. 46 UAVG/);
        assert.match(documentatie(await item(PLEKKEN.betrokkenen, 'Aanvragers')), /^\*\*Aanvragers\/Indieners\*\* — categorie betrokkenen/);
        assert.match(documentatie(await item(PLEKKEN.doorgifte, 'CN')), /^\*\*China\*\* \(`CN`\) — derde land/);
        assert.match(documentatie(await item(PLEKKEN.standaard, '"2.3-3"')), /\S/);
        assert.match(documentatie(await item(PLEKKEN.afwijking, '"5.1"')), /uiterlijk binnen 24 uur/);
        assert.match(documentatie(await item(PLEKKEN.keywords, 'verwerking')), /\*\*Verwerking\*\*/);
        assert.match(documentatie(await item(PLEKKEN.keywords, 'verwerking …')), /^```vwo\nverwerking Naam \{/);
    });

    it('eigen declaraties: resolve zoekt ze op naam in het bestand zoals het nu is', async () => {
        const uri = 'file:///werkruimte/eigen.vwo';
        // a comment above the declaration is not its documentation (Langium's default would send it in the list)
        const tekst = 'overeenkomst X { /** opmerking */ categorie Zorgindicatie "Indicatie & Wmo" bijzonder betrokkene Mantelzorgers "Mantelzorgers thuis" '
            + 'subverwerker Mail { naam "Example Mail Inc." uitbesteed "E-mail" land US } verwerking V { persoonsgegevens | } }';
        const eigen = (await lijstOp(tekst, Vwo, uri)).items.find(i => i.label === 'Zorgindicatie')!;
        assert.deepEqual(eigen.data, ['categorie', uri]);
        assert.equal(eigen.documentation, undefined);
        assert.equal(documentatie(eigen), '**Indicatie \\& Wmo** — eigen categorie persoonsgegevens, gedeclareerd in dit bestand.');
        const betrokkene = { label: 'Mantelzorgers', data: ['betrokkene', uri] };
        assert.match(documentatie(betrokkene), /^\*\*Mantelzorgers thuis\*\* — eigen categorie betrokkenen/);
        assert.match(documentatie({ label: 'Mail', data: ['subverwerker', uri] }), /^\*\*Example Mail Inc\.\*\*  \nUitbesteed: E-mail  \nLand: Verenigde Staten/);
        // another declaration of that name, or none: the item stays as it is
        assert.equal(documentatie({ label: 'Mail', data: ['categorie', uri] }), '');
        Vwo.shared.workspace.LangiumDocuments.deleteDocument(URI.parse(uri));
        assert.deepEqual(opgelost(eigen), eigen);
    });

    it('vreemde data: het item blijft zoals het is, zonder fout', () => {
        for (const data of [undefined, 'categorie', 42, {}, [], [1], ['onbekend'], ['snippet', '__proto__'], ['snippet', 'toString'],
            ['subverwerker', 'geen uri'], ['subverwerker', ':::'], ['categorie', 'file:///nergens.vwo'], ['artikel', 'x'], ['keyword', '9.9', 'Onbekend'], ['categorie', 7]]) {
            const item: CompletionItem = { label: 'BSN-x', data };
            assert.deepEqual(opgelost(item), item, JSON.stringify(data));
        }
        const metDocumentatie: CompletionItem = { label: 'BSN', data: ['categorie'], documentation: 'al gegeven' };
        assert.deepEqual(opgelost(metDocumentatie), metDocumentatie);
    });

    it('kleine bewerkingen: zonder bereik voor de lijst wordt een lege vervanging een invoeging', async () => {
        const { items } = await lijstOp(PLEKKEN.keywords);
        for (const item of items) assert.equal(item.textEdit, undefined, String(item.label));
        const snippet = items.find(i => i.label === 'verwerking …')!;
        assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
        assert.match(snippet.insertText!, /^verwerking \$\{1:Naam\} \{/);
        assert.equal(items.find(i => i.label === 'verwerking')!.insertText, undefined, 'het label zelf');
        // typed text is replaced: the edit stays
        const getypt = await lijstOp('overeenkomst X { verw| }');
        const tekst = 'overeenkomst X { verw';
        assert.deepEqual(getypt.items.find(i => i.label === 'verwerking')!.textEdit, {
            newText: 'verwerking', range: { start: { line: 0, character: positie(tekst, 'verw') }, end: { line: 0, character: tekst.length } }
        });
    });

    it('met een client die itemDefaults.editRange kent (VS Code): één bereik voor de lijst, per item alleen een afwijkende tekst', async () => {
        const { shared, Vwo: taal } = createVwoServices(EmptyFileSystem);
        const params: InitializeParams = {
            processId: null, rootUri: null,
            capabilities: { textDocument: { completion: { completionItem: { insertReplaceSupport: true }, completionList: { itemDefaults: ['editRange'] } } } }
        };
        const init = await shared.lsp.LanguageServer.initialize(params);
        assert.equal(init.capabilities.completionProvider?.resolveProvider, true);
        const tekst = 'overeenkomst X { verw|erking }';
        const lijst = await lijstOp(tekst, taal, 'file:///werkruimte/bereik.vwo');
        const start = positie(tekst, 'verw');
        assert.deepEqual(lijst.itemDefaults?.editRange, {
            insert: { start: { line: 0, character: start }, end: { line: 0, character: start + 4 } },
            replace: { start: { line: 0, character: start }, end: { line: 0, character: start + 'verwerking'.length } }
        });
        const [woord, snippet] = ['verwerking', 'verwerking …'].map(l => lijst.items.find(i => i.label === l)!);
        assert.equal(woord.textEdit, undefined);
        assert.equal(woord.textEditText, undefined, 'het label zelf');
        assert.equal(snippet.textEdit, undefined);
        assert.equal(snippet.insertText, undefined, 'niet twee keer dezelfde snippet');
        assert.match(snippet.textEditText!, /^verwerking \$\{1:Naam\} \{/);
        assert.equal(documentatie(woord, taal).length > 0, true);
    });
});
