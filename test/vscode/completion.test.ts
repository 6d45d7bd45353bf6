/**
 * Completion (`vscode.executeCompletionItemProvider`). Issue 5 adds the documentation of each
 * category and snippets; what holds already is that every category of the Bijlage 1 catalogue is
 * offered after `persoonsgegevens`.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { BETROKKENEN, PERSOONSGEGEVENS } from '../../language/referentie/catalogus';
import { herstelAlles, open, positie } from './hulp';

function labels(lijst: vscode.CompletionList): string[] {
    return lijst.items.map(i => typeof i.label === 'string' ? i.label : i.label.label);
}

describe('completion', () => {
    afterEach(herstelAlles);

    it('biedt na persoonsgegevens alle categorieën van Bijlage 1 aan', async () => {
        const document = await open('aanvullen.vwo');
        const cursor = positie(document, 'persoonsgegevens \n', 1, 'persoonsgegevens '.length);
        const lijst = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, cursor);
        const aangeboden = labels(lijst);
        const ontbrekend = PERSOONSGEGEVENS.map(c => c.naam).filter(n => !aangeboden.includes(n));
        assert.deepEqual(ontbrekend, [], `niet aangeboden; wel: ${aangeboden.join(', ')}`);
        // data subjects are not data categories
        assert.ok(!aangeboden.includes(BETROKKENEN[0].naam), 'een categorie betrokkenen aangeboden als persoonsgegeven');
    });

    it('biedt na betrokkenen de categorieën betrokkenen aan', async () => {
        const document = await open('aanvullen.vwo');
        const cursor = positie(document, 'betrokkenen Aanvragers', 1, 'betrokkenen '.length);
        const lijst = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, cursor);
        const aangeboden = labels(lijst);
        const ontbrekend = BETROKKENEN.map(c => c.naam).filter(n => !aangeboden.includes(n));
        assert.deepEqual(ontbrekend, [], `niet aangeboden; wel: ${aangeboden.join(', ')}`);
    });
});
