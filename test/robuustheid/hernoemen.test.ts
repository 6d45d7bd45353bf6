import { strict as assert } from 'node:assert';
import type { ResponseError } from 'vscode-languageserver';
import { lees, opruimen, positie, voorbeeld, Vwo, ZAAKSYSTEEM } from '../hulp.js';

describe('hernoemen weigert een nieuwe naam die het bestand breekt', () => {
    afterEach(opruimen);

    const hernoem = async (newName: unknown) => {
        const tekst = voorbeeld(ZAAKSYSTEEM);
        const document = await lees(tekst);
        const position = document.textDocument.positionAt(positie(tekst, 'Mailgateway') + 1);
        return Vwo.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName: newName as string });
    };

    for (const woord of ['verwerking', 'subverwerker', 'naam', 'BIO', 'college']) {
        it(`een woord van de taal ('${woord}')`, async () => {
            await assert.rejects(hernoem(woord), (fout: ResponseError<void>) => fout.message === `'${woord}' is een woord van de taal en kan geen naam zijn; kies een andere naam.`);
        });
    }

    it('geen tekst (newName: null) geeft een fout, geen bewerking met newText null', async () => {
        await assert.rejects(hernoem(null), (fout: ResponseError<void>) => /^Dit is geen geldige naam/.test(fout.message));
    });
});
