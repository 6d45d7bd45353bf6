/**
 * What the editor draws from the server beyond the TextMate colours: semantic tokens
 * (`vscode.provideDocumentSemanticTokens`), code lenses above declarations and clickable e-mail
 * addresses and phone numbers (document links).
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { herstelAlles, open, positie, ZAAKSYSTEEM } from './hulp';

/** The semantic tokens of a document as { regel, kolom, lengte, soort, modifiers }. */
async function tokens(document: vscode.TextDocument) {
    const legenda = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const resultaat = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(legenda && resultaat, 'geen semantische tokens');
    const uit: Array<{ tekst: string; soort: string; modifiers: string[] }> = [];
    let regel = 0, kolom = 0;
    for (let i = 0; i < resultaat.data.length; i += 5) {
        const [dRegel, dKolom, lengte, soort, bits] = resultaat.data.slice(i, i + 5);
        regel += dRegel;
        kolom = dRegel === 0 ? kolom + dKolom : dKolom;
        uit.push({
            tekst: document.getText(new vscode.Range(regel, kolom, regel, kolom + lengte)),
            soort: legenda.tokenTypes[soort],
            modifiers: legenda.tokenModifiers.filter((_, b) => bits & (1 << b))
        });
    }
    return uit;
}

describe('kleuren en lenzen', () => {
    afterEach(herstelAlles);

    it('kleurt subverwerkers, catalogusnamen en datums semantisch', async () => {
        const document = await open(ZAAKSYSTEEM);
        const lijst = await tokens(document);
        const van = (tekst: string) => lijst.filter(t => t.tekst === tekst);
        assert.ok(van('Mailgateway').length >= 2 && van('Mailgateway').every(t => t.soort === 'class'), JSON.stringify(van('Mailgateway')));
        assert.ok(van('Mailgateway').some(t => t.modifiers.includes('declaration')), 'de declaratie van Mailgateway');
        assert.ok(van('BSN').some(t => t.soort === 'enumMember' && t.modifiers.includes('defaultLibrary')), JSON.stringify(van('BSN')));
        assert.ok(van('2024-03-01').some(t => t.soort === 'number'), JSON.stringify(van('2024-03-01')));
    });

    it('toont boven een subverwerker welke verwerkingen haar gebruiken', async () => {
        const document = await open(ZAAKSYSTEEM);
        const lenzen = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
        const boven = (naam: string) => lenzen.find(l => l.range.start.line === positie(document, `subverwerker ${naam} {`).line)?.command?.title;
        assert.equal(boven('Rekencentrum'), '1 verwerking: Zaakafhandeling');
        assert.equal(boven('Mailgateway'), '1 verwerking: Klantcontact');
        // A click opens the references peek on those places: the command turns the server's
        // plain positions into VS Code's types (showReferences refuses anything else).
        const lens = lenzen.find(l => l.command?.title === '1 verwerking: Zaakafhandeling')!;
        assert.equal(lens.command!.command, 'vwo.toonVerwijzingen');
        await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    });

    it('maakt e-mailadressen en telefoonnummers aanklikbaar', async () => {
        const document = await open(ZAAKSYSTEEM);
        const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
        const doelen = links.map(l => l.target?.toString(true));
        assert.ok(doelen.includes('mailto:privacy@zwolle.example'), JSON.stringify(doelen));
        assert.ok(doelen.includes('tel:0380000000'), JSON.stringify(doelen));
        const link = links.find(l => l.target?.toString(true) === 'mailto:privacy@zwolle.example')!;
        assert.equal(document.getText(link.range), 'privacy@zwolle.example');
    });
});
