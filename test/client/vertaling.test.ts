import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { WORTEL } from '../hulp.js';

/** Every `vscode.l10n.t('…')` of the extension, read from the sources with the TypeScript parser. */
function teksten(): Map<string, string> {
    const gevonden = new Map<string, string>();
    const map = path.join(WORTEL, 'client');
    for (const naam of readdirSync(map).filter(n => n.endsWith('.ts'))) {
        const bron = ts.createSourceFile(naam, readFileSync(path.join(map, naam), 'utf8'), ts.ScriptTarget.ES2022, true);
        const bezoek = (knoop: ts.Node): void => {
            if (ts.isCallExpression(knoop) && knoop.expression.getText(bron) === 'vscode.l10n.t') {
                const eerste = knoop.arguments[0];
                assert.ok(eerste && ts.isStringLiteralLike(eerste), `${naam}: vscode.l10n.t zonder vaste tekst (${knoop.getText(bron)})`);
                gevonden.set(eerste.text, naam);
            }
            ts.forEachChild(knoop, bezoek);
        };
        bezoek(bron);
    }
    return gevonden;
}

describe('de extensie in het Nederlands (l10n/bundle.l10n.nl.json)', () => {
    it('elke tekst die de extensie toont, staat vertaald in de Nederlandse bundel, met dezelfde plaatshouders', () => {
        const nl = JSON.parse(readFileSync(path.join(WORTEL, 'l10n/bundle.l10n.nl.json'), 'utf8')) as Record<string, string>;
        const alle = teksten();
        assert.ok(alle.size > 20, `${alle.size} teksten gevonden`);
        const plaatshouders = (t: string) => [...t.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();
        const ontbreekt = [...alle].filter(([tekst]) => !(tekst in nl)).map(([tekst, bestand]) => `${bestand}: ${tekst}`);
        assert.deepEqual(ontbreekt, []);
        const anders = [...alle.keys()].filter(t => plaatshouders(t).join() !== plaatshouders(nl[t]).join());
        assert.deepEqual(anders, []);
    });
});
