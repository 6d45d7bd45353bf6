import { strict as assert } from 'node:assert';
import { DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../lsp-client.js';
import { alsVwo, maakOvereenkomst } from '../../bench/genereer.js';
import { voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

/** A request must be answered within this bound, whatever else the server is doing. */
const ANTWOORD_BINNEN_MS = 60_000;

function binnen<T>(belofte: Promise<T>, wat: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
        belofte.finally(() => clearTimeout(timer)),
        new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`${wat}: geen antwoord binnen ${ANTWOORD_BINNEN_MS} ms`)), ANTWOORD_BINNEN_MS); })
    ]);
}

describe('grenzen: heel grote bestanden via de echte taalserver', function () {
    this.timeout(240_000);
    let client: LspClient;

    before(async () => { ({ client } = await LspClient.start()); });
    after(async () => {
        assert.equal(await client.stop(), 0, 'de server stopt netjes');
        assert.deepEqual(client.stderr.filter(r => r.trim()), [], 'niets op stderr');
    });

    it('een regel van 1 MB: diagnoses, outline en hover komen, en de server blijft antwoorden', async () => {
        const uri = 'file:///grenzen/lange-regel.vwo';
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('diensten "Levering', `diensten "${'zeer lange omschrijving '.repeat(45_000)}Levering`);
        assert.ok(tekst.length > 1_000_000);
        const diagnoses = await binnen(client.open(uri, tekst), 'diagnoses');
        assert.deepEqual(diagnoses.filter(d => d.severity === 1), []);
        const symbolen = await binnen(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 'outline');
        assert.ok(symbolen && symbolen.length === 1);
        const regel = tekst.split('\n').findIndex(r => r.includes('zeer lange'));
        await binnen(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: regel, character: 500_000 } }), 'hover midden in de regel');
    });

    it('een bestand van 10 MB: een nieuwere bewerking haalt de lopende controle in, en die van de nieuwste tekst komt', async () => {
        const uri = 'file:///grenzen/tien-mb.vwo';
        const tekst = alsVwo(maakOvereenkomst(77, 280_000));
        assert.ok(tekst.length > 10_000_000, `${tekst.length} tekens`);
        // Open, and replace the text while the first check runs with one that has one error: the
        // first build is superseded. The server may still publish for the first text when it had
        // not read the edit yet; those diagnostics say version 1, and those of version 2 must
        // describe the new text. (Both checks together within the bound for any answer.)
        void client.open(uri, tekst).catch(() => undefined);
        const fout = tekst.replace('subverwerkers Sub1', 'subverwerkers GeenSub');
        const diagnoses = await binnen(client.rustigeDiagnoses(uri, 3_000, ANTWOORD_BINNEN_MS).then(async () => client.vervang(uri, fout, ANTWOORD_BINNEN_MS)), 'diagnoses na vervangen');
        assert.equal(client.laatstePublicatie(uri)?.version, 2, 'de diagnoses noemen de versie van de tekst die ze beschrijven');
        assert.ok(diagnoses.some(d => d.code === 'subverwerker-niet-vermeld' && String(d.message).includes('GeenSub')), 'de fout van de nieuwe tekst');
        const symbolen = await binnen(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 'outline van 10 MB');
        assert.ok(symbolen && symbolen.length === 1);
    });
});
