import { strict as assert } from 'node:assert';
import { CancellationTokenSource, DocumentSymbolRequest, HoverRequest, ResponseError } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../lsp-client.js';
import { voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

describe('taalserver: invoer die de server liet vallen of stil liet', function () {
    this.timeout(180_000);
    let client: LspClient;

    before(async () => { ({ client } = await LspClient.start()); });
    after(async () => {
        assert.equal(await client.stop(), 0, 'de server stopt netjes');
        assert.deepEqual(client.stderr.filter(r => r.trim()), [], 'niets op stderr');
    });

    it('een geplakte tekst van 4,5 miljoen tekens en 130.000 commentaren: diagnoses, en de server blijft antwoorden', async () => {
        const uri = 'file:///omvang/groot.vwo';
        const tekst = voorbeeld(ZAAKSYSTEEM)
            .replace(/diensten "[^"]*"/, `diensten "${'x'.repeat(4_500_000)}"`)
            .replace('// Bijlage 2', `${'/**/'.repeat(130_000)} // Bijlage 2`);
        const diagnoses = await client.open(uri, tekst);
        assert.deepEqual(diagnoses.filter(d => d.severity === 1), []);
        const symbolen = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
        assert.equal(symbolen?.length, 1);
    });

    it('60.000 lege verwerkingen: 1.000 diagnoses, de laatste zegt hoeveel er niet getoond zijn — niet 0', async () => {
        const uri = 'file:///omvang/leeg.vwo';
        const tekst = `overeenkomst X {\n${Array.from({ length: 60_000 }, (_, i) => `verwerking V${i} {}`).join('\n')}\n}\n`;
        const diagnoses = await client.open(uri, tekst);
        assert.equal(diagnoses.length, 1000);
        assert.equal(diagnoses.filter(d => d.severity === 1).length, 999);
        assert.equal(diagnoses[999].code, 'te-veel-meldingen');
    });

    it('een geannuleerd verzoek krijgt een foutantwoord, niet Langiums foutobject als resultaat (één vscode-jsonrpc)', async () => {
        const uri = 'file:///omvang/annuleren.vwo';
        const tekst = voorbeeld(ZAAKSYSTEEM).replace(/diensten "[^"]*"/, `diensten "${'y '.repeat(2_000_000)}"`);
        const geopend = client.open(uri, tekst);
        // Sent while the document is still being built, and cancelled before it is.
        const annuleren = new CancellationTokenSource();
        const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } }, annuleren.token);
        annuleren.cancel();
        const uitkomst = await hover.then(resultaat => ({ resultaat }), (fout: unknown) => ({ fout }));
        await geopend;
        if ('resultaat' in uitkomst) {
            assert.ok(uitkomst.resultaat === null || !('code' in (uitkomst.resultaat as object)), `een foutobject als resultaat: ${JSON.stringify(uitkomst.resultaat)}`);
        } else {
            assert.ok(uitkomst.fout instanceof ResponseError, String(uitkomst.fout));
        }
    });
});
