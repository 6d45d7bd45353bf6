/**
 * Hover (`vscode.executeHoverProvider`) for reviewers: a keyword explains the clause with the
 * article of the standard and the toelichting, a value says what it is. Assertions stay on the
 * parts that are facts of the standard (articles, tables, legal class), not on the wording.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { herstelAlles, hoverTekst, open, positie, ZAAKSYSTEEM } from './hulp';

async function hover(document: vscode.TextDocument, plaats: vscode.Position): Promise<string> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, plaats);
    return hoverTekst(hovers ?? []);
}

describe('hover', () => {
    afterEach(herstelAlles);

    it('legt het sleutelwoord subverwerkers uit met art. 4.5 en tabel 3', async () => {
        const document = await open(ZAAKSYSTEEM);
        const tekst = await hover(document, positie(document, 'subverwerkers Rekencentrum', 1, 3));
        assert.match(tekst, /art\. 4\.5/);
        assert.match(tekst, /Bijlage 1, tabel 3/);
    });

    it('beschrijft het BSN als categorie uit de catalogus met art. 46 UAVG', async () => {
        const document = await open(ZAAKSYSTEEM);
        const tekst = await hover(document, positie(document, 'PersoonlijkeGegevens, BSN', 1, 'PersoonlijkeGegevens, B'.length));
        assert.match(tekst, /BSN/);
        assert.match(tekst, /art\. 46 UAVG/);
    });

    it('toont bij een verwijzing naar een subverwerker diens gegevens uit tabel 3', async () => {
        const document = await open('aanvullen.vwo');
        const tekst = await hover(document, positie(document, 'subverwerkers Opslag', 1, 'subverwerkers Op'.length));
        assert.match(tekst, /Opslag B\.V\./);
        assert.match(tekst, /Nederland/);
        assert.match(tekst, /tabel 3/);
    });

    it('geeft geen hover in vrije tekst', async () => {
        const document = await open(ZAAKSYSTEEM);
        const tekst = await hover(document, positie(document, '"Zwolle"', 1, 3));
        assert.equal(tekst, '');
    });
});
