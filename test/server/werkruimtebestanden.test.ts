import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORTEL } from '../hulp.js';
import { LspClient } from '../lsp-client.js';

/**
 * The Problems panel and `vwo check` cover the same files of a folder (language/werkruimte/mappen.ts):
 * Langium's own rule left out every name starting with a dot and every folder named `out`, so an
 * agreement in `.archief/` was checked by `vwo check` and silently not in the editor.
 */
describe('de editor en vwo check controleren dezelfde bestanden van een map (LSP)', function () {
    this.timeout(60000);
    let map: string;
    after(() => rmSync(map, { recursive: true, force: true }));

    it('ook in een map met een punt of met de naam out, een bestand met een punt, een naam op .VWO; niet in node_modules en .git', async () => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-bestanden-'));
        const voorbeeld = path.join(WORTEL, 'examples', 'parkeervergunningen.vwo');
        const verwacht = ['.archief/oud.vwo', '.concept.vwo', 'out/uitvoer.vwo', 'zaak.vwo', 'OVEREENKOMST.VWO', 'map/Gemengd.Vwo'].sort();
        for (const naam of [...verwacht, 'node_modules/pakket/x.vwo', '.git/y.vwo']) {
            mkdirSync(path.dirname(path.join(map, naam)), { recursive: true });
            copyFileSync(voorbeeld, path.join(map, naam));
        }
        writeFileSync(path.join(map, 'notitie.txt'), 'geen overeenkomst\n');
        writeFileSync(path.join(map, 'vwo'), 'geen overeenkomst: een naam zonder punt\n');

        const cli = spawnSync(process.execPath, [path.join(WORTEL, 'out', 'cli.cjs'), 'check', '--format', 'json', '.'], { cwd: map, encoding: 'utf8' });
        const doorCli = (JSON.parse(cli.stdout) as { files: Array<{ path: string }> }).files.map(f => f.path.split(path.sep).join('/')).sort();
        assert.deepEqual(doorCli, verwacht);

        const { client } = await LspClient.start({ werkruimte: pathToFileURL(map).href });
        try {
            for (const naam of verwacht) await client.diagnosesTot(pathToFileURL(path.join(map, naam)).href, () => true);
            await client.rustigeDiagnoses(pathToFileURL(path.join(map, 'zaak.vwo')).href);
            assert.deepEqual(client.gepubliceerd.map(uri => path.relative(map, new URL(uri).pathname).split(path.sep).join('/')).sort(), verwacht);
        } finally {
            assert.equal(await client.stop(), 0);
        }
    });
});
