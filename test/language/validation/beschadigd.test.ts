import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import type { CodeAction } from 'vscode-languageserver-types';
import * as path from 'node:path';
import { lees, opruimen, voorbeeld, Vwo, WORTEL } from '../../hulp.js';
import { willekeur } from '../../willekeur.js';

/**
 * Damaged agreements (pieces deleted, reversed, stray characters): the rules and quick fixes never
 * throw, and no message speaks of 'undefined'.
 */
describe('regels en snelle oplossingen op beschadigde bestanden', function () {
    this.timeout(60000);
    afterEach(opruimen);

    it('200 beschadigde voorbeelden: geen uitzonderingen, geen "undefined" in berichten', async () => {
        const bronnen = readdirSync(path.join(WORTEL, 'examples')).filter(f => f.endsWith('.vwo')).map(voorbeeld);
        const r = willekeur(2024);
        for (let i = 0; i < 200; i++) {
            let tekst = bronnen[Math.floor(r() * bronnen.length)];
            for (let k = 0; k < 1 + Math.floor(r() * 4); k++) {
                const a = Math.floor(r() * tekst.length);
                const l = Math.floor(r() * 40);
                const soort = r();
                tekst = soort < 0.5 ? tekst.slice(0, a) + tekst.slice(a + l)
                    : soort < 0.8 ? tekst.slice(0, a) + [...tekst.slice(a, a + l)].reverse().join('') + tekst.slice(a + l)
                        : tekst.slice(0, a) + '"{}X1 ,'[Math.floor(r() * 7)] + tekst.slice(a);
            }
            const document = await lees(tekst);
            for (const d of document.diagnostics ?? []) {
                assert.doesNotMatch(String(d.message), /undefined|error occurred/i, `${d.code}: ${d.message}\n--- bij ---\n${tekst}`);
                const acties = await Vwo.lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument: { uri: document.uri.toString() }, range: d.range, context: { diagnostics: [d] }
                }) as CodeAction[];
                for (const actie of acties) assert.ok(actie.edit, actie.title);
            }
            await opruimen();
        }
    });
});
