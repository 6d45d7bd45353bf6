/**
 * The server's connection over stdio (server/stdio.ts): its writer gives every message as
 * vscode-jsonrpc's reader reads it, in order, at once instead of one per turn of the event loop,
 * and a closed stream is an error, not a crash; what the server writes to its console goes to the
 * client's log, never into the protocol on stdout.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { StreamMessageReader, type Message, type NotificationMessage } from 'vscode-jsonrpc/node';
import { Stdioschrijver } from '../../server/stdio.js';
import { WORTEL } from '../hulp.js';
import { LspClient } from '../lsp-client.js';

const melding = (i: number): NotificationMessage => ({
    jsonrpc: '2.0', method: 'textDocument/publishDiagnostics',
    params: { uri: `file:///gemeente/overeenkomst-${i}.vwo`, diagnostics: [{ message: `Subverwerker „Zoë & Sœur“ ≥ ${i} 🙂`, range: { start: { line: i, character: 0 }, end: { line: i, character: 4 } } }] }
});

describe('stdio: de schrijver van de server', () => {
    it('schrijft elk bericht zoals vscode-jsonrpc het leest, in volgorde, ook met tekens buiten ASCII', async () => {
        const stroom = new PassThrough();
        const gelezen: Message[] = [];
        const alleGelezen = new Promise<void>(klaar => new StreamMessageReader(stroom).listen(bericht => { gelezen.push(bericht); if (gelezen.length === 300) klaar(); }));
        const schrijver = new Stdioschrijver(stroom);
        const berichten = Array.from({ length: 300 }, (_, i) => melding(i));
        await Promise.all(berichten.map(b => schrijver.write(b)));
        await alleGelezen;
        assert.deepEqual(gelezen, berichten);
    });

    it('schrijft een bericht meteen, niet één per beurt van de event loop (die een druk bezette server zelden geeft)', () => {
        const ontvangen: Buffer[] = [];
        const schrijver = new Stdioschrijver(new Writable({ write(stuk: Buffer, _codering, klaar) { ontvangen.push(stuk); klaar(); } }));
        for (let i = 0; i < 1000; i++) void schrijver.write(melding(i));
        // nothing awaited: the event loop has not turned once
        const tekst = Buffer.concat(ontvangen).toString('utf8');
        assert.equal(tekst.split('Content-Length: ').length - 1, 1000);
        assert.ok(tekst.endsWith(JSON.stringify(melding(999))));
    });

    it('een gesloten stroom: het bericht wordt afgewezen en als fout gemeld, zonder uitzondering', async () => {
        const stroom = new PassThrough();
        stroom.destroy();
        const schrijver = new Stdioschrijver(stroom);
        const fouten: Error[] = [];
        schrijver.onError(([fout]) => fouten.push(fout));
        await assert.rejects(schrijver.write(melding(1)));
        assert.ok(fouten.length > 0);
    });

    it('wat de server naar zijn console schrijft komt in het logboek van de client (of op stderr), niet in het protocol', async () => {
        const { client } = await LspClient.start({ opdracht: [process.execPath, path.join(WORTEL, 'out/tsc/test/server/stdio-server.js'), '--stdio'] });
        try {
            assert.equal(await client.stop(), 0, 'shutdown en exit kwamen door het protocol');
            assert.deepEqual(client.logboek, ['regel voor het logboek: één', 'Interne fout bij het controleren van <script>alert(1)</script>']);
            const stderr = client.stderr.join('');
            assert.match(stderr, /│ *a *│/);
            assert.match(stderr, /\{ b: 2 \}/);
        } finally {
            client.proces.kill();
        }
    });

    it('een client die verdwijnt (stdin dicht, zonder shutdown) laat geen server achter', async () => {
        const { client } = await LspClient.start({ opdracht: [process.execPath, path.join(WORTEL, 'out/tsc/test/server/stdio-server.js'), '--stdio'] });
        const einde = new Promise<number | null>(klaar => client.proces.once('exit', code => klaar(code)));
        client.proces.stdin!.end();
        const code = await Promise.race([einde, new Promise<string>(klaar => setTimeout(() => klaar('draait nog'), 10000))]);
        client.proces.kill();
        assert.equal(code, 1);
    });
});
