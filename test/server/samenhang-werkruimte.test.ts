import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { alsVwo, maakOvereenkomst } from '../../bench/genereer.js';
import { PortefeuilleMelding, type PortefeuilleParameters } from '../../language/protocol.js';
import { PARTIJ } from '../../language/werkruimte/vwo-workspace-manager.js';
import { LspClient } from '../lsp-client.js';

const AANTAL = 2 * PARTIJ + 50;   // loaded in path order: the first and the last file in different background steps
const ongelijk = (d: Diagnostic[]) => d.some(x => x.code === 'leverancier-ongelijk');
/** An agreement whose only party is a supplier no other file names. */
const LOS = 'overeenkomst Los {\n    verwerker { naam "Eigen Naam B.V." kvk "99999999" }\n}\n';

/** The supplier block of a generated agreement with another name and KvK number. */
function verwerker(tekst: string, naam: string, kvk: string): string {
    return tekst.replace(/(verwerker \{[\s\S]*?naam ")[^"]*("[\s\S]*?kvk ")\d+(")/, `$1${naam}$2${kvk}$3`);
}

/**
 * The cross-file check in a workspace the server loads itself, through `vwo-language-server
 * --stdio`: a difference appears in both files also when they were loaded in different background steps,
 * when a file takes on a KvK number it did not have, and disappears when the other file is deleted.
 */
describe('samenhang in een werkruimte die de server zelf laadt (LSP)', function () {
    this.timeout(120000);
    let map: string;
    let client: LspClient;
    const uri = (n: number) => pathToFileURL(path.join(map, `o-${String(n).padStart(4, '0')}.vwo`)).href;

    before(async () => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-samenhang-'));
        for (let i = 0; i < AANTAL; i++) writeFileSync(new URL(uri(i)), alsVwo(maakOvereenkomst(1000 + i, 30)));
        const eerste = readFileSync(new URL(uri(0)), 'utf8');
        const kvk = /verwerker \{[\s\S]*?kvk "(\d+)"/.exec(eerste)![1];
        // the last file: the same KvK number under another name; the one before shares no party with any file
        writeFileSync(new URL(uri(AANTAL - 1)), verwerker(readFileSync(new URL(uri(AANTAL - 1)), 'utf8'), 'Andere Naam B.V.', kvk));
        writeFileSync(new URL(uri(AANTAL - 2)), LOS);
        ({ client } = await LspClient.start({ werkruimte: pathToFileURL(map).href }));
        await new Promise<void>(klaar => client.connection.onNotification(PortefeuilleMelding.methode, (p: PortefeuilleParameters) => {
            if (p.overeenkomsten.length === AANTAL) klaar();
        }));
    });

    after(async () => {
        assert.equal(await client.stop(), 0);
        rmSync(map, { recursive: true, force: true });
    });

    it('geladen in verschillende partijen: leverancier-ongelijk in het eerste en in het laatste bestand', async () => {
        await client.diagnosesTot(uri(AANTAL - 1), ongelijk);
        const eerste = await client.diagnosesTot(uri(0), ongelijk);
        assert.match(String(eerste.find(d => d.code === 'leverancier-ongelijk')!.message), /"Andere Naam B\.V\."/);
    });

    it('een verwijderd bestand: het verschil verdwijnt uit het bestand dat bleef', async () => {
        assert.ok(ongelijk(client.laatstePublicatie(uri(0))?.diagnostics ?? []), 'vooraf: het verschil staat in het eerste bestand');
        unlinkSync(new URL(uri(AANTAL - 1)));
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(AANTAL - 1), type: FileChangeType.Deleted }] });
        await client.diagnosesTot(uri(0), d => !ongelijk(d));
    });

    it('een bestand dat een KvK-nummer aanneemt dat het niet had: het verschil verschijnt ook in de andere bestanden', async () => {
        await client.open(uri(AANTAL - 2), LOS);
        const kvk = /verwerker \{[\s\S]*?kvk "(\d+)"/.exec(readFileSync(new URL(uri(0)), 'utf8'))![1];
        await client.vervang(uri(AANTAL - 2), LOS.replace('kvk "99999999"', `kvk "${kvk}"`));
        await client.diagnosesTot(uri(0), ongelijk);
        await client.diagnosesTot(uri(PARTIJ), ongelijk);
    });
});
