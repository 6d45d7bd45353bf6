import { strict as assert } from 'node:assert';
import type { Range } from 'vscode-languageserver-types';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { lees, opruimen, voorbeeld, Vwo, WEBFORMULIEREN, ZAAKSYSTEEM } from '../../hulp.js';

const highlight = highlightHelper(Vwo);

/** The token types of a decoded token, by name. */
function modifiers(bits: number): string[] {
    const namen = Object.entries(Vwo.lsp.SemanticTokenProvider!.tokenModifiers);
    return namen.filter(([, bit]) => (bits & bit) !== 0).map(([naam]) => naam);
}

describe('semantische markering', () => {
    afterEach(opruimen);

    it('een voorbeeldregel: eigen categorie, catalogusgegevens en een land zijn te onderscheiden', async () => {
        const tekst = [
            'overeenkomst X {',
            '    categorie <|Zorgindicatie|> "Indicatie Wmo" bijzonder',
            '    verwerking <|V|> {',
            '        persoonsgegevens <|BSN|>, <|Zorgindicatie|>',
            '        subverwerkers <|Opslag|>',
            '        doorgifte <|CH|> instrument <|Adequaatheidsbesluit|>',
            '    }',
            '    subverwerker <|Opslag|> { land <|CH|> }',
            '}'
        ].join('\n');
        const tokens = await highlight(tekst);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.type });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 8, tokenType: SemanticTokenTypes.type });

        // modifiers: declarations, and catalogue values as "default library"
        const opPositie = (rangeIndex: number) => {
            const [start] = tokens.ranges[rangeIndex];
            return tokens.tokens.find(t => t.offset === start)!;
        };
        assert.deepEqual(modifiers(opPositie(0).tokenModifiers), [SemanticTokenModifiers.declaration], 'eigen categorie: declaratie');
        assert.deepEqual(modifiers(opPositie(2).tokenModifiers), [SemanticTokenModifiers.defaultLibrary], 'BSN komt uit de catalogus');
        assert.deepEqual(modifiers(opPositie(3).tokenModifiers), [], 'verwijzing naar een eigen categorie');
        assert.deepEqual(modifiers(opPositie(4).tokenModifiers), [], 'verwijzing naar een subverwerker');
        assert.deepEqual(modifiers(opPositie(7).tokenModifiers), [SemanticTokenModifiers.declaration]);
    });

    it('datums zijn getallen, het bestuursorgaan een waarde uit de standaard', async () => {
        const tokens = await highlight('overeenkomst X { hoofdovereenkomst "H" gesloten <|2024-03-01|> verwerkingsverantwoordelijke { bestuursorgaan <|college|> } }');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
    });

    it('beide voorbeelden krijgen tokens zonder fouten', async () => {
        for (const naam of [ZAAKSYSTEEM, WEBFORMULIEREN]) {
            const document = await lees(voorbeeld(naam));
            const tokens = await Vwo.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
            assert.ok(tokens.data.length / 5 >= 15, `${naam}: te weinig tokens`);
        }
    });
});

describe('code lens', () => {
    afterEach(opruimen);

    it('boven een subverwerker: hoeveel en welke verwerkingen haar gebruiken', async () => {
        const document = await lees(voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mailgateway, Rekencentrum'));
        const lenzen = await Vwo.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        const titels = lenzen.map(l => l.command?.title);
        // then the lenses of the beheer block (test/language/beheer/lens.test.ts)
        assert.deepEqual(titels.slice(0, 2), ['2 verwerkingen: Zaakafhandeling, Klantcontact', '1 verwerking: Klantcontact']);
        assert.equal(document.textDocument.getText(lenzen[0].range), 'Rekencentrum');
        // a click shows the two places in tabel 1 that name it
        const [uri, positie, plekken] = lenzen[0].command!.arguments as [string, unknown, Array<{ uri: string; range: Range }>];
        assert.equal(lenzen[0].command!.command, 'vwo.toonVerwijzingen');
        assert.equal(uri, document.uri.toString());
        assert.deepEqual(positie, lenzen[0].range.start);
        assert.deepEqual(plekken.map(p => document.textDocument.getText(p.range)), ['Rekencentrum', 'Rekencentrum']);
        assert.deepEqual(plekken.map(p => document.textDocument.getText({ start: { line: p.range.start.line, character: 0 }, end: p.range.end }).trim()),
            ['subverwerkers Rekencentrum', 'subverwerkers Mailgateway, Rekencentrum']);
    });

    it('boven eigen categorieën en betrokkenen, ook als niemand ze gebruikt', async () => {
        const document = await lees('overeenkomst X { categorie Los "los" betrokkene Mantelzorgers "M" verwerking V { betrokkenen Mantelzorgers } }');
        const lenzen = await Vwo.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        assert.deepEqual(lenzen.map(l => l.command?.title), ['in geen verwerking gebruikt', '1 verwerking: V']);
        assert.equal(lenzen[0].command?.command, '', 'niets te tonen: geen opdracht');
    });
});

describe('documentlinks', () => {
    afterEach(opruimen);

    it('e-mailadressen en telefoonnummers van tabel 2 en 3 zijn aanklikbaar', async () => {
        const document = await lees(voorbeeld(ZAAKSYSTEEM));
        const links = await Vwo.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        const doelen = links.map(l => l.target);
        assert.ok(doelen.includes('mailto:privacy@zwolle.example'));
        assert.ok(doelen.includes('mailto:security@voorbeeldhosting.example'), 'e-mail in het contact van een subverwerker');
        assert.ok(doelen.includes('tel:0380000000'));
        assert.ok(doelen.includes('tel:0182000001'), 'buiten kantooruren');
        const link = links.find(l => l.target === 'mailto:privacy@zwolle.example')!;
        assert.equal(document.textDocument.getText(link.range), 'privacy@zwolle.example');
    });
});
