import { strict as assert } from 'node:assert';
import { ResponseError } from 'vscode-languageserver';
import { Vwo, lees, opruimen, positie, voorbeeld, WEBFORMULIEREN, ZAAKSYSTEEM } from '../../hulp.js';

const textDocument = (uri: { toString(): string }) => ({ uri: uri.toString() });

describe('outline, ga naar definitie, verwijzingen en hernoemen', () => {
    afterEach(opruimen);

    it('toont de outline in de woorden van het domein, met doorgiften onder hun verwerking', async () => {
        const document = await lees(voorbeeld(ZAAKSYSTEEM));
        const [wortel] = await Vwo.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document.uri) });
        assert.equal(wortel.name, 'Overeenkomst Zaaksysteem');
        assert.deepEqual(wortel.children!.map(s => s.name), [
            'Hoofdovereenkomst', 'Verwerkingsverantwoordelijke', 'Verwerker', 'Verwerking Zaakafhandeling', 'Verwerking Klantcontact',
            'Contactpersoon verwerkingsverantwoordelijke', 'Contactpersoon verwerker', 'Subverwerker Rekencentrum', 'Subverwerker Mailgateway',
            'Beveiliging', 'Ondertekening']);
        const klantcontact = wortel.children!.find(s => s.name === 'Verwerking Klantcontact')!;
        assert.deepEqual(klantcontact.children?.map(s => [s.name, s.detail]), [['Doorgifte US', 'SCC']]);
        assert.equal(klantcontact.detail, 'Klantcontact per e-mail');
        const mail = wortel.children!.find(s => s.name === 'Subverwerker Mailgateway')!;
        const tekst = document.textDocument.getText();
        assert.equal(document.textDocument.offsetAt(mail.selectionRange.start), positie(tekst, 'Mailgateway {'));
    });

    it('toont eigen categorieën, betrokkenen en afwijkingen in de outline', async () => {
        const document = await lees(voorbeeld(WEBFORMULIEREN));
        const [wortel] = await Vwo.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document.uri) });
        const namen = wortel.children!.map(s => s.name);
        assert.ok(namen.includes('Categorie Zorgindicatie'));
        assert.ok(namen.includes('Betrokkene Mantelzorgers'));
        assert.ok(namen.includes('Afwijking 5.1'));
    });

    it('gaat van een subverwerker in een verwerking naar zijn declaratie in tabel 3', async () => {
        const document = await lees(voorbeeld(ZAAKSYSTEEM));
        const tekst = document.textDocument.getText();
        const links = await Vwo.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: textDocument(document.uri), position: document.textDocument.positionAt(positie(tekst, 'Mailgateway') + 2)
        });
        assert.equal(links?.length, 1);
        assert.equal(document.textDocument.offsetAt(links![0].targetSelectionRange.start), positie(tekst, 'Mailgateway {'));
    });

    it('gaat van een eigen categorie naar haar declaratie, en geeft voor een categorie uit de catalogus geen bestand', async () => {
        const document = await lees(voorbeeld(WEBFORMULIEREN));
        const tekst = document.textDocument.getText();
        const naarEigen = await Vwo.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: textDocument(document.uri), position: document.textDocument.positionAt(positie(tekst, 'Zorgindicatie', 2))
        });
        assert.equal(document.textDocument.offsetAt(naarEigen![0].targetSelectionRange.start), positie(tekst, 'Zorgindicatie'));
        const naarCatalogus = await Vwo.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: textDocument(document.uri), position: document.textDocument.positionAt(positie(tekst, 'BSN'))
        });
        assert.equal(naarCatalogus, undefined);
    });

    it('vindt alle verwijzingen naar een subverwerker, met of zonder de declaratie', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mailgateway, Rekencentrum');
        const document = await lees(tekst);
        const plek = document.textDocument.positionAt(positie(tekst, 'Rekencentrum {'));
        const metDeclaratie = await Vwo.lsp.ReferencesProvider!.findReferences(document, { textDocument: textDocument(document.uri), position: plek, context: { includeDeclaration: true } });
        const zonder = await Vwo.lsp.ReferencesProvider!.findReferences(document, { textDocument: textDocument(document.uri), position: plek, context: { includeDeclaration: false } });
        assert.equal(metDeclaratie.length, 3);
        assert.deepEqual(zonder.map(l => document.textDocument.offsetAt(l.range.start)).sort((a, b) => a - b),
            [positie(tekst, 'Rekencentrum'), positie(tekst, 'Rekencentrum', 2)]);
    });

    it('hernoemt een subverwerker in tabel 3 en in elke verwerking die hem gebruikt', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM);
        const document = await lees(tekst);
        const plek = document.textDocument.positionAt(positie(tekst, 'Mailgateway') + 1);
        const bereik = await Vwo.lsp.RenameProvider!.prepareRename(document, { textDocument: textDocument(document.uri), position: plek });
        assert.equal(document.textDocument.getText(bereik!), 'Mailgateway');
        const edit = await Vwo.lsp.RenameProvider!.rename(document, { textDocument: textDocument(document.uri), position: plek, newName: 'EmailDienst' });
        const wijzigingen = edit!.changes![document.uri.toString()];
        assert.equal(wijzigingen.length, 2);
        const nieuw = applyEdits(tekst, wijzigingen.map(w => ({ start: document.textDocument.offsetAt(w.range.start), end: document.textDocument.offsetAt(w.range.end), tekst: w.newText })));
        assert.ok(nieuw.includes('subverwerkers EmailDienst'));
        assert.ok(nieuw.includes('subverwerker EmailDienst {'));
        assert.ok(!nieuw.includes('Mailgateway'));
    });

    it('hernoemt een eigen categorie, maar weigert een categorie uit de catalogus en een ongeldige naam', async () => {
        const tekst = voorbeeld(WEBFORMULIEREN);
        const document = await lees(tekst);
        const eigen = document.textDocument.positionAt(positie(tekst, 'Zorgindicatie', 2));
        const edit = await Vwo.lsp.RenameProvider!.rename(document, { textDocument: textDocument(document.uri), position: eigen, newName: 'Wmo' });
        assert.equal(edit!.changes![document.uri.toString()].length, 2);
        const bsn = document.textDocument.positionAt(positie(tekst, 'BSN'));
        await assert.rejects(async () => Vwo.lsp.RenameProvider!.rename(document, { textDocument: textDocument(document.uri), position: bsn, newName: 'Burgerservicenummer' }),
            (fout: ResponseError<void>) => /catalogus van Bijlage 1/.test(fout.message));
        await assert.rejects(async () => Vwo.lsp.RenameProvider!.rename(document, { textDocument: textDocument(document.uri), position: eigen, newName: 'twee woorden' }),
            (fout: ResponseError<void>) => /geen geldige naam/.test(fout.message));
    });

    it('vouwt elk blok op', async () => {
        const document = await lees(voorbeeld(ZAAKSYSTEEM));
        const vouwen = await Vwo.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: textDocument(document.uri) });
        const regels = document.textDocument.getText().split('\n');
        const begin = vouwen.map(v => regels[v.startLine].trim());
        for (const blok of ['verwerking Zaakafhandeling {', 'subverwerker Mailgateway {', 'beveiliging {', 'ondertekening {']) {
            assert.ok(begin.includes(blok), `${blok} vouwt niet: ${begin.join(' | ')}`);
        }
    });
});

function applyEdits(tekst: string, edits: Array<{ start: number; end: number; tekst: string }>): string {
    return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.tekst + t.slice(e.end), tekst);
}

describe('verwijzingen bij dubbele namen', () => {
    afterEach(opruimen);

    it('verwijst naar de eerste declaratie; de tweede is de dubbele', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('    // Bijlage 2', '    subverwerker Rekencentrum { naam "Tweede" }\n    // Bijlage 2');
        const document = await lees(tekst);
        const [zaak] = document.parseResult.value.verwerkingen;
        assert.equal(zaak.subverwerkers[0].ref?.naam, 'Voorbeeld Hosting B.V.');
        const dubbel = (document.diagnostics ?? []).filter(d => d.code === 'dubbele-naam');
        assert.equal(dubbel.length, 1);
        assert.equal(document.textDocument.offsetAt(dubbel[0].range.start), positie(tekst, 'Rekencentrum { naam "Tweede"'));
    });
});

describe('alle verwijzingen in de werkruimte', () => {
    afterEach(opruimen);

    it('vindt een categorie uit de catalogus in elke overeenkomst die haar gebruikt, en alleen daar', async () => {
        const zwolle = await lees(voorbeeld(ZAAKSYSTEEM));
        const veste = await lees(voorbeeld(WEBFORMULIEREN));
        const tekst = veste.textDocument.getText();
        const locaties = await Vwo.lsp.ReferencesProvider!.findReferences(veste, {
            textDocument: textDocument(veste.uri), position: veste.textDocument.positionAt(positie(tekst, 'BSN')), context: { includeDeclaration: false }
        });
        const perBestand = new Map<string, number>();
        for (const l of locaties) perBestand.set(l.uri, (perBestand.get(l.uri) ?? 0) + 1);
        assert.deepEqual([...perBestand].sort(), [[veste.uri.toString(), 1], [zwolle.uri.toString(), 1]].sort());
    });
});
