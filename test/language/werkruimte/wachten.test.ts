import { strict as assert } from 'node:assert';
import { DocumentState, EmptyFileSystem, OperationCancelled, URI } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { alsVwo, maakOvereenkomst } from '../../../bench/genereer.js';
import { createVwoServices } from '../../../language/vwo-module.js';

/** Settles within `ms`, or says it did not: a wait that never ends is what these tests look for. */
function binnen<T>(belofte: Promise<T>, ms = 2000): Promise<T> {
    return Promise.race([belofte, new Promise<never>((_, weg) => setTimeout(() => weg(new Error(`na ${ms} ms nog steeds aan het wachten`)), ms))]);
}

/**
 * A request about an opened file waits until that file is built (`VwoDocumentBuilder.awaitDocumentState`),
 * and never longer than there is a build to wait for.
 */
describe('een verzoek dat op een geopend bestand wacht', () => {
    function opzet() {
        const { shared } = createVwoServices(EmptyFileSystem);
        const uri = URI.parse('file:///werkruimte/open.vwo');
        shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'vwo', 1, alsVwo(maakOvereenkomst(3, 20))));
        return { bouwer: shared.workspace.DocumentBuilder, uri };
    }

    it('krijgt zijn antwoord zodra het bestand gebouwd is', async () => {
        const { bouwer, uri } = opzet();
        const wacht = bouwer.waitUntil(DocumentState.Validated, uri);
        await bouwer.update([uri], []);
        assert.equal(String(await binnen(wacht)), uri.toString());
    });

    it('krijgt de fout van een bouw die om een andere reden dan een bewerking mislukt, in plaats van eeuwig te wachten', async () => {
        const { bouwer, uri } = opzet();
        const wacht = bouwer.waitUntil(DocumentState.Validated, uri);
        const kapot = bouwer.onBuildPhase(DocumentState.IndexedContent, () => { throw new Error('kapot'); });
        await assert.rejects(bouwer.update([uri], []), /kapot/);
        kapot.dispose();
        await assert.rejects(binnen(wacht), /kapot/);
    });

    it('houdt op met wachten als het verzoek wordt afgebroken', async () => {
        const { bouwer, uri } = opzet();
        const bron = new CancellationTokenSource();
        const wacht = bouwer.waitUntil(DocumentState.Validated, uri, bron.token);
        bron.cancel();
        await assert.rejects(binnen(wacht), (fout: unknown) => fout === OperationCancelled);
    });
});
